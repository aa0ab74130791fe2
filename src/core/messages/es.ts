import type { Catalogue } from './catalogues.ts';

/** Spanish, addressing the learner as usted. What credbot sends is a "credencial" (Credly's and Accredible's word). */
export const ES: Catalogue = {
  'reply.askForEmail.notFoundForSender':
    'Gracias por escribirnos. No encontramos ninguna credencial emitida a {address}, la dirección desde la que nos escribe.',
  'reply.askForEmail.noAddress': 'Gracias por escribirnos. No encontramos ninguna dirección de correo electrónico en su mensaje.',
  'reply.askForEmail.question':
    '¿Con qué dirección de correo electrónico se inscribió en su curso? Respóndanos indicándola y buscaremos sus credenciales.',
  'reply.retrieve.emailed':
    'Le hemos enviado por correo electrónico una lista de sus credenciales a {addresses}{addressCount, plural, one {} other { (un correo por dirección)}}. Debería llegarle en unos minutos.',
  'reply.retrieve.nothingFor':
    'No encontramos ninguna credencial emitida a {addresses}. Si se inscribió en algún curso con otra dirección, respóndanos indicándola y también la revisaremos.',
  'reply.retrieve.notArrived':
    'Si el correo no le ha llegado en 15 minutos, responda a este mensaje (o escriba a {supportEmail}) y lo revisaremos.',
  'reply.deliveryTips':
    'Si no lo ve, revise su carpeta de spam o de correo no deseado. Si usa una dirección del trabajo o de su centro de estudios, los filtros de correo de su organización podrían retenerlo: revise también la cuarentena, si la hay, o consulte a su equipo de informática.',
  'reply.deliveryFailed':
    'No pudimos entregar el correo con sus credenciales a {address}: {permanent, select, yes {el servidor de correo de destino lo rechazó} other {su servidor de correo no lo aceptó}}. Compruebe que la dirección sea correcta. Si lo es, o si usó otra, responda a este mensaje (o escriba a {supportEmail}) y nuestro equipo le ayudará.',
  'reply.followUp.sent':
    'Le enviamos sus credenciales por correo electrónico a {address} a las {sentAt, time, clock} UTC del {sentAt, date, day}.',
  'reply.followUp.searchSender':
    'Busque en su buzón, incluidas las carpetas de spam y de correo no deseado, un correo de {sender}.',
  'reply.followUp.onTheWay':
    'Nuestro correo a {address} todavía está en camino. Debería llegarle en unos minutos.',
  'reply.followUp.toPerson':
    'Un miembro de nuestro equipo de soporte lo revisará y se pondrá en contacto con usted.',
  'reply.nearMiss':
    'También encontramos una credencial emitida a una dirección parecida a una de las que nos indicó. Nuestro equipo la revisará y se pondrá en contacto con usted.',
  'reply.handoff.onlyDrafts':
    'Encontramos {draftCount, plural, one {su credencial} other {sus credenciales}}{hasAddresses, select, yes { para {addresses}} other {}}, pero {issuerCount, plural, =0 {el proveedor de su curso aún no {draftCount, plural, one {la ha publicado} other {las ha publicado}}} one {{issuers} aún no {draftCount, plural, one {la ha publicado} other {las ha publicado}}} other {{issuers} aún no {draftCount, plural, one {la han publicado} other {las han publicado}}}}. Alojamos las credenciales en nombre de los proveedores de cursos y solo podemos enviar lo que ellos hayan publicado.',
  'reply.handoff.nothingFound':
    'No encontramos ninguna credencial emitida{hasAddresses, select, yes { a {addresses}} other {}}. Compruebe que sea la dirección con la que se inscribió en su curso. Si usó otra, respóndanos indicándola y volveremos a buscar.',
  'reply.handoff.notIssuedYet':
    'Si la dirección es correcta, es posible que el proveedor de su curso aún no haya emitido su credencial. Alojamos las credenciales en su nombre y solo podemos enviar lo que haya publicado.',
  'reply.handoff.contactIssuer': 'Le recomendamos ponerse en contacto con {issuer} al respecto.',
  'reply.handoff.contactIssuers': 'Le recomendamos ponerse en contacto con el proveedor de su curso al respecto:',
  'reply.handoff.ifUnreachable':
    'Si no consigue comunicarse con ellos, responda a este mensaje (o escriba a {supportEmail}) y haremos lo posible por ponerle en contacto.',
  'reply.handoff.contactProvider':
    'Le recomendamos ponerse en contacto con el proveedor de su curso al respecto. Si no consigue comunicarse con él, responda a este mensaje (o escriba a {supportEmail}) y haremos lo posible por ponerle en contacto con los datos que tenemos.',
  'reply.issuer.withContact': '{issuer} ({contact})',
  'reply.issuer.personAtAddress': '{name}, en {address}',
  'reply.issuer.eitherWay': '{first}, o {second}',
  'reply.rateLimited.alreadySent': 'Ya le enviamos sus credenciales a {address} el {sentAt, date, day} a las {sentAt, time, clock} (UTC).',
  'reply.rateLimited.limit':
    'Para que los buzones no se llenen de spam, enviamos como máximo {limit, plural, =1 {uno de estos correos} other {# de estos correos}} al día a cada dirección. {canAskNow, select, yes {Ya puede volver a solicitarlo.} other {Podrá volver a solicitarlo a partir del {nextAllowedAt, date, day} a las {nextAllowedAt, time, clock} (UTC).}}',
  'reply.otherAddresses.one':
    'Gracias por escribirnos. Si se emitieron credenciales a esa dirección, hemos enviado allí sus enlaces (o ya lo hicimos en las últimas 24 horas).',
  'reply.otherAddresses.oneBesideOwn':
    'Si se emitieron credenciales a la otra dirección que nos indicó, hemos enviado allí sus enlaces (o ya lo hicimos en las últimas 24 horas).',
  'reply.otherAddresses.many':
    'Gracias por escribirnos. Si se emitieron credenciales a alguna de las direcciones que nos indicó, hemos enviado sus enlaces a cada dirección a la que se emitieron (o ya lo hicimos en las últimas 24 horas).',
  'reply.otherAddresses.manyBesideOwn':
    'Si se emitieron credenciales a alguna de las otras direcciones que nos indicó, hemos enviado sus enlaces a cada dirección a la que se emitieron (o ya lo hicimos en las últimas 24 horas).',
  'reply.otherAddresses.privacy':
    'Para proteger la privacidad de todos, lo que tenemos sobre una dirección solo lo compartimos con el buzón de esa misma dirección. Si la dirección es suya y no le ha llegado nada en 15 minutos, revise su carpeta de spam o de correo no deseado y, después, responda a este mensaje (o escriba a {supportEmail}) y nuestro equipo le ayudará.',
  'reply.heldBack.all':
    'Gracias por escribirnos. Nos ha consultado por más direcciones de correo de las que revisamos automáticamente, así que una persona de nuestro equipo de soporte revisará su solicitud y se pondrá en contacto con usted.',
  'reply.heldBack.some':
    'Nos ha consultado por más direcciones de correo de las que revisamos automáticamente, así que no las hemos revisado todas: una persona de nuestro equipo de soporte revisará las demás y se pondrá en contacto con usted.',

  'email.retrieve.subject': '{count, plural, one {La credencial que solicitó} other {Las # credenciales que solicitó}}',
  'email.retrieve.greeting': '{hasName, select, yes {Hola, {name}:} other {Hola:}}',
  'email.retrieve.intro':
    '{count, plural, one {Nos pidió la credencial emitida a {address}. Aquí la tiene: el enlace abre su propia página, donde puede verla, descargarla y compartirla.} other {Nos pidió las credenciales emitidas a {address}. Aquí tiene las #: cada enlace abre la página de esa credencial, donde puede verla, descargarla y compartirla.}}',
  'email.retrieve.issuedBy': 'Emitida por {issuer} el {issuedAt, date, day}',
  'email.retrieve.tipsHeading': '¿No le llegaron nuestros correos anteriores? Esto puede ayudarle:',
  'email.retrieve.tipContacts': 'Añada este remitente a sus contactos para que los correos con sus credenciales lleguen a su bandeja de entrada.',
  'email.retrieve.tipSpam': 'Revise de vez en cuando su carpeta de spam o de correo no deseado.',
  'email.retrieve.tipFilters':
    'Con una dirección del trabajo o de su centro de estudios, los filtros de su organización pueden retener correos: revise la cuarentena, si la hay, o pida a su equipo de informática que deje pasar los nuestros.',
  'email.retrieve.tipAskAgain': '¿Ha vuelto a perder un enlace? Solo tiene que pedírnoslo otra vez, de la misma manera, cuando quiera.',
  'email.retrieve.notYou': 'Si no solicitó este correo, puede ignorarlo.',
  'email.retrieve.questions': '¿Tiene alguna pregunta? Escriba a {supportEmail}.',

  'email.issuerHandoff.subject': 'Consulta de un estudiante sobre su credencial de {issuer}',
  'email.issuerHandoff.greeting': '{hasContactName, select, yes {Hola, {contactName}:} other {Hola, equipo de {issuer}:}}',
  'email.issuerHandoff.intro':
    'Un estudiante con la dirección {learnerAddress} ha consultado al soporte de {brand} por una credencial de {issuer}. Alojamos las credenciales en nombre de su organización y solo enviamos a los estudiantes lo que ustedes han publicado, y no hay ninguna credencial publicada por ustedes para esta dirección.',
  'email.issuerHandoff.draftsLead':
    '{count, plural, one {Tienen un borrador para esta persona que aún no está publicado:} other {Tienen borradores para esta persona que aún no están publicados:}}',
  'email.issuerHandoff.draftsAfter':
    '{count, plural, one {En cuanto lo publiquen, podrá recibirlo.} other {En cuanto los publiquen, podrá recibirlos.}}',
  'email.issuerHandoff.noDrafts':
    'Tampoco encontramos ningún borrador, así que es posible que se haya inscrito con otra dirección o que la credencial aún no se haya creado.',
  'email.issuerHandoff.ask': 'Les rogamos que se pongan en contacto con esta persona en {learnerAddress}.',
  'email.issuerHandoff.quoteLead': 'Lo que escribió:',
  'email.issuerHandoff.signOff': 'Muchas gracias,\nSoporte de {brand}\n{supportEmail}',

  'slack.sendToProfileAddress': 'Enviar a {address}',
  'slack.useAnotherAddress': 'Usar otra dirección',
  'slack.modal.title': 'Su correo electrónico',
  'slack.modal.submit': 'Buscar',
  'slack.modal.cancel': 'Cancelar',
  'slack.modal.addressLabel': 'La dirección con la que se inscribió en su curso',
  'slack.modal.addressInvalid': 'Eso no parece una dirección de correo electrónico. Revísela e inténtelo de nuevo.',

  'slack.handoff.title': 'Derivación de credbot',
  'slack.handoff.inChannel': 'de {learner} en {channel}',
  'slack.handoff.inDirectMessage': 'de {learner} en un mensaje directo',
  'slack.handoff.learnerWrote': 'El estudiante escribió:',

  'note.summary': 'credbot: {outcome}',
  'note.lookedUp': 'Direcciones consultadas: {addresses}',
  'note.lookedUpNothing': 'Direcciones consultadas: ninguna',
  'note.language':
    'Idioma del estudiante: {language} ({source, select, channel {según su perfil} message {según su mensaje} other {el predeterminado: ni su perfil ni su mensaje lo indican}}).',
  'note.outcome.retrieve': 'credenciales enviadas por correo a {count, plural, one {# dirección} other {# direcciones}}.',
  'note.outcome.onlyDrafts': 'solo hay borradores sin publicar; se remitió al estudiante al emisor.',
  'note.outcome.nothingFound': 'no se encontró ninguna credencial; se remitió al estudiante al emisor.',
  'note.outcome.askedForAddress':
    'no hay nada emitido a la dirección del solicitante, {address}; se le preguntó con qué dirección se inscribió.',
  'note.outcome.noAddress': 'el mensaje no trae ninguna dirección de correo; se le pidió una.',
  'note.outcome.rateLimited': 'límite de envíos alcanzado; no se envió ningún correo.',
  'note.outcome.otherAddresses':
    'el mensaje menciona una dirección que quizá no sea del solicitante: la respuesta es la misma se encuentre lo que se encuentre.',
  'note.outcome.overBudget': 'supera el máximo de direcciones que credbot atiende; no se consultó ni se envió nada.',
  'note.outcome.ignored': 'no es una solicitud de credencial no recibida; se ignoró.',
  'note.outcome.deliveryFailed':
    'no se pudo entregar el correo a {address} ({permanent, select, yes {rechazado definitivamente por el servidor de correo} other {sin más intentos}}); se pidió al usuario que compruebe la dirección.',
  'note.smtpReply':
    'Respuesta del servidor de correo: {reply}',
  'note.outcome.followUp':
    'el usuario respondió a una respuesta anterior: {state, select, sent {el correo se entregó} on_the_way {el correo sigue en cola} failed {un correo falló} sent_twice {el correo ya se envió dos veces} asked_again {el usuario volvió a preguntar tras la respuesta de credbot} other {los correos fueron a direcciones que quizá no sean del solicitante, así que no se le dijo nada de ellos}}{toPerson, select, yes {; haga el seguimiento, por favor.} other {.}}',
  'note.earlierEmail':
    'Correo a {address}: {status, select, sent {enviado a las {sentAt, time, clock} UTC del {sentAt, date, day}} failed {falló} other {en cola}}{sends, plural, =1 {} other { (enviado # veces a esta dirección)}}',
  'note.found.retrieve': '{sent, select, no {se enviarían credenciales por correo a {count, plural, one {# dirección} other {# direcciones}} a las que se emitieron (no se envió nada).} other {credenciales enviadas por correo a {count, plural, one {# dirección} other {# direcciones}} a las que se emitieron.}}',
  'note.found.onlyDrafts': 'solo hay borradores sin publicar; no se envió nada.',
  'note.found.nothingFound': 'no se encontró ninguna credencial; no se envió nada.',
  'note.retrieveEmail': 'Correo de recuperación a {address} ({count, plural, one {# credencial} other {# credenciales}}):',
  'note.credential': '{course}, {issuer}, emitida el {issuedAt, date, day}{isDraft, select, yes { [borrador]} other {}}',
  'note.nothingFoundFor': 'Nada encontrado para: {addresses}',
  'note.drafts': 'Borradores sin publicar:',
  'note.draftIssuedTo': '{credential}, emitida a {address}',
  'note.nearMisses': 'Coincidencias aproximadas (no se envió nada; compruebe que la dirección sea del estudiante antes de compartir nada):',
  'note.nearMiss': '{address} (el estudiante indicó {queriedAddress}): {credential}',
  'note.contact.none': 'Contacto del emisor: no consta ninguno.',
  'note.contact.noneLearnerTold': 'Contacto del emisor: no consta ninguno. Se indicó al estudiante que contacte con el proveedor de su curso.',
  'note.contact':
    'Contacto del emisor: {issuer}: {details} (encontrado por {basis, select, draft_credential {una credencial en borrador} near_miss {una dirección parecida} other {su nombre en el mensaje}}{notNamed, select, yes {; no se le nombró al estudiante} other {}})',
  'note.contact.noDetails': 'no constan datos de contacto',
  'note.issuerEmailsSent': '{sent, select, no {Correo de derivación retenido (no se envió nada), para: {issuers}} other {Correo de derivación enviado a: {issuers}}}',
  'note.issuerEmailsOverLimit': 'Correo de derivación NO enviado (el contacto ya recibió el máximo diario): {issuers}',
  'note.lastRetrieveEmail': 'Último correo de recuperación a {address}: {sentAt, date, day}, {sentAt, time, clock} UTC.',
  'note.nextAllowed': 'Próximo envío permitido: {at, date, day}, {at, time, clock} UTC.',
  'note.ownAddress': 'Dirección propia del solicitante: {outcome}',
  'note.otherAddresses': 'Dirección que no es del solicitante ({addresses}): {findings} No se informó al estudiante de lo encontrado.',
  'note.heldBack':
    'No se consultó ni se envió nada, {reason, select, message_cap {por superar el máximo de direcciones por mensaje} other {por superar el límite diario de direcciones del solicitante}}: {addresses}{more, plural, =0 {} other { y # más}}. Hagan el seguimiento, por favor.',
  'note.ignored': 'Clasificado como {intent} (confianza {confidence, number, ::.00}; señales: {signals}). No se envió respuesta.',
  'note.noSignals': 'ninguna',
  'note.suggestion.intro':
    'credbot no respondió: no está seguro de que sea una solicitud de credencial no recibida (confianza {confidence, number, ::.00}), así que no se envió nada al estudiante.',
  'note.suggestion.wouldHaveSaid': 'La respuesta que habría dado:',
  'note.suggestion.channelMode':
    'credbot no respondió: este canal está en modo sugerencia, así que no se envió nada al estudiante ni salió ningún correo.',
};
