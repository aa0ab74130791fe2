import type { LanguagePhrases } from './language.ts';
import { ABOUT, CHASED_THREAD, COURSE_WORD, END_OF_CLAUSE, LANGUAGE_NAME, LEAD, LINK, MESSAGE, NOUN, anyOf, gap } from './pattern-parts.ts';

const NEGATION = anyOf([
  // "nich" is how "nicht" is said, and often typed.
  'nicht', 'nich', 'nie', 'niemals', 'nichts', 'kein', 'keine', 'keinen', 'keines', 'noch nicht', 'immer noch nicht',
  'bisher nicht', 'bis jetzt nicht',
]);
const RECEIVE = anyOf([
  'erhalten', 'bekommen', 'empfangen', 'angekommen', 'eingegangen', 'zugestellt', 'zugesandt', 'zugeschickt',
  'geschickt', 'gesendet', 'gesandt', 'erhielt', 'bekam', 'gekriegt', 'ausgestellt', 'freigegeben', 'verschickt', 'versendet',
]);

/**
 * German builds credential nouns as compounds ("Teilnahmezertifikat", "Kursbescheinigung"). The
 * prefixes are listed rather than matched as any letters: compounds that are not ours
 * ("Impfzertifikat", "Meldebescheinigung") stay out, and a literal start keeps the scan fast.
 */
const COURSE_PREFIX =
  '(?:teilnahme|teilnehmer|kurs|abschluss|fortbildungs|weiterbildungs|schulungs|seminar|lehrgangs|prufungs|online|digital|qualifikations|trainings|workshop|webinar|sprach|ausbildungs|lehrgang|zusatz|fach)';

export const DE: LanguagePhrases = {
  language: 'de',
  words: {
    credentialNouns: {
      certificate: [`${COURSE_PREFIX}?zertifikat(?:e|en|s|slink)?`],
      badge: ['abzeichen'],
      diploma: ['diplom'],
      attestation: [
        `${COURSE_PREFIX}?bescheinigung(?:en)?`, `${COURSE_PREFIX}?urkunden?`,
        `${COURSE_PREFIX}nachweis(?:e|es)?`, 'abschlusszeugnis', 'teilnahmebe(?:s|st)ae?tigung(?:en)?',
        `${COURSE_PREFIX}bestatigung(?:en)?`,
      ],
    },
    nounLeads: [
      'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'mein', 'meine', 'meinen', 'meinem', 'ihr', 'ihre', 'kein', 'keine',
      'keinen', 'digitale?[nrs]?', 'offizielle?[nrs]?', 'neue?[nrs]?',
    ],
    courseWords: ['schulung', 'kurs', 'kurses', 'fortbildung', 'weiterbildung', 'lehrgang', 'lehrgangs', 'training', 'trainings', 'seminars', 'prufung'],
    otherDeliverables: [
      'korrektur', 'berichtigung', 'einladung(?:en)?', '(?:zoom|teams|meeting|webinar)links?',
      'rechnung(?:en)?', 'quittung(?:en)?', 'passwort', 'kennwort', 'zugangsdaten', 'anmeldelink',
      'bestatigung[a-z]*', 'unterlagen', 'kursmaterial[a-z]*', 'antwort', 'ruckerstattung', 'noten', 'ergebnis[a-z]*',
    ],
    negations: ['nicht', 'nich', 'nie', 'kein', 'keine', 'keinen', 'keines', 'nichts', 'ohne'],
    hedges: [
      'wenn', 'ob', 'sobald', 'falls', 'kollegen', 'andere', 'anderen', 'alle', 'ihre?n?',
      'kann', 'konnte', 'koennte', 'konnen', 'koennen', 'soll', 'sollte', 'muss', 'mochte', 'moechte', 'wurde', 'wuerde',
    ],
    clauseRestarts: ['aber', 'jedoch', 'allerdings'],
    objectDeterminers: ['mein', 'meine', 'den', 'das', 'die', 'ein', 'eine'],
    statusWords: ['stand', 'sachstand', 'zwischenstand', 'neuigkeiten', 'neues', 'infos?'],
    aboutWords: ['zu', 'zum', 'zur', 'uber', 'bezuglich', 'von', 'meines', 'meiner', 'des', 'der', 'fur'],
    chasePrepositions: ['zu', 'zum', 'zur', 'uber', 'bezuglich', 'von'],
    supportThreads: ['dies', 'diese[mr]?', '(?:meine[mr]?|der|dem) (?:anfrage|ticket|nachricht|fall)'],
    linkWords: ['(?:zertifikats|download|zugangs|badge)links?'],
    messageWords: ['nachricht'],
    viewVerbs: ['ansehen', 'anzeigen', 'aufrufen'],
    notWorkingWords: ['funktioniert nicht', 'geht nicht', 'zugriff verweigert'],
    brokenLinkWords: [
      'existiert nicht', 'nicht gefunden', 'nicht mehr verfugbar', 'zugriff verweigert',
      'funktioniert nicht', 'funktioniert nicht mehr', 'geht nicht', 'abgelaufen', 'kaputt', 'ungultig', 'fehlerhaft',
    ],
    languageNames: ['englisch', 'spanisch', 'franzosisch', 'deutsch', 'portugiesisch'],
    greetings: ['hallo', 'moin', 'servus'],
    pleaseWords: ['bitte', 'hilfe'],
    possessives: ['mein', 'meine', 'das', 'die'],
    ofWords: ['fur', 'zum', 'zur', 'vom', 'von'],
    urgentWords: ['dringend', 'jemand'],
  },
  signals: {
    'noun:proof_of_completion': [
      `(?:nachweis|beleg|bestatigung|dokument) (?:uber|fur|der|des|zur|zum) (?:die |den |das |meine |meinen |meiner )?(?:teilnahme|abschluss|${COURSE_WORD})`,
      '(?:nachweis|beleg|bestatigung) dass ich',
    ],
    'context:course_completed': [
      `(?:kurs|schulung|training|weiterbildung|prufung|lehrgang|seminar|fortbildung)${gap(3)} (?:abgeschlossen|beendet|bestanden|absolviert|teilgenommen|gemacht|besucht|vorbei|zu ende)`,
    ],
    'context:proof_wanted': [`(?:etwas|nichts)${gap(4)} (?:vorlegen|vorzeigen|nachweisen|zeigen|vorweisen)`],
    'missing:not_received': [
      `${NEGATION}${gap(3)} ${RECEIVE}`,
      // "Kein" negates the object, and the verb waits at the end: "keinen Nachweis über den Kurs bekommen".
      `(?:kein|keine|keinen|keines)${gap(5)} ${RECEIVE}`,
      `(?:erhalte|bekomme|bekam|erhielt|kam|kamen|kommt)${gap(2)} (?:kein|keine|keinen|nichts|nie|nicht)`,
      `(?:kam|kamen|ist|sind)${gap(3)} (?:nie|nicht|noch nicht|niemals) an`,
      `(?:habe|hab|haben)${gap(3)} (?:immer noch|noch immer|leider noch|bis heute|bisher|noch) nicht`,
      `(?:ich|mir|meins|meines)(?: aber| leider| jedoch| noch| immer noch)* nicht${END_OF_CLAUSE}`, `(?:ausser|nur) (?:mir|ich)(?: nicht)?${END_OF_CLAUSE}`,
      `(?:ist|sind)${gap(2)} (?:noch nicht|immer noch nicht|nicht) da`,
    ],
    'missing:delivery_failed': [
      // One word may qualify the address: "meine alte Uni-Adresse".
      `(?:an|auf) (?:die |eine |meine |mein |meinen )?(?:falsche|alte|alten|fruhere|fruheren|ehemalige|ehemaligen|vorherige|bisherige)(?: [a-z]+)? (?:[a-z]*adresse|e?mail|konto|account|postfach)`,
      `(?:nachricht|email|mail|e mail)${gap(3)} (?:blockiert|zuruckgekommen)`,
    ],
    'missing:still_waiting': [
      `(?:ist|steht) (?:noch )?(?:ausstehend|aus|in bearbeitung)`,
      `(?:warte|warten)${gap(3)} (?:noch|immer noch|seit|weiterhin|vergeblich|schon)`,
      `(?:warte|warten)${gap(2)} (?:auf|noch auf)${gap(3)} ${NOUN}`,
      `(?:immer noch|noch immer) (?:nichts|kein|keine|keinen)`,
      `(?:noch|bisher|bis jetzt|bislang) (?:nichts|gar nichts)`, `nichts (?:bisher|bis jetzt|bislang|seitdem)`,
    ],
    'missing:overdue': [
      `(?:seit|schon|bereits|inzwischen) (?:uber |mehr als |fast )?(?:[0-9]+|einer|einem|zwei|drei|vier|funf|zehn|mehreren|vielen) (?:tagen|wochen|monaten|woche|monat)`,
    ],
    'missing:some_received': [`nur (?:[0-9]+|einer|eine|zwei|drei|vier|funf|einige|die halfte)${gap(4)} (?:erhalten|bekommen)`],
    'missing:expected': [
      `(?:hiess es|wurde mir gesagt|wurde uns gesagt|sagten sie|sie sagten|wurde versprochen|versprochen)${gap(5)} (?:bekommen|erhalten|zugeschickt|geschickt|kommen)`,
      `(?:sollte|sollten|hatte|haette)${gap(4)} (?:erhalten|bekommen|zugeschickt|geschickt)(?: werden| sollen)?`,
    ],
    'missing:absent_credential': [
      `(?:kein|keine|keinen|keines|ohne|aber nicht|jedoch nicht|fehlt|fehlen)${LEAD} ${NOUN}`,
      `nichts (?:von|vom|zum|zu)${LEAD} ${NOUN}`,
      // Only right after the noun: "auf dem Zertifikat fehlt ein Buchstabe" is about the name.
      `${NOUN} (?:fehlt|fehlen|fehlte)`,
      `fehlende[nrs]?${LEAD} ${NOUN}`,
      `${NOUN}${gap(3)} (?:noch nicht|immer noch nicht|noch immer nicht|nicht|nich|noch nich|immer noch nich) (?:da|hier|angekommen|eingetroffen)`,
      `${NOUN}${gap(3)} (?:nicht dabei|nicht enthalten|nicht angehangt)`,
    ],
    'missing:cant_find': [
      `${NOUN}${gap(2)} (?:nirgends|nirgendwo)`,
      `(?:finde|sehe)${gap(3)} ${NOUN}${gap(2)} (?:nicht|nirgends|nirgendwo|nicht mehr)`,
      `${NOUN}${gap(3)} (?:nicht|nirgends|nicht mehr) (?:finden|auffinden|sehen|abrufen|aufrufen)`,
    ],
    'missing:failed_action': [
      `${NOUN}${gap(4)} (?:nicht|nich|nicht mehr) (?:herunterladen|runterladen|downloaden|offnen|oeffnen|abrufen|einlosen|einloesen|annehmen|drucken|speichern)`,
      `${NOUN}${gap(3)} (?:lasst|laesst|lassen) sich (?:nicht|nich) (?:herunterladen|downloaden|offnen|oeffnen|abrufen|einlosen|einloesen)`,
    ],
    'missing:cant_find/unnamed': [
      `(?:finde|finden|sehe)${gap(4)} (?:nicht|nirgends|nirgendwo|nicht mehr)`,
      `(?:nicht|nirgends|nirgendwo|nicht mehr) (?:finden|gefunden|auffinden|sehen|abrufen|aufrufen|zugreifen)`,
      `kein zugriff`,
      `(?:wird|werden)${gap(2)} nicht (?:angezeigt|aufgefuhrt)`, `(?:erscheint|erscheinen|taucht|tauchen)${gap(2)} nicht`,
    ],
    'missing:lost_link': [
      `${NOUN}${gap(2)} verschwunden`,
      `(?:${LINK}|${MESSAGE}|zugang)${gap(4)} (?:verloren|verlegt|geloscht|geloescht|nicht mehr)`,
      `(?:versehentlich|aus versehen|unabsichtlich) (?:geloscht|geloescht|entfernt)`,
      `${NOUN}${gap(2)} (?:verloren|verlegt)`,
    ],
    'missing:link_broken': [`(?:abgelaufene[nr]?|ungultige[nr]?) ${LINK}`],
    'missing:where_is': [`wo${gap(6)} ${NOUN}`],
    'missing:where_is/it': [
      `(?:wo|wie) (?:bekomme|finde|erhalte|kriege) ich (?:es|das|ihn|sie|diese[ns]?)`,
      `(?:wo|wie) (?:kann|konnte) ich (?:es|das|ihn|sie|diese[ns]?) (?:bekommen|finden|erhalten|herunterladen|abrufen|anfordern)`,
    ],
    'missing:how_to_get': [
      `wie (?:bekomme|erhalte|finde|komme|kriege|kann|konnte|kommt man|bekommt man|erhalt man|lasst sich)${gap(5)} ${NOUN}`,
    ],
    'missing:own_credential_question': [`(?:wie|wo|wann)${gap(4)} (?:mein|meine|meinen|meinem|unser|unsere|unseren|unserem)(?: [a-z]+)? ${NOUN}`],
    'missing:resend': [`${NOUN}${gap(4)} (?:senden|schicken|zusenden|zuschicken|zukommen lassen|verschicken)`],
    'missing:resend/again': [
      `(?:erneut|nochmal|nochmals|noch mal|noch einmal|wieder|neu)${gap(2)} (?:senden|schicken|zusenden|zuschicken|versenden|zukommen|verschicken)`,
      `(?:senden|schicken|zusenden|zuschicken)${gap(3)} (?:erneut|nochmal|nochmals|noch einmal)`,
    ],
    'missing:request': [
      `(?:wiederherstellen|wiederbekommen|zuruckbekommen)${gap(3)} ${NOUN}`,
      `(?:brauche|benotige|benoetige|mochte|moechte|hatte gern|hatte gerne|bitte um)(?: (?:dringend|unbedingt|noch|bitte|eine kopie))* (?:mein|meine|meinen|das|die|den|unser|unsere)(?: [a-z]+)? ${NOUN}`,
    ],
    'missing:when_will': [`wann${gap(5)} ${NOUN}`, `wie lange${gap(6)} ${NOUN}`],
    'missing:status_request': [
      `informationen ${ABOUT} (?:mein|meine|meinem|meiner) ${NOUN}`,
      `(?:wurde|ist) (?:mein|meine|das|die) ${NOUN}${gap(2)} (?:verschickt|versendet|ausgestellt|gesendet|erstellt)`,
      `was ist mit (?:meinem|meiner|dem|der) ${NOUN}`,
    ],
    'missing:status_request/chasing': [
      `(?:gibt es|gibts|haben sie) (?:schon |bereits |etwas |irgendwelche ){0,2}(?:neuigkeiten|neues|ein update|einen zwischenstand|informationen)${CHASED_THREAD}`,
      `(?:wie|was) ist der (?:stand|status|sachstand)`, `(?:ich )?(?:hake|frage) (?:noch einmal |nochmal |erneut )?nach`,
    ],
    'missing:slow_arrival': [`(?:dauert|dauern)${gap(2)} (?:so lange|lange|noch|normalerweise)`, `ist es normal dass`],
    'context:checked_spam': [
      `(?:gepruft|geprueft|nachgesehen|nachgeschaut|durchsucht|geschaut)${gap(4)} (?:spam|junk|spamordner|junk ordner|papierkorb)`,
      `(?:nicht|nichts)${gap(3)} (?:im )?(?:meinem )?(?:spam|junk|spamordner)`,
    ],
    'neg:received_credential': [
      `${NOUN}${gap(1)} erhalten danke`,
      `(?:danke|vielen dank) (?:fur|fuer) (?:das|die|den|mein|meine|meinen|die zusendung)(?: [a-z]+)? ${NOUN}`,
      `(?:habe|hab|haben)${gap(3)} ${NOUN}${gap(3)} (?:erhalten|bekommen|gefunden|empfangen)`,
      `(?:habe|hab|haben) (?:die|das|den|mein|meine|meinen) ${NOUN} (?:jetzt|nun|inzwischen|endlich|doch)`,
      `${NOUN}${gap(2)} (?:ist angekommen|angekommen|ist eingegangen|eingegangen|erhalten|bekommen)`,
    ],
    'neg:resolved': [
      `(?:jetzt (?:klappt|geht|funktioniert) es|(?:klappt|funktioniert) jetzt|hat sich erledigt|ist erledigt|habe es (?:gefunden|erhalten|bekommen)|hab es gefunden|(?:ist|sind) (?:jetzt |nun |doch |inzwischen |mittlerweile )?angekommen|inzwischen erhalten|mittlerweile erhalten|problem (?:gelost|geloest)|(?:konnen|koennen) (?:das ticket |die anfrage )?schliessen|kann geschlossen werden|(?:doch|jetzt|nun) gefunden)`,
    ],
    'neg:resolved/negated': [`(?:nicht mehr (?:notig|noetig|erforderlich)|kein handlungsbedarf mehr)`],
    'neg:found_in_spam': [
      `(?:im|in meinem|in den)${gap(1)} (?:spam[a-z]*|junk[a-z]*)${gap(2)} (?:gefunden|war|lag|gelandet|entdeckt)`,
      `(?:war|lag|landete|gelandet|gefunden)${gap(3)} (?:spam[a-z]*|junk[a-z]*)`,
    ],
    'neg:ssl_certificate': [
      `sicherheitszertifikat[a-z]*`,
      `${NOUN} (?:der|fur) ihrer (?:website|seite|webseite|domain)`,
      `(?:(?:ssl|tls|server|stamm|root|signatur|client)zertifikat[a-z]*|(?:server|stamm|signatur|client) zertifikat[a-z]*)`,
    ],
    'neg:digital_signature': [`(?:qualifizierte signatur|elster)`],
    'neg:login_credentials': [`(?:zugangsdaten|anmeldedaten|logindaten|login daten|benutzername und passwort)`],
    'neg:api_keys': [`api (?:schlussel|schluessel)`],
    'neg:other_certificate_kind': [
      `(?:geburtsurkunde|heiratsurkunde|sterbeurkunde|arbeitszeugnis|impfzertifikat|impfnachweis|meldebescheinigung|arbeitsunfahigkeitsbescheinigung|krankmeldung|steuerbescheinigung|gutschein|gutscheine|ursprungszeugnis|einkommensbescheinigung|lohnsteuerbescheinigung)`,
    ],
    'neg:physical_badge': [`(?:namensschild|mitarbeiterausweis|zugangskarte|dienstausweis)`],
    'neg:issuer_admin': [
      `als (?:kursleiter|kursleiterin|dozent|dozentin|trainer|trainerin|organisator|organisatorin|veranstalter|veranstalterin|admin|administrator|administratorin|lehrer|lehrerin|lehrkraft|tutor|tutorin)`,
      `(?:fragen|fragt|schreiben) (?:uns |mich )?(?:standig|dauernd|immer wieder|taglich)`,
      `(?:bei allen angekommen|habt ihr sie alle|alle bekommen|alle erhalten)`,
      `wir haben${gap(3)} (?:ausgestellt|verschickt|versendet|vergeben|verliehen)`, `wir sind (?:der |die )?(?:veranstalter|anbieter|bildungstrager|organisatoren)`,
      `(?:ausstellen|erstellen)${gap(2)} ${NOUN}${gap(1)} fur (?:unsere |die )?(?:mitarbeiter[a-z]*|schuler[a-z]*|teilnehmer[a-z]*)`,
      `(?:unsere[nrm]?|meine[nrm]?) (?:teilnehmer[a-z]*|studierenden|schuler[a-z]*|schueler[a-z]*|absolvent[a-z]*|lernenden|kursteilnehmer[a-z]*)`,
      `unsere[nrm]? (?:kunden|nutzer|mitglieder)`,
      // Not a bare "Vorlage": learners need a certificate "zur Vorlage beim Arbeitgeber".
      `(?:massenversand|sammelversand|massenimport|serienbrief|zertifikatsvorlagen?|vorlagen? (?:fur|fuer) (?:das |die |unsere )?${NOUN})`,
      `wie (?:kann ich|konnen wir|koennen wir)${gap(3)} ${NOUN}${gap(3)} (?:ausstellen|erstellen|gestalten|anlegen|versenden)`,
    ],
    'neg:employer_group': [
      `fur (?:mein|meine|unser|unsere) (?:team|mitarbeiter)`,
      `unsere[nrm]? (?:mitarbeiter[a-z]*|beschaftigten|angestellten)`,
    ],
    'neg:third_party_check': [`(?:bewerber[a-z]*|kandidat[a-z]*)`],
    'neg:not_qualified': [`(?:kurs|prufung|test|modul|schulung)${gap(3)} (?:nicht bestanden|nicht abgeschlossen|nicht beendet|durchgefallen)`],
    'neg:wrong_details': [
      `(?:korrektur|berichtigung|anderung|aenderung)${gap(2)} (?:namens?|nachnamens?|vornamens?|datums|schreibweise)`,
      `(?:neuer|neuen|neue) (?:name|namen|nachnamen?)`, `(?:geheiratet|ehenamen?|geburtsnamen?|madchennamen?|namenswechsel)`,
      `(?:namen?|vorname|nachname|umlaut)${gap(3)} (?:fehlt|erscheint nicht)`,
      `ohne (?:das |den |ein |einen )?(?:umlaut|nachnamen?)`,
      `(?:zeigt|steht) (?:ein anderes|eine andere|einen anderen|falsche[ns]?) (?:datum|name|namen)`,
      `(?:name|namen|nachname|nachnamen|vorname|vornamen|datum)${gap(3)} (?:auf|in) (?:dem|der|meinem|meiner) ${NOUN} (?:ist |steht )?(?:falsch|fehlerhaft|inkorrekt|nicht korrekt|nicht richtig)`,
      `(?:name|namen|nachname|nachnamen|vorname|vornamen|datum)${gap(3)} (?:falsch|fehlerhaft|inkorrekt|vertippt|nicht korrekt|nicht richtig)`,
      `(?:falsche[nrs]?|fehlerhafte[nrs]?) (?:name|namen|datum|nachname|nachnamen|vorname|vornamen|schreibweise)`,
      `(?:namen?|datum|nachnamen?|vornamen?|schreibweise)${gap(3)} (?:korrigieren|korrigiert|andern|aendern|geandert|geaendert|berichtigen|berichtigt|anpassen)`,
      `(?:tippfehler|schreibfehler|rechtschreibfehler|namensanderung|namensaenderung)`,
      `(?:korrigieren|andern|aendern|berichtigen|anpassen) sie${gap(3)} (?:namen?|nachnamen?|vornamen?|datum|schreibweise)`,
    ],
    'neg:change_address': [
      `(?:email|mail|adresse|emailadresse|mailadresse)${gap(3)} (?:andern|aendern|aktualisieren|korrigieren|anpassen|umstellen|geandert)`,
      `(?:andern|aendern|aktualisieren) sie${gap(3)} (?:email|adresse)`,
    ],
    'neg:share_credential': [
      `(?:teilen|teile|einbetten)${gap(3)} ${NOUN}(?! with me| again)`,
      `${NOUN}${gap(3)} (?:teilen|einbetten|einbinden|posten|ein)? ?(?:signatur|webseite)`,
      `${NOUN}${gap(3)} (?:teilen|einbetten|einbinden|posten)`,
      `(?:hinzufugen|fuge|einfugen)${gap(3)} ${NOUN}${gap(3)} (?:profil|linkedin|lebenslauf|cv|wallet)`,
    ],
    'neg:social_profile': [`(?:sozialen? (?:medien|netzwerken?)|lebenslauf)`],
    'neg:pdf_print': [`(?:gedruckte?s?|per post)`, `(?:drucken|ausdrucken|ausgedruckt|druckversion|papierversion)`],
    'neg:translation_request': [`(?:ubersetz[a-z]*|uebersetz[a-z]*)`, `(?:${NOUN}|kopie|fassung|es)${gap(1)} auf ${LANGUAGE_NAME}`],
    'neg:refund': [`(?:ruckerstattung|erstattung|geld zuruck|ruckzahlung)`],
    'neg:login_problem': [
      `(?:kann mich nicht|komme nicht|konnte mich nicht) (?:anmelden|einloggen|rein)`,
      `(?:passwort|kennwort)${gap(2)} (?:vergessen|zurucksetzen|zuruecksetzen)`,
      `(?:login|anmeldung) (?:funktioniert|klappt|geht) nicht`,
    ],
    'neg:delete_request': [
      `${NOUN}${gap(3)} (?:loschen|loeschen|entfernen|verbergen|deaktivieren)`,
      `(?:konto|profil|daten|account)${gap(3)} (?:loschen|loeschen|entfernen|verbergen|deaktivieren)`,
      `(?:loschen|loeschen|entfernen) sie${gap(3)} (?:${NOUN}|konto|profil|daten)`,
    ],
    'neg:credential_expiry': [
      `${NOUN}${gap(2)} (?:abgelaufen|lauft ab|verlangern|erneuern|unbegrenzt gultig|gultig)`,
      `(?:verlangern|verlaengern|erneuern|rezertifizierung)${gap(3)} ${NOUN}`,
      // The credential named before: "Mein Zertifikat läuft bald ab. Wie kann ich es verlängern?"
      `${NOUN}${gap(2)} (?:lauft|laufen)${gap(2)} ab`,
      `(?:es|ihn|sie) (?:verlangern|verlaengern|erneuern)`,
    ],
    'neg:callout': [
      `wer (?:noch )?(?:kein|keine|keinen|nichts)`, `wer${gap(6)} (?:kein|keine|keinen) ${NOUN}`,
      `(?:meldet euch|melden sie sich|bitte (?:kurz )?(?:hier )?melden)`,
    ],
    'neg:developer_report': [
      `schritte zum reproduzieren`, `(?:erwartetes|tatsachliches) (?:verhalten|ergebnis)`,
      `es ware (?:schon|gut|toll|praktisch|hilfreich|super)`, `(?:praktisch|schon|toll|hilfreich|gut) ware es`,
      `(?:vorschlag|verbesserungsvorschlag|funktionswunsch)`, `seit (?:dem|der) (?:update|version|aktualisierung)`,
      `als (?:nutzer|nutzerin|benutzer|benutzerin|teilnehmer|teilnehmerin) mochte ich`,
    ],
    'neg:eligibility_question': [
      `${NOUN}${gap(2)} kostet`,
      `gibt es${gap(4)} (?:ein|eine|einen) ${NOUN}`,
      `(?:punktzahl|punkte)${gap(5)} ${NOUN}`,
      `(?:gibt es|bekomme ich|erhalte ich|bekommt man|erhalt man|erhalten wir|bekommen wir|beinhaltet|enthalt) (?:auch )?(?:ein|eine|einen) ${NOUN}`,
    ],
    'neg:recognition_question': [`(?:anerkannt|anerkennung|akkreditiert)`],
    'neg:verification_request': [
      `(?:echtheit|gultigkeit)${gap(3)} ${NOUN}`,
      `${NOUN}${gap(3)} (?:prufen|pruefen|uberprufen|ueberpruefen|verifizieren|validieren)`,
    ],
  },
};
