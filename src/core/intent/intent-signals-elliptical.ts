import { CREDENTIAL_NOUN as NOUN, NOUN_LEAD as LEAD, anyOf } from './intent-lexicon.ts';
import type { SignalDefinition } from './intent-signals.ts';

/**
 * Messages that leave the verb out. Only the message or sentence around them says what is meant, so
 * each must fill it (see `fills`): "certificado??" asks for the certificate, while the same word
 * opening "Certificate: can I print it in A4?" does not.
 */

const GREETING = anyOf(['hi', 'hello', 'hey', 'hola', 'buenas', 'oi', 'ola', 'bonjour', 'salut', 'hallo', 'moin', 'servus']);
const PLEASE = anyOf(['please', 'pls', 'plz', 'por favor', 'porfa', 'bitte', 'svp', 's il vous plait', 'help', 'ayuda', 'ajuda', 'aide', 'hilfe']);
const POSSESSIVE = anyOf(['my', 'the', 'mi', 'mis', 'el', 'la', 'meu', 'minha', 'o', 'mon', 'ma', 'mes', 'le', 'mein', 'meine', 'das', 'die']);
const OF = anyOf(['of', 'for', 'from', 'de', 'del', 'do', 'da', 'du', 'pour', 'fur', 'zum', 'zur', 'vom', 'von']);
const URGENT = anyOf(['urgent', 'urgente', 'dringend', 'asap', 'again', 'anyone', 'alguien', 'alguem', 'quelqu un', 'jemand']);

export const ELLIPTICAL_SIGNALS: readonly SignalDefinition[] = [
  {
    // A message that is the credential and nothing else: "cert??", "zertifikat?", "hola, mi certificado por favor".
    name: 'missing:bare_mention',
    family: 'missing',
    weight: 3,
    namesCredential: true,
    fills: 'message',
    // With what it is for: "Certificado de conclusão", "certificate for the Excel course".
    patterns: [`(?:${GREETING} )?(?:${PLEASE} )?(?:${POSSESSIVE} )?${NOUN}(?: ${OF}(?: [a-z0-9]+){1,3})?(?: ${PLEASE}| ${URGENT})*`],
  },
  {
    // "Checked spam, promotions, junk. No credential. Completed the course 10 days ago."
    // English only: Portuguese "no certificado" means "on the certificate".
    name: 'missing:absent_credential',
    family: 'missing',
    weight: 4,
    hard: true,
    namesCredential: true,
    fills: 'sentence',
    patterns: [`(?:still |yet again |again |but |and )?no${LEAD} ${NOUN}(?: (?:yet|so far|at all|whatsoever|anywhere|in sight))*`],
  },
];
