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
  'arrive', 'arrived', 'come', 'came', 'come through', 'show up', 'showed up', 'shown up', 'turned up',
  'appear', 'appeared', 'been sent', 'been issued', 'been delivered', 'been emailed', 'delivered', 'reached me',
  'been generated', 'been released', 'been published', 'been processed', 'been created', 'been made available', 'been uploaded',
]);

const ES_NEGATION = anyOf(['no', 'nunca', 'jamas', 'aun no', 'todavia no', 'tampoco', 'ni']);
// Not "aparece": "mi apellido no aparece en el certificado" is about the name.
const ES_RECEIVE = anyOf(['re[cs]ib[a-z]*', 'recivi[a-z]*', 'llega[a-z]*', 'llego', 'llegaron', 'obtuve', 'he obtenido', 'tengo', 'visto', 'envian', 'enviaron', 'mandan', 'mandaron', 'envio', 'mando', 'emitid[oa]', 'generad[oa]', 'liberad[oa]', 'enviad[oa]']);
const PT_NEGATION = anyOf(['nao', 'nunca', 'jamais', 'ainda nao', 'ate agora nao', 'nem']);
const PT_RECEIVE = anyOf(['re[cs]eb[a-z]*', 'cheg[a-z]*', 'veio', 'vieram', 'obtive', 'tenho', 'foi enviado', 'foi enviada', 'enviaram', 'mandaram', 'emitid[oa]', 'gerad[oa]', 'liberad[oa]', 'disponibilizad[oa]', 'enviad[oa]']);
const FR_NEGATION = anyOf(['pas', 'jamais', 'rien', 'toujours pas', 'pas encore', 'aucun', 'aucune']);
const FR_RECEIVE = anyOf(['recus?', 'recues?', 'arrivee?s?', 'parvenue?s?', 'obtenue?s?', 'eu', 'vu', 'venue?s?', 'envoyee?s?', 'recevoir', 'reception', 'emise?s?', 'delivree?s?', 'generee?s?']);
const DE_NEGATION = anyOf(['nicht', 'nie', 'niemals', 'nichts', 'kein', 'keine', 'keinen', 'keines', 'noch nicht', 'immer noch nicht', 'bisher nicht', 'bis jetzt nicht']);
const DE_RECEIVE = anyOf([
  'erhalten', 'bekommen', 'empfangen', 'angekommen', 'eingegangen', 'zugestellt', 'zugesandt', 'zugeschickt',
  'geschickt', 'gesendet', 'gesandt', 'erhielt', 'bekam', 'gekriegt', 'ausgestellt', 'freigegeben', 'verschickt', 'versendet',
]);

const END_OF_CLAUSE = '(?= \\.| *$)';
const LINK = anyOf(['links?', 'urls?', 'enlaces?', 'vinculos?', 'liens?', '(?:zertifikats|download|zugangs|badge)links?']);
const VIEW = anyOf(['view', 'see', 'open', 'access', 'claim', 'get', 'ver', 'voir', 'abrir', 'acessar', 'acceder', 'consulter', 'visualizar', 'ansehen', 'anzeigen', 'aufrufen']);
const DOES_NOT_WORK = anyOf([
  'does nothing', 'doesnt do anything', 'doesnt work', 'does not work', 'not working', 'isnt working', 'no funciona', 'no hace nada',
  'nao funciona', 'nao faz nada', 'ne fonctionne pas', 'ne marche pas', 'funktioniert nicht', 'geht nicht',
  'access denied', 'acceso denegado', 'acesso negado', 'acces refuse', 'zugriff verweigert',
]);
const MESSAGE = anyOf([
  'email', 'emails', 'mail', 'mails', 'message', 'messages', 'invitation', 'notification', 'correo', 'mensaje',
  'mensagem', 'courriel', 'nachricht',
]);

export const MISSING_SIGNALS: readonly SignalDefinition[] = [
  {
    name: 'missing:not_received',
    family: 'missing',
    weight: 4,
    hard: true,
    patterns: [
      `${EN_NEGATION}${gap(4)} ${EN_RECEIVE}`,
      `${EN_NEGATION_FOR_GET}${gap(4)} (?:get|got|gotten|gotton)`,
      `${EN_NEGATION}${gap(2)} ${EN_ARRIVE}`,
      `(?:received|got|gotten|get)${gap(1)} (?:nothing|no email|no mail|no link|none)`,
      `nothing${gap(2)} (?:arrived|came|received|has arrived|has come|showed up|turned up|came through|has come through)`,
      `${EN_NEGATION}${gap(2)} (?:had|heard|seen|saw) (?:anything|any|it|one|mine|a|the|my)`,
      `(?:dont|do not|still dont|no longer|never) (?:have|had|got) (?:one|it|them|mine|any)`,
      `(?:still|yet) (?:dont|do not) have (?:it|one|anything|them)`,
      `(?:still|yet) (?:have|got) nothing`,
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
      `${DE_NEGATION}${gap(3)} ${DE_RECEIVE}`,
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
    ],
  },
  {
    name: 'missing:delivery_failed',
    family: 'missing',
    weight: 3.5,
    hard: true,
    patterns: [
      `(?:sent|went|issued|gone|delivered|emailed|going) to (?:the |a |an |my )?(?:wrong|old|different|incorrect|previous|former|work|outdated) (?:email|address|account|inbox)`,
      `(?:enviado|enviada|llego|fue|mandaron|enviaron) a (?:un |una |mi )?(?:correo|email|direccion|cuenta) (?:equivocad[oa]|incorrect[oa]|antigu[oa]|viej[oa])`,
      `(?:enviado|enviada|foi|mandaram|enviaram) (?:para|pro|pra) (?:o |um |meu )?(?:email|endereco|e mail) (?:errado|incorreto|antigo)`,
      `(?:envoye|envoyee|parti|arrive) (?:a|sur|vers) (?:une |mon |la |l )?(?:mauvaise |ancienne )?(?:adresse|boite)(?: mail)?(?: erronee| incorrecte)?`,
      `(?:an|auf) (?:die |eine |meine )?(?:falsche|alte|fruhere) (?:e mail adresse|email adresse|adresse|emailadresse|mailadresse)`,
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
    ],
  },
  {
    // With the credential as its object, "can't find my certificate" is as flat a claim as "never got it".
    name: 'missing:cant_find',
    family: 'missing',
    weight: 3.5,
    hard: true,
    namesCredential: true,
    patterns: [
      `(?:cant|cannot|can not|couldnt|could not|unable to|not able to|dont|do not|didnt|did not|failed to|struggling to)${gap(1)} (?:find|locate|see|access|retrieve|view|track down|pull up)${gap(3)} ${NOUN}`,
      `(?:trying|tried|try|attempting|struggling) to (?:get|obtain|find|access|retrieve|receive|locate)${gap(3)} ${NOUN}`,
      `no (?:lo |la |los |las |me |le )?(?:encuentro|encontre|encontramos|hallo|veo|ubico|localizo|puedo (?:encontrar|ver|acceder a|ubicar|localizar|abrir|recuperar))${gap(3)} ${NOUN}`,
      `nao (?:o |a |os |as |me )?(?:encontro|encontrei|acho|achei|vejo|localizo|consigo (?:encontrar|achar|ver|acessar|localizar|abrir|recuperar)|estou conseguindo (?:encontrar|achar|ver|acessar))${gap(3)} ${NOUN}`,
      `(?:ne|n) (?:trouve|retrouve|vois)(?: pas| plus)?${gap(2)} ${NOUN}`,
      `(?:n arrive pas|ne parviens pas|n ai pas reussi) a (?:trouver|retrouver|acceder a|recuperer)${gap(2)} ${NOUN}`,
      `(?:impossible de (?:trouver|retrouver|voir|acceder a|recuperer))${gap(2)} ${NOUN}`,
      `${NOUN}${gap(2)} (?:introuvable|nirgends|nirgendwo)`,
      `(?:finde|sehe)${gap(3)} ${NOUN}${gap(2)} (?:nicht|nirgends|nirgendwo|nicht mehr)`,
      `${NOUN}${gap(3)} (?:nicht|nirgends|nicht mehr) (?:finden|auffinden|sehen|abrufen|aufrufen)`,
    ],
  },
  {
    name: 'missing:cant_find',
    family: 'missing',
    weight: 3,
    patterns: [
      `(?:cant|cannot|can not|couldnt|could not|unable to|not able to|dont|do not|didnt|did not|failed to|struggling to|no longer|can no longer)${gap(2)} (?:find|locate|see|access|retrieve|view|track down|pull up)`,
      `(?:not|nowhere) (?:in|on) (?:my )?(?:inbox|mailbox|account|dashboard|profile|wallet)`,
      `nowhere to be (?:found|seen)`,
      `(?:dont|do not|didnt) know (?:how|where) to (?:view|find|get|access|see|download|open|claim) (?:it|them)`,
      `(?:isnt|is not|arent|are not|not) (?:there|showing up|showing|visible|listed|appearing)`,
      `no (?:lo |la |los |las |me |le )?(?:encuentro|encontre|hallo|veo|aparece|aparecen|aparecio)`,
      `no (?:puedo|pude|logro|consigo) (?:encontrar|ver|acceder|ubicar|localizar|recuperar)`,
      `nao (?:o |a |os |as |me )?(?:encontro|encontrei|acho|vejo|localizo|aparece|apareceu|aparecem)`,
      `nao (?:consigo|consegui|estou conseguindo) (?:encontrar|achar|ver|acessar|localizar|recuperar)`,
      `(?:ne|n) (?:le |la |les |l )?(?:trouve|retrouve|vois) (?:pas|plus|nulle part)`,
      `introuvable`,
      `impossible de (?:le |la |les |l )?(?:trouver|retrouver|voir|acceder|localiser|recuperer)`,
      `(?:n arrive pas|ne parviens pas|n ai pas reussi|ne reussis pas) a (?:le |la |les |l )?(?:trouver|retrouver|acceder|voir|recuperer)`,
      `(?:finde|finden|sehe)${gap(4)} (?:nicht|nirgends|nirgendwo|nicht mehr)`,
      `(?:nicht|nirgends|nirgendwo|nicht mehr) (?:finden|gefunden|auffinden|sehen|abrufen|aufrufen|zugreifen)`,
      `kein zugriff`,
      `(?:doesnt|does not|dont|do not|didnt|did not|isnt|is not|wasnt|not) (?:appear|appearing|show up|showing up)`,
      `no (?:lo |la |me )?(?:aparece|aparecen|aparecio)`, `nao (?:me )?(?:aparece|aparecem|apareceu)`,
      `nao (?:consigo|consegui|estou conseguindo) (?:emitir|gerar|obter|pegar)`,
      `(?:n apparait|n apparaissent|ne s affiche|ne s affichent|n apparaissait) (?:pas|nulle part|plus|toujours pas)`,
      `(?:wird|werden)${gap(2)} nicht (?:angezeigt|aufgefuhrt)`, `(?:erscheint|erscheinen|taucht|tauchen)${gap(2)} nicht`,
    ],
  },
  {
    name: 'missing:where_is',
    family: 'missing',
    weight: 3.5,
    namesCredential: true,
    patterns: [
      `where${gap(6)} ${NOUN}`,
      `(?:donde|adonde)${gap(6)} ${NOUN}`,
      `(?:onde|aonde|cade)${gap(6)} ${NOUN}`,
      `ou (?:est|sont|se trouve|se trouvent|puis je|peut on|pourrais je|dois je|trouver|en est|en sont|je peux|est ce que je peux|recuperer|telecharger|est passe|sont passes)${gap(4)} ${NOUN}`,
      `wo${gap(6)} ${NOUN}`,
    ],
  },
  {
    name: 'missing:how_to_get',
    family: 'missing',
    weight: 3,
    namesCredential: true,
    patterns: [
      `how${gap(4)} (?:get|obtain|receive|access|download|retrieve|claim|find|view|see|recover|collect|request|get hold of)${gap(3)} ${NOUN}`,
      `como${gap(3)} (?:obtener|obtengo|conseguir|consigo|recibir|recibo|descargar|descargo|acceder|accedo|encontrar|encuentro|ver|veo|recuperar|recupero|tener|tengo|sacar|saco|reclamar|solicitar|solicito|pedir|pido)${gap(3)} ${NOUN}`,
      `como${gap(3)} (?:obter|obtenho|conseguir|consigo|receber|recebo|baixar|baixo|acessar|acesso|encontrar|encontro|achar|acho|ver|vejo|recuperar|recupero|pegar|pego|emitir|emito|tirar|tiro|gerar|gero|solicitar|solicito|pedir|peco)${gap(3)} ${NOUN}`,
      `comment${gap(4)} (?:obtenir|recevoir|recuperer|avoir|telecharger|acceder|trouver|retrouver|voir|consulter|demander)${gap(3)} ${NOUN}`,
      `wie (?:bekomme|erhalte|finde|komme|kriege|kann|konnte|kommt man|bekommt man|erhalt man|lasst sich)${gap(5)} ${NOUN}`,
    ],
  },
  {
    name: 'missing:lost_link',
    family: 'missing',
    weight: 4,
    hard: true,
    patterns: [
      `(?:lost|misplaced|deleted|erased|removed|threw away|trashed|no longer have|dont have|do not have|cant find|cannot find)${gap(3)} (?:${LINK}|${MESSAGE}|access)`,
      `(?:lost|misplaced|accidentally deleted|accidentally removed|mistakenly deleted)${gap(2)} ${NOUN}`,
      `${NOUN}${gap(2)} (?:got lost|was lost|went missing|has gone missing|disappeared|vanished|verschwunden|desaparecio|sumiu|desapareceu|a disparu|disparu)`,
      `(?:perdi|he perdido|perdido|borre|he borrado|elimine|he eliminado|extravie|ya no tengo|no tengo)${gap(3)} (?:${LINK}|${MESSAGE}|acceso)`,
      `(?:perdi|he perdido|extravie)${gap(2)} ${NOUN}`,
      `(?:perdi|apaguei|exclui|deletei|removi|nao tenho mais|ja nao tenho|nao tenho)${gap(3)} (?:${LINK}|${MESSAGE}|acesso)`,
      `(?:perdi|extraviei)${gap(2)} ${NOUN}`,
      `(?:perdu|supprime|efface|egare|jete|n ai plus)${gap(3)} (?:${LINK}|${MESSAGE}|acces)`,
      `(?:perdu|egare)${gap(2)} ${NOUN}`,
      `(?:${LINK}|${MESSAGE})${gap(2)} (?:got lost|was lost|is lost|went missing|has gone missing|disappeared|vanished|seems to have disappeared)`,
      `(?:${LINK}|${MESSAGE}|zugang)${gap(4)} (?:verloren|verlegt|geloscht|geloescht|nicht mehr)`,
      `(?:versehentlich|aus versehen|unabsichtlich) (?:geloscht|geloescht|entfernt)`,
      `${NOUN}${gap(2)} (?:verloren|verlegt)`,
    ],
  },
  {
    name: 'missing:link_broken',
    family: 'missing',
    weight: 4,
    hard: true,
    patterns: [
      `${LINK}${gap(6)} ${anyOf([
        'expired', 'expires', 'broken', 'dead', 'invalid', 'doesnt work', 'does not work', 'not working', 'isnt working',
        'wont open', 'doesnt open', 'does not open', 'leads nowhere', 'goes nowhere', 'does nothing', 'doesnt do anything',
        'wont load', 'doesnt load', 'not loading', 'gives an error', 'error', '404',
        'ya no existe', 'no existe', 'nao existe', 'n existe plus', 'n existe pas', 'existiert nicht', 'nicht gefunden',
        'nicht mehr verfugbar', 'access denied', 'permission denied', 'forbidden', '403', 'unauthorized', 'not authorized',
        'acceso denegado', 'acesso negado', 'acces refuse', 'acces interdit', 'zugriff verweigert',
        'no longer works', 'stopped working',
        'no funciona', 'no sirve', 'esta roto', 'roto', 'caduco', 'caducado', 'expiro', 'expirado', 'vencio', 'vencido',
        'no abre', 'da error',
        'nao funciona', 'quebrado', 'expirou', 'nao abre', 'da erro', 'invalido',
        'ne fonctionne pas', 'ne marche pas', 'ne marche plus', 'ne fonctionne plus', 'expire', 'casse', 'mort',
        'invalide', 'ne s ouvre pas',
        'funktioniert nicht', 'funktioniert nicht mehr', 'geht nicht', 'abgelaufen', 'kaputt', 'ungultig', 'fehlerhaft',
      ])}`,
      `(?:expired|broken|dead|invalid|bad|abgelaufene[nr]?|ungultige[nr]?) ${LINK}`,
      // "Click here to view your certificate" and then the button does nothing.
      `${VIEW}${gap(4)} ${NOUN}${gap(6)} ${DOES_NOT_WORK}`,
      `(?:page|${LINK})${gap(3)} (?:not found|has expired|cannot be found|doesnt exist|does not exist|no longer exists|no longer available)`,
      `${NOUN}${gap(1)} (?:not found|cannot be found|could not be found|does not exist|doesnt exist)`,
      `(?:takes|took|leads|led|goes|brings|sends|redirects) (?:me )?to (?:an? |the )?(?:error|blank|404|broken|empty) page`,
    ],
  },
  {
    name: 'missing:resend',
    family: 'missing',
    weight: 3.5,
    namesCredential: true,
    patterns: [
      `(?:resend|resent|resending|redeliver|reissue|send|forward)${gap(4)} ${NOUN}`,
      `(?:email|mail) (?:me|it)${gap(3)} ${NOUN}`,
      `(?:reenviar|reenviarme|reenvien|reenvie|reenvia|enviar|mandar|envien|manden|enviarme|mandarme|envienme|mandenme|enviame|mandame|hacer llegar)${gap(3)} ${NOUN}`,
      `(?:reenviem|reenviarem|enviar|mandar|envie|enviem|mande|mandem|encaminhar|encaminhe|encaminhem)${gap(3)} ${NOUN}`,
      `(?:renvoyer|renvoyez|reenvoyer|envoyer|envoyez|transmettre|transmettez|faire parvenir)${gap(3)} ${NOUN}`,
      `${NOUN}${gap(4)} (?:senden|schicken|zusenden|zuschicken|zukommen lassen|verschicken)`,
    ],
  },
  {
    // "Kindly share my certificate" asks us to send it; sharing it themselves is neg:share_credential.
    name: 'missing:resend',
    family: 'missing',
    weight: 3.5,
    namesCredential: true,
    cancels: ['neg:share_credential'],
    patterns: [
      `(?:kindly|please|pls|plz|can you|could you|would you|you can) (?:share|provide|give)(?: me| us)?${gap(2)} ${NOUN}`,
      `(?:share|provide|give)${gap(3)} ${NOUN}${gap(2)} (?:with me|again)`,
      `(?:compartir|compartan|compartilhar|compartilhem)(?:me| me)?${gap(2)} ${NOUN}`,
    ],
  },
  {
    // "Send it again" says what, only with a credential nearby: "resend the invoice" is not ours.
    name: 'missing:resend',
    family: 'missing',
    weight: 3.5,
    patterns: [
      `(?:resend|resent|resending|redeliver|reissue)`,
      `(?:send|sent|email|emailed|forward|forwarded)${gap(3)} (?:again|once more|one more time|another copy|a new link|a new copy|another link|a new one|the link|a link)`,
      `(?:need|want|would like|requesting|request|get) (?:a |another )?(?:new|working|fresh|valid) (?:link|url|copy)`,
      `(?:get|send|have|receive) it (?:at|to) (?:this|my|another|a different|the new) (?:address|email|account)`,
      `(?:reenviar|reenviarme|reenviarmelo|reenviarmela|reenvien|reenvie|reenvia|reenvio|volver a (?:enviar|mandar)|vuelvan a (?:enviar|mandar)|vuelva a (?:enviar|mandar))`,
      `(?:enviar|mandar|envien|manden|envie|mande)${gap(3)} (?:de nuevo|nuevamente|otra vez)`,
      `(?:reenviem|reenviarem|reenviado)`,
      `(?:enviar|mandar|envie|enviem|mande|mandem)${gap(3)} (?:novamente|de novo|outra vez)`,
      `(?:renvoyer|renvoyez|renvoie|renvoi|reenvoyer|reenvoyez|reexpedier)`,
      `(?:envoyer|envoyez|transmettre|transmettez|faire parvenir)${gap(3)} (?:a nouveau|de nouveau|encore|une nouvelle fois)`,
      `(?:erneut|nochmal|nochmals|noch mal|noch einmal|wieder|neu)${gap(2)} (?:senden|schicken|zusenden|zuschicken|versenden|zukommen|verschicken)`,
      `(?:senden|schicken|zusenden|zuschicken)${gap(3)} (?:erneut|nochmal|nochmals|noch einmal)`,
    ],
  },
  {
    // "Any update on my certificate?", "is my badge ready yet?": asked by someone who has not got it.
    name: 'missing:status_request',
    family: 'missing',
    weight: 3,
    namesCredential: true,
    patterns: [
      `(?:status|update|updates|news|progress|word) (?:of|on|about|regarding|for) (?:my |the |our )?${NOUN}`,
      `(?:is|are) (?:my|the|our) ${NOUN}${gap(1)} (?:ready|available|out|done|issued|sent|on (?:its|the) way)`,
      `(?:has|have|was|were) (?:my|the|our) ${NOUN}${gap(1)} (?:been )?(?:issued|sent|released|published|generated|emailed|processed)`,
      `what (?:happened|happens|is happening) (?:to|with) (?:my|the|our) ${NOUN}`,
      `(?:mi|el|la) ${NOUN} (?:ha sido|fue|ya fue|ya ha sido) (?:enviad[oa]|emitid[oa]|generad[oa])`,
      `(?:meu|minha|o|a) ${NOUN} (?:foi|ja foi) (?:enviad[oa]|emitid[oa]|gerad[oa]|liberad[oa])`,
      `(?:mon|ma|le|la) ${NOUN} (?:a|a bien|a deja) ete (?:envoyee?|emise?|delivree?|generee?)`,
      `(?:wurde|ist) (?:mein|meine|das|die) ${NOUN}${gap(2)} (?:verschickt|versendet|ausgestellt|gesendet|erstellt)`,
      `(?:estado|novedades?|noticias) (?:de|del|sobre) (?:mi |el |la )?${NOUN}`, `que (?:paso|pasa|sucedio) con (?:mi|el|la) ${NOUN}`,
      `(?:esta|estan) (?:listo|lista|listos|disponible)${gap(1)} (?:mi|el|la|mis) ${NOUN}`,
      `(?:status|andamento|situacao|novidades?) (?:do|da|de) (?:meu |minha |o |a )?${NOUN}`, `o que (?:aconteceu|houve) com (?:o |a |meu |minha )?${NOUN}`,
      `(?:statut|etat|nouvelles) (?:de|du) (?:mon |ma |le |la )?${NOUN}`, `(?:qu est il arrive|que se passe t il) (?:a|avec) (?:mon|ma|le|la) ${NOUN}`,
      `(?:status|stand) (?:meines|meiner|des|der|von meinem|zu meinem) ${NOUN}`, `was ist mit (?:meinem|meiner|dem|der) ${NOUN}`,
    ],
  },
  {
    name: 'missing:request',
    family: 'missing',
    weight: 2.5,
    namesCredential: true,
    patterns: [
      // The credential must be the object ("I need my certificate"), not merely nearby
      // ("I'd like to know what my certificate number is", "what score do I need for the certificate").
      `(?:need|needs|want|wanted|would like|d like|requesting|request|like)(?: (?:to (?:receive|get|have|obtain|be sent)|urgently|really|please|a copy of|proof of|a new copy of))*${LEAD} ${NOUN}`,
      `(?:can|could|may) i (?:have|get|receive|obtain|please have|please get)(?: a copy of)? (?:my|the) ${NOUN}`,
      `(?:recover|retrieve|regain|get back|restore|recuperar|recupero|recuperer|wiederherstellen|wiederbekommen|zuruckbekommen)${gap(3)} ${NOUN}`,
      `(?:necesito|quiero|quisiera|querria|me gustaria|solicito|requiero|deseo)(?: (?:recibir|obtener|tener|urgente|urgentemente|una copia de|copia de))*${LEAD} ${NOUN}`,
      `(?:solicito|pido|solicitar|pedir) (?:el |la )?(?:reenvio|envio|copia|duplicado) (?:de|del)${LEAD} ${NOUN}`,
      `(?:preciso|quero|queria|gostaria|solicito|necessito|desejo)(?: (?:receber|obter|ter|muito|urgente|urgentemente|de|uma copia))*${LEAD} ${NOUN}`,
      `(?:solicito|peco|solicitar|pedir) (?:o |a )?(?:reenvio|envio|copia|segunda via) d[oa]${LEAD} ${NOUN}`, `segunda via d[oa]${LEAD} ${NOUN}`,
      `(?:besoin|veux|voudrais|souhaite|souhaiterais|aimerais|reclame|demande)(?: (?:de|d|recevoir|obtenir|avoir|a nouveau|une copie de))*${LEAD} ${NOUN}`,
      `(?:brauche|benotige|benoetige|mochte|moechte|hatte gern|hatte gerne|bitte um)(?: (?:dringend|unbedingt|noch|bitte|eine kopie))*${LEAD} ${NOUN}`,
    ],
  },
  {
    name: 'missing:when_will',
    family: 'missing',
    weight: 3,
    namesCredential: true,
    patterns: [
      `when (?:will|do|can|should|would|is|are|does|might|could|shall)${gap(6)} ${NOUN}`,
      `how long${gap(6)} ${NOUN}`,
      `cuando (?:voy|van|llega|llegara|recibire|recibo|me|estara|estaran|sale|saldra|podre|puedo|tendre|emitiran|enviaran|se)${gap(4)} ${NOUN}`,
      `cuanto (?:tiempo|tarda|demora)${gap(5)} ${NOUN}`,
      `quando (?:vou|vai|vem|chega|chegara|recebo|receberei|sai|saira|sera|estara|poderei|posso|terei|fica|ficara|emitem|enviam|me)${gap(4)} ${NOUN}`,
      `(?:quanto tempo|prazo|previsao)${gap(5)} ${NOUN}`,
      // The credential as the subject: "quando o certificado vai ser enviado?"
      `cuando (?:mi|el|la|mis|los|las) ${NOUN}`, `quando (?:o|a|meu|minha|os|as|meus|minhas) ${NOUN}`,
      `quand (?:mon|ma|le|la|mes|les|l) ${NOUN}`,
      `quand (?:vais je|est ce que|pourrai je|recevrai je|sera|seront|vais|pourrais je|aurai je|recevrai|puis je|arrivera|est)${gap(4)} ${NOUN}`,
      `(?:combien de temps|delai|delais)${gap(5)} ${NOUN}`,
      `wann${gap(5)} ${NOUN}`,
      `wie lange${gap(6)} ${NOUN}`,
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
      `(?:there (?:is|was|s) no|theres no|with no|have no|had no|has no|got no|received no|but no|still no|without|missing|but not|nor the|nor my)${LEAD} ${NOUN}`,
      `(?:there (?:is|was|s) no|theres no|with no|but no|without(?: a| the| any)?) (?:link|url|attachment|copy|access)${gap(3)} ${NOUN}`,
      `(?:dont|do not|didnt|doesnt|still dont|no longer|never had|havent got|have not got) (?:have|had)?${gap(3)} ${NOUN}`,
      `${NOUN}${gap(2)} (?:is missing|was missing|missing|not attached|not included|wasnt attached|wasnt included)`,
      `(?:sin|ningun|ninguna|pero no|no hay|falta|faltan)${LEAD} ${NOUN}`,
      `(?:nada|nothing|rien|nichts) (?:de|del|do|da|sobre|acerca del?|about|regarding|from you about|concernant|du|von|vom|zum|zu)${LEAD} ${NOUN}`,
      // Not "certificado falta…": "en el certificado, falta una tilde" is about the name.
      `${NOUN}${gap(2)} (?:no esta|no viene|no venia|no aparece|no vino)`,
      `(?:sem|nenhum|nenhuma|mas nao|nao tem|nao ha|falta|faltou|faltando)${LEAD} ${NOUN}`,
      `${NOUN}${gap(2)} (?:faltando|nao veio|nao esta|nao aparece|nao consta)`,
      `(?:aucun|aucune|sans|pas de|pas d|mais pas|manque|manquant)${LEAD} ${NOUN}`,
      `(?:n ai|n avons)${gap(3)} ${NOUN}`,
      `${NOUN}${gap(2)} (?:manque|manquant|absent|absente|n y est pas)`,
      `(?:kein|keine|keinen|keines|ohne|aber nicht|jedoch nicht|fehlt|fehlen)${LEAD} ${NOUN}`,
      // Only right after the noun: "auf dem Zertifikat fehlt ein Buchstabe" is about the name.
      `${NOUN} (?:fehlt|fehlen|fehlte)`,
      `${NOUN}${gap(3)} (?:nicht dabei|nicht enthalten|nicht angehangt)`,
    ],
  },
];

export const SUPPORT_SIGNALS: readonly SignalDefinition[] = [
  {
    name: 'context:checked_spam',
    family: 'support',
    weight: 1,
    patterns: [
      `(?:checked|check|looked in|searched|gone through|went through|revise|revisado|busque|verifique|verifiquei|olhei|procurei|chequei|verifie|regarde|cherche|fouille|gepruft|geprueft|nachgesehen|nachgeschaut|durchsucht|geschaut)${gap(4)} (?:spam|junk|promotions|trash|clutter|correo no deseado|no deseados?|lixo eletronico|lixeira|indesirables|courriers? indesirables?|spams|spamordner|junk ordner|papierkorb)`,
      `(?:not|nothing|isnt|nada|nao|rien|pas|nicht|nichts)${gap(3)} (?:in |en |no |na |dans |im )?(?:the |my |el |la |mi |o |a |meu |minha |le |les |mes |mon |meinem )?(?:spam|junk|spams|spamordner)`,
    ],
  },
];

/** Statements that stand in for a credential noun: a learner who finished a course wants its credential. */
export const IMPLIED_REFERENCE_SIGNALS: readonly SignalDefinition[] = [
  {
    name: 'context:course_completed',
    family: 'implied_reference',
    weight: 0.6,
    patterns: [
      `(?:completed|finished|passed|graduated from|attended|done with|complete|completing|finishing)${gap(3)} (?:course|training|program|programme|class|exam|module|workshop|bootcamp|webinar|certification|test|assessment)`,
      `(?:complete|termine|finalice|aprobe|curse|hice|realice|acabe)${gap(2)} (?:curso|taller|programa|examen|diplomado|capacitacion|modulo)`,
      `(?:conclui|terminei|finalizei|fiz|completei|passei)${gap(2)} (?:curso|treinamento|programa|modulo|prova|capacitacao)`,
      `(?:termine|fini|reussi|suivi|complete|acheve|valide)${gap(2)} (?:formation|cours|module|examen|programme|stage)`,
      `(?:kurs|schulung|training|weiterbildung|prufung|lehrgang|seminar|fortbildung)${gap(3)} (?:abgeschlossen|beendet|bestanden|absolviert|teilgenommen)`,
    ],
  },
];
