import { gap } from './intent-lexicon.ts';
import type { SignalDefinition } from './intent-signals.ts';

/** Makes a missing credential likelier without being one: "I checked my spam". */
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

/** Stands in for a credential noun: a learner who finished a course wants its credential. */
export const IMPLIED_REFERENCE_SIGNALS: readonly SignalDefinition[] = [
  {
    name: 'context:course_completed',
    family: 'implied_reference',
    weight: 0.6,
    blockedBy: 'negation',
    patterns: [
      `(?:completed|finished|passed|graduated from|attended|done with|complete|completing|finishing)${gap(3)} (?:course|training|program|programme|class|exam|module|workshop|bootcamp|webinar|certification|test|assessment)`,
      `(?:complete|termine|finalice|aprobe|curse|hice|realice|acabe)${gap(2)} (?:curso|taller|programa|examen|diplomado|capacitacion|modulo)`,
      `(?:conclui|terminei|finalizei|fiz|completei|passei)${gap(2)} (?:curso|treinamento|programa|modulo|prova|capacitacao)`,
      `(?:termine|fini|reussi|suivi|complete|acheve|valide)${gap(2)} (?:formation|cours|module|examen|programme|stage)`,
      `(?:kurs|schulung|training|weiterbildung|prufung|lehrgang|seminar|fortbildung)${gap(3)} (?:abgeschlossen|beendet|bestanden|absolviert|teilgenommen)`,
    ],
  },
];
