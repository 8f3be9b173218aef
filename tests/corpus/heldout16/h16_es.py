# Hand-written Spanish customer mails.
TEXT = r'''
=== lt,bill | - | - | Javier Ortega <javier.ortega@ortega-mail.example> | Cobro indebido
Me han cobrado 58 € por una suscripción que cancelé en enero. Si no me lo devuelven, emprenderé acciones legales.
=== sev | - | - | Carmen Ruiz <carmen.ruiz@ruiz-mail.example> | UNA VERGÜENZA
Es una vergüenza. Tres semanas esperando la leña y nadie contesta. El peor servicio que he tenido en mi vida.
=== mgr | - | - | Alberto Navarro <alberto.navarro@navarro-mail.example> | Hablar con un supervisor
Quiero hablar con un supervisor, por favor. El agente del chat no resuelve nada.
=== out,tech | - | - | Lucía Romero <lucia.romero@hospital-levante.example> | La app no funciona
La aplicación de aparcamiento está caída desde las 7: error 500 en todos los móviles. Los pacientes no pueden salir.
=== canc | - | - | Diego Molina <diego.molina@molina-mail.example> | Baja
Después de tantas mañanas sin una sola bici en la estación de Ciencias, me voy a dar de baja y me paso a la competencia.
=== feat | - | - | Marta Gil <marta.gil@gil-mail.example> | Sugerencia
Estaría genial que la app de traducción tuviera catalán y gallego sin conexión.
=== sec | - | - | Pablo Serrano <pablo.serrano@serrano-mail.example> | Me han hackeado la cuenta
Alguien ha entrado en mi cuenta y ha cambiado la tarjeta de pago. Yo no he sido. Bloqueen la cuenta, por favor.
=== dl,tech | - | - | Elena Castro <elena.castro@castro-mail.example> | Se ha borrado todo
Tras la actualización se han borrado todas mis frases guardadas y el historial. ¿Se puede recuperar?
=== reg | - | - | Rosa Delgado <rosa.delgado@delgado-mail.example> | Denuncia
He presentado una reclamación ante la AEPD porque siguen enviándome publicidad tras pedir la baja de mis datos.
=== media | - | - | Sergio Vidal <sergio.vidal@diario-costa.example> | Consulta de prensa
Buenos días, soy periodista del Diario de la Costa. Estamos preparando un artículo sobre las cancelaciones de ferris del fin de semana. ¿Podrían darnos una declaración?
=== disc | - | - | Nuria Santos <nuria.santos@santos-mail.example> | Trato discriminatorio
El monitor del club de remo se burla de mi acento y me dice que "vuelva a mi país". Es acoso y quiero que se tomen medidas.
=== safe | - | - | Raúl Herrera <raul.herrera@herrera-mail.example> | Incendio
La estufa se llenó de humo y casi se incendia el salón: la leña venía tratada con algo químico. Es peligroso.
=== corp,exec | - | - | Andrés Cano <andres.cano@cano-mail.example> | Correo del director general
Necesito el correo del director general. Voy a escribirle directamente.
=== prom,rep | - | - | Isabel Méndez <isabel.mendez@mendez-mail.example> | Tercera vez
Es la tercera vez que escribo. Me prometieron la devolución hace un mes y no ha llegado nada.
=== hv,prom | - | - | Fernando Prieto <f.prieto@prieto-eventos.example> | Pedido 8.900 €
El pedido de la carpa (8.900 €) sigue sin confirmarse, aunque me aseguraron que estaría listo el lunes.
=== bill,canc | looks_automated | - | Oficina <oficina@clinica-sol.example> | Gracias por su correo
Gracias por su correo. Sin embargo, la factura 441 nos cobra 12 visitas de mantenimiento del acuario cuando solo hubo 6. Si no se corrige, no renovaremos el contrato.
=== tech | looks_automated | - | Jorge Lara <jorge.lara@lara-mail.example> | Fuera de la oficina - pero
Estoy fuera de la oficina esta semana, pero la app de los alineadores no deja subir fotos: da "error de servidor" cada vez.

Enviado desde mi móvil
=== sev,mgr | - | - | Teresa Ibáñez <teresa.ibanez@ibanez-mail.example> | Inaceptable
ABSOLUTAMENTE INACEPTABLE. Quiero que un responsable me llame hoy mismo.
=== lt,safe | - | - | Manuel Rubio <manuel.rubio@rubio-mail.example> | Accidente con la carpa
La carpa se derrumbó con el viento y un invitado resultó herido. Mi abogado se pondrá en contacto con ustedes.
=== feat | - | - | Clara Vega <clara.vega@vega-mail.example> | Idea
¿Podrían añadir la opción de reservar el lavado del perro cada dos semanas automáticamente? Sería muy útil.
=== media,canc | - | - | Óscar Reyes <oscar.reyes@reyes-mail.example> | Me voy
Me han perdido el abrigo en el guardarropa dos veces este año. Me doy de baja del guardarropa premium y lo voy a contar todo en Instagram.
=== - | job_title | - | Lorena Pastor <l.pastor@pastor-sl.example> | Presupuesto
Soy la gerente de Pastor SL. ¿Nos pueden enviar un presupuesto para alquilar colmenas?
=== - | quoted_threat | - | Javier Ortega <javier.ortega@ortega-mail.example> | RE: Cobro indebido
Recibido el reembolso, gracias.

El 3 de junio, Javier Ortega escribió:
> Si no me lo devuelven, emprenderé acciones legales.
=== - | negation | - | Mercedes Luna <mercedes.luna@luna-mail.example> | Sin queja
No pienso darme de baja, tranquilos. ¿Cuándo llegan las nuevas semillas de tomate?
=== - | policy_question | - | Víctor Soler <victor.soler@soler-mail.example> | Política de devolución
¿Cuál es su política de devolución para los marcos a medida?
=== - | looks_automated | - | Info <info@remo-bilbao.example> | Hemos recibido su factura
Hemos recibido su factura y la pagaremos a fin de mes. Gracias.
=== - | looks_automated | - | Ana Beltrán <ana.beltran@beltran-mail.example> | De vacaciones del 1 al 15
Estaré de vacaciones del 1 al 15 de agosto. Por favor, entreguen la leña a partir del 16.
=== - | praise | - | Ramón Flores <ramon.flores@flores-mail.example> | ¡Gracias!
El sofá ha quedado precioso. Muchas gracias.
=== - | own_ceo | - | Silvia Campos <silvia.campos@campos-sa.example> | Informe
Nuestro director general necesita el informe de mantenimiento del acuario para el lunes.
=== - | feature_exists | - | Hugo Marín <hugo.marin@marin-mail.example> | ¿Modo oscuro?
¿La app tiene modo oscuro?
=== - | hypothetical | - | Laura Peña <laura.pena@pena-mail.example> | Pregunta
Si en el futuro quisiera cancelar la suscripción, ¿tendría alguna penalización?
=== - | looks_automated | - | Pedro Gómez <pedro.gomez@gomez-mail.example> | Re: Cita
vale, gracias

Enviado desde mi móvil
=== - | exactly_5000 | - | Sonia Marco <sonia.marco@marco-eventos.example> | Pedido de 5.000 €
Al pedido de la carpa (5.000 € exactos) le falta una de las paredes laterales. ¿Pueden enviarla antes del sábado?
=== disc,corp,safe | - | - | Rocío Fuentes <rocio.fuentes@fuentes-mail.example> | Acoso y peligro en el ferry
Un marinero me hizo comentarios sexuales durante toda la travesía y, cuando me alejé, me empujó junto a la rampa y me hice daño en la pierna. Quiero la dirección de la sede central y el contacto del departamento jurídico.
'''
