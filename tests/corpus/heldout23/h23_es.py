# Spanish customer mail (positives and hard negatives), heldout23.
# One hand-written block per message. Keys as in h23_en_pos.py.

MESSAGES = []

# --- positives ---
MESSAGES += [
dict(f=("Lucía Ferrer", "lucia.ferrer@mailbox.example"), ind="hedge",
     s="De vacaciones \u2013 pero lo del seto no puede esperar",
     t="broken_promise,cancellation_threat",
     trap="looks_automated", note="aviso de vacaciones propio y queja real",
     b="""\
Estoy de vacaciones hasta el 25 de agosto y consultaré el correo solo de forma esporádica. Para cualquier urgencia, llame al 91 555 0147.

Pero antes de irme: su encargado me prometió por escrito que el seto de cipreses estaría podado antes del 1 de agosto, y nadie ha aparecido. La comunidad de vecinos ya me ha llamado dos veces porque las ramas tapan la acera.

Si a mi vuelta sigue sin hacerse, cancelaremos el contrato anual de mantenimiento y buscaremos otra empresa.

Lucía Ferrer
Administradora, Comunidad Los Almendros
"""),

dict(f=("Administración Bodegas Arlanza", "administracion@bodegas-arlanza.example"), ind="vineyard",
     s="RE: Factura 2025/118",
     t="billing_dispute,high_value_order,technical_issue",
     trap="looks_automated", note="empieza como acuse de recibo",
     b="""\
Gracias por su correo. Hemos recibido su factura.

Sin embargo, la factura 2025/118 asciende a 15.600 € y el contrato de alquiler de la vendimiadora que firmamos en junio fija 13.600 € por toda la campaña. La diferencia corresponde a un "suplemento de transporte" que no figura en ningún sitio. Además, la máquina estuvo parada cuatro días por avería a la espera del técnico.

Les rogamos que emitan una factura rectificativa.

Un saludo,
Marta Ibáñez
Administración
"""),

dict(f=("Javier Montero", "javier.montero@mailbox.example"), ind="magic",
     s="RV: Este buzón no se supervisa",
     t="manager_request,repeat_contact",
     trap="looks_automated", note="reenvía respuesta automática y se queja encima",
     b="""\
Les reenvío la "respuesta" que recibo cada vez que escribo. Esta es la cuarta vez que intento que alguien me conteste sobre el pedido 31-884 (baraja marcada que llegó sin marcar, básicamente una baraja normal).

Quiero hablar con un supervisor o con quien sea responsable de la tienda online. Por favor.

Javier Montero

-----Mensaje original-----
De: No responder <noreply@example.test>
Enviado el: martes, 3 de junio de 2025 10:12
Para: Javier Montero
Asunto: Este buzón no se supervisa

Este buzón no se supervisa. Por favor, utilice el formulario de contacto de nuestra web.
"""),

dict(f=("Agustín Robles", "agustin.robles@granjarobles.example"), ind="shearing",
     s="Esquila del lunes – voy a poner una demanda",
     t="legal_threat,severe_dissatisfaction",
     trap="-", note="-",
     b="""\
Sus esquiladores me dejaron el lunes 37 ovejas con cortes, tres de ellas tuve que sacrificarlas. El veterinario lo ha puesto todo por escrito. Es una vergüenza, no había visto un trabajo tan malo en mi vida.

Ya he hablado con mi abogado y vamos a poner una demanda para que me paguen los animales y el veterinario.

Agustín Robles
"""),

dict(f=("Mamadou Diallo", "mamadou.diallo@estudiantes.example"), ind="bikecafe",
     s="Trato recibido en el taller",
     t="discrimination_harassment,legal_threat",
     trap="-", note="-",
     b="""\
Hola,

El jueves fui al taller de bicis de la facultad con mi propia bici para cambiar una cámara. Uno de los voluntarios me preguntó delante de todo el mundo "de dónde la había sacado" y quiso ver una factura, cosa que no hizo con ningún otro estudiante. Cuando protesté me dijo que "los de fuera" siempre traen bicis robadas.

Es racismo, simple y llanamente. He hablado con la oficina de igualdad de la universidad y estoy valorando acciones legales si el taller no toma medidas.

Mamadou Diallo
"""),

dict(f=("Ana Belén Cortés", "anabelen.cortes@mailbox.example"), ind="drones",
     s="Mis datos publicados – denuncia a la AEPD",
     t="regulatory,security_incident",
     trap="-", note="-",
     b="""\
Buenas,

El listado de inscritos de la prueba de Valladolid está publicado en la web de la liga con el DNI, la dirección y el teléfono de todos los pilotos, incluido mi hijo de 15 años. Cualquiera lo puede descargar sin iniciar sesión.

He presentado una reclamación ante la AEPD esta mañana. Retiren ese archivo ya.

Ana Belén Cortés
"""),

dict(f=("Fernando Salas", "fernando.salas@mailbox.example"), ind="truffle",
     s="Hoja de reclamaciones",
     t="regulatory",
     trap="-", note="consumo / hoja de reclamaciones",
     b="""\
Buenos días,

El domingo pedí la hoja de reclamaciones al terminar la ruta trufera y el guía me dijo que "no tenían". Es obligatorio tenerla. Les aviso de que he presentado la reclamación directamente en la oficina de consumo del ayuntamiento, con el ticket y las fotos de la "trufa" que nos vendieron.

Fernando Salas
"""),

dict(f=("Rocío Navarro", "rocio.navarro@mailbox.example"), ind="magic",
     s="quiero hablar con un supervisor YA",
     t="manager_request,severe_dissatisfaction",
     trap="-", note="-",
     b="""\
Es INDIGNANTE. Compré el kit de ilusionismo para el cumple de mi hija, llegó abierto, sin la mitad de las piezas y con las instrucciones en otro idioma. Su agente por chat me dijo que "eso es normal en productos de importación".

Quiero hablar con un supervisor YA. No con el chat.

Rocío
"""),

dict(f=("Ignacio Pardo", "ignacio.pardo@mailbox.example"), ind="records",
     s="Dirección de la sede y correo del director general",
     t="corporate_contact_request,executive_contact",
     trap="-", note="pide correo del DG para escribirle",
     b="""\
Hola,

¿Me pueden facilitar la dirección de su sede central y el correo electrónico del director general? Quiero escribirle personalmente sobre cómo se ha gestionado la tirada de nuestro disco.

Gracias,
Ignacio Pardo
Discos La Ola
"""),

dict(f=("Ayuntamiento de Villanueva del Campo", "secretaria@villanuevadelcampo.example"), ind="clocktower",
     s="Solicitud de datos de contacto",
     t="corporate_contact_request",
     trap="-", note="-",
     b="""\
Buenos días:

Por acuerdo de la Junta de Gobierno Local, les solicitamos el teléfono de sus oficinas centrales y los datos de contacto de su departamento jurídico, al objeto de remitir un requerimiento formal en relación con el contrato de mantenimiento del reloj de la torre.

Atentamente,
La Secretaría
"""),

dict(f=("Sergio Almagro", "s.almagro@almagro-asesores.example"), ind="vending",
     s="He escrito a su consejero delegado",
     t="executive_contact",
     trap="-", note="-",
     b="""\
Buenas tardes,

Les informo de que esta mañana he escrito al consejero delegado de su empresa explicándole que llevamos un mes con las máquinas de la oficina sin reponer y sin respuesta de su parte. Le he puesto en copia a su director comercial.

Sergio Almagro
"""),

dict(f=("Irene Castaño", "irene.castano@mailbox.example"), ind="vending",
     s="Me han robado el saldo de la app",
     t="security_incident",
     trap="-", note="-",
     b="""\
Hola,

Alguien ha entrado en mi cuenta de la app de las máquinas de snacks (yo no he sido, tengo el móvil conmigo) y se ha gastado los 40 € de saldo en una máquina de otra ciudad. Además ha cambiado el correo de la cuenta. Me llegó un aviso a las 2 de la mañana.

¿Pueden bloquear la cuenta y devolverme el saldo?

Irene
"""),

dict(f=("Taller de Cerámica Alfar", "alfar@ceramica-alfar.example"), ind="kiln",
     s="Programas del horno borrados",
     t="data_loss,technical_issue",
     trap="-", note="-",
     b="""\
Hola,

Tras la actualización del firmware que hizo su técnico ayer, el controlador del horno ha perdido todos los programas de cocción guardados (18 programas, algunos de esmaltes de alta que nos costó meses ajustar). Ahora aparece vacío, como de fábrica.

¿Hay alguna copia en su sistema? Mañana tenemos hornada de un encargo.

Pilar Sancho
"""),

dict(f=("Escuela de Danza Albéniz", "secretaria@danza-albeniz.example"), ind="ballet",
     s="Se han borrado las medidas de las alumnas",
     t="data_loss,technical_issue",
     trap="-", note="-",
     b="""\
Buenas tardes,

En nuestra cuenta de escuela teníamos guardadas las fichas de medidas de las 64 alumnas (talla de zapatilla, puntas, maillot) para los pedidos de grupo. Desde ayer la sección "Mis alumnas" aparece vacía. Nadie de la escuela ha borrado nada.

Necesitamos hacer el pedido del festival esta semana. ¿Pueden recuperarlas?

Carmen Ruiz
Secretaría
"""),

dict(f=("Discos Trueno", "produccion@discos-trueno.example"), ind="records",
     s="Portal caído – error 500",
     t="outage,technical_issue",
     trap="-", note="-",
     b="""\
Desde esta mañana el portal de clientes no funciona: error 500 al entrar, tanto a mí como a mi socio y a otro sello con el que hemos hablado. No podemos aprobar las pruebas ni descargar facturas.

¿Saben cuándo volverá?

Dani
Discos Trueno
"""),

dict(f=("Nuria Villalba", "nuria.villalba@mailbox.example"), ind="cathotel",
     s="la app no va",
     t="outage,technical_issue",
     trap="-", note="-",
     b="""\
holaa, no puedo entrar en la app del hotel de gatos desde anoche, sale "servidor no disponible" todo el rato, y la web tampoco carga. Mi pareja igual desde su móvil. Quería ver a Chispa en la cámara :(

Nuria
"""),

dict(f=("Ramón Aguilar", "ramon.aguilar@mailbox.example"), ind="knives",
     s="Cobro doble – tercera vez que escribo",
     t="billing_dispute,repeat_contact",
     trap="-", note="-",
     b="""\
Es la tercera vez que escribo por lo mismo. El 14 de marzo la furgoneta de afilado me cobró 24 € con tarjeta y el datáfono dio error, así que pagué otra vez. En el banco aparecen los dos cargos de 24 €.

Devuélvanme uno, por favor. Adjunto otra vez el extracto.

Ramón Aguilar
"""),

dict(f=("Pablo Esteban", "pablo.esteban@mailbox.example"), ind="fencing",
     s="Baja del club",
     t="broken_promise,cancellation_threat",
     trap="-", note="baja por insatisfacción",
     b="""\
Hola,

En septiembre nos prometisteis que este año habría un maestro de sable dos días a la semana. Llevamos desde octubre sin sable, solo florete, y nadie dice nada.

Así que me doy de baja del club a final de mes, y mis dos hijos también. Nos vamos a la sala de Chamberí.

Pablo Esteban
"""),

dict(f=("Consuelo Marín", "consuelo.marin@mailbox.example"), ind="hedge",
     s="Lo que han hecho con mi jardín",
     t="media_threat,severe_dissatisfaction",
     trap="-", note="-",
     b="""\
Sus jardineros han destrozado el seto de boj que tenía desde hace veinte años. Les pedí un recorte ligero y lo han dejado pelado hasta el tronco. Es una auténtica vergüenza.

Voy a publicar las fotos en todas las redes sociales y a dejar reseñas en Google y en todas partes para que nadie más les contrate.

Consuelo Marín
"""),

dict(f=("Elena Quiroga", "e.quiroga@diario-levante-sur.example"), ind="vending",
     s="Consulta de prensa: productos caducados en máquinas del hospital",
     t="media_threat",
     trap="-", note="periodista",
     b="""\
Buenos días,

Soy periodista y estoy preparando un reportaje sobre varias quejas de trabajadores del Hospital Comarcal, que afirman que las máquinas de su empresa vendían productos caducados durante semanas.

¿Podrían darme su versión antes del viernes? También me interesa saber con qué frecuencia se revisan las fechas de caducidad.

Elena Quiroga
"""),

dict(f=("Mercedes Olmo", "mercedes.olmo@parroquia-sanroque.example"), ind="clocktower",
     s="Comportamiento de su técnico",
     t="discrimination_harassment",
     trap="-", note="-",
     b="""\
Buenas tardes,

Soy la sacristana de la parroquia de San Roque. Durante la revisión de las campanas de la semana pasada, su técnico se negó a explicarme nada porque "esto es cosa de hombres", me llamó "guapa" varias veces, y cuando le pedí que dejara de hacerlo me dijo que era una histérica. Tuve que pedir al párroco que bajara a hablar con él.

Espero que tomen medidas.

Mercedes Olmo
"""),

dict(f=("Óscar Lamas", "oscar.lamas@mailbox.example"), ind="drones",
     s="Incendio en la zona de carga",
     t="safety,technical_issue",
     trap="-", note="-",
     b="""\
Hola,

En la carrera del sábado, el cargador de baterías que pone la liga en la zona de boxes empezó a echar humo y una LiPo que estaba cargando se incendió. Había chavales a menos de un metro. Lo apagamos con arena porque el extintor de la zona estaba vacío.

Revisen esos cargadores antes de la próxima prueba, por favor. Podría haber acabado muy mal.

Óscar
"""),

dict(f=("Viñedos Los Cerros", "oficina@vinedos-loscerros.example"), ind="vineyard",
     s="Accidente con la despuntadora alquilada",
     t="safety",
     trap="-", note="-",
     b="""\
Buenos días,

La despuntadora que nos alquilaron llegó sin la protección de las cuchillas laterales. Ayer un trabajador se acercó para desenganchar un sarmiento y sufrió un corte en el antebrazo que necesitó doce puntos. No volveremos a usarla hasta que alguien la revise.

Atentamente,
Jorge Medina
Encargado de finca
"""),

dict(f=("Clara Jiménez", "clara.jimenez@estudiantes.example"), ind="bikecafe",
     s="idea para la web",
     t="feature_request",
     trap="-", note="-",
     b="""\
¡Hola! Estaría genial poder ver en la web qué herramientas hay disponibles en cada turno (por ejemplo, el extractor de bielas o la llave de radios), porque a veces voy y justo no hay la que necesito. ¡Gracias por el taller, es lo mejor del campus!

Clara
"""),

dict(f=("Gonzalo Prieto", "gonzalo.prieto@mailbox.example"), ind="truffle",
     s="Sugerencia para las rutas",
     t="feature_request",
     trap="-", note="-",
     b="""\
Buenas,

¿Podríais añadir en la web la opción de reservar una ruta con menú sin gluten? Mi mujer es celíaca y cada vez tenemos que llamar para explicarlo. Sería muy cómodo poder marcarlo al reservar.

Un saludo,
Gonzalo
"""),

dict(f=("Sello Marea Baja", "hola@mareabaja-discos.example"), ind="records",
     s="Pedido PB-4410 (6.300 €) – discos con ruido",
     t="high_value_order",
     trap="-", note="pedido 6.300 EUR",
     b="""\
Hola,

Hemos recibido los 1.500 vinilos del pedido PB-4410 (6.300 € pagados por adelantado) y tenemos un problema: en una muestra de 50 copias, 19 tienen un ruido de fondo constante en la cara A, como un soplido. El test pressing que aprobamos no lo tenía.

¿Cómo lo resolvemos? La presentación es el 12.

Lorena
Sello Marea Baja
"""),
]

# --- hard negatives ---
MESSAGES += [
dict(f=("Beatriz Lozano", "beatriz.lozano@lozano-seguros.example"), ind="vending",
     s="Reposición de la máquina de la 2ª planta",
     t="-", trap="job_title", note="jefa de oficina / gerente de cuentas",
     b="""\
Hola,

Soy la jefa de oficina de Lozano Seguros. Nuestro gerente de cuentas en su empresa, Alberto, nos dijo que podíamos pedir más variedad de productos sin azúcar para la máquina de la segunda planta. ¿Cómo lo hacemos?

Gracias,
Beatriz Lozano
Jefa de oficina
"""),

dict(f=("Tomás Herrero", "tomas.herrero@mailbox.example"), ind="shearing",
     s="Re: Esquila de mayo",
     t="-", trap="quoted_threat", note="El ... escribió, demanda solo en cita",
     b="""\
Recibido el abono, muchas gracias. Asunto cerrado por mi parte.

Tomás

El 20 may 2025, a las 19:45, Tomás Herrero <tomas.herrero@mailbox.example> escribió:
> Si no me devuelven lo cobrado de más antes del viernes, pondré una demanda
> y lo pondré en manos de mi abogado.
"""),

dict(f=("Raquel Domínguez", "r.dominguez@imprenta-dominguez.example"), ind="vending",
     s="RE: Visita técnica",
     t="-", trap="outlook_original_message", note="Mensaje original con amenazas",
     b="""\
Buenos días, Laura:

El miércoles a las 10 nos va bien. Avisaré en recepción.

Saludos,
Raquel

-----Mensaje original-----
De: Raquel Domínguez <r.dominguez@imprenta-dominguez.example>
Enviado el: lunes, 12 de mayo de 2025 16:30
Para: Soporte <support@example.test>
Asunto: Visita técnica

Es la tercera vez que llamo. Esto es una vergüenza. Si no viene nadie esta semana nos damos de baja y quiero hablar con su supervisor.
"""),

dict(f=("Lourdes Campos", "lourdes.campos@mailbox.example"), ind="truffle",
     s="Una pregunta",
     t="-", trap="negation", note="no pienso darme de baja",
     b="""\
Hola, no pienso darme de baja de la caja trufera, ¡nos encanta! Solo quería saber si en verano se puede cambiar la trufa negra por la de verano para que salga un poco más barata. Gracias, Lourdes
"""),

dict(f=("Martín Sanz", "martin.sanz@mailbox.example"), ind="cathotel",
     s="Duda sobre cancelaciones",
     t="-", trap="hypothetical", note="-",
     b="""\
Hola,

Estamos pensando en reservar dos semanas en agosto para nuestros dos gatos. Si al final tuviéramos que cancelar por trabajo, ¿se devolvería la señal o se perdería?

Gracias,
Martín
"""),

dict(f=("Alicia Varela", "alicia.varela@mailbox.example"), ind="ballet",
     s="Política de devoluciones",
     t="-", trap="refund_policy_question", note="-",
     b="""\
Buenas tardes, ¿cuál es su política de devoluciones para unas puntas que solo se han probado en casa? Están nuevas, con la caja. Gracias, Alicia
"""),

dict(f=("Rubén Giménez", "ruben.gimenez@mailbox.example"), ind="drones",
     s="Verificación en dos pasos",
     t="-", trap="security_question", note="-",
     b="""\
Hola, ¿cómo se activa la verificación en dos pasos en la cuenta de piloto? No la encuentro en el perfil. ¡Gracias!
"""),

dict(f=("Hermanas Clarisas de Santa Inés", "convento.santaines@mailbox.example"), ind="clocktower",
     s="Gracias de corazón",
     t="-", trap="praise", note="-",
     b="""\
Queridos amigos:

Queremos darles las gracias por el trabajo en la espadaña del convento. Las campanas vuelven a tocar a maitines y a vísperas como hace cincuenta años, y los vecinos se paran en la calle a escucharlas. Rezamos por ustedes.

Sor María de la Paz
"""),

dict(f=("Eduardo Calvo", "eduardo.calvo@mailbox.example"), ind="truffle",
     s="Ruta del sábado",
     t="-", trap="mild_disappointment", note="-",
     b="""\
Hola,

La ruta del sábado nos gustó mucho, el perro era un crack. Quizá un poco decepcionados porque la degustación final fue más corta de lo que esperábamos, pero nada grave. ¿Hay rutas en noviembre?

Eduardo
"""),

dict(f=("Patricia Roldán", "patricia.roldan@mailbox.example"), ind="kiln",
     s="Solucionado",
     t="-", trap="settled_issue", note="-",
     b="""\
Hola,

Solo para que lo sepáis: el error del controlador del que os hablé por teléfono ya está solucionado, era un fusible mío. No hace falta que venga el técnico. ¡Gracias igualmente!

Patricia
"""),

dict(f=("Recepción Clínica Dental Sonrisa", "recepcion@clinica-sonrisa.example"), ind="vending",
     s="RE: Presupuesto máquina de snacks",
     t="-", trap="looks_automated", note="acuse humano desde dirección de rol",
     b="""\
Gracias por su correo. Hemos recibido el presupuesto y se lo pasamos a la doctora para que lo revise.

Un saludo,
Recepción
"""),

dict(f=("Paco Ledesma", "paco.ledesma@mailbox.example"), ind="hedge",
     s="Recibido",
     t="-", trap="looks_automated", note="una palabra, enviado desde el móvil",
     b="""\
Recibido, el jueves a las 9 perfecto.

Enviado desde mi móvil
"""),
]
