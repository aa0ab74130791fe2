import { CREDENTIAL_NOUN as NOUN, anyOf, gap } from './intent-lexicon.ts';
import type { SignalDefinition } from './intent-signals.ts';

const LINK = anyOf([
  'links?', 'urls?', 'enlaces?', 'vinculos?', 'liens?', '(?:zertifikats|download|zugangs|badge)links?',
]);
const VIEW = anyOf([
  'view', 'see', 'open', 'access', 'claim', 'get', 'ver', 'voir', 'abrir', 'acessar', 'acceder', 'consulter',
  'visualizar', 'ansehen', 'anzeigen', 'aufrufen',
]);
const DOES_NOT_WORK = anyOf([
  'does nothing', 'doesnt do anything', 'doesnt work', 'does not work', 'not working', 'isnt working', 'no funciona', 'no hace nada',
  'nao funciona', 'nao faz nada', 'ne fonctionne pas', 'ne marche pas', 'funktioniert nicht', 'geht nicht',
  'access denied', 'acceso denegado', 'acesso negado', 'acces refuse', 'zugriff verweigert',
]);
const MESSAGE = anyOf([
  'email', 'emails', 'mail', 'mails', 'message', 'messages', 'invitation', 'notification', 'correo', 'mensaje',
  'mensagem', 'courriel', 'nachricht',
]);

/** The learner had it, or was sent it, and cannot reach it now: a lost or broken link, nowhere to be found. */
export const LOST_SIGNALS: readonly SignalDefinition[] = [
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
];
