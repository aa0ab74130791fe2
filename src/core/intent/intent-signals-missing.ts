import { CREDENTIAL_NOUN as NOUN, NOUN_LEAD as LEAD, anyOf, gap } from './intent-lexicon.ts';
import type { SignalDefinition } from './intent-signals.ts';

const EN_NEGATION = anyOf([
  'not', 'never', 'havent', 'havnt', 'hvnt', 'hasnt', 'hadnt', 'didnt', 'didn', 'dint', 'dont', 'doesnt',
  'wasnt', 'werent', 'isnt', 'arent', 'yet to', 'without', 'nor', 'neither', 'failed to', 'unable to',
]);
const EN_RECEIVE = anyOf(['receive', 'received', 'receiving', 'recieve', 'obtain', 'obtained']);
// "don't get" usually means "don't understand", so "get" only counts after these.
const EN_NEGATION_FOR_GET = anyOf([
  'not', 'never', 'havent', 'hasnt', 'hadnt', 'didnt', 'didn', 'yet to', 'cant', 'cannot', 'couldnt', 'unable to',
]);
const EN_ARRIVE = anyOf([
  'arr?ived?', 'arriving', 'showing up', 'coming through', 'being sent', 'being delivered', 'come', 'came', 'come through', 'show up', 'showed up', 'shown up', 'turned up',
  'appear', 'appeared', 'been sent', 'been issued', 'been delivered', 'been emailed', 'delivered', 'reached me',
  'been generated', 'been released', 'been published', 'been processed', 'been created', 'been made available', 'been uploaded',
]);
const ES_NEGATION = anyOf(['no', 'nunca', 'jamas', 'aun no', 'todavia no', 'tampoco', 'ni']);
// Not "aparece": "mi apellido no aparece en el certificado" is about the name.
const ES_RECEIVE = anyOf([
  're[cs]i[bv][a-z]*', 'llega[a-z]*', 'llego', 'llegaron', 'obtuve', 'he obtenido', 'tengo', 'visto',
  'envian', 'enviaron', 'mandan', 'mandaron', 'envio', 'mando', 'emitid[oa]', 'generad[oa]', 'liberad[oa]',
  'enviad[oa]',
]);
const PT_NEGATION = anyOf(['nao', 'nunca', 'jamais', 'ainda nao', 'ate agora nao', 'nem']);
const PT_RECEIVE = anyOf([
  're[cs]e[bv][a-z]*', 'cheg[a-z]*', 'veio', 'vieram', 'obtive', 'tenho', 'foi enviado', 'foi enviada', 'enviaram',
  'mandaram', 'emitid[oa]', 'gerad[oa]', 'liberad[oa]', 'disponibilizad[oa]', 'enviad[oa]',
]);
const FR_NEGATION = anyOf(['pas', 'jamais', 'rien', 'toujours pas', 'pas encore', 'aucun', 'aucune']);
const FR_RECEIVE = anyOf([
  'recus?', 'recues?', 'arrivee?s?', 'parvenue?s?', 'obtenue?s?', 'eu', 'vu', 'venue?s?', 'envoyee?s?', 'recevoir',
  'reception', 'emise?s?', 'delivree?s?', 'generee?s?',
]);
const DE_NEGATION = anyOf([
  // "nich" is how "nicht" is said, and often typed.
  'nicht', 'nich', 'nie', 'niemals', 'nichts', 'kein', 'keine', 'keinen', 'keines', 'noch nicht', 'immer noch nicht',
  'bisher nicht', 'bis jetzt nicht',
]);
const DE_RECEIVE = anyOf([
  'erhalten', 'bekommen', 'empfangen', 'angekommen', 'eingegangen', 'zugestellt', 'zugesandt', 'zugeschickt',
  'geschickt', 'gesendet', 'gesandt', 'erhielt', 'bekam', 'gekriegt', 'ausgestellt', 'freigegeben', 'verschickt', 'versendet',
]);
const END_OF_CLAUSE = '(?= \\.| *$)';
/** "The certificate is missing" complains of the certificate; "…is missing my middle name" does not. */
const NO_OBJECT = '(?! (?:my|the|a|an|his|her|their|some|mi|el|la|un|una|o|um|uma|meu|minha|mon|ma|le|un|une|mein|meine|den|das|die|ein|eine)\\b)';

/** The credential never came: "not received", "still waiting", "the email had no certificate in it". */
export const MISSING_SIGNALS: readonly SignalDefinition[] = [
  {
    name: 'missing:not_received',
    family: 'missing',
    weight: 4,
    hard: true,
    patterns: [
      `${EN_NEGATION}${gap(4)} ${EN_RECEIVE}`,
      `${EN_NEGATION_FOR_GET}${gap(4)} (?:get|got|gotten|gotton|getting)`,
      // Learners writing in a second language use the progressive: "till now I am not getting it".
      `(?:am|are|is) not (?:getting|receiving)`,
      `${EN_NEGATION}${gap(2)} ${EN_ARRIVE}`,
      `(?:received|got|gotten|get)${gap(1)} (?:nothing|no email|no mail|no link|none)`,
      `nothing${gap(2)} (?:arrived|came|received|has arrived|has come|showed up|turned up|came through|has come through)`,
      `${EN_NEGATION}${gap(2)} (?:had|heard|seen|saw) (?:anything|any|it|one|mine|a|the|my)`,
      `(?:dont|do not|still dont|no longer|never) (?:have|had|got) (?:one|it|them|mine|any)`,
      `(?:still|yet) (?:dont|do not) have (?:it|one|anything|them)`,
      `(?:still|yet) (?:have|got) nothing`, `(?:i|ive|i ve|weve|we) (?:have|had|got|see|saw|found|received) nothing(?! to (?:add|say|declare|lose|do with)| else| more| against| but)`,
      `none of (?:us|them|the [a-z]+|my [a-z]+|our [a-z]+)${gap(2)} (?:received|got|gotten|had|have|has|has had|have had|have received|have got)`,
      // The issuer says it went out, the learner says otherwise: "they say they've issued it but I don't have it".
      `(?:says?|said|claims?|claimed|shows?|showing|told me)${gap(3)} (?:sent|issued|delivered|published|emailed|mailed) (?:it |them |out )?(?:but|yet|however)`,
      `(?:dont|do not) (?:think|believe)${gap(3)} (?:sent|issued|arrived|came|delivered|received)`,
      `nothing (?:in|on) (?:my )?(?:inbox|email|mailbox|junk|spam|account)`,
      `(?:there (?:is|was|s) no|theres no|but no|with no) (?:email|mail|message|notification)`,
      `no luck (?:finding|getting|locating|receiving)`,
      `no (?:sign|trace) of`,
      `no${gap(1)} ${NOUN}${gap(2)} (?:received|arrived|yet|has arrived|came)`,
      `${ES_NEGATION}${gap(3)} ${ES_RECEIVE}`,
      `sin (?:haber )?recibir`,
      `(?:recibi|recibido|llego|llegado)${gap(1)} nada`,
      `${PT_NEGATION}${gap(3)} ${PT_RECEIVE}`,
      `sem (?:ter )?receber`,
      `(?:recebi|chegou)${gap(1)} nada`,
      `${FR_NEGATION}${gap(2)} ${FR_RECEIVE}`,
      `sans (?:avoir )?recu`,
      // A subject line: "Badge non reçu", "Certificat non parvenu".
      `non (?:recue?s?|arrivee?s?|parvenue?s?|envoyee?s?|delivree?s?|emise?s?)`,
      `${DE_NEGATION}${gap(3)} ${DE_RECEIVE}`,
      // "Kein" negates the object, and the verb waits at the end: "keinen Nachweis über den Kurs bekommen".
      `(?:kein|keine|keinen|keines)${gap(5)} ${DE_RECEIVE}`,
      `(?:erhalte|bekomme|bekam|erhielt|kam|kamen|kommt)${gap(2)} (?:kein|keine|keinen|nichts|nie|nicht)`,
      `(?:kam|kamen|ist|sind)${gap(3)} (?:nie|nicht|noch nicht|niemals) an`,
      // "Everyone got theirs but me", "I was meant to get it but didn't": the verb is in the other clause.
      `but (?:i |it |they )?(?:still )?(?:didnt|did not|havent|have not|hasnt|has not|never did|never has|never came|never arrived)${END_OF_CLAUSE}`,
      `ne l ai (?:toujours |encore |jamais )?(?:pas|jamais)`,
      `(?:habe|hab|haben)${gap(3)} (?:immer noch|noch immer|leider noch|bis heute|bisher|noch) nicht`,
      `(?:but|except|apart from|other than) (?:i|me|mine)(?: still)?(?: didnt| havent| have not| did not| never did| not| hasnt)?(?: yet)?${END_OF_CLAUSE}`,
      `(?:pero|menos|excepto|salvo) (?:yo|a mi|el mio|la mia)(?: todavia| aun)?(?: no)?${END_OF_CLAUSE}`,
      `(?:e|mas|menos|exceto|so) (?:eu|o meu|a minha)(?: ainda)?(?: nao)?${END_OF_CLAUSE}`,
      `(?:sauf|excepte|mais pas) (?:moi|le mien|la mienne)${END_OF_CLAUSE}`, `mais moi (?:non|pas|toujours pas|jamais)${END_OF_CLAUSE}`,
      `(?:ich|mir|meins|meines)(?: aber| leider| jedoch| noch| immer noch)* nicht${END_OF_CLAUSE}`, `(?:ausser|nur) (?:mir|ich)(?: nicht)?${END_OF_CLAUSE}`,
      `(?:ist|sind)${gap(2)} (?:noch nicht|immer noch nicht|nicht) da`,
      // The verb left out after a credential named earlier: "You said it would be emailed. It hasn't been."
      `(?:it|they|mine) (?:still )?(?:hasnt|has not|havent|have not|wasnt|was not|werent|were not|never was|never were|never has|never did|never have)(?: been| yet| arrived| come)?(?= \\.| *$| as far| so far| yet| either| since| though| to (?:me|my))`,
    ],
  },
  {
    name: 'missing:delivery_failed',
    family: 'missing',
    weight: 3.5,
    hard: true,
    patterns: [
      // One word may qualify the address: "my old university email", "meine alte Uni-Adresse", "mi correo del trabajo anterior".
      `(?:sent|went|issued|gone|delivered|emailed|going) to (?:the |a |an |my )?(?:wrong|old|different|incorrect|previous|former|work|outdated|expired|deactivated)(?: [a-z]+)? (?:email|address|account|inbox|mailbox)`,
      `(?:enviado|enviada|llego|fue|mandaron|enviaron|envio|mando) a (?:un |una |mi )?(?:correo|email|direccion|cuenta|mail)${gap(2)} (?:equivocad[oa]|incorrect[oa]|antigu[oa]|viej[oa]|anterior)`,
      `(?:enviado|enviada|foi|mandaram|enviaram) (?:para|pro|pra) (?:o |um |meu )?(?:email|endereco|e mail)${gap(2)} (?:errado|incorreto|antigo|anterior)`,
      `(?:envoye|envoyee|parti|arrive) (?:a|sur|vers) (?:une |mon |la |l )?(?:mauvaise |ancienne )?(?:adresse|boite)(?: mail)?(?: erronee| incorrecte)?`,
      // Or an address that no longer works: "went to my university address, which was closed when I graduated".
      `(?:sent|went|issued|gone|delivered|emailed|going) to (?:my |the |a |an )?(?:[a-z]+ )?(?:email|address|account|inbox|mailbox)${gap(3)} (?:closed|deactivated|deleted|shut down|expired|no longer (?:exists|works|active|in use)|i no longer (?:have|use|access|check)|i (?:cant|can not|cannot|dont|do not) (?:access|use|have))`,
      `(?:an|auf) (?:die |eine |meine |mein |meinen )?(?:falsche|alte|alten|fruhere|fruheren|ehemalige|ehemaligen|vorherige|bisherige)(?: [a-z]+)? (?:[a-z]*adresse|e?mail|konto|account|postfach)`,
      `(?:email|mail|message|it|correo|mensaje|e mail|courriel|nachricht)${gap(3)} (?:bounced|got blocked|was blocked|been blocked|got filtered|was filtered|quarantined|rebotado|reboto|rebotou|bloqueado|bloqueada|bloque|bloquee|blockiert|zuruckgekommen)`,
    ],
  },
  {
    name: 'missing:still_waiting',
    family: 'missing',
    weight: 3.5,
    hard: true,
    patterns: [
      `still (?:waiting|awaiting|nothing|no sign|no email|no news)`,
      `(?:still|is|are|remains?|shows as|shows|says) (?:pending|outstanding|processing|in progress|not issued)`,
      `(?:sigue|esta|aparece|continua) (?:pendiente|en proceso)`, `(?:continua|esta|consta como|aparece como|ainda) (?:pendente|em processamento|em andamento)`,
      `(?:toujours|est|reste) (?:en cours|en attente de traitement)`, `(?:ist|steht) (?:noch )?(?:ausstehend|aus|in bearbeitung)`,
      `(?:been|am|im|i m|are|keep|keeps) (?:still )?(?:waiting|awaiting)`,
      `(?:waiting|awaiting)${gap(3)} ${NOUN}`,
      `(?:sigo|continuo|estoy|seguimos|llevo${gap(2)}) (?:esperando|sin recibir)`,
      `(?:esperando|a la espera de)${gap(3)} ${NOUN}`,
      `(?:ainda|continuo|estou|to|sigo|fico|seguimos|estamos) (?:esperando|aguardando)`,
      `(?:esperando|aguardando|no aguardo)${gap(3)} ${NOUN}`,
      `(?:j attends|nous attendons|attends) (?:toujours|encore|depuis)`,
      `(?:attends|attendons|attente)${gap(3)} ${NOUN}`,
      `toujours (?:en attente|rien|sans nouvelles)`,
      `(?:warte|warten)${gap(3)} (?:noch|immer noch|seit|weiterhin|vergeblich|schon)`,
      `(?:warte|warten)${gap(2)} (?:auf|noch auf)${gap(3)} ${NOUN}`,
      `(?:immer noch|noch immer) (?:nichts|kein|keine|keinen)`,
      // "Completed on Monday, nothing so far": nothing, and a time that says it is overdue.
      `nothing (?:so far|yet|as yet|till now|until now|to date|since|whatsoever)`, `(?:zero|not a single|not one) (?:emails?|mails?|messages?|notifications?|word)`,
      `nada (?:todavia|aun|hasta ahora|hasta el momento|por ahora|ainda|ate agora|ate o momento)`, `(?:todavia|aun|hasta ahora|ainda|ate agora) nada`,
      `(?:encore|jusqu ici|pour l instant|toujours) rien`, `rien (?:pour l instant|jusqu a present|jusqu ici|depuis)`,
      `(?:noch|bisher|bis jetzt|bislang) (?:nichts|gar nichts)`, `nichts (?:bisher|bis jetzt|bislang|seitdem)`,
    ],
  },
  {
    // How long it has been, said by someone waiting: "been 2 weeks", "ya pasaron diez días", "seit drei Wochen".
    name: 'missing:overdue',
    family: 'missing',
    weight: 2,
    patterns: [
      // Not after "for" alone: "a member for a month" is not waiting.
      `(?:its been|it s been|been|waited|waiting|waited for|waiting for|already|since)(?: over| more than| almost| nearly| about| around)? (?:[0-9]+|a|one|two|three|four|five|six|ten|several|a few|few|many)(?: more)? (?:days|weeks|months|week|month|business days|working days)(?! ago)`,
      `(?:ya (?:pasaron|paso|van|son|llevo)|pasaron|llevo|van) (?:mas de )?(?:[0-9]+|un|una|dos|tres|cuatro|cinco|diez|varios|varias|muchos|muchas) (?:dias|semanas|meses|mes|semana)`,
      `(?:ja (?:faz|fazem|se passaram|passaram|sao|vai)|faz|fazem|passaram|vai fazer) (?:mais de )?(?:[0-9]+|um|uma|dois|duas|tres|quatro|cinco|dez|varios|varias|muitos) (?:dias|semanas|meses|mes|semana)`,
      `(?:cela fait|ca fait|sa fait|depuis|voila) (?:plus de )?(?:[0-9]+|un|une|deux|trois|quatre|cinq|dix|plusieurs) (?:jours|semaines|mois|semaine)`,
      `(?:seit|schon|bereits|inzwischen) (?:uber |mehr als |fast )?(?:[0-9]+|einer|einem|zwei|drei|vier|funf|zehn|mehreren|vielen) (?:tagen|wochen|monaten|woche|monat)`,
    ],
  },
  {
    // A group where some got theirs: "only 4 of the 6 received their certificates", "solo dos lo recibieron".
    name: 'missing:some_received',
    family: 'missing',
    weight: 3,
    patterns: [
      `only (?:[0-9]+|one|two|three|four|five|six|some|half|a few|part)${gap(3)} (?:received|got|have received|have got|were sent|have been sent|have theirs)`,
      `(?:solo|solamente|unicamente|nada mas) (?:[0-9]+|uno|una|dos|tres|cuatro|cinco|algunos|algunas|la mitad)${gap(3)} (?:recibieron|recibimos|han recibido|llegaron|les llego)`,
      `(?:so|somente|apenas) (?:[0-9]+|um|uma|dois|duas|tres|quatro|cinco|alguns|algumas|metade)${gap(3)} (?:receberam|recebemos|chegaram|recebeu)`,
      `(?:seul|seuls|seule|seules|seulement) (?:[0-9]+|un|une|deux|trois|quatre|cinq|quelques|la moitie)${gap(3)} (?:ont recu|avons recu|a recu|recu)`,
      `nur (?:[0-9]+|einer|eine|zwei|drei|vier|funf|einige|die halfte)${gap(4)} (?:erhalten|bekommen)`,
    ],
  },
  {
    // Said of something that has not happened: "I was supposed to get a certificate", "je devais recevoir".
    name: 'missing:expected',
    family: 'missing',
    weight: 2.5,
    patterns: [
      `(?:was|were|am|are|im|i m) (?:supposed|meant|due|promised|told i would|told we would) to (?:receive|get|be sent|be given|be emailed)`,
      `(?:should|would) have (?:received|gotten|got|been sent)`,
      // What the learner was told would happen, said because it did not: "you said it would be emailed".
      `(?:said|told me|told us|promised|was told|were told|informed me|informed us)${gap(4)} (?:would|d) (?:be )?(?:get|receive|emailed|sent|issued|arrive|follow|come|have|mailed)`,
      `(?:me dijeron|nos dijeron|dijeron|me prometieron|me indicaron|me informaron)${gap(3)} (?:mandarian|enviarian|recibiria|recibiriamos|llegaria|llegaba|llegarian|tendria|emitirian)`,
      `(?:me disseram|disseram|falaram|me falaram|prometeram|me informaram)${gap(3)} (?:receberia|ia receber|chegaria|mandariam|enviariam|teria|emitiriam)`,
      `(?:on m a dit|vous m avez dit|on nous a dit|il m a ete dit|on m a promis|vous m aviez dit)${gap(3)} (?:recevrais|recevrait|aurais|serait envoyee?|serait emise?|arriverait)`,
      `(?:hiess es|wurde mir gesagt|wurde uns gesagt|sagten sie|sie sagten|wurde versprochen|versprochen)${gap(5)} (?:bekommen|erhalten|zugeschickt|geschickt|kommen)`,
      `(?:se suponia que|deberia haber|deberia de haber|tendria que haber) (?:recibido|recibir|llegado)`,
      `(?:deveria ter|era para (?:eu )?ter|era pra (?:eu )?ter) (?:recebido|chegado)`,
      `(?:je devais|j aurais du|on devait|nous devions) (?:recevoir|avoir|obtenir)`,
      `(?:sollte|sollten|hatte|haette)${gap(4)} (?:erhalten|bekommen|zugeschickt|geschickt)(?: werden| sollen)?`,
    ],
  },
  {
    // "The email came but there was no certificate in it", "I got the invoice but not the badge".
    name: 'missing:absent_credential',
    family: 'missing',
    weight: 4,
    hard: true,
    namesCredential: true,
    patterns: [
      // Not a bare "no": in Portuguese "no certificado" means "on the certificate".
      `(?:there (?:is|was|s) no|theres no|with no|have no|had no|has no|got no|received no|but no|and no|still no|without|missing|but not|nor the|nor my)${LEAD} ${NOUN}`,
      `(?:there (?:is|was|s) no|theres no|with no|but no|without(?: a| the| any)?) (?:link|url|attachment|copy|access)${gap(3)} ${NOUN}`,
      `(?:dont|do not|didnt|doesnt|still dont|no longer|never had|havent got|have not got) (?:have|had)?${gap(3)} ${NOUN}`,
      `${NOUN}${gap(2)} (?:is missing|was missing|missing|not attached|not included|wasnt attached|wasnt included)${NO_OBJECT}`,
      `(?:sin|ningun|ninguna|pero no|no hay|falta|faltan)${LEAD} ${NOUN}`,
      `(?:nada|nothing|rien|nichts) (?:de|del|do|da|sobre|acerca del?|about|regarding|from you about|concernant|du|von|vom|zum|zu)${LEAD} ${NOUN}`,
      // Not "certificado falta…": "en el certificado, falta una tilde" is about the name.
      `${NOUN}${gap(2)} (?:no esta|no viene|no venia|no aparece|no vino)`,
      `(?:sem|nenhum|nenhuma|mas nao|nao tem|nao ha|falta|faltou|faltando)${LEAD} ${NOUN}`,
      `${NOUN}${gap(2)} (?:faltando|nao veio|nao esta|nao aparece|nao consta)${NO_OBJECT}`,
      `(?:aucun|aucune|sans|pas de|pas d|mais pas|manque|manquant)${LEAD} ${NOUN}`,
      `(?:n ai|n avons)${gap(3)} ${NOUN}`,
      // Not "manque": "sur le certificat il manque un accent" is about the name.
      `${NOUN}${gap(2)} (?:absent|absente|n y est pas)`,
      `(?:kein|keine|keinen|keines|ohne|aber nicht|jedoch nicht|fehlt|fehlen)${LEAD} ${NOUN}`,
      // Only right after the noun: "auf dem Zertifikat fehlt ein Buchstabe" is about the name.
      `${NOUN} (?:fehlt|fehlen|fehlte)`,
      `fehlende[nrs]?${LEAD} ${NOUN}`, `${NOUN} (?:manquante?s?|faltantes?|pendientes? de envio)`,
      `${NOUN}${gap(3)} (?:noch nicht|immer noch nicht|noch immer nicht|nicht|nich|noch nich|immer noch nich) (?:da|hier|angekommen|eingetroffen)`,
      `${NOUN}${gap(3)} (?:nicht dabei|nicht enthalten|nicht angehangt)`,
    ],
  },
];
