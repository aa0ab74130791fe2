import { CREDENTIAL_NOUN as NOUN, NOUN_LEAD as LEAD, anyOf, gap } from './intent-lexicon.ts';
import type { SignalDefinition } from './intent-signals.ts';

/**
 * Chasing: "any update on my certificate?", "following up", "¿hay alguna novedad?", "dauert das so
 * lange?". Only someone still waiting chases, so with a credential named near it, a chase is a claim.
 */

/** What a learner asks about when chasing: "status", "novedades", "Neuigkeiten". */
const STATUS_WORD = anyOf([
  'status', 'update', 'updates', 'news', 'progress', 'word', 'eta', 'feedback',
  'estado', 'novedad', 'novedades', 'noticias?', 'actualizacion', 'avances?', 'situacion',
  'novidades?', 'andamento', 'situacao', 'previsao', 'atualizac(?:ao|oes)',
  'statut', 'etat', 'nouvelles', 'suivi', 'avancement',
  'stand', 'sachstand', 'zwischenstand', 'neuigkeiten', 'neues', 'infos?',
]);
/**
 * After a chasing phrase, either the support thread itself ("on this", "sobre mi caso", "zu meiner
 * Anfrage"), taken into the match, or nothing more: "any news about the schedule?" chases the schedule.
 */
const CHASE_PREPOSITION = anyOf([
  'on', 'about', 'regarding', 're', 'for', 'of', 'concerning', 'from', 'with',
  'sobre', 'de', 'del', 'acerca de', 'respecto a', 'do', 'da', 'du', 'des', 'concernant', 'sur', 'zu', 'zum', 'zur', 'uber', 'bezuglich', 'von',
]);
const THREAD = anyOf([
  'this', 'it', 'that', 'my (?:ticket|request|case|email|query|message)', 'the (?:ticket|above|below|request|case)',
  'esto', 'eso', '(?:mi|el|la) (?:caso|ticket|solicitud|consulta|mensaje|correo)',
  'isso', 'isto', '(?:meu|minha|o|a) (?:chamado|ticket|pedido|caso|solicitacao|mensagem)',
  'cela', 'ca', '(?:ma|mon|la|le) (?:demande|requete|ticket|dossier|message)',
  'dies', 'diese[mr]?', '(?:meine[mr]?|der|dem) (?:anfrage|ticket|nachricht|fall)',
]);
const CHASED_THREAD = `(?: ${CHASE_PREPOSITION} ${THREAD})?(?! ${CHASE_PREPOSITION} )`;
const ABOUT = anyOf([
  'of', 'on', 'about', 'regarding', 're', 'for', 'concerning', 'with',
  'de', 'del', 'sobre', 'acerca de', 'respecto a', 'respecto de', 'con', 'para',
  'do', 'da', 'dos', 'das', 'quanto a', 'referente a', 'com',
  'du', 'de la', 'des', 'concernant', 'sur', 'au sujet de', 'pour',
  'zu', 'zum', 'zur', 'uber', 'bezuglich', 'von', 'meines', 'meiner', 'des', 'der', 'fur',
]);

export const STATUS_SIGNALS: readonly SignalDefinition[] = [
  {
    // "Any update on my certificate?", "is my badge ready yet?": asked by someone who has not got it.
    name: 'missing:status_request',
    family: 'missing',
    weight: 3,
    namesCredential: true,
    patterns: [
      `${STATUS_WORD} ${ABOUT}${LEAD} ${NOUN}`,
      // Only with "my": "information about the certificate programme" asks before enrolling.
      `(?:informacion|informacao|information|informationen) ${ABOUT} (?:my|mi|mis|meu|minha|mon|ma|mes|mein|meine|meinem|meiner) ${NOUN}`,
      `(?:is|are) (?:my|the|our) ${NOUN}${gap(1)} (?:ready|available|out|done|issued|sent|on (?:its|the) way)`,
      `(?:has|have|was|were) (?:my|the|our) ${NOUN}${gap(1)} (?:been )?(?:issued|sent|released|published|generated|emailed|processed)`,
      `what (?:happened|happens|is happening) (?:to|with) (?:my|the|our) ${NOUN}`,
      `(?:mi|el|la) ${NOUN} (?:ha sido|fue|ya fue|ya ha sido) (?:enviad[oa]|emitid[oa]|generad[oa])`,
      `(?:meu|minha|o|a) ${NOUN} (?:foi|ja foi) (?:enviad[oa]|emitid[oa]|gerad[oa]|liberad[oa])`,
      `(?:mon|ma|le|la) ${NOUN} (?:a|a bien|a deja) ete (?:envoyee?|emise?|delivree?|generee?)`,
      `(?:wurde|ist) (?:mein|meine|das|die) ${NOUN}${gap(2)} (?:verschickt|versendet|ausgestellt|gesendet|erstellt)`,
      `que (?:paso|pasa|sucedio) con (?:mi|el|la) ${NOUN}`,
      `(?:esta|estan) (?:listo|lista|listos|disponible)${gap(1)} (?:mi|el|la|mis) ${NOUN}`,
      `(?:en que|cual es el) (?:estado|situacion)${gap(3)} ${NOUN}`,
      `o que (?:aconteceu|houve) com (?:o |a |meu |minha )?${NOUN}`,
      `(?:qu est il arrive|que se passe t il) (?:a|avec) (?:mon|ma|le|la) ${NOUN}`, `ou en est${gap(3)} ${NOUN}`,
      `was ist mit (?:meinem|meiner|dem|der) ${NOUN}`,
    ],
  },
  {
    // Chasing without naming what: "Any news? I finished the course and my certificate…", "following
    // up on my ticket". Counts only with a credential named near it.
    name: 'missing:status_request',
    family: 'missing',
    weight: 2.5,
    patterns: [
      // "Any news about when the next course starts?" is about what follows; "any update on my ticket?"
      // is not, and the ticket is part of the chase, not a missing deliverable.
      `(?:any|some) (?:update|updates|news|word|progress|feedback|eta)${CHASED_THREAD}`,
      `(?:following|follow) up`, `chasing (?:this|up|again|it)`, `status update`, `(?:checking in|check in|checking on|check on|checking up on)${CHASED_THREAD}`,
      `(?:is|are) (?:it|they) (?:ready|on (?:its|their|the) way|coming|out|available)`,
      `(?:whats|what is|what s|let me know|tell me|know|check) the (?:status|eta|hold up|holdup|delay)`,
      `(?:has|have) (?:it|they|this) (?:been )?(?:gone out|sent|issued|processed|released)`,
      `(?:hay|alguna|algun|tienen|tienes) (?:novedad|novedades|noticia|noticias|actualizacion|avance|informacion)${CHASED_THREAD}`,
      `(?:sigo|estoy|seguimos) sin (?:noticias|novedades|respuesta)`, `(?:doy|hago|dando) seguimiento`,
      `(?:ha|tem|teria|alguma|algum|existe) (?:novidade|novidades|noticia|noticias|previsao|atualizacao|posicao|posicionamento)${CHASED_THREAD}`,
      `qual (?:e |eh )?(?:o |a )?(?:status|andamento|prazo|previsao|situacao)`, `sigo sem (?:noticias|novidades|resposta)`,
      `(?:avez vous|des|quelques|y a t il des|du) (?:nouvelles|news)${CHASED_THREAD}`, `(?:ou en est|ou en sommes nous)`, `(?:relance|relances|je vous relance)`,
      `(?:gibt es|gibts|haben sie) (?:schon |bereits |etwas |irgendwelche ){0,2}(?:neuigkeiten|neues|ein update|einen zwischenstand|informationen)${CHASED_THREAD}`,
      `(?:wie|was) ist der (?:stand|status|sachstand)`, `(?:ich )?(?:hake|frage) (?:noch einmal |nochmal |erneut )?nach`,
    ],
  },
  {
    // "Do certs take a while to show up?", "¿es normal que tarde?": waiting, asked as a question.
    name: 'missing:slow_arrival',
    family: 'missing',
    weight: 2.5,
    patterns: [
      `(?:take|takes|taking|took|taken) (?:a while|long|so long|this long|that long|ages|forever|some time|a few days|days|weeks|a bit|longer)(?: than (?:usual|expected))? to (?:arrive|show up|come|come through|appear|be issued|be sent|be processed|be generated|be released|process|generate|get here|reach me|land)`,
      `(?:tarda|tardan|demora|demoran|tardando|demorando|tardar|demorar) (?:tanto|mucho|en llegar|en aparecer|en salir|tanto en llegar)`,
      `es normal que (?:tarde|demore|no (?:llegue|aparezca|haya llegado))`,
      `(?:demora|demorando|demorar|leva|levando) (?:tanto|muito|para chegar|pra chegar|para aparecer|pra aparecer|para sair)`,
      `(?:e|eh) normal (?:demorar|que demore|nao (?:ter chegado|chegar|aparecer))`,
      `(?:prend|prendre|met|mettre) (?:autant de|beaucoup de|combien de|tant de) temps`, `est ce normal que`,
      `(?:dauert|dauern)${gap(2)} (?:so lange|lange|noch|normalerweise)`, `ist es normal dass`,
    ],
  },
];
