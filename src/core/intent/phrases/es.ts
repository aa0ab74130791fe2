import type { LanguagePhrases } from './language.ts';
import { ABOUT, CHASED_THREAD, COURSE_WORD, END_OF_CLAUSE, LANGUAGE_NAME, LEAD, LINK, MESSAGE, NOUN, anyOf, gap } from './pattern-parts.ts';

const NEGATION = anyOf(['no', 'nunca', 'jamas', 'aun no', 'todavia no', 'tampoco', 'ni']);
// Not "aparece": "mi apellido no aparece en el certificado" is about the name.
const RECEIVE = anyOf([
  're[cs]i[bv][a-z]*', 'llega[a-z]*', 'llego', 'llegaron', 'obtuve', 'he obtenido', 'tengo', 'visto',
  'envian', 'enviaron', 'mandan', 'mandaron', 'envio', 'mando', 'emitid[oa]', 'generad[oa]', 'liberad[oa]',
  'enviad[oa]',
]);

/**
 * Spanish. Spanish and Portuguese share many words ("recuperar", "emitir", "nada de"): a pattern that
 * starts with one is here, with what follows it in either language, and pt.ts leaves it out so that
 * one phrase is not counted twice.
 */
export const ES: LanguagePhrases = {
  language: 'es',
  words: {
    credentialNouns: {
      certificate: ['certificados?', 'certificacion(?:es)?'],
      badge: ['insignias?', 'emblemas? digita(?:l|is|les)'],
      award: ['trofeos?'],
      credential: ['credencial(?:es)?', 'microcredencial(?:es)?'],
      diploma: ['diplomas?'],
      attestation: ['constancias?'],
    },
    nounLeads: [
      'el', 'la', 'los', 'las', 'un', 'una', 'mi', 'mis', 'su', 'tu', 'ningun', 'ninguna', 'algun', 'alguna', 'nuevo', 'oficial', 'del', 'al',
    ],
    courseWords: ['curso', 'capacitacion', 'taller', 'diplomado', 'programa', 'examen'],
    otherDeliverables: [
      'correccion',
      '(?:enlace|link|liga) (?:de|del|para la) (?:zoom|teams|meet|reunion|sesion|clase)', 'invitacion(?:es)?',
      // Not a bare "recibo": it is also "I receive".
      'facturas?', 'recibos', 'recibo (?:de|del) (?:pago|compra)', 'comprobante de pago', 'contrasena', 'codigos?', 'enlace de acceso',
      'materiales?', 'confirmacion', 'respuesta', 'reembolsos?', 'notas?', 'calificacion(?:es)?', 'resultados?',
    ],
    negations: ['nunca', 'nada', 'aun no', 'todavia no', 'sin'],
    hedges: ['si', 'hasta', 'companeros', 'colegas', 'amigos?', 'sus', 'todos'],
    clauseRestarts: ['pero', 'aunque', 'sin embargo'],
    objectDeterminers: ['mi', 'el', 'la', 'un', 'una'],
    statusWords: ['estado', 'novedad', 'novedades', 'noticias?', 'actualizacion', 'avances?', 'situacion'],
    aboutWords: ['de', 'del', 'sobre', 'acerca de', 'respecto a', 'respecto de', 'con', 'para'],
    chasePrepositions: ['sobre', 'de', 'del', 'acerca de', 'respecto a'],
    supportThreads: ['esto', 'eso', '(?:mi|el|la) (?:caso|ticket|solicitud|consulta|mensaje|correo)'],
    linkWords: ['enlaces?', 'vinculos?'],
    messageWords: ['correo', 'mensaje'],
    viewVerbs: ['ver', 'abrir', 'acceder'],
    notWorkingWords: ['no funciona', 'no hace nada', 'acceso denegado'],
    brokenLinkWords: [
      'ya no existe', 'no existe', 'acceso denegado',
      'no funciona', 'no sirve', 'esta roto', 'roto', 'caduco', 'caducado', 'expiro', 'expirado', 'vencio', 'vencido',
      'no abre', 'da error',
    ],
    languageNames: ['ingles', 'espanol', 'frances', 'aleman', 'portugues'],
    greetings: ['hola', 'buenas'],
    pleaseWords: ['por favor', 'porfa', 'ayuda'],
    possessives: ['mi', 'mis', 'el', 'la'],
    ofWords: ['de', 'del'],
    urgentWords: ['urgente', 'alguien'],
  },
  signals: {
    'noun:proof_of_completion': [
      '(?:comprobante|prueba|justificante|acreditacion|documento) de (?:finalizacion|participacion|asistencia|conclusion|aprobacion|que (?:termine|hice|complete|asisti|aprobe|curse|finalice|realice|participe))',
      // Or by the course it is for: "un comprobante del curso".
      `(?:comprobante|constancia|justificante) (?:de|del) (?:la |el |mi )?${COURSE_WORD}`,
    ],
    'context:course_completed': [
      `(?:complete|termine|finalice|aprobe|curse|hice|realice|acabe)${gap(2)} (?:curso|taller|programa|examen|diplomado|capacitacion|modulo)`,
      `(?:el curso|la capacitacion|el taller|el diplomado|el programa) (?:termino|acabo|finalizo|ya termino|ya acabo|concluyo)`,
    ],
    'context:proof_wanted': [`(?:algo|nada|alguna cosa) (?:para|que) (?:mostrar|presentar|demostrar|poner en|comprobar|acreditar|ensenar)`],
    'missing:not_received': [
      `${NEGATION}${gap(3)} ${RECEIVE}`,
      `sin (?:haber )?recibir`,
      `(?:recibi|recibido|llego|llegado)${gap(1)} nada`,
      `(?:pero|menos|excepto|salvo) (?:yo|a mi|el mio|la mia)(?: todavia| aun)?(?: no)?${END_OF_CLAUSE}`,
    ],
    'missing:delivery_failed': [
      `(?:enviado|enviada|llego|fue|mandaron|enviaron|envio|mando) a (?:un |una |mi )?(?:correo|email|direccion|cuenta|mail)${gap(2)} (?:equivocad[oa]|incorrect[oa]|antigu[oa]|viej[oa]|anterior)`,
      `(?:correo|mensaje|email|mail|e mail)${gap(3)} (?:rebotado|reboto|bloqueado|bloqueada)`,
    ],
    'missing:still_waiting': [
      `(?:sigue|esta|aparece|continua) (?:pendiente|en proceso)`,
      `(?:sigo|continuo|estoy|seguimos|llevo${gap(2)}) (?:esperando|sin recibir)`,
      `(?:esperando|a la espera de)${gap(3)} ${NOUN}`,
      `nada (?:todavia|aun|hasta ahora|hasta el momento|por ahora)`, `(?:todavia|aun|hasta ahora) nada`,
    ],
    'missing:overdue': [
      `(?:ya (?:pasaron|paso|van|son|llevo)|pasaron|llevo|van) (?:mas de )?(?:[0-9]+|un|una|dos|tres|cuatro|cinco|diez|varios|varias|muchos|muchas) (?:dias|semanas|meses|mes|semana)`,
    ],
    'missing:some_received': [
      `(?:solo|solamente|unicamente|nada mas) (?:[0-9]+|uno|una|dos|tres|cuatro|cinco|algunos|algunas|la mitad)${gap(3)} (?:recibieron|recibimos|han recibido|llegaron|les llego)`,
    ],
    'missing:expected': [
      `(?:me dijeron|nos dijeron|dijeron|me prometieron|me indicaron|me informaron)${gap(3)} (?:mandarian|enviarian|recibiria|recibiriamos|llegaria|llegaba|llegarian|tendria|emitirian)`,
      `(?:se suponia que|deberia haber|deberia de haber|tendria que haber) (?:recibido|recibir|llegado)`,
    ],
    'missing:absent_credential': [
      `(?:sin|ningun|ninguna|pero no|no hay|falta|faltan)${LEAD} ${NOUN}`,
      `nada (?:de|del|sobre|acerca del?)${LEAD} ${NOUN}`,
      // Not "certificado falta…": "en el certificado, falta una tilde" is about the name.
      `${NOUN}${gap(2)} (?:no esta|no viene|no venia|no aparece|no vino)`,
      `${NOUN} (?:faltantes?|pendientes? de envio)`,
    ],
    'missing:cant_find': [
      `no (?:lo |la |los |las |me |le )?(?:encuentro|encontre|encontramos|hallo|veo|ubico|localizo|puedo (?:encontrar|ver|acceder a|ubicar|localizar|abrir|recuperar))${gap(3)} ${NOUN}`,
    ],
    'missing:failed_action': [
      `no (?:puedo|pude|me deja|me dejo|logro|consigo|he podido|hemos podido) (?:descargar|abrir|reclamar|aceptar|canjear|generar|imprimir|guardar|validar)${gap(3)} ${NOUN}`,
      `${NOUN}${gap(3)} no (?:se )?(?:descarga|abre|carga|genera|deja descargar)`,
    ],
    'missing:cant_find/unnamed': [
      `no (?:lo |la |los |las |me |le )?(?:encuentro|encontre|hallo|veo|aparece|aparecen|aparecio)`,
      `no (?:puedo|pude|logro|consigo) (?:encontrar|ver|acceder|ubicar|localizar|recuperar)`,
      `no (?:lo |la |me )?(?:aparece|aparecen|aparecio)`,
    ],
    'missing:lost_link': [
      `${NOUN}${gap(2)} desaparecio`,
      `(?:perdi|he perdido|perdido|borre|he borrado|elimine|he eliminado|extravie|ya no tengo|no tengo)${gap(3)} (?:${LINK}|${MESSAGE}|acceso)`,
      `(?:perdi|he perdido|extravie)${gap(2)} ${NOUN}`,
    ],
    'missing:where_is': [`(?:donde|adonde)${gap(6)} ${NOUN}`],
    'missing:where_is/it': [
      `(?:donde|como) (?:lo |la |los |las )?(?:consigo|encuentro|descargo|obtengo|saco|pido|solicito|puedo (?:conseguir|encontrar|descargar|obtener|pedir))(?:lo|la|los|las)?`,
    ],
    'missing:how_to_get': [
      `como${gap(3)} (?:obtener|obtengo|conseguir|consigo|recibir|recibo|descargar|descargo|acceder|accedo|encontrar|encuentro|ver|veo|recuperar|recupero|tener|tengo|sacar|saco|reclamar|solicitar|solicito|pedir|pido)${gap(3)} ${NOUN}`,
    ],
    // Both languages: "como" and "quando" start either.
    'missing:own_credential_question': [`(?:como|donde|onde|cuando|quando|cade)${gap(4)} (?:mi|mis|nuestr[oa]s?|meu|minha|meus|minhas|noss[oa]s?)(?: [a-z]+)? ${NOUN}`],
    'missing:resend': [
      `(?:reenviar|reenviarme|reenvien|reenvie|reenvia|enviar|mandar|envien|manden|enviarme|mandarme|envienme|mandenme|enviame|mandame|hacer llegar)${gap(3)} ${NOUN}`,
    ],
    'missing:resend/share': [`(?:compartir|compartan)(?:me| me)?${gap(2)} ${NOUN}`],
    'missing:resend/again': [
      `(?:reenviar|reenviarme|reenviarmelo|reenviarmela|reenvien|reenvie|reenvia|reenvio|volver a (?:enviar|mandar)|vuelvan a (?:enviar|mandar)|vuelva a (?:enviar|mandar))`,
      `(?:enviar|mandar|envien|manden|envie|mande)${gap(3)} (?:de nuevo|nuevamente|otra vez)`,
    ],
    'missing:request': [
      `(?:recuperar|recupero)${gap(3)} ${NOUN}`,
      `(?:necesito|quiero|quisiera|querria|me gustaria|solicito|requiero|deseo)(?: (?:recibir|obtener|tener|urgente|urgentemente|una copia de|copia de))* (?:mi|mis|el|la|los|las|del)(?: [a-z]+)? ${NOUN}`,
      `(?:solicito|pido|solicitar|pedir) (?:el |la )?(?:reenvio|envio|copia|duplicado) (?:de|del)${LEAD} ${NOUN}`,
    ],
    'missing:when_will': [
      `cuando (?:voy|van|llega|llegara|recibire|recibo|me|estara|estaran|sale|saldra|podre|puedo|tendre|emitiran|enviaran|se)${gap(4)} ${NOUN}`,
      `cuanto (?:tiempo|tarda|demora)${gap(5)} ${NOUN}`,
      // The credential as the subject: "¿cuándo mi certificado va a ser enviado?"
      `cuando (?:mi|el|la|mis|los|las) ${NOUN}`,
    ],
    'missing:status_request': [
      `informacion ${ABOUT} (?:mi|mis) ${NOUN}`,
      `(?:mi|el|la) ${NOUN} (?:ha sido|fue|ya fue|ya ha sido) (?:enviad[oa]|emitid[oa]|generad[oa])`,
      `que (?:paso|pasa|sucedio) con (?:mi|el|la) ${NOUN}`,
      `(?:esta|estan) (?:listo|lista|listos|disponible)${gap(1)} (?:mi|el|la|mis) ${NOUN}`,
      `(?:en que|cual es el) (?:estado|situacion)${gap(3)} ${NOUN}`,
    ],
    'missing:status_request/chasing': [
      `(?:hay|alguna|algun|tienen|tienes) (?:novedad|novedades|noticia|noticias|actualizacion|avance|informacion)${CHASED_THREAD}`,
      `(?:sigo|estoy|seguimos) sin (?:noticias|novedades|respuesta)`, `(?:doy|hago|dando) seguimiento`,
    ],
    'missing:slow_arrival': [
      `(?:tarda|tardan|demora|demoran|tardando|demorando|tardar|demorar) (?:tanto|mucho|en llegar|en aparecer|en salir|tanto en llegar)`,
      `es normal que (?:tarde|demore|no (?:llegue|aparezca|haya llegado))`,
    ],
    'context:checked_spam': [
      `(?:revise|revisado|busque|verifique)${gap(4)} (?:spam|junk|correo no deseado|no deseados?)`,
      `nada${gap(3)} (?:en )?(?:el |la |mi )?(?:spam|junk)`,
    ],
    'neg:received_credential': [
      `${NOUN}${gap(1)} recibido gracias`,
      `gracias por (?:enviar|mandar|reenviar|el|la|mi)(?: [a-z]+)? ${NOUN}`,
      `(?:recibi|he recibido|ya tengo|me llego|me ha llegado|encontre|descargue)${gap(2)} ${NOUN}`,
      `${NOUN}${gap(3)} (?:me llego|llego|ha llegado|aparecio)`,
    ],
    'neg:resolved': [
      `(?:ya (?:lo |la )?(?:recibi|encontre|tengo|me llego|aparecio|llego)|ya esta resuelto|problema resuelto|ya se soluciono|pueden cerrar|olvidenlo|lo encontre|la encontre|ya pude|ya (?:lo |la )?puedo ver|ya funciono|pude (?:encontrarlo|encontrarla|descargarlo|descargarla))`,
    ],
    'neg:resolved/negated': [`(?:ya no (?:es necesario|lo necesito|hace falta)|no hace falta (?:que|reenviar))`],
    'neg:found_in_spam': [
      `(?:estaba|estaban|llego|cayo|fue|se fue|lo encontre|la encontre|encontre) (?:a |en )?(?:la |el |mi )?(?:carpeta (?:de )?)?(?:spam|correo no deseado|no deseados|basura|promociones)`,
    ],
    'neg:ssl_certificate': [
      `${NOUN} de (?:su|la|el) (?:sitio|pagina web|web|site|website)`,
      `certificados? (?:ssl|de servidor|de seguridad|raiz|de firma)`,
    ],
    'neg:digital_signature': [
      `(?:fnmt|firma electronica|firma digital|e firma|efirma|certificado digital (?:do sat|sat|para (?:firmar|declarar)))`,
    ],
    'neg:login_credentials': [`credenciales? de (?:acceso|inicio|usuario|ingreso|login)`, `usuario y contrasena`],
    'neg:api_keys': [`clave (?:de )?api`],
    'neg:other_certificate_kind': [
      `certificados? (?:medico|de nacimiento|de defuncion|de matrimonio|de antecedentes|de residencia|de regalo|de vacunacion|de seguro|de retenciones|fiscal|de garantia|bancario|laboral|de trabajo|de discapacidad|de reservista|militar)`,
      `(?:acta de nacimiento|tarjeta regalo)`,
    ],
    'neg:physical_badge': [
      `gafete`,
      `credencial (?:para votar|del ine|de elector|de estudiante|de empleado|de acceso|de prensa|del evento)`,
    ],
    'neg:issuer_admin': [
      `como (?:profesor|profesora|docente|instructor|instructora|coordinador|coordinadora|organizador|organizadora|administrador|administradora|admin|facilitador|facilitadora|responsable del curso)`,
      `(?:siguen|no paran de|estan|viven) (?:preguntando|pidiendo|reclamando|escribiendo)`, `(?:me )?preguntan todos los dias`,
      `les (?:llego|llegaron)(?: a todos)?`, `(?:llego|llegaron) a todos`,
      // Portuguese writes these verbs alike: "enviamos os certificados".
      `(?:emitimos|enviamos|mandamos|generamos|emiti|envie|mande)${gap(3)} ${NOUN}`,
      `(?:crear|generar)${gap(2)} ${NOUN}${gap(1)} (?:para|a) (?:los |las |nuestros |mis )?(?:colaboradores|empleados|alumnos|estudiantes|participantes)`,
      // Portuguese says "emitir" too.
      `emitir${gap(2)} ${NOUN}${gap(1)} (?:para|aos|a) (?:os |as |los |las |nuestros |nossos |mis |meus )?(?:colaboradores|funcionarios|empleados|alunos|alumnos|estudantes|estudiantes|participantes)`,
      `(?:nuestros|nuestras|mis) (?:alumnos|alumnas|estudiantes|participantes|egresados|graduados|cursantes)`,
      `nuestros (?:clientes|usuarios|miembros)`,
      `(?:envio|carga|emision) masiva`, `plantilla`,
      `como (?:podemos|puedo) (?:emitir|crear|disenar|cargar|subir)${gap(1)} (?:los |las |nuestros )?${NOUN}`,
      `en lote`, `(?:de|en) forma masiva`, `masivamente`, `modelo de ${NOUN}`,
    ],
    'neg:employer_group': [
      `para (?:mi|nuestro|nuestra) (?:equipo|empleados)`,
      `${NOUN}${gap(1)} para (?:ellos|ellas)`,
      `nuestros (?:empleados|colaboradores|trabajadores)`,
    ],
    'neg:third_party_check': [`(?:candidato|candidata|postulante|aspirante)`],
    'neg:not_qualified': [`(?:reprobe|no aprobe|no termine|no he terminado|no complete|suspendi)${gap(2)} (?:el |mi )?(?:examen|curso|prueba|modulo)`],
    'neg:wrong_details': [
      `(?:correccion|cambio|modificacion|rectificacion) (?:de|del) (?:mi )?(?:nombre|apellidos?|fecha)`,
      `(?:nuevo|nueva|nuevos) (?:nombre|apellidos?)`, `(?:me case|me divorcie|cambie (?:mi |de )?(?:nombre|apellido))`,
      `(?:apellido|nombre|tilde|acento)${gap(3)} no aparece`,
      `(?:sin|falta) (?:el |la |un )?(?:acento|tilde|accento|segundo apellido|apellido)`,
      `(?:nombre|apellidos?|fecha|titulo)${gap(3)} (?:de|en) (?:mi |el |la )?${NOUN} (?:es |esta |aparece |sale |salio |sigue |continua |sigue estando |quedo )?(?:incorrect[oa]s?|equivocad[oa]s?|mal|errone[oa]s?)`,
      `(?:dice|aparece|sale|muestra) (?:otra|otro) (?:fecha|nombre)`,
      `(?:nombre|apellidos?|fecha|titulo)${gap(3)} (?:incorrect[oa]s?|equivocad[oa]s?|mal escrit[oa]s?|mal|errone[oa]s?|con (?:un )?error)`,
      `(?:incorrect[oa]s?|equivocad[oa]s?|mal escrit[oa]s?|errone[oa]s?|errores? en|falta de ortografia en)${gap(2)} (?:nombre|apellidos?|fecha|titulo)`,
      `(?:corregir|cambiar|modificar|actualizar|rectificar|arreglar|corrijan|cambien|corrija|cambie)${gap(3)} (?:nombre|apellidos?|fecha|titulo)`,
    ],
    'neg:change_address': [`(?:cambiar|actualizar|modificar|corregir|cambien|actualicen)${gap(3)} (?:correo|email|direccion|mail)`],
    'neg:share_credential': [
      `(?:compart[a-z]*|incrustar)${gap(3)} ${NOUN}(?! with me| again)`,
      `${NOUN}${gap(3)} firma`,
      `(?:agregar|agrego|anadir|poner)${gap(3)} ${NOUN}${gap(3)} (?:perfil|linkedin|cv|curriculum|firma)`,
      // Portuguese says "colocar" too.
      `colocar${gap(3)} ${NOUN}${gap(3)} (?:perfil|linkedin|cv|curriculum|curriculo|lattes|firma|assinatura)`,
    ],
    'neg:social_profile': [`redes sociales`],
    'neg:pdf_print': [
      `(?:en fisico|fisicamente|por correo postal|correo postal)`,
      `(?:imprimir|impresion|impreso|copia fisica|copia impresa)`,
    ],
    'neg:translation_request': [
      `traduc[a-z]*`,
      `(?:${NOUN}|version|versions|copia|lo|la)${gap(1)} (?:en|al) ${LANGUAGE_NAME}`,
    ],
    'neg:refund': [`(?:reembolso|reembolsar|devolucion del dinero|devolver el dinero|reembolsado)`],
    'neg:login_problem': [
      `(?:no puedo|no logro|no consigo|no me deja) (?:iniciar sesion|entrar|ingresar|acceder a mi cuenta|loguearme)`,
      `(?:olvide|restablecer|cambiar|recuperar)${gap(2)} contrasena`,
    ],
    'neg:delete_request': [`(?:borrar|eliminar|quitar|ocultar|dar de baja|borren|eliminen|quiten)${gap(3)} (?:${NOUN}|cuenta|perfil|datos)`],
    'neg:credential_expiry': [
      `${NOUN}${gap(2)} (?:vencio|vence|vencido|caduca|caduco|caducado)`,
      `(?:renovar|renovacion)${gap(3)} ${NOUN}`,
      `(?:renovar|renova[a-z]*) (?:lo|la|los|las|o|a)`,
      `(?:lo|la) renovar`,
    ],
    'neg:callout': [
      `(?:si|quien|quienes)(?: aun| todavia)? no (?:te |les |le |os )?(?:llego|ha llegado|han llegado|recibio|recibieron|recibiste|ha recibido|haya recibido|hayan recibido|tiene|tienen)`,
      `(?:dejen|deja|escriban|escribeme|escribanme|comenten|comenta|avisen|avisa|respondan)${gap(4)} (?:comentarios|aqui|privado|por aqui|abajo|este hilo)`,
      `(?:falta alguien|alguien mas)${gap(3)} (?:recibir|sin)`,
    ],
    'neg:developer_report': [
      `pasos para reproducir`, `(?:comportamiento|resultado) (?:esperado|actual|obtenido)`,
      `(?:seria|estaria) (?:muy )?(?:genial|bueno|util|ideal|interesante|bien|practico) (?:que|poder|tener|si|contar)`,
      `(?:propuesta|sugerencia|solicitud de funcionalidad|mejora)`,
      `desde la (?:version|actualizacion|ultima actualizacion)`,
      `como (?:usuario|usuaria|alumno|alumna) (?:quiero|me gustaria|necesito)`,
    ],
    'neg:eligibility_question': [
      `(?:dan|dara|daran|otorgan|otorga|entregan|incluye|ofrece|ofrecen|hay|recibire|obtendre|emiten|se obtiene|se entrega) (?:un |una |algun |alguna )?${NOUN}`,
      `${NOUN}${gap(2)} (?:incluido|incluso)`,
      `(?:nota|notas)${gap(5)} ${NOUN}`,
      `certificante`,
      // Spanish "da certificado"; not "da" before other nouns, which in Portuguese means "of the".
      `da (?:un |una )?(?:certificados?|constancias?|diplomas?)`,
    ],
    'neg:recognition_question': [`(?:validez oficial|valor oficial|valido oficialmente|reconocido)`],
    'neg:verification_request': [`(?:verificar|validar|comprobar|constatar|autenticidad|validez)${gap(3)} ${NOUN}`],
  },
};
