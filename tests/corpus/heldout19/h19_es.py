# Spanish customer mail (with and without triggers).
# One hand-written block per message; make_corpus.py only packages them.

MSGS = [

dict(frm='Lucía Fernández <lucia.fernandez@correo.example>',
subj='Cobro duplicado en mi tarjeta',
trig='billing_dispute', trap='-', note='candle and soap supplies; double charge',
body='''Hola,

Hice un pedido el 3 de febrero (n.º JB-5521, 47,80 €) de bases de glicerina y moldes. En mi extracto aparece el cargo dos veces, el mismo día. Solo recibí un paquete.

Por favor, devuélvanme el segundo cargo.

Un saludo,
Lucía Fernández
'''),

dict(frm='Javier Ortega <javier.ortega@correo.example>',
subj='Salto tándem - acciones legales',
trig='legal_threat safety', trap='-', note='tandem skydiving; hard landing injury, abogado',
body='''Buenos días:

El pasado 5 de julio, durante mi salto en tándem, el aterrizaje fue tan brusco que me fracturé el tobillo. El instructor no me avisó de levantar las piernas y aterrizamos fuera de la zona señalizada, sobre un terreno con piedras.

Mi abogado ya tiene toda la documentación médica y les enviará un requerimiento. Si no hay una respuesta seria, iniciaremos acciones legales.

Javier Ortega
'''),

dict(frm='María José Sanz <mj.sanz@correo.example>',
subj='Restauración del bargueño - 7.300 € y sigue mal',
trig='high_value_order severe_dissatisfaction', trap='-', note='antique restorer; EUR 7,300 restoration botched',
body='''Estimado Sr. Castellanos:

Pagamos 7.300 € por la restauración del bargueño del siglo XVII de mi abuela. Nos lo han devuelto con las tallas del frente lijadas, los herrajes originales sustituidos por otros nuevos y un barniz brillante que no tiene nada que ver con lo acordado.

Es una vergüenza. Ustedes se anuncian como especialistas en mobiliario histórico. Exijo una solución inmediata.

María José Sanz
'''),

dict(frm='Pablo Iglesias Rey <pablo.iglesiasrey@correo.example>',
subj='La web de reservas no funciona',
trig='outage technical_issue', trap='-', note='beach-hut rentals; booking site down',
body='''Hola, desde esta mañana la web para reservar las casetas de playa da "Error 500 - Internal Server Error" en todas las páginas. No puedo hacer la reserva de agosto. ¿Está caída?

Pablo
'''),

dict(frm='Andrea Molina <andrea@ondacorta-podcast.example>',
subj='Se han borrado los proyectos de mi cuenta',
trig='data_loss technical_issue', trap='-', note='podcast editing; projects deleted',
body='''Hola:

Al entrar hoy en el portal, todos los proyectos de la temporada 2 han desaparecido: audios originales, notas y versiones editadas. Yo no he borrado nada. La papelera también está vacía.

¿Tienen copia de seguridad? Tengo que publicar el episodio 9 el viernes.

Andrea Molina
'''),

dict(frm='Fernando Gil <fernando.gil@correo.example>',
subj='Reclamación ante consumo',
trig='regulatory', trap='-', note='stained-glass studio; complaint to consumer office (OMIC)',
body='''Buenas tardes:

Les pedí la devolución del anticipo de 450 € por la vidriera que cancelaron ustedes mismos. Como no contestan, he presentado hoy una reclamación en la Oficina Municipal de Información al Consumidor (OMIC) de mi ayuntamiento.

Fernando Gil
'''),

dict(frm='Rocío Navarro <rocio.navarro@correo.example>',
subj='Quiero hablar con un supervisor',
trig='manager_request', trap='-', note='rug dealer; asks for supervisor',
body='''Hola,

Llevo tres semanas esperando a que me digan cuándo me devuelven la alfombra de la limpieza. Cada persona que me atiende por teléfono me dice algo distinto.

Quiero hablar con un supervisor o con el encargado de la tienda, por favor.

Rocío Navarro
'''),

dict(frm='Diego Herrera <diego.herrera@correo.example>',
subj='Denuncia a la AEPD',
trig='regulatory security_incident', trap='-', note='sports-nutrition webshop; data leak, reported to AEPD',
body='''Hola:

He recibido un correo de phishing que usaba mi nombre, mi dirección y el detalle exacto de mi último pedido en su tienda (proteína sabor vainilla, 2 kg). Está claro que se han filtrado los datos de sus clientes.

He presentado una denuncia ante la Agencia Española de Protección de Datos (AEPD). Quiero saber qué datos míos han quedado expuestos.

Diego Herrera
'''),

dict(frm='Carmen Ruiz <carmen.ruiz@correo.example>',
subj='me doy de baja',
trig='cancellation_threat', trap='-', note='moped rental; leaves annual scooter plan',
body='''Hola,

Después de tres averías en dos meses con la moto del plan anual, me doy de baja del servicio. Ya he contratado con otra empresa. Por favor, confirmen la cancelación y que no me cobran la cuota de septiembre.

Carmen
'''),

dict(frm='Tomás Vidal <tomas.vidal@correo.example>',
subj='Sugerencia para la app de bonsáis',
trig='feature_request', trap='-', note='bonsai nursery; feature request',
body='''Hola:

¿Podrían añadir a la app la opción de registrar las fertilizaciones con fotos? Sería genial poder ver en un calendario cuándo abono cada árbol y con qué producto. Ahora lo apunto en una libreta.

Gracias y enhorabuena por la app.
Tomás
'''),

dict(frm='Elena Castro <elena.castro@correo.example>',
subj='Es la tercera vez que escribo',
trig='repeat_contact broken_promise severe_dissatisfaction', trap='-', note='canal-boat holidays; third mail, promised refund missing',
body='''Buenos días:

Es la tercera vez que les escribo. Me prometieron el reembolso de 280 € por la avería de la calefacción del barco "Garza" antes de final de mes. Ya estamos a día 12 del mes siguiente y nada.

Me parece una falta de respeto total. Estoy indignadísima.

Elena Castro
'''),

dict(frm='Álvaro Méndez <alvaro.mendez@correo.example>',
subj='Alguien ha entrado en mi cuenta',
trig='security_incident', trap='-', note='roller-skate shop; account hacked',
body='''Hola, me ha llegado un aviso de inicio de sesión desde otro país y luego un pedido que no he hecho, con envío a Valencia. Ya no puedo entrar con mi contraseña. Por favor bloqueen mi cuenta y anulen el pedido RS-9912.
'''),

dict(frm='Khadija El Amrani <khadija.elamrani@correo.example>',
subj='Trato discriminatorio en el minigolf',
trig='discrimination_harassment severe_dissatisfaction', trap='-', note='mini-golf course; racial discrimination, intolerable',
body='''Buenas tardes:

El sábado fui con mis hijos a su minigolf. El empleado de la taquilla nos pidió el DNI solo a nosotros, "por si acaso", y a las familias de delante y de detrás no. Después le dijo a su compañero "vigila a los moros". Lo oímos perfectamente.

Me parece un trato racista e intolerable. Quiero una explicación.

Khadija El Amrani
'''),

dict(frm='Beatriz Ramos <beatriz.ramos@correo.example>',
subj='Voy a publicarlo en redes',
trig='media_threat', trap='-', note='hat maker; social media threat',
body='''Hola:

El tocado que encargué para la boda llegó con las plumas aplastadas y la base torcida. Les mandé fotos hace diez días y nadie contesta.

Tengo bastantes seguidores en Instagram y TikTok. Si no me dan una solución esta semana, voy a publicar las fotos y contar mi experiencia con todo detalle.

Beatriz Ramos
'''),

dict(frm='Ignacio Cabrera <ignacio.cabrera@club-ajedrez-sevilla.example>',
subj='Datos de contacto de la dirección',
trig='corporate_contact_request', trap='-', note='chess-computer retailer; asks for management contact details',
body='''Buenos días:

Necesito la dirección postal de su sede central y un teléfono de la dirección de la empresa para enviar una reclamación formal por escrito en nombre del club. El teléfono de atención al cliente ya lo tengo.

Ignacio Cabrera
Secretario, Club de Ajedrez Sevilla
'''),

dict(frm='Raúl Domínguez <raul.dominguez@correo.example>',
subj='El ordenador de ajedrez se reinicia solo',
trig='technical_issue', trap='-', note='chess-computer retailer; device restarts mid-game',
body='''Hola:

Mi ordenador de ajedrez se reinicia solo a mitad de partida, sobre todo en el nivel 8. En la pantalla aparece "ERR 12" un segundo y luego vuelve al menú. Pierdo la partida cada vez. Ya he cambiado las pilas.

¿Qué puedo hacer?

Raúl
'''),

dict(frm='Silvia Prieto <silvia.prieto@correo.example>',
subj='Urgente: el jabón me ha quemado las manos',
trig='safety', trap='-', note='candle and soap supplies; pre-made soap base caused chemical burns',
body='''Hola:

Usé su base de jabón "lista para usar" de aloe y, tras lavarme las manos dos veces, se me pusieron rojas, con ampollas. En urgencias me dijeron que es una quemadura química, probablemente por exceso de sosa.

Por favor, retiren ese lote (AL-3307) antes de que alguien más se haga daño.

Silvia Prieto
'''),

dict(frm='Enrique Soler <enrique.soler@correo.example>',
subj='He escrito a su consejero delegado',
trig='executive_contact', trap='-', note='canal-boat holidays; wrote to CEO',
body='''Buenas:

Les comunico que he enviado hoy una carta a su consejero delegado, el Sr. Harwood, explicando la avería del barco y la falta de respuesta. Espero que desde arriba alguien se tome esto en serio.

Enrique Soler
'''),

dict(frm='Marta Lozano <marta.lozano@lozano-abogados.example>',
subj='Cargo no autorizado en la suscripción',
trig='billing_dispute', trap='lawyer_signature', note='sports-nutrition webshop; charged after cancelling; lawyer signature is not a threat',
body='''Hola:

Cancelé mi suscripción el 15 de mayo (tengo el correo de confirmación) y el 1 de junio me han cobrado 39,90 €. Es un cargo no autorizado. Les pido que lo devuelvan.

Un saludo,
Marta Lozano
Abogada
'''),

dict(frm='Sergio Pastor <sergio.pastor@pastor-audio.example>',
subj='Me prometieron una llamada',
trig='broken_promise manager_request', trap='-', note='podcast editing; promised callback missed',
body='''Hola:

El martes me dijeron que el jefe de producción me llamaría "hoy mismo" para hablar de los errores en la edición de los tres últimos episodios. No ha llamado nadie.

Quiero que el caso lo lleve un responsable. Estoy disponible en el 955 555 014.

Sergio Pastor
'''),

dict(frm='Ana Belén Torres <anabelen.torres@correo.example>',
subj='De vacaciones – pero la factura de la caseta está mal',
trig='billing_dispute', trap='looks_automated', note='beach-hut rentals; vacation-like subject, wrong invoice',
body='''Hola:

Estoy de vacaciones hasta el 1 de septiembre y miro el correo poco, pero no quiero dejar pasar esto: en la factura de la caseta n.º 9 me cobran 15 días (630 €) cuando la reserva era de 7 días (294 €). Me han cobrado 336 € de más.

Por favor, corríjanlo.

Ana Belén Torres
'''),

dict(frm='Jorge Morales <jorge.morales@correo.example>',
subj='RE: Respuesta automática: Recibido',
trig='repeat_contact severe_dissatisfaction', trap='looks_automated', note='moped rental; replies to auto-reply, 4th contact, angry',
body='''Su "respuesta automática" dice que me contestarán en 24 horas. Es la cuarta vez que la recibo. Cuatro correos, cero respuestas.

Esto es una tomadura de pelo, un servicio penoso. Quiero mi fianza.

Jorge Morales

> Gracias por escribirnos. Hemos recibido su mensaje y le
> responderemos en un plazo de 24 horas.
'''),

dict(frm='Recepción Hotel Brisa <recepcion@hotelbrisa.example>',
subj='Gracias por su correo - pedido de velas incompleto',
trig='high_value_order', trap='looks_automated', note='candle supplies; hotel reception, EUR 5,480 order incomplete',
body='''Gracias por su correo.

Hemos recibido la entrega del pedido HB-2025-07 (importe total 5.480 €), pero faltan 40 cajas de velas de té y 12 de los 30 portavelas de cristal llegaron rotos. Necesitamos la reposición antes del evento del día 20.

Un saludo,
Nuria Campos
Recepción, Hotel Brisa
'''),

dict(frm='Adrián Vega <adrian.vega@correo.example>',
subj='Pedido de 24 tableros electrónicos - 5.900 €',
trig='high_value_order technical_issue', trap='-', note='chess-computer retailer; EUR 5,900 order, boards fail',
body='''Buenos días:

El club recibió los 24 tableros electrónicos del pedido TE-1180 (5.900 € en total). Once de ellos no se conectan al ordenador: Windows dice "dispositivo USB no reconocido". El torneo es dentro de dos semanas.

Necesitamos una solución rápida.

Adrián Vega
'''),

# ---- no trigger ----

dict(frm='Cristina Blanco <cristina.blanco@blanco-asesores.example>',
subj='Pedido para la oficina',
trig='', trap='job_title', note='rug dealer; gerente orders',
body='''Buenos días:

Soy la gerente de Blanco Asesores y querríamos comprar una alfombra de 2 x 3 m para la sala de reuniones. ¿Me pueden enviar opciones en tonos azules y un presupuesto?

Cristina Blanco
Gerente
'''),

dict(date='2025-06-05 13:27', frm='Manuel Reyes <manuel.reyes@correo.example>',
subj='RE: Su reserva de barco',
trig='', trap='quoted_threat', note='canal-boat holidays; "El ... escribió" quote with threat',
body='''Muchas gracias, ya lo he recibido todo. Perfecto.

Manuel

El lun, 2 jun 2025 a las 9:14, Manuel Reyes (<manuel.reyes@correo.example>) escribió:
> Si no me devuelven la fianza esta semana, lo pondré en manos de mi abogado
> y les denunciaré. Es una vergüenza.
'''),

dict(date='2025-04-10 10:05', frm='Inés Guerrero <ines.guerrero@correo.example>',
subj='RE: Curso de vidriera',
trig='', trap='quoted_threat_outlook', note='stained-glass studio; Spanish Outlook header block',
body='''Hola Laura:

De acuerdo, nos vemos el jueves. Gracias por la devolución.

Inés

-----Mensaje original-----
De: Inés Guerrero <ines.guerrero@correo.example>
Enviado el: martes, 8 de abril de 2025 23:02
Para: Taller de Vidrieras <taller@vidrieras-luz.example>
Asunto: Curso de vidriera

Me han cobrado el curso dos veces. Si no me lo devuelven, pondré una reclamación en consumo y lo contaré en Google.
'''),

dict(frm='Luis Medina <luis.medina@correo.example>',
subj='No quiero cancelar',
trig='', trap='negation', note='bonsai nursery; negation',
body='''Hola:

No quiero cancelar el pedido, solo preguntar cuándo podrán enviar el olmo. No tengo prisa.

Luis
'''),

dict(frm='Patricia Serrano <patricia.serrano@correo.example>',
subj='¿Cómo cancelo una reserva?',
trig='', trap='policy_question', note='mini-golf course; how to cancel, neutral',
body='''Hola, ¿cómo puedo cancelar una reserva hecha por la web? ¿Y me devolverían el dinero si cancelo con dos días de antelación? Gracias.
'''),

dict(frm='Ricardo Campos <ricardo.campos@campos-digital.example>',
subj='Documentación RGPD',
trig='', trap='gdpr_documentation', note='podcast editing; asks for RGPD docs',
body='''Buenos días:

¿Cumple su servicio con el RGPD? Nuestro departamento legal necesita el contrato de encargado del tratamiento antes de enviar grabaciones de entrevistas.

Gracias,
Ricardo Campos
'''),

dict(frm='Nerea Aguirre <nerea.aguirre@correo.example>',
subj='¡Qué experiencia!',
trig='', trap='praise', note='tandem skydiving; praise',
body='''¡Hola!

Solo quería dar las gracias a Iker por el salto del domingo. Estaba muerta de miedo y me hizo sentir súper segura. El vídeo ha quedado espectacular. ¡Repetiré!

Nerea
'''),

dict(frm='Alfonso de la Torre <alfonso.delatorre@correo.example>',
subj='Compra de kilim antiguo - transferencia realizada',
trig='', trap='large_amount_no_problem', note='rug dealer; EUR 9,800 purchase, fine',
body='''Estimados señores:

Les confirmo la transferencia de 9.800 € por el kilim anatolio que vimos en la feria. Pueden enviarlo cuando les venga bien. Muy satisfecho con la atención.

Alfonso de la Torre
'''),

dict(frm='Irene Pascual <irene.pascual@correo.example>',
subj='Presupuesto de 5.000 € - una duda',
trig='', trap='exactly_5000', note='antique restorer; EUR 5,000 quote, question only',
body='''Hola:

He recibido su presupuesto de 5.000 € exactos para restaurar las seis sillas isabelinas. Antes de aceptarlo: ¿incluye el retapizado o solo la madera?

Irene
'''),

dict(frm='Óscar Rubio <oscar.rubio@correo.example>',
subj='Segundo correo sobre mi talla',
trig='', trap='second_email', note='roller-skate shop; second email, polite',
body='''Hola de nuevo, es mi segundo correo: ¿pueden cambiarme los patines de la talla 41 a la 42 antes de enviarlos? Gracias.

Óscar
'''),

dict(frm='Montse Ferrer <montse.ferrer@correo.example>',
subj='Un poco decepcionada',
trig='', trap='mild_disappointment', note='sports-nutrition webshop; mild disappointment',
body='''Hola, el nuevo sabor de las barritas me ha decepcionado un poco, es demasiado dulce. ¿Van a seguir vendiendo el de cacahuete? Gracias.
'''),

dict(frm='Administración <administracion@colegio-sanjorge.example>',
subj='Hemos recibido el paquete',
trig='', trap='looks_automated', note='chess-computer retailer; human role address confirms parcel',
body='''Buenos días:

Les confirmamos que hemos recibido el paquete con los 10 relojes de ajedrez para el colegio. Todo correcto. Muchas gracias.

Administración, Colegio San Jorge
'''),

dict(frm='Gonzalo Ibáñez <gonzalo.ibanez@correo.example>',
subj='Fuera de la oficina la semana que viene',
trig='', trap='looks_automated', note='beach-hut rentals; OOO-like subject, neutral question',
body='''Hola:

Estaré fuera de la oficina la semana que viene. ¿Me pueden mandar antes del viernes el código del candado de la caseta 4 para el sábado? Gracias.

Gonzalo
Enviado desde mi móvil
'''),

dict(frm='Gabriel Núñez <gabriel.nunez@correo.example>',
subj='Sugerencia: modo entrenamiento de aperturas',
trig='feature_request', trap='-', note='chess-computer retailer; feature request',
body='''Hola:

Estoy muy contento con el tablero. Sería estupendo que añadieran un modo de entrenamiento de aperturas: que el tablero me marque con las luces la jugada de mi repertorio y me avise si me equivoco. También me gustaría poder importar mis propios repertorios en PGN.

¡Gracias!
Gabriel
'''),

dict(frm='Lorena Sáez <lorena.saez@correo.example>',
subj='Necesito el correo de su director general',
trig='corporate_contact_request executive_contact media_threat', trap='-', note='hat maker; asks CEO email, will go public',
body='''Buenas tardes:

Después de seis semanas sin el sombrero de fieltro que pagué (189 €) y sin respuesta de atención al cliente, quiero escribir directamente a su director general. Por favor, facilítenme su correo electrónico y el teléfono de la dirección.

Si tampoco así recibo respuesta, contaré todo en mi blog de moda y en mis redes, donde me siguen muchas clientas potenciales suyas.

Lorena Sáez
'''),

dict(frm='Julia Cortés <julia.cortes@correo.example>',
subj='Una pregunta sobre el saco de dormir del barco',
trig='', trap='reported_speech', note='canal-boat holidays; friend wanted to complain, customer does not adopt',
body='''Hola:

Mi amiga dice que el año pasado tuvo un problema con ustedes y que "habría que denunciarles", pero yo no tengo ninguna queja. Solo quería saber si en el barco hay ropa de cama o si tenemos que llevar sacos de dormir.

Gracias,
Julia
'''),

dict(frm='Hugo Carrasco <hugo.carrasco@correo.example>',
subj='¿Y si hackean mi cuenta?',
trig='', trap='security_question', note='sports-nutrition webshop; hypothetical security question, no incident',
body='''Hola, una duda: si alguien consiguiera mi contraseña, ¿podría ver los datos de mi tarjeta? ¿Tienen verificación en dos pasos? No ha pasado nada, solo quiero saberlo antes de guardar la tarjeta.
'''),

]
