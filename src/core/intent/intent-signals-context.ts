import { gap } from './intent-lexicon.ts';
import type { SignalDefinition } from './intent-signals.ts';

/**
 * "I checked my spam": said only by someone still missing what they were sent, so with a credential
 * named near it, it is a claim of its own ("Checked spam and junk. Certificate? Completed 10 days ago").
 */
export const SPAM_CHECKED_SIGNALS: readonly SignalDefinition[] = [
  {
    // The name predates its counting as a claim; reasons keep stable names.
    name: 'context:checked_spam',
    family: 'missing',
    weight: 2.5,
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
      `(?:completed|finished|passed|graduated from|attended|done with|complete|completing|finishing|did|took|taken|done)${gap(3)} (?:course|training|program|programme|class|exam|module|workshop|bootcamp|webinar|certification|test|assessment|track)`,
      `(?:course|training|program|programme|class|workshop|bootcamp|exam|module|webinar) (?:ended|is over|was over|has ended|had ended|is finished|was finished|is done|is complete|wrapped up|finished)`,
      `(?:complete|termine|finalice|aprobe|curse|hice|realice|acabe)${gap(2)} (?:curso|taller|programa|examen|diplomado|capacitacion|modulo)`,
      `(?:el curso|la capacitacion|el taller|el diplomado|el programa) (?:termino|acabo|finalizo|ya termino|ya acabo|concluyo)`,
      `(?:conclui|terminei|finalizei|fiz|completei|passei)${gap(2)} (?:curso|treinamento|programa|modulo|prova|capacitacao)`,
      `(?:o curso|o treinamento|a capacitacao|o programa) (?:terminou|acabou|finalizou|ja terminou|ja acabou|foi concluido)`,
      `(?:termine|fini|reussi|suivi|complete|acheve|valide)${gap(2)} (?:formation|cours|module|examen|programme|stage)`,
      `(?:la formation|le cours|le stage|le programme) (?:est terminee?|s est terminee?|est finie?|a pris fin|est achevee?)`,
      `(?:kurs|schulung|training|weiterbildung|prufung|lehrgang|seminar|fortbildung)${gap(3)} (?:abgeschlossen|beendet|bestanden|absolviert|teilgenommen|gemacht|besucht|vorbei|zu ende)`,
    ],
  },
  {
    // What the credential is for, said instead of its name: "something to put on my CV", "nada para mostrar".
    name: 'context:proof_wanted',
    family: 'implied_reference',
    weight: 1,
    patterns: [
      `(?:something|anything|nothing)${gap(2)} (?:to show|to put on|to add to|to present|to prove|that proves|proving|for my (?:cv|resume|employer|portfolio|records|file|boss|manager))`,
      `(?:algo|nada|alguna cosa) (?:para|que) (?:mostrar|presentar|demostrar|poner en|comprobar|acreditar|ensenar)`,
      `(?:algo|nada|alguma coisa) (?:para|pra|que) (?:mostrar|apresentar|comprovar|colocar no)`,
      `(?:quelque chose|rien) (?:a|pour|que je puisse) (?:montrer|presenter|prouver|justifier|mettre sur)`,
      `(?:etwas|nichts)${gap(4)} (?:vorlegen|vorzeigen|nachweisen|zeigen|vorweisen)`,
    ],
  },
];
