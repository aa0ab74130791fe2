import { CREDENTIAL_NOUN as NOUN, gap } from './intent-lexicon.ts';
import type { SignalDefinition } from './intent-signals.ts';

/**
 * Who is writing: not a learner owed a credential, but an issuer, someone checking a credential, or
 * a learner who did not qualify for one, whom no resend can help.
 */
export const AUDIENCE_SIGNALS: readonly SignalDefinition[] = [
  {
    name: 'neg:issuer_admin',
    family: 'audience',
    weight: -5,
    patterns: [
      // Not "cohort": learners write "everyone in my cohort got theirs".
      `(?:our|my) (?:students|learners|participants|attendees|graduates|trainees|delegates|recipients|candidates|apprentices|pupils)`,
      `our (?:members|customers|clients|users|teachers|instructors|speakers)`,
      `(?:start|begin|started|begun) (?:issuing|awarding|sending out|creating)`,
      `(?:to|for) (?:[0-9]+|all|several|multiple|many) (?:of )?(?:our |the )?(?:students|learners|participants|attendees|recipients|employees|trainees|people|users)`,
      `(?:emitir|criar|gerar|crear|generar|emettre|creer|ausstellen|erstellen|issue|create)${gap(2)} ${NOUN}${gap(1)} (?:para|aos|a|pour|fur|to|for) (?:os |as |los |las |nos |nuestros |nossos |unsere |our |my |mis |meus |les |mes |die )?(?:colaboradores|funcionarios|empleados|alunos|alumnos|estudantes|estudiantes|participantes|salaries|employes|eleves|mitarbeiter[a-z]*|schuler[a-z]*|teilnehmer[a-z]*|employees|staff|students|learners|participants)`,
      `(?:bulk|mass|batch) (?:send|sending|issue|issuing|issuance|upload|uploading|email|emails|import|export|create|creation)`,
      `(?:csv|spreadsheet|excel file|recipient list|templates?)`,
      `(?:we|i) (?:need|want|would like|d like|plan|are planning|are looking|have) to (?:issue|create|design|send out|award|bulk)${gap(2)} ${NOUN}`,
      `${NOUN} (?:templates?|designs?|designer|builder|layout)`,
      `how (?:do|can|would|should) we${gap(1)} (?:issue|create|design|send|upload|import|set up|publish|add)`,
      `how (?:do|can) i (?:issue|design|bulk|upload|import|set up|publish|add recipients)`,
      `we are (?:an? )?(?:issuer|course provider|training provider|organi[sz]ation|institution|university|school|academy)`,
      `as (?:an? |the )?(?:issuer|course provider|training provider)`,
      `(?:issuer|admin|administrator) (?:account|dashboard|portal)`,
      `(?:nuestros|nuestras|mis) (?:alumnos|alumnas|estudiantes|participantes|egresados|graduados|cursantes)`,
      `nuestros (?:clientes|usuarios|miembros)`,
      `(?:envio|carga|emision) masiva`, `plantilla`,
      `como (?:podemos|puedo) (?:emitir|crear|disenar|cargar|subir)${gap(1)} (?:los |las |nuestros )?${NOUN}`,
      `(?:nossos|nossas|meus) (?:alunos|alunas|estudantes|participantes|formandos|cursistas|treinandos)`,
      `nossos (?:clientes|usuarios|membros)`,
      `(?:em|en) (?:massa|lote)`, `(?:de|en) forma masiva`, `masivamente`, `en masse`, `in bulk`, `modelo de ${NOUN}`,
      `como podemos (?:emitir|criar|gerar|cadastrar|importar|enviar)`,
      `(?:nos|mes) (?:apprenants|etudiants|eleves|participants|stagiaires|inscrits|beneficiaires)`,
      `nos (?:clients|utilisateurs|membres)`,
      `envoi (?:groupe|en masse|massif|en lot)`, `modele (?:de |d )?${NOUN}`,
      `(?:pouvons nous|peut on) (?:emettre|creer|concevoir|importer|envoyer)`,
      `(?:unsere[nrm]?|meine[nrm]?) (?:teilnehmer[a-z]*|studierenden|schuler[a-z]*|schueler[a-z]*|absolvent[a-z]*|lernenden|kursteilnehmer[a-z]*)`,
      `unsere[nrm]? (?:kunden|nutzer|mitglieder)`,
      // Not a bare "Vorlage": learners need a certificate "zur Vorlage beim Arbeitgeber".
      `(?:massenversand|sammelversand|massenimport|serienbrief|zertifikatsvorlagen?|vorlagen? (?:fur|fuer) (?:das |die |unsere )?${NOUN})`,
      `wie (?:kann ich|konnen wir|koennen wir)${gap(3)} ${NOUN}${gap(3)} (?:ausstellen|erstellen|gestalten|anlegen|versenden)`,
    ],
  },
  {
    // An employer's people are either an issuer's recipients or a manager's staff who took a course
    // ("three of our staff did your course and none have had their certificates"): weaker than the
    // vocabulary of teaching, which only an issuer uses.
    name: 'neg:employer_group',
    family: 'audience',
    weight: -2,
    patterns: [
      `our (?:employees|staff|interns|volunteers|team members|workforce|colleagues)`,
      `(?:for|para|pour|fur) (?:my|minha|mi|mon|mein|meine|our|nossa|nuestro|nuestra|notre|unser|unsere) (?:team|equipe|equipo|time|staff|employees|funcionarios|empleados|mitarbeiter)`,
      `${NOUN}${gap(1)} (?:para|pour|for|to|fur) (?:eles|elas|ellos|ellas|them|eux)`,
      `nuestros (?:empleados|colaboradores|trabajadores)`, `nossos (?:colaboradores|funcionarios|empregados)`,
      `nos (?:collaborateurs|salaries|employes)`, `unsere[nrm]? (?:mitarbeiter[a-z]*|beschaftigten|angestellten)`,
    ],
  },
  {
    name: 'neg:third_party_check',
    family: 'audience',
    weight: -4,
    patterns: [
      `(?:candidate|candidates|applicant|applicants|background check|background screening|pre employment|job seeker)`,
      `(?:candidato|candidata|postulante|aspirante|candidat|candidate|bewerber[a-z]*|kandidat[a-z]*)`,
    ],
  },
  {
    name: 'neg:not_qualified',
    family: 'audience',
    weight: -5,
    patterns: [
      `(?:failed|didnt pass|did not pass|havent passed|have not passed|didnt finish|did not finish|havent finished|have not finished|havent completed|have not completed|didnt complete|did not complete)${gap(3)} (?:the |my )?(?:exam|test|course|assessment|module|quiz|final)`,
      `(?:reprobe|no aprobe|no termine|no he terminado|no complete|suspendi)${gap(2)} (?:el |mi )?(?:examen|curso|prueba|modulo)`,
      `(?:reprovei|nao passei|nao terminei|nao conclui|nao completei)${gap(2)} (?:na |no |o |a |meu |minha )?(?:prova|exame|curso|modulo|teste)`,
      `(?:echoue|rate|pas reussi|pas termine|pas fini)${gap(2)} (?:l |le |la |mon |ma )?(?:examen|test|formation|cours|module)`,
      `(?:kurs|prufung|test|modul|schulung)${gap(3)} (?:nicht bestanden|nicht abgeschlossen|nicht beendet|durchgefallen)`,
    ],
  },
];
