/**
 * Vocabulary shared by the intent signals, written against normalised text (see classify-normalise):
 * lower-case ASCII, single spaces, " . " between sentences, "havent"/"dont" joined, French elisions
 * split ("j ai", "l attestation"), hyphens turned into spaces.
 */

/** Up to `words` intervening words; never crosses a sentence boundary, which is not a word. */
export function gap(words: number): string {
  return `(?: [a-z0-9]+){0,${words}}`;
}

export function anyOf(alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/**
 * German builds credential nouns as compounds ("Teilnahmezertifikat", "Kursbescheinigung"). The
 * prefixes are listed rather than matched as any letters: compounds that are not ours
 * ("Impfzertifikat", "Meldebescheinigung") stay out, and a literal start keeps the scan fast.
 */
const GERMAN_COURSE_PREFIX =
  '(?:teilnahme|teilnehmer|kurs|abschluss|fortbildungs|weiterbildungs|schulungs|seminar|lehrgangs|prufungs|online|digital|qualifikations|trainings|workshop|webinar|sprach|ausbildungs|lehrgang|zusatz|fach)';

/** What a course is called, for phrases that name the credential by what it proves ("proof of attendance"). */
const COURSE_THING = anyOf([
  'course', 'courses', 'training', 'program', 'programme', 'class', 'workshop', 'module', 'exam', 'bootcamp', 'webinar', 'seminar',
  'curso', 'capacitacion', 'taller', 'diplomado', 'programa', 'examen', 'treinamento', 'capacitacao', 'modulo', 'prova',
  'formation', 'stage', 'cours', 'schulung', 'kurs', 'kurses', 'fortbildung', 'weiterbildung', 'lehrgang', 'lehrgangs', 'training', 'trainings',
  'seminars', 'prufung',
]);

/** What the learner is missing, by concept, in all five languages. */
export const CREDENTIAL_NOUNS = {
  certificate: [
    'certificates?', 'certs?', 'certifs?', 'certifications?', 'ecertificates?',
    'certificados?', 'certificacion(?:es)?', 'certificacao', 'certificacoes', 'certificats?',
    `${GERMAN_COURSE_PREFIX}?zertifikat(?:e|en|s|slink)?`,
  ],
  badge: ['badges?', 'ebadges?', 'openbadges?', 'insignias?', 'selos? digita(?:l|is)', 'emblemas? digita(?:l|is|les)', 'abzeichen'],
  credential: [
    'credentials?', 'microcredentials?', 'micro credentials?', 'credencial(?:es)?', 'credenciais',
    'microcredencial(?:es)?', 'microcredenciais',
  ],
  diploma: ['diplomas?', 'diplomes?', 'diplom'],
  award: ['awards?'],
  attestation: [
    'attestations?', 'constancias?',
    `${GERMAN_COURSE_PREFIX}?bescheinigung(?:en)?`, `${GERMAN_COURSE_PREFIX}?urkunden?`,
    `${GERMAN_COURSE_PREFIX}nachweis(?:e|es)?`, 'abschlusszeugnis', 'teilnahmebe(?:s|st)ae?tigung(?:en)?',
    '(?:comprovante|declaracao) de (?:conclusao|participacao)',
    `${GERMAN_COURSE_PREFIX}bestatigung(?:en)?`,
  ],
} as const;

export const CREDENTIAL_NOUN = anyOf(Object.values(CREDENTIAL_NOUNS).flat());

/**
 * The credential named by what it proves: "proof of completion", "evidence that I attended",
 * "comprobante de que terminé", "Nachweis über die Schulung". Each needs its "of completion" part;
 * a bare "proof" or "Nachweis" is anything at all. They name a credential but stay out of
 * CREDENTIAL_NOUN: every pattern that embeds that alternation would pay for these long phrases.
 */
export const CREDENTIAL_DESCRIPTIONS: readonly string[] = [
  '(?:proof|evidence|record|confirmation|letter|document|documentation) of (?:course |training |programme |program )?(?:completion|attendance|participation|having (?:completed|attended|finished|done|taken))',
  '(?:completion|attendance|participation) (?:letter|record|document|proof|evidence|statement)',
  '(?:proof|evidence) (?:that )?i (?:completed|attended|finished|did|passed|took|participated in)',
  '(?:comprobante|prueba|justificante|acreditacion|documento) de (?:finalizacion|participacion|asistencia|conclusion|aprobacion|que (?:termine|hice|complete|asisti|aprobe|curse|finalice|realice|participe))',
  '(?:comprovante|declaracao|atestado|comprovacao|documento) de (?:conclusao|participacao|frequencia|presenca|que (?:fiz|conclui|terminei|participei|completei|realizei|cursei))',
  '(?:preuve|justificatif|confirmation|document) (?:de |d )(?:reussite|participation|suivi|formation|assiduite|presence|fin de formation)',
  '(?:preuve|justificatif|document) que j ai (?:suivi|termine|fait|reussi|participe|complete)',
  `(?:nachweis|beleg|bestatigung|dokument) (?:uber|fur|der|des|zur|zum) (?:die |den |das |meine |meinen |meiner )?(?:teilnahme|abschluss|${COURSE_THING})`,
  '(?:nachweis|beleg|bestatigung) dass ich',
  // Or by the course it is for: "a proof of the course", "un comprobante del curso", "justificatif du cours".
  `(?:proof|evidence|record|comprobante|constancia|justificante|comprovante|declaracao|justificatif|preuve) (?:of|for|de|del|do|da|du|de la) (?:the |my |la |el |mi |o |a |meu |minha |mon |ma )?${COURSE_THING}`,
];

/**
 * Up to two determiners or plain adjectives before a noun ("no digital certificate", "sem o meu
 * certificado"). Used where any word would do harm: in "sem acento no certificado" the thing
 * missing is the accent, not the certificate.
 */
export const NOUN_LEAD = `(?: ${anyOf([
  'the', 'a', 'an', 'my', 'any', 'your', 'this', 'that', 'new', 'digital', 'official', 'final', 'online', 'course', 'completion', 'e',
  'el', 'la', 'los', 'las', 'un', 'una', 'mi', 'mis', 'su', 'tu', 'ningun', 'ninguna', 'algun', 'alguna', 'nuevo', 'oficial', 'del', 'al',
  'o', 'os', 'as', 'um', 'uma', 'meu', 'minha', 'meus', 'minhas', 'seu', 'sua', 'nenhum', 'nenhuma', 'novo', 'digitais', 'do', 'da', 'dos', 'das',
  'le', 'les', 'l', 'une', 'mon', 'ma', 'mes', 'votre', 'd', 'de', 'du', 'des', 'officiel', 'officielle', 'nouveau', 'numerique',
  'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'mein', 'meine', 'meinen', 'meinem', 'ihr', 'ihre', 'kein', 'keine',
  'keinen', 'digitale?[nrs]?', 'offizielle?[nrs]?', 'neue?[nrs]?',
])}){0,2}`;

/**
 * Things other than a credential that learners also say they have not received. When one of these
 * is the nearest object of "not received", the complaint is about it, not about the credential.
 */
export const OTHER_DELIVERABLES = anyOf([
  // en
  'invoices?', 'receipts?', 'bills?', 'refunds?', 'password', 'reset (?:link|email)', 'login (?:link|email|details)',
  'magic link', 'sign in link', 'verification (?:code|email|link)', 'confirmation(?: email| code| link)?',
  'activation (?:email|link|code)', 'welcome email', 'codes?', 'otp', 'order', 'course materials?',
  'materials?', 'slides', 'recordings?', 'textbooks?', 'books?', 'vouchers?', 'tickets?', 'replies',
  'reply', 'response', 'answer', 'grades?', 'results?', 'scores?', 'newsletters?', 'money',
  // A correction is awaited like a delivery: "still waiting for the correction of my name".
  'corrections?', 'correccion', 'correcao', 'korrektur', 'berichtigung', 'fix(?:es)?',
  // A meeting's link or an event's invitation: "the Zoom link for the certificate ceremony".
  '(?:zoom|teams|meet|webex|meeting|session|class|webinar|event|joining|calendar) (?:links?|invites?|invitations?)', 'invitations?',
  '(?:enlace|link|liga) (?:de|del|da|do|para la|para a) (?:zoom|teams|meet|reunion|reuniao|sesion|sessao|clase|aula)', 'invitacion(?:es)?', 'convites?',
  'lien (?:zoom|teams|meet|de la session|du webinaire|de connexion a la session)', 'einladung(?:en)?',
  '(?:zoom|teams|meeting|webinar)links?',
  // es
  // Not a bare "recibo": it is also "I receive".
  'facturas?', 'recibos', 'recibo (?:de|del) (?:pago|compra)', 'comprobante de pago', 'contrasena', 'codigos?', 'enlace de acceso',
  'materiales?', 'confirmacion', 'respuesta', 'reembolsos?', 'notas?', 'calificacion(?:es)?', 'resultados?',
  // pt
  'faturas?', 'nota fiscal', 'comprovante de pagamento', 'senha', 'link de acesso', 'materiais',
  'confirmacao', 'resposta', 'retorno', 'estorno',
  // fr
  'factures?', 'recu de paiement', 'mot de passe', 'lien de connexion', 'supports? de cours',
  'reponse', 'remboursement', 'resultats?',
  // de
  'rechnung(?:en)?', 'quittung(?:en)?', 'passwort', 'kennwort', 'zugangsdaten', 'anmeldelink',
  'bestatigung[a-z]*', 'unterlagen', 'kursmaterial[a-z]*', 'antwort', 'ruckerstattung', 'noten', 'ergebnis[a-z]*',
]);

function wordAlternation(words: readonly string[]): RegExp {
  return new RegExp(`\\b${anyOf(words)}\\b`);
}

/** Words that undo an affirmation in the clause before it: "not received", "sin recibir", "pas reçu". */
export const NEGATION = wordAlternation([
  'not', 'never', 'no', 'nothing', 'havent', 'havnt', 'hasnt', 'hadnt', 'didnt', 'didn', 'dont', 'doesnt',
  'cant', 'cannot', 'couldnt', 'wont', 'isnt', 'wasnt', 'werent', 'arent', 'yet to', 'without', 'neither',
  'nor', 'nobody', 'none',
  'nunca', 'nada', 'aun no', 'todavia no', 'sin',
  'nao', 'nem', 'sem',
  'pas', 'jamais', 'rien', 'sans', 'aucun', 'aucune',
  'nicht', 'nich', 'nie', 'kein', 'keine', 'keinen', 'keines', 'nichts', 'ohne',
  // French negation opens with "ne", before the verb it undoes: "je ne trouve mon diplôme nulle part".
  'ne', 'n',
]);

/** Words that make an affirmation hypothetical or someone else's: "if I get it", "my friends received theirs". */
export const HEDGE = wordAlternation([
  // "Only one of us has received it": someone else's.
  'if', 'once', 'whether', 'until', 'unless', 'will', 'would', 'hope', 'hoping', 'supposed', 'should', 'only',
  'everyone', 'everybody', 'others', 'colleagues?', 'classmates?', 'friends?', 'coworkers?', 'they', 'their', 'theirs',
  'si', 'hasta', 'companeros', 'colegas', 'amigos?', 'sus', 'todos',
  'se', 'ate', 'outros', 'todo mundo', 'deles',
  'lorsque', 'autres', 'collegues', 'amis?', 'leurs?', 'tous',
  'wenn', 'ob', 'sobald', 'falls', 'kollegen', 'andere', 'anderen', 'alle', 'ihre?n?',
  'kann', 'konnte', 'koennte', 'konnen', 'koennen', 'soll', 'sollte', 'muss', 'mochte', 'moechte', 'wurde', 'wuerde',
]);

/** Where the clause that governs a verb starts again: "I have no invoice, but I received the badge". */
export const CLAUSE_RESTART =
  / (?:\.|but|however|although|though|pero|aunque|sin embargo|mas|porem|contudo|mais|cependant|aber|jedoch|allerdings) /g;
