import type { LanguagePhrases } from './language.ts';
import { CHASED_THREAD, LANGUAGE_NAME, LEAD, LINK, MESSAGE, NOUN, anyOf, gap } from './pattern-parts.ts';

/**
 * Russian, written as normalising spells Cyrillic in Latin letters (classify-normalise): "не получил
 * сертификат" is matched as "ne poluchil sertifikat". Russian puts the object before the verb as often as
 * after it, so most claims are listed both ways round.
 */

const NEGATION = anyOf(['ne', 'tak i ne', 'do sikh por ne', 'vse eshche ne', 'eshche ne', 'poka ne', 'nikto ne', 'nikak ne', 'nikogda ne']);
const RECEIVE = anyOf([
  'poluchil[a-z]*', 'poluchal[a-z]*', 'poluchayu', 'poluchaem', 'prish(?:el|la|lo|li)', 'prikhodil[a-z]*', 'prikhodit',
  'vydal[a-z]*', 'vydan[a-z]*', 'vydayut', 'otpravil[a-z]*', 'otpravlen[a-z]*', 'prislal[a-z]*', 'vyslal[a-z]*',
  'dostavlen[a-z]*', 'poyavil[a-z]*', 'nachislen[a-z]*', 'prisvoen[a-z]*',
]);
const CANT = anyOf(['ne mogu', 'ne mozhem', 'ne smog', 'ne smogla', 'ne udaetsya', 'ne udalos', 'ne poluchaetsya', 'ne poluchilos', 'ne vykhodit']);
const FIND = anyOf(['naiti', 'uvidet', 'otyskat', 'posmotret']);
const OPEN = anyOf(['skachat', 'otkryt', 'zagruzit', 'poluchit', 'sokhranit', 'raspechatat', 'zabrat', 'aktivirovat', 'podtverdit']);

export const RU: LanguagePhrases = {
  language: 'ru',
  words: {
    credentialNouns: {
      // Belarusian and Ukrainian spell it "sertyfikat".
      certificate: ['sertifikat(?:a|y|u|om|e|ov|am|ami|akh)?', 'sertyfikat(?:a|y|u|om|e|au|y)?'],
      badge: ['beidzh(?:a|i|u|em|ei)?', 'bedzh(?:a|i|u|em)?', 'znach(?:ok|ka|ki|kom|kov)'],
      credential: ['udostovereni(?:e|ya|yu|em)'],
      diploma: ['diplom(?:a|y|u|om|e|ov)?'],
      award: ['nagrad(?:a|y|u|oi)', 'dostizheni(?:e|ya|yu)'],
      attestation: ['svidetelstv(?:o|a|u|om)', 'attestat(?:a|u|om)?'],
    },
    nounLeads: [
      'moi', 'moya', 'moe', 'moyu', 'moego', 'moem', 'moikh', 'svoi', 'svoe', 'svoego', 'svoyu', 'etot', 'etogo', 'nash', 'nashego',
      'elektronnyi', 'elektronnogo', 'tsifrovoi', 'tsifrovogo', 'nikakogo', 'nikakikh', 'ni odnogo',
    ],
    courseWords: ['kurs', 'kursa', 'kursy', 'kurse', 'obuchenie', 'obucheniya', 'trening', 'treninga', 'programma', 'programmy', 'modul', 'modulya', 'ekzamen', 'vebinar', 'intensiv'],
    otherDeliverables: ['schet', 'cheka?', 'parol', 'vozvrat', 'materialy', 'zapisi?', 'kod', 'otvet', 'otveta', 'rezultaty?'],
    negations: ['ne', 'net', 'bez', 'nikogda', 'nichego', 'nikto'],
    hedges: ['esli', 'drugie', 'kollegi', 'druzya', 'ikh', 'oni'],
    clauseRestarts: ['odnako', 'zato'],
    objectDeterminers: ['moi', 'moya', 'moe'],
    statusWords: ['status', 'novosti'],
    aboutWords: ['po', 'naschet', 'pro', 'otnositelno'],
    chasePrepositions: ['po', 'naschet', 'pro'],
    supportThreads: ['(?:moei|moemu) (?:zayavke|obrashcheniyu|voprosu)'],
    linkWords: ['ssylk(?:a|u|i|oi)'],
    messageWords: ['pismo', 'pisma', 'pismu', 'soobshchenie', 'soobshcheniya', 'uvedomlenie', 'uvedomleniya', 'pochta', 'pochtu'],
    viewVerbs: ['posmotret', 'otkryt', 'uvidet', 'skachat'],
    notWorkingWords: ['ne rabotaet', 'ne otkryvaetsya', 'nichego ne proiskhodit'],
    brokenLinkWords: ['ne rabotaet', 'ne otkryvaetsya', 'nedeistvitelna', 'istekla', 'ustarela', 'ne naidena', 'vydaet oshibku'],
    languageNames: ['angliiskom', 'russkom', 'ispanskom', 'nemetskom'],
    greetings: ['zdravstvuite', 'privet', 'dobryi den', 'dobrogo dnya'],
    pleaseWords: ['pozhaluista', 'pomogite', 'podskazhite'],
    possessives: ['moi', 'moya', 'moe'],
    ofWords: ['za', 'dlya'],
    urgentWords: ['srochno'],
  },
  signals: {
    'noun:proof_of_completion': [`(?:dokument|spravk[a-z]*|podtverzhdeni[a-z]*) (?:ob|o) (?:okonchanii|prokhozhdenii|uchastii|zavershenii)`],
    'context:course_completed': [
      `(?:zakonchil[a-z]*|okonchil[a-z]*|proshel|proshla|proshli|zavershil[a-z]*|sdal[a-z]*|vypolnil[a-z]*|proiden[a-z]*)${gap(3)} (?:kurs[a-z]*|obuchenie|programm[a-z]*|ekzamen[a-z]*|modul[a-z]*|test[a-z]*|zadani[a-z]*|trening[a-z]*|vebinar[a-z]*|intensiv[a-z]*|urok[a-z]*)`,
      `(?:kurs|obuchenie|programma|trening|vebinar|intensiv) (?:zakonchil[a-z]*|zavershil[a-z]*|okonchen[a-z]*|zakonchen[a-z]*|proshel|proshlo)`,
    ],
    'missing:not_received': [
      `${NEGATION}${gap(2)} ${RECEIVE}`,
      // "Сертификат так и не получил": the object first.
      `${NOUN}${gap(3)} ${NEGATION}${gap(1)} ${RECEIVE}`,
      `nichego (?:ne )?(?:prishlo|poluchil[a-z]*|net)`,
    ],
    'missing:still_waiting': [
      `(?:vse eshche|do sikh por|poka chto|poka|vse ravno) (?:zhdu|zhdem|net|nichego)`,
      `(?:zhdu|zhdem|ozhidayu|ozhidaem)${gap(3)} ${NOUN}`,
    ],
    'missing:overdue': [
      `(?:[0-9]+|odin|odnu|dva|dve|tri|trekh|chetyre|chetyrekh|pyat|neskolko|paru) (?:dnei|dnya|den|nedel[a-z]*|mesyats[a-z]*)`,
      `(?:uzhe|bolee|bolshe|pochti) (?:nedel[a-z]*|mesyats[a-z]*)`,
    ],
    'missing:absent_credential': [
      `(?:net|bez|nikakogo|nikakikh|ni odnogo)${LEAD} ${NOUN}`,
      `${NOUN}${gap(2)} (?:net|otsutstvuet|otsutstvuyut|ne vidno|ne vizhu)`,
    ],
    'missing:cant_find': [
      `${CANT} ${FIND}${gap(3)} ${NOUN}`,
      `${NOUN}${gap(3)} ${CANT} ${FIND}`,
      `ne (?:vizhu|nakhozhu|naidu)${gap(2)} ${NOUN}`,
    ],
    'missing:failed_action': [
      `${CANT} ${OPEN}${gap(3)} ${NOUN}`,
      `${NOUN}${gap(3)} ${CANT} ${OPEN}`,
      `${NOUN}${gap(3)} ne (?:skachivaetsya|otkryvaetsya|zagruzhaetsya|otobrazhaetsya|generiruetsya|poyavlyaetsya|poyavilsya)`,
      `(?:net|poteryal[a-z]*) dostup[a-z]*${gap(3)} ${NOUN}`,
    ],
    'missing:cant_find/unnamed': [
      `${CANT} (?:ego |ikh |ee )?${FIND}`,
      `ne (?:otobrazhaetsya|otobrazhayutsya|poyavilsya|poyavilis|poyavilos|vidno)`,
    ],
    'missing:lost_link': [
      `(?:poteryal[a-z]*|udalil[a-z]*|ne sokhranil[a-z]*)${gap(3)} (?:${LINK}|${MESSAGE}|dostup[a-z]*)`,
      `(?:poteryal[a-z]*)${gap(2)} ${NOUN}`,
      `${NOUN}${gap(2)} (?:propal[a-z]*|ischez[a-z]*|ischezl[a-z]*)`,
    ],
    'missing:link_broken': [`${LINK}${gap(3)} (?:ne rabotaet|ne otkryvaetsya|nedeistvitelna|istekla|vydaet oshibku)`],
    'missing:where_is': [`gde${gap(5)} ${NOUN}`],
    'missing:where_is/it': [`(?:gde|kak) (?:ego|ikh|ee) (?:naiti|poluchit|skachat|posmotret)`],
    'missing:how_to_get': [`kak${gap(3)} (?:poluchit|skachat|naiti|zabrat|otkryt|posmotret|vosstanovit)${gap(3)} ${NOUN}`],
    'missing:own_credential_question': [`(?:kak|gde|kogda)${gap(4)} (?:moi|moya|moe|moego|moyu|nash|nashi|nashego|svoi|svoe|svoego|svoyu)${gap(1)} ${NOUN}`],
    'missing:resend': [`(?:otpravte|prishlite|vyshlite|otpravit|prislat|vyslat|pereshlite|pereslat)${gap(3)} ${NOUN}`],
    'missing:resend/again': [`(?:povtorno|eshche raz|zanovo) (?:otpravit|otpravte|prislat|prishlite|vyslat|vyshlite)`, `(?:otpravte|prishlite|vyshlite)${gap(2)} (?:povtorno|eshche raz|zanovo)`],
    'missing:request': [
      `(?:nuzhen|nuzhna|nuzhno|khochu poluchit|khotel[a-z]* by poluchit|proshu (?:vydat|prislat|otpravit|vyslat))${gap(2)} ${NOUN}`,
      `(?:vosstanovit|vernut)${gap(2)} ${NOUN}`,
    ],
    'missing:when_will': [`kogda${gap(5)} ${NOUN}`, `(?:skolko|kak dolgo) (?:zhdat|eshche zhdat|vremeni)`],
    'missing:status_request': [`(?:kakoi|kakov) status${gap(2)} ${NOUN}`, `chto (?:s|proiskhodit s)(?: moim| nashim)? ${NOUN}`],
    'missing:status_request/chasing': [`(?:est li|kakie) novosti${CHASED_THREAD}`, `napominayu (?:o sebe|pro)`],
    'context:checked_spam': [`(?:proveril[a-z]*|smotrel[a-z]*|posmotrel[a-z]*)${gap(3)} spam[a-z]*`, `v spame${gap(1)} (?:net|tozhe net|nichego|pusto)`],
    'neg:received_credential': [
      `(?:poluchil[a-z]*|nashel|nashla|skachal[a-z]*)${gap(2)} ${NOUN}`,
      `spasibo za${gap(1)} ${NOUN}`,
    ],
    'neg:resolved': [`(?:vse rabotaet|vse v poryadke|razobral(?:sya|as)|problema reshena|vopros reshen|uzhe prishel|uzhe prishlo|nashel|nashla|vopros snyat)`],
    'neg:found_in_spam': [`(?:byl|bylo|lezhal[a-z]*|popal[a-z]*|nashel[a-z]*|nashl[a-z]*) v spam[a-z]*`],
    'neg:ssl_certificate': [`${NOUN} (?:bezopasnosti|servera|saita|domena)`, `kornev[a-z]* ${NOUN}`],
    'neg:login_credentials': [`(?:login i parol|uchetn[a-z]* (?:dannye|zapis[a-z]*))`],
    'neg:api_keys': [`(?:klyuch[a-z]* api|api klyuch[a-z]*|token[a-z]*)`],
    'neg:other_certificate_kind': [`(?:meditsinsk[a-z]*|podarochn[a-z]*|strakhov[a-z]*) ${NOUN}`, `${NOUN} o (?:rozhdenii|brake|smerti|sobstvennosti)`],
    'neg:issuer_admin': [
      `(?:nashi|moi|nashim|moim|nashikh|moikh) (?:studenty|studentam|studentov|uchastniki|uchastnikam|uchastnikov|slushateli|slushatelyam|slushatelei|ucheniki|uchenikam|uchenikov|vypuskniki|vypusknikam)`,
      `(?:kak|ya) (?:prepodavatel|organizator|administrator|kurator|metodist|trener|avtor kursa)`,
      `(?:vydat|vypustit|sozdat|sgenerirovat|razoslat|nastroit)${gap(2)} ${NOUN}${gap(1)} (?:dlya|vsem)`,
      `(?:shablon|maket|dizain)${gap(1)} ${NOUN}`, `massov[a-z]*`,
      `(?:vse|vsem) (?:li )?(?:poluchili|prishli|doshli)`,
    ],
    'neg:callout': [
      `(?:esli kto|kto eshche ne|kto ne|esli vy ne) (?:poluchil|poluchili|poluchit)`,
      `(?:napishite|otpishites|otmettes|soobshchite)${gap(3)} (?:v kommentariyakh|zdes|nizhe|v chate)`,
    ],
    'neg:developer_report': [
      `(?:shagi (?:dlya|k) vosproizvedeni[a-z]*|ozhidaemyi rezultat|fakticheskii rezultat|posle obnovleniya|v versii)`,
      `bylo by (?:khorosho|zdorovo|udobno|neploho|polezno)`,
      `(?:predlagayu|predlozhenie|dobavit (?:vozmozhnost|knopku|optsiyu|pole)|pererabotat|dorabotat|realizovat)`,
      `(?:trebovaniya|kriterii)${gap(3)} ${NOUN}`,
    ],
    'neg:not_qualified': [`(?:ne sdal[a-z]*|provalil[a-z]*|ne proshel|ne proshla|ne zakonchil[a-z]*)${gap(2)} (?:ekzamen|test|kurs|modul|obuchenie)`],
    'neg:wrong_details': [
      `(?:oshibk[a-z]*|opechatk[a-z]*)${gap(3)} (?:imeni|imya|familii|familiya|date|data|fio)`,
      `(?:ispravit|izmenit|pomenyat|zamenit)${gap(3)} (?:imya|familiyu|datu|fio|nazvanie)`,
      `(?:nepravilno|neverno|s oshibkoi) (?:napisan[a-z]*|ukazan[a-z]*)`,
    ],
    'neg:change_address': [`(?:izmenit|pomenyat|obnovit)${gap(3)} (?:pochtu|adres|email)`],
    'neg:share_credential': [`(?:dobavit|razmestit|podelitsya)${gap(3)} ${NOUN}${gap(3)} (?:profil|linkedin|rezyume)`, `podelitsya${gap(2)} ${NOUN}`],
    'neg:pdf_print': [`(?:raspechata[a-z]*|pechat[a-z]*|bumazhn[a-z]*)`],
    'neg:translation_request': [`(?:perevod|perevesti)`, `${NOUN}${gap(1)} na ${LANGUAGE_NAME}`],
    'neg:refund': [`(?:vozvrat deneg|vernut dengi|vozmeshchenie)`],
    'neg:login_problem': [`${CANT} (?:voiti|zaiti|avtorizovatsya)`, `(?:zabyl[a-z]*|sbrosit|vosstanovit) parol`],
    'neg:delete_request': [`(?:udalit|skryt|otozvat)${gap(3)} (?:${NOUN}|akkaunt|profil|dannye)`],
    'neg:credential_expiry': [`(?:srok deistviya|prodlit|prodlenie)${gap(3)} ${NOUN}`, `${NOUN}${gap(2)} (?:istek|prosrochen)`],
    'neg:eligibility_question': [
      `(?:budet li|vydaetsya li|dayut li|vydayut li|est li|poluchu li|mozhno li poluchit)${gap(2)} ${NOUN}`,
      `(?:uslovi[a-z]*|trebovani[a-z]*)${gap(2)} (?:dlya )?(?:polucheniya )?${NOUN}`,
      `${NOUN}${gap(2)} (?:platn[a-z]*|stoit|stoimost)`,
    ],
    'neg:verification_request': [`(?:proverit|podlinnost|deistvitelnost)${gap(3)} ${NOUN}`],
  },
};
