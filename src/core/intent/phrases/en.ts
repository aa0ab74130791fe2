import type { LanguagePhrases } from './language.ts';
import { ABOUT, CHASED_THREAD, COURSE_WORD, END_OF_CLAUSE, LANGUAGE_NAME, LEAD, LINK, MESSAGE, NOUN, NO_OBJECT, anyOf, gap } from './pattern-parts.ts';

const NEGATION = anyOf([
  'not', 'never', 'havent', 'havnt', 'hvnt', 'hasnt', 'hadnt', 'didnt', 'didn', 'dint', 'dont', 'doesnt',
  'wasnt', 'werent', 'isnt', 'arent', 'yet to', 'without', 'nor', 'neither', 'failed to', 'unable to',
]);
const RECEIVE = anyOf(['receive', 'received', 'receiving', 'recieve', 'obtain', 'obtained']);
// "don't get" usually means "don't understand", so "get" only counts after these.
const NEGATION_FOR_GET = anyOf([
  'not', 'never', 'havent', 'hasnt', 'hadnt', 'didnt', 'didn', 'yet to', 'cant', 'cannot', 'couldnt', 'unable to',
]);
const ARRIVE = anyOf([
  'arr?ived?', 'arriving', 'showing up', 'coming through', 'being sent', 'being delivered', 'come', 'came', 'come through', 'show up', 'showed up', 'shown up', 'turned up',
  'appear', 'appeared', 'been sent', 'been issued', 'been delivered', 'been emailed', 'delivered', 'reached me',
  'been generated', 'been released', 'been published', 'been processed', 'been created', 'been made available', 'been uploaded',
  // Platforms that grant a badge inside the profile say it is "awarded" or "unlocked", not sent.
  'awarded', 'been awarded', 'assigned', 'been assigned', 'granted', 'been granted', 'unlocked', 'unlock', 'credited',
]);

export const EN: LanguagePhrases = {
  language: 'en',
  words: {
    credentialNouns: {
      certificate: ['certificates?', 'certs?', 'certifications?', 'ecertificates?'],
      badge: ['badges?', 'ebadges?', 'openbadges?'],
      credential: ['credentials?', 'microcredentials?', 'micro credentials?'],
      diploma: ['diplomas?'],
      // Learning platforms name their badges after prizes: "I finished the path and got no trophy".
      award: ['awards?', 'troph(?:y|ies)', 'achievements?'],
      attestation: ['attestations?'],
    },
    nounLeads: ['the', 'a', 'an', 'my', 'any', 'your', 'this', 'that', 'new', 'digital', 'official', 'final', 'online', 'course', 'completion', 'e'],
    courseWords: ['course', 'courses', 'training', 'program', 'programme', 'class', 'workshop', 'module', 'exam', 'bootcamp', 'webinar', 'seminar'],
    otherDeliverables: [
      'invoices?', 'receipts?', 'bills?', 'refunds?', 'password', 'reset (?:link|email)', 'login (?:link|email|details)',
      'magic link', 'sign in link', 'verification (?:code|email|link)', 'confirmation(?: email| code| link)?',
      'activation (?:email|link|code)', 'welcome email', 'codes?', 'otp', 'order', 'course materials?',
      'materials?', 'slides', 'recordings?', 'textbooks?', 'books?', 'vouchers?', 'tickets?', 'replies',
      'reply', 'response', 'answer', 'grades?', 'results?', 'scores?', 'newsletters?', 'money',
      // A correction is awaited like a delivery: "still waiting for the correction of my name".
      'corrections?', 'fix(?:es)?',
      // A meeting's link or an event's invitation: "the Zoom link for the certificate ceremony".
      '(?:zoom|teams|meet|webex|meeting|session|class|webinar|event|joining|calendar) (?:links?|invites?|invitations?)', 'invitations?',
    ],
    negations: [
      'not', 'never', 'no', 'nothing', 'havent', 'havnt', 'hasnt', 'hadnt', 'didnt', 'didn', 'dont', 'doesnt',
      'cant', 'cannot', 'couldnt', 'wont', 'isnt', 'wasnt', 'werent', 'arent', 'yet to', 'without', 'neither',
      'nor', 'nobody', 'none',
    ],
    hedges: [
      // "Only one of us has received it": someone else's.
      'if', 'once', 'whether', 'until', 'unless', 'will', 'would', 'hope', 'hoping', 'supposed', 'should', 'only',
      'everyone', 'everybody', 'others', 'colleagues?', 'classmates?', 'friends?', 'coworkers?', 'they', 'their', 'theirs',
    ],
    clauseRestarts: ['but', 'however', 'although', 'though'],
    objectDeterminers: ['my', 'the', 'a', 'an', 'his', 'her', 'their', 'some'],
    statusWords: ['status', 'update', 'updates', 'news', 'progress', 'word', 'eta', 'feedback'],
    aboutWords: ['of', 'on', 'about', 'regarding', 're', 'for', 'concerning', 'with'],
    chasePrepositions: ['on', 'about', 'regarding', 're', 'for', 'of', 'concerning', 'from', 'with'],
    supportThreads: ['this', 'it', 'that', 'my (?:ticket|request|case|email|query|message)', 'the (?:ticket|above|below|request|case)'],
    linkWords: ['links?', 'urls?'],
    messageWords: ['email', 'emails', 'mail', 'mails', 'message', 'messages', 'invitation', 'notification'],
    viewVerbs: ['view', 'see', 'open', 'access', 'claim', 'get'],
    notWorkingWords: ['does nothing', 'doesnt do anything', 'doesnt work', 'does not work', 'not working', 'isnt working', 'access denied'],
    brokenLinkWords: [
      'expired', 'expires', 'broken', 'dead', 'invalid', 'doesnt work', 'does not work', 'not working', 'isnt working',
      'wont open', 'doesnt open', 'does not open', 'leads nowhere', 'goes nowhere', 'does nothing', 'doesnt do anything',
      'wont load', 'doesnt load', 'not loading', 'gives an error', 'error', '404',
      'access denied', 'permission denied', 'forbidden', '403', 'unauthorized', 'not authorized',
      'no longer works', 'stopped working',
    ],
    languageNames: ['english', 'spanish', 'french', 'german', 'portuguese', 'italian'],
    greetings: ['hi', 'hello', 'hey'],
    pleaseWords: ['please', 'pls', 'plz', 'help'],
    possessives: ['my', 'the'],
    ofWords: ['of', 'for', 'from'],
    urgentWords: ['urgent', 'asap', 'again', 'anyone'],
  },
  signals: {
    'noun:proof_of_completion': [
      '(?:proof|evidence|record|confirmation|letter|document|documentation) of (?:course |training |programme |program )?(?:completion|attendance|participation|having (?:completed|attended|finished|done|taken))',
      '(?:completion|attendance|participation) (?:letter|record|document|proof|evidence|statement)',
      '(?:proof|evidence) (?:that )?i (?:completed|attended|finished|did|passed|took|participated in)',
      // Or by the course it is for: "a proof of the course".
      `(?:proof|evidence|record) (?:of|for) (?:the |my )?${COURSE_WORD}`,
    ],
    'context:course_completed': [
      `(?:completed|finished|passed|graduated from|attended|done with|complete|completing|finishing|did|took|taken|done|wrapped up)${gap(3)} (?:course|courses|training|program|programme|class|exam|module|modules|workshop|bootcamp|webinar|certification|test|assessment|track|units?|lessons?|labs?|codelabs?|tutorials?|missions?|quests?|challenge|sprint|path|learning path|curriculum|capstone)`,
      `(?:course|training|program|programme|class|workshop|bootcamp|exam|module|webinar) (?:ended|is over|was over|has ended|had ended|is finished|was finished|is done|is complete|wrapped up|finished)`,
    ],
    'context:proof_wanted': [
      `(?:something|anything|nothing)${gap(2)} (?:to show|to put on|to add to|to present|to prove|that proves|proving|for my (?:cv|resume|employer|portfolio|records|file|boss|manager))`,
    ],
    'missing:not_received': [
      `${NEGATION}${gap(4)} ${RECEIVE}`,
      `${NEGATION_FOR_GET}${gap(4)} (?:get|got|gotten|gotton|getting)`,
      // Learners writing in a second language use the progressive: "till now I am not getting it".
      `(?:am|are|is) not (?:getting|receiving)`,
      `${NEGATION}${gap(2)} ${ARRIVE}`,
      `(?:received|got|gotten|get)${gap(1)} (?:nothing|no email|no mail|no link|none)`,
      `nothing${gap(2)} (?:arrived|came|received|has arrived|has come|showed up|turned up|came through|has come through)`,
      `${NEGATION}${gap(2)} (?:had|heard|seen|saw) (?:anything|any|it|one|mine|a|the|my)`,
      `(?:dont|do not|still dont|no longer|never) (?:have|had|got) (?:one|it|them|mine|any)`,
      `(?:still|yet) (?:dont|do not) have (?:it|one|anything|them)`,
      `(?:still|yet) (?:have|got) nothing`, `(?:i|ive|i ve|weve|we) (?:have|had|got|see|saw|found|received) nothing(?! to (?:add|say|declare|lose|do with)| else| more| against| but)`,
      `none of (?:us|them|the [a-z]+|my [a-z]+|our [a-z]+)${gap(2)} (?:received|got|gotten|had|have|has|has had|have had|have received|have got)`,
      // The issuer says it went out, the learner says otherwise: "they say they've issued it but I don't have it".
      `(?:says?|said|claims?|claimed|shows?|showing|told me)${gap(3)} (?:sent|issued|delivered|published|emailed|mailed) (?:it |them |out )?(?:but|yet|however)`,
      `(?:dont|do not) (?:think|believe)${gap(3)} (?:sent|issued|arrived|came|delivered|received)`,
      `nothing (?:in|on) (?:my )?(?:inbox|email|mailbox|junk|spam|account)`,
      `(?:there (?:is|was|s) no|theres no|but no|with no) (?:email|mail|message|notification)`,
      `no luck (?:finding|getting|locating|receiving)`,
      `no (?:sign|trace) of`,
      // The verb left out, under a thread about the credential: "no mail yet?", "no email so far".
      `no (?:mail|email|e mail|message|notification|word|link)(?: from you)? (?:yet|so far|still)`,
      `no${gap(1)} ${NOUN}${gap(2)} (?:received|arrived|yet|has arrived|came)`,
      // "Everyone got theirs but me", "I was meant to get it but didn't": the verb is in the other clause.
      `but (?:i |it |they )?(?:still )?(?:didnt|did not|havent|have not|hasnt|has not|never did|never has|never came|never arrived)${END_OF_CLAUSE}`,
      `(?:but|except|apart from|other than) (?:i|me|mine)(?: still)?(?: didnt| havent| have not| did not| never did| not| hasnt)?(?: yet)?${END_OF_CLAUSE}`,
      // The verb left out after a credential named earlier: "You said it would be emailed. It hasn't been."
      `(?:it|they|mine) (?:still )?(?:hasnt|has not|havent|have not|wasnt|was not|werent|were not|never was|never were|never has|never did|never have)(?: been| yet| arrived| come)?(?= \\.| *$| as far| so far| yet| either| since| though| to (?:me|my))`,
    ],
    'missing:delivery_failed': [
      // One word may qualify the address: "my old university email".
      `(?:sent|went|issued|gone|delivered|emailed|going) to (?:the |a |an |my )?(?:wrong|old|different|incorrect|previous|former|work|outdated|expired|deactivated)(?: [a-z]+)? (?:email|address|account|inbox|mailbox)`,
      // Or an address that no longer works: "went to my university address, which was closed when I graduated".
      `(?:sent|went|issued|gone|delivered|emailed|going) to (?:my |the |a |an )?(?:[a-z]+ )?(?:email|address|account|inbox|mailbox)${gap(3)} (?:closed|deactivated|deleted|shut down|expired|no longer (?:exists|works|active|in use)|i no longer (?:have|use|access|check)|i (?:cant|can not|cannot|dont|do not) (?:access|use|have))`,
      `(?:email|mail|message|it|e mail)${gap(3)} (?:bounced|got blocked|was blocked|been blocked|got filtered|was filtered|quarantined)`,
    ],
    'missing:still_waiting': [
      `still (?:waiting|awaiting|nothing|no sign|no email|no news)`,
      `(?:still|is|are|remains?|shows as|shows|says) (?:pending|outstanding|processing|in progress|not issued)`,
      `(?:has said|has shown|has been|been|stuck (?:on|at|in|as)|stuck) (?:pending|processing|in progress|not issued|not yet earned)`,
      `(?:been|am|im|i m|are|keep|keeps) (?:still )?(?:waiting|awaiting)`,
      `(?:waiting|awaiting)${gap(3)} ${NOUN}`,
      // "Completed on Monday, nothing so far": nothing, and a time that says it is overdue.
      `nothing (?:so far|yet|as yet|till now|until now|to date|since|whatsoever)`, `(?:zero|not a single|not one) (?:emails?|mails?|messages?|notifications?|word)`,
    ],
    'missing:overdue': [
      // Not after "for" alone: "a member for a month" is not waiting.
      `(?:its been|it s been|been|waited|waiting|waited for|waiting for|already|since)(?: over| more than| almost| nearly| about| around)? (?:[0-9]+|a|one|two|three|four|five|six|ten|several|a few|few|many)(?: more)? (?:days|weeks|months|week|month|business days|working days)(?! ago)`,
    ],
    'missing:some_received': [
      `only (?:[0-9]+|one|two|three|four|five|six|some|half|a few|part)${gap(3)} (?:received|got|have received|have got|were sent|have been sent|have theirs)`,
    ],
    'missing:expected': [
      `(?:was|were|am|are|im|i m) (?:supposed|meant|due|promised|told i would|told we would) to (?:receive|get|be sent|be given|be emailed)`,
      `(?:should|would) have (?:received|gotten|got|been sent)`,
      // What the learner was told would happen, said because it did not: "you said it would be emailed".
      `(?:said|told me|told us|promised|was told|were told|informed me|informed us)${gap(4)} (?:would|d) (?:be )?(?:get|receive|emailed|sent|issued|arrive|follow|come|have|mailed)`,
    ],
    'missing:absent_credential': [
      `(?:there (?:is|was|s) no|theres no|with no|have no|had no|has no|got no|get no|getting no|gotten no|received no|but no|and no|still no|without|missing|but not|nor the|nor my)${LEAD} ${NOUN}`,
      // A second course that left no badge either: "No badge for the data course, too."
      `no ${NOUN} (?:from|for)${gap(14)} (?:too|either|as well)`,
      `(?:there (?:is|was|s) no|theres no|with no|but no|without(?: a| the| any)?) (?:link|url|attachment|copy|access)${gap(3)} ${NOUN}`,
      `(?:dont|do not|didnt|doesnt|still dont|no longer|never had|havent got|have not got) (?:have|had)?${gap(3)} ${NOUN}`,
      `${NOUN}${gap(2)} (?:is missing|was missing|missing|not attached|not included|wasnt attached|wasnt included)${NO_OBJECT}`,
      `nothing (?:about|regarding|from you about)${LEAD} ${NOUN}`,
    ],
    'missing:cant_find': [
      `(?:cant|cannot|can not|couldnt|could not|unable to|not able to|dont|do not|didnt|did not|failed to|struggling to)${gap(1)} (?:find|locate|see|access|retrieve|view|track down|pull up)${gap(3)} ${NOUN}`,
      `(?:trying|tried|try|attempting|struggling) to (?:get|obtain|find|access|retrieve|receive|locate)${gap(3)} ${NOUN}`,
    ],
    'missing:failed_action': [
      `(?:cant|cannot|can not|couldnt|could not|unable to|not able to|failed to|fail to|failing to|wont let me|doesnt let me|does not let me|no way to|error when trying to|errors? when i try to)${gap(1)} (?:download|open|claim|accept|redeem|verify|print|load|save|generate|get to|get|access|add|import)${gap(3)} ${NOUN}`,
      `${NOUN}${gap(3)} (?:wont|will not|doesnt|does not|cant|cannot|did not|didnt|fails to|failed to) (?:download|open|load|generate|be claimed|be downloaded|be opened)`,
      // Said as what happens when they try: "trying to download my certificate gives a blank page".
      `(?:trying|tried|attempting|attempted) to (?:download|open|claim|redeem|access|view|print|load) (?:my|our) ${NOUN}${gap(2)} (?:gives|gave|shows|showed|returns|returned|throws|threw|fails|failed|ends|ended|errors|leads|led)`,
    ],
    'missing:cant_find/unnamed': [
      `(?:cant|cannot|can not|couldnt|could not|unable to|not able to|dont|do not|didnt|did not|failed to|struggling to|no longer|can no longer)${gap(2)} (?:find|locate|see|access|retrieve|view|track down|pull up)`,
      `(?:not|nowhere) (?:in|on) (?:my )?(?:inbox|mailbox|account|dashboard|profile|wallet)`,
      `nowhere to be (?:found|seen)`,
      `(?:dont|do not|didnt) know (?:how|where) to (?:view|find|get|access|see|download|open|claim) (?:it|them)`,
      `(?:isnt|is not|arent|are not|not) (?:there|showing up|showing|visible|listed|appearing)`,
      `(?:doesnt|does not|dont|do not|didnt|did not|isnt|is not|wasnt|not) (?:appear|appearing|show up|showing up)`,
    ],
    'missing:lost_link': [
      `(?:lost|misplaced|deleted|erased|removed|threw away|trashed|no longer have|dont have|do not have|cant find|cannot find)${gap(3)} (?:${LINK}|${MESSAGE}|access)`,
      `(?:lost|misplaced|accidentally deleted|accidentally removed|mistakenly deleted)${gap(2)} ${NOUN}`,
      `${NOUN}${gap(2)} (?:got lost|was lost|went missing|has gone missing|disappeared|vanished)`,
      // The account that holds the credential is out of reach: "locked out of my badge wallet", "can't get into my Credly account".
      `(?:locked out of|(?:cant|cannot|can not|can no longer|no longer|couldnt|unable to) (?:get into|get back into|log into|log in to|sign into|reach|access))${gap(4)} (?:account|wallet|profile|backpack|portfolio)`,
      `(?:${LINK}|${MESSAGE})${gap(2)} (?:got lost|was lost|is lost|went missing|has gone missing|disappeared|vanished|seems to have disappeared)`,
    ],
    'missing:link_broken': [
      `(?:expired|broken|dead|invalid|bad) ${LINK}`,
      `(?:page|${LINK})${gap(3)} (?:not found|has expired|cannot be found|doesnt exist|does not exist|no longer exists|no longer available)`,
      `${NOUN}${gap(1)} (?:not found|cannot be found|could not be found|does not exist|doesnt exist)`,
      `(?:takes|took|leads|led|goes|brings|sends|redirects) (?:me )?to (?:an? |the )?(?:error|blank|404|broken|empty) page`,
    ],
    'missing:where_is': [`where${gap(6)} ${NOUN}`],
    'missing:where_is/it': [
      // Not "how do I get it renewed/corrected/printed": those ask for something done to it.
      `(?:where|how)${gap(3)} (?:get|obtain|find|download|access|request|claim|receive) (?:it|that|them|one|this|mine)(?! [a-z]+ed\\b)`,
    ],
    'missing:how_to_get': [
      `how${gap(4)} (?:get|getting|obtain|receive|receiving|access|download|retrieve|claim|find|view|see|recover|collect|request|get hold of)${gap(3)} ${NOUN}`,
    ],
    'missing:own_credential_question': [`(?:how|where|when)${gap(4)} (?:my|our)(?: [a-z]+)? ${NOUN}`],
    'missing:resend': [
      `(?:resend|resent|resending|redeliver|reissue|send|forward)${gap(4)} ${NOUN}`,
      `(?:email|mail) (?:me|it)${gap(3)} ${NOUN}`,
    ],
    'missing:resend/share': [
      `(?:kindly|please|pls|plz|can you|could you|would you|you can) (?:share|provide|give)(?: me| us)?${gap(2)} ${NOUN}`,
      `(?:share|provide|give)${gap(3)} ${NOUN}${gap(2)} (?:with me|again)`,
    ],
    'missing:resend/again': [
      `(?:resend|resent|resending|redeliver|reissue)`,
      `(?:send|sent|email|emailed|forward|forwarded)${gap(3)} (?:again|once more|one more time|another copy|a new link|a new copy|another link|a new one|the link|a link)`,
      `(?:need|want|would like|requesting|request|get) (?:a |another )?(?:new|working|fresh|valid) (?:link|url|copy)`,
      `(?:get|send|have|receive) it (?:at|to) (?:this|my|another|a different|the new) (?:address|email|account)`,
      `(?:get|have) (?:it|them) (?:sent|resent|emailed|forwarded) to`,
    ],
    'missing:request': [
      // The credential must be the object ("I need my certificate"), not merely nearby
      // ("I'd like to know what my certificate number is", "what score do I need for the certificate").
      // …and one they already have a claim to: "my"/"the", not "a" ("do I need a certificate to enrol?").
      `(?:need|needs|want|wanted|would like|d like|requesting|request|like)(?: (?:to (?:receive|get|have|obtain|be sent)|urgently|really|please|a copy of|proof of|a new copy of))* (?:my|the|our)(?: [a-z]+)? ${NOUN}`,
      // Not "can I get my certificate translated/reissued": that asks for something done to it.
      `(?:can|could|may) i (?:have|get|receive|obtain|please have|please get)(?: a copy of)? (?:my|the) ${NOUN}(?! (?!emailed|mailed|forwarded|delivered)[a-z]+ed\\b| translated)`,
      // Without a determiner, as learners writing in a second language put it: "I need certificate urgently".
      `i (?:need|want|require|am needing|am requesting|request)(?: (?:urgently|please|kindly))? ${NOUN}`,
      `(?:im|i am) (?:after|looking for|chasing|searching for|trying to find)${LEAD} ${NOUN}`,
      `(?:recover|retrieve|regain|get back|restore)${gap(3)} ${NOUN}`,
    ],
    'missing:when_will': [
      `when (?:will|do|can|should|would|is|are|does|might|could|shall)${gap(6)} ${NOUN}`,
      `how long${gap(6)} ${NOUN}`,
      `when(?: [a-z]+){0,3} (?:get|receive|expect|be getting|be receiving)${gap(3)} ${NOUN}`,
    ],
    'missing:status_request': [
      // Only with "my": "information about the certificate programme" asks before enrolling.
      `information ${ABOUT} my ${NOUN}`,
      `(?:is|are) (?:my|the|our) ${NOUN}${gap(1)} (?:ready|available|out|done|issued|sent|on (?:its|the) way)`,
      `(?:has|have|was|were) (?:my|the|our) ${NOUN}${gap(1)} (?:been )?(?:issued|sent|released|published|generated|emailed|processed)`,
      `what (?:happened|happens|is happening) (?:to|with) (?:my|the|our) ${NOUN}`,
    ],
    'missing:status_request/chasing': [
      // "Any news about when the next course starts?" is about what follows; "any update on my ticket?"
      // is not, and the ticket is part of the chase, not a missing deliverable.
      `(?:any|some) (?:update|updates|news|word|progress|feedback|eta)${CHASED_THREAD}`,
      `(?:following|follow) up`, `chasing (?:this|up|again|it)`, `status update`, `(?:checking in|check in|checking on|check on|checking up on)${CHASED_THREAD}`,
      `(?:is|are) (?:it|they) (?:ready|on (?:its|their|the) way|coming|out|available)`,
      `(?:whats|what is|what s|let me know|tell me|know|check) the (?:status|eta|hold up|holdup|delay)`,
      `(?:has|have) (?:it|they|this) (?:been )?(?:gone out|sent|issued|processed|released)`,
    ],
    'missing:slow_arrival': [
      `(?:take|takes|taking|took|taken) (?:a while|long|so long|this long|that long|ages|forever|some time|a few days|days|weeks|a bit|longer)(?: than (?:usual|expected))? to (?:arrive|show up|come|come through|appear|be issued|be sent|be processed|be generated|be released|process|generate|get here|reach me|land)`,
    ],
    // English only: Portuguese "no certificado" means "on the certificate".
    'missing:absent_credential/sentence': [`(?:still |yet again |again |but |and )?no${LEAD} ${NOUN}(?: (?:yet|so far|at all|whatsoever|anywhere|in sight))*`],
    'context:checked_spam': [
      `(?:checked|check|looked in|searched|gone through|went through)${gap(4)} (?:spam|junk|promotions|trash|clutter)`,
      `(?:not|nothing|isnt)${gap(3)} (?:in )?(?:the |my )?(?:spam|junk)`,
    ],
    'neg:received_credential': [
      `(?:received|got|found|downloaded|now have|finally have|have now)${gap(2)} ${NOUN}`,
      `${NOUN}${gap(1)} received (?:thanks|thank you)`,
      // Thanks for the credential itself, which is how a learner who has it says so.
      `(?:thanks|thank you|thx|cheers)(?: so much| very much| a lot)? for (?:sending|resending|issuing|emailing|the|my)(?: [a-z]+)? ${NOUN}`,
      `${NOUN}${gap(3)} (?:arrived|came through|has arrived|did arrive|did come through|showed up|turned up|came in)`,
    ],
    'neg:resolved': [
      `(?:(?:i |we )?(?:have|got|see) it now|(?:can|could) (?:see|access|find|open|download) (?:it|them) now|(?:its|it is|theyre|they are) there now|(?:that|it) worked|got it thanks|got it thank you|all good|all sorted|sorted now|its sorted|all set now|please ignore|you can close|close (?:this|the|my) (?:ticket|request|case)|problem solved|issue (?:is )?(?:resolved|solved)|resolved now|got it now|found it|it (?:has )?(?:finally )?(?:arrived|came through|turned up|showed up)|it did (?:arrive|come)|just arrived|finally (?:arrived|received|got|came)|managed to (?:find|get|download|retrieve|access))`,
    ],
    'neg:resolved/negated': [
      `(?:never ?mind|no longer (?:need|needed|required)|no further (?:help|action|assistance)(?: is)?(?: needed| required)?|no need to (?:resend|reply|worry))`,
    ],
    'neg:found_in_spam': [
      `(?:was|were|its|it s|is|landed|ended up|went|sitting|hiding|been) (?:in|into|to)${gap(2)} (?:spam|junk|promotions|clutter)`,
      `found${gap(4)} (?:spam|junk|promotions|clutter)`,
    ],
    'neg:ssl_certificate': [
      `(?:ssl|tls|https|x509|x 509|self signed|root ca|root certificate|intermediate certificate|ca bundle|certificate authority|certificate chain|cert chain|pem|crt|csr|openssl|lets encrypt|letsencrypt|certbot|handshake|keystore|truststore|err cert|net err|connection is not private|wildcard|code signing|signing certificate|apple developer|provisioning profile|p12|pfx|pkcs ?12|smime|s mime|client certificate|server certificate|certificate pinning|digicert|sectigo|nginx|apache|iis|cloudflare)`,
      `security (?:certificate|cert)s?`,
      `${NOUN} (?:for|of|on) (?:your|the|this) (?:website|site|web|domain)`,
    ],
    'neg:login_credentials': [
      `(?:login|log in|sign in|signin|sign on|sso|account|user|username|portal|vpn|wifi|wi fi|admin|database|ftp|email|network|lms|moodle|canvas|platform)${gap(1)} credentials?`,
      `credentials?${gap(3)} (?:to log|to sign|to access|to connect|for (?:the )?(?:login|portal|platform|system|account|lms|vpn)|username|password|log in|login|sign in)`,
      `credentials?${gap(4)} (?:server|sftp|ftp|ssh|database|vpn|wifi|smtp|imap|admin|root|repository|cluster|api)`,
      `(?:sftp|ftp|ssh|smtp|imap|database|db|server|git|github|root|admin) credentials?`,
      `(?:username|user name|user id|login) and password`,
    ],
    'neg:api_keys': [
      `(?:api|sdk)${gap(1)} (?:keys?|credentials?|secrets?|tokens?)`,
      `(?:client (?:secret|id)|secret key|access key|access token|bearer token|oauth|webhook|service account|ssh key|private key|public key|aws|azure|gcp|jwt|client credentials|s3 bucket)`,
      // A program looking for its credentials: where they live and who runs it.
      `credentials? (?:file|provider|providers|chain|helper|store|manager)`, `(?:sudo|as root|command line|env vars?|environment variables?|config file|kubectl|gcloud)`,
    ],
    'neg:other_certificate_kind': [
      `(?:birth|death|marriage|medical|doctors|doctor s|sick|insurance|gift|tax|stock|vaccination|vaccine|covid|police|residence|residency|good conduct|warranty|firearms?|fishing|hunting) (?:certificate|cert)s?`,
      `certificates? of (?:insurance|deposit|analysis|origin|conformity|occupancy|incorporation|title|residence|good standing|authenticity for (?:a|the|my) (?:painting|watch|item|product))`,
      `gift (?:card|voucher)`,
    ],
    'neg:physical_badge': [
      `(?:name|id|employee|security|door|building|visitor|staff|press|parking) badges?`,
      `badges? (?:holder|printer|reader|scanner|printing)`,
      `lanyard`,
    ],
    'neg:issuer_admin': [
      // Not "cohort": learners write "everyone in my cohort got theirs".
      `(?:our|my) (?:students|learners|participants|attendees|graduates|trainees|delegates|recipients|candidates|apprentices|pupils)`,
      `our (?:members|customers|clients|users|teachers|instructors|speakers)`,
      `(?:start|begin|started|begun) (?:issuing|awarding|sending out|creating)`,
      `(?:to|for) (?:[0-9]+|all|several|multiple|many) (?:of )?(?:our |the )?(?:students|learners|participants|attendees|recipients|employees|trainees|people|users)`,
      `(?:issue|create)${gap(2)} ${NOUN}${gap(1)} (?:to|for) (?:our |my )?(?:employees|staff|students|learners|participants)`,
      `(?:bulk|mass|batch) (?:send|sending|issue|issuing|issuance|upload|uploading|email|emails|import|export|create|creation)`,
      `(?:csv|spreadsheet|excel file|recipient list|templates?)`,
      `(?:we|i) (?:need|want|would like|d like|plan|are planning|are looking|have) to (?:issue|create|design|send out|award|bulk)${gap(2)} ${NOUN}`,
      `${NOUN} (?:templates?|designs?|designer|builder|layout)`,
      `how (?:do|can|would|should) we${gap(1)} (?:issue|create|design|send|upload|import|set up|publish|add)`,
      `how (?:do|can) i (?:issue|design|bulk|upload|import|set up|publish|add recipients)`,
      `we are (?:an? )?(?:issuer|course provider|training provider|organi[sz]ation|institution|university|school|academy)`,
      `as (?:an? |the )?(?:issuer|course provider|training provider)`,
      `(?:issuer|admin|administrator) (?:account|dashboard|portal)`,
      `in bulk`,
      // Who is writing: the one who runs the course, answering for everyone in it.
      `as (?:an? |the |their |your )?(?:instructor|teacher|trainer|facilitator|organi[sz]er|coordinator|course (?:admin|manager|creator|owner|author)|site admin|admin|administrator|moderator|host|event (?:organi[sz]er|host))`,
      `(?:site|platform|moodle|lms) (?:admin|administrator)(?: here)?`,
      `(?:participants|students|learners|attendees|people|members|users|recipients|folks) (?:keep|keeps|kept|are|have been|were) (?:asking|emailing|messaging|writing|complaining|contacting|reporting|chasing)`,
      `(?:did|has) (?:everyone|everybody|you all|all of you|yall|the participants|participants|the attendees|attendees|the students|the learners|the recipients|recipients|they all) (?:get|got|receive|received|gotten|already received)`,
      `(?:can|could) (?:a few|some|any) of you confirm`,
      `we (?:have |ve |just |already )?(?:issued|sent out|emailed out|awarded|generated|created)${gap(3)} (?:${NOUN}|them|invitations?)`,
    ],
    'neg:callout': [
      `(?:if|when) (?:you|anyone|someone|somebody|any of you)(?: still)? (?:havent|have not|hasnt|has not|didnt|did not|dont|do not|never|cant|cannot)${gap(5)} (?:comment|reply|let (?:us|me) know|drop|dm|message|write|email|contact|reach out|post|ping|fill|respond|tell)`,
      `(?:comment|reply|respond|post|write|shout) (?:here|below|in this thread|to this|in the thread)${gap(3)} (?:if|once|when)`,
      `(?:anyone|whoever)(?: who| that| of you who)?(?: still)? (?:hasnt|has not|havent|have not|didnt|did not|never)${gap(3)} (?:received|got|gotten|claimed|get)`,
      `(?:drop|leave|add|post) (?:a |an |your )?(?:comment|reply|thumbs up|emoji|email|name|address)${gap(3)} (?:here|below)`,
      `(?:reminder|heads up|announcement|psa)`,
    ],
    'neg:developer_report': [
      `(?:steps|how) to reproduce`, `repro steps`, `(?:expected|actual) (?:behaviou?r|result|outcome)`, `what (?:i|we) expected`, `what happened instead`,
      `(?:feature request|user story|acceptance criteria|pull request|merge request|this pr|regression|reproducible|stack trace|in the console|null reference|unit test)`,
      `as an? (?:user|learner|student|admin|administrator|organi[sz]er|instructor|teacher|issuer|developer|site owner)${gap(1)} i (?:want|would like|need|should be able)`,
      `would be (?:nice|great|useful|helpful|cool|awesome|handy)(?: if| to)?`,
      `(?:since|after) (?:version|v ?[0-9]|release|upgrading|updating|the (?:last |latest |recent )?(?:update|upgrade|release|version))`,
      `(?:add|adding|provide|support for) (?:an? )?(?:option|setting|button|ability|field|endpoint|toggle) (?:to|for)`,
      `(?:allow|let|enable) (?:users|learners|students|admins|organi[sz]ers|recipients|people|participants) to`,
      `(?:proposal|suggestion|enhancement|minor bug|typo in)`,
      // How a wish for the software is put: a limit it has now, a case that may happen, what people should be able to do.
      `(?:can|could) only be (?:sent|issued|used|claimed|downloaded|generated|opened|resent)(?: [a-z]+)? once`,
      `in (?:a|the|any) case (?:where|when|that)`,
      `(?:users|learners|students|admins|organi[sz]ers|recipients|participants|instructors) should be able to`,
      // Someone testing the software: test accounts, their own install, the machinery behind a page.
      `(?:test|dummy|demo|sample) (?:users?|accounts?|learners?|students?|site|course)`,
      `(?:staging|localhost|local install|dev site|demo site|queue worker|scheduled job|console shows|cors|database rows?|db rows?)`,
      `(?:which|what) (?:hook|setting|function|template|event|job) (?:creates|generates|sends|triggers|controls|handles)`,
      `(?:for|to) (?:everyone|everybody|every user|any user|all users|all (?:of )?(?:our|the) (?:users|learners|students)|any account)`,
      `admins? included`, `as (?:a |an )?(?:learner|student|user)(?: account)? (?:and|or|nor) (?:as )?(?:an? )?(?:admin|administrator)`,
      `(?:reproduced|tested|happens|tried) (?:it )?(?:on|with) (?:two|three|several|multiple|different|other) (?:sites|accounts|browsers|users|installs)`,
    ],
    'neg:employer_group': [
      `our (?:employees|staff|interns|volunteers|team members|workforce|colleagues)`,
      `for (?:my|our) (?:team|staff|employees)`,
      `${NOUN}${gap(1)} (?:for|to) them`,
    ],
    'neg:third_party_check': [
      `(?:candidate|candidates|applicant|applicants|background check|background screening|pre employment|job seeker)`,
    ],
    'neg:not_qualified': [
      `(?:failed|didnt pass|did not pass|havent passed|have not passed|didnt finish|did not finish|havent finished|have not finished|havent completed|have not completed|didnt complete|did not complete)${gap(3)} (?:the |my )?(?:exam|test|course|assessment|module|quiz|final)`,
    ],
    'neg:wrong_details': [
      `(?:wrong|wrongly|incorrect|incorrectly|misspel[a-z]*|mispel[a-z]*|inaccurate|spelling)${gap(2)} (?:name|names|date|dates|surname|last name|first name|title|course name|grade|score|hours|initials)`,
      `(?:error|errors|mistake|mistakes|typo|typos) (?:in|on|with) (?:my |the |his |her )?(?:name|date|surname|last name|first name|title|spelling)`,
      `(?:name|names|date|dates|surname|title|initials|spelling)${gap(4)} (?:wrong|wrongly|incorrect|incorrectly|misspel[a-z]*|spelled wrong|spelt wrong|not correct|inaccurate|a typo|typo)`,
      `(?:change|correct|corrected|correcting|update|updated|fix|fixed|edit|amend|amended|modify|adjust)${gap(3)} (?:name|names|date|surname|spelling|title|initials)`,
      `(?:name change|name correction|nickname)`,
      `(?:correction|change|amendment|update|modification|fix)s? (?:of|to|in|on) (?:my |the )?(?:name|surname|date|spelling|title|last name|first name)`,
      `(?:legal|middle|maiden|married|correct|proper|new|updated|changed) (?:names?|surnames?|last names?|family names?)`,
      // A name change asks for a reissue under the new name, not for a missing credential.
      `(?:got married|got divorced|changed my (?:name|surname|last name)|my name (?:has )?changed)`,
      `(?:name|surname|middle name|last name|first name|accent)${gap(3)} (?:is missing|missing|not showing|doesnt appear|does not appear|is not shown)`,
      `(?:without|missing) (?:an? |the )?(?:accent|middle name|umlaut|cedilla)`,
      // "The date on my certificate is wrong": the subject and its complaint straddle the noun.
      `(?:name|names|date|dates|surname|title|initials|spelling)${gap(3)} (?:on|in|of) (?:my |the |this )?${NOUN} (?:is |are |was |were |looks |seems )?(?:wrong|incorrect|misspel[a-z]*|not correct|inaccurate)`,
      `(?:says|shows) (?:a |an |the )?(?:other|another|different|wrong) (?:date|name)`,
    ],
    'neg:change_address': [
      `(?:change|update|switch|modify|edit|correct)${gap(4)} (?:email|emails|address|recipient)`,
      `(?:move|transfer|merge|migrate)${gap(3)} (?:to|into|with) (?:my |a |another |the )?(?:[a-z]+ )?(?:email|address|account)`,
    ],
    'neg:share_credential': [
      `(?:share|sharing|embed)${gap(3)} ${NOUN}(?! with me| again)`,
      `${NOUN}${gap(3)} (?:signature|website|homepage)`,
      `(?:send|forward|share|email|mail)${gap(3)} (?:to|with) (?:my |our |the )?(?:manager|employer|boss|hr|company|colleague|colleagues|school|university|recruiter|team)`,
      `use (?:it |them )?on (?:my |our )?(?:website|site|blog|profile|portfolio)`,
      `(?:add|adding|put|include|display|embed)${gap(3)} (?:to|on|in|into) (?:my )?(?:profile|resume|cv|portfolio|wallet|website|email signature|signature|linkedin)`,
      `(?:put|add)${gap(3)} ${NOUN}${gap(3)} (?:profile|linkedin|wallet|cv|resume|signature)`,
    ],
    'neg:social_profile': [`(?:social media|curriculum vitae)`],
    'neg:pdf_print': [
      // Not "resolution" alone: "a quick resolution".
      `(?:as (?:an? )?|in )(?:image|picture|png|jpg|jpeg|svg|file)`,
      `(?:framed|frame it|by post|posted to me)`,
      `(?:print|printing|printed|printable|printer|(?:low|high|higher|better) resolution|blurry|pixelated|image quality|letter size|hard copy|paper copy|physical copy)`,
    ],
    'neg:translation_request': [
      `translat[a-z]*`,
      // A language after the credential or a copy of it; "I did the course in English" is no such request.
      `(?:${NOUN}|version|versions|copy|it|one|them)${gap(1)} (?:in|into) ${LANGUAGE_NAME}`,
    ],
    'neg:refund': [`(?:refund|refunds|refunded|reimburse[a-z]*|chargeback|money back)`],
    'neg:login_problem': [
      `(?:cant|cannot|can not|unable to|not able to|couldnt|trouble|problem|problems|issue|issues) (?:to )?(?:log ?in|sign in|signin|signing in|logging in|access my account)`,
      `(?:forgot|forgotten|reset|resetting|change|changing|recover)${gap(2)} password`,
      `(?:password reset|locked out|two factor|2fa)`,
      `account (?:is )?(?:locked|disabled|suspended|blocked)`,
    ],
    'neg:delete_request': [
      `(?:delete|remove|deactivate|hide|revoke|unpublish|erase|take down)${gap(3)} (?:${NOUN}|account|profile|data|information)`,
      `${NOUN}${gap(2)} (?:deleted|removed|taken down|hidden|made private|unpublished)`,
      `(?:make|set)${gap(3)} private`,
      `right to be forgotten`,
    ],
    'neg:credential_expiry': [
      `${NOUN}${gap(2)} (?:expire|expired|expires|expiring|expiry|expiration|renew|renewal|renewed|valid for|valid until)`,
      `(?:renew|renewal|recertification|recertify)${gap(3)} ${NOUN}`,
      `renew (?:it|them)`,
      `it renew`,
    ],
    'neg:eligibility_question': [
      `(?:will|do|does|would|can|could|shall) (?:i|we|you|they|students|learners|participants|attendees|everyone)${gap(2)} (?:get|receive|earn|obtain|be given|be awarded|offer|provide|give|issue|award) (?:a|an|any) ${NOUN}`,
      `(?:is there|are there|comes? with|includes?|offers?|provides?) (?:a |an |any )?${NOUN}`,
      `(?:does|do|will) (?:this|the|your|these) (?:course|training|program|programme|class|webinar|workshop)s?${gap(3)} ${NOUN}`,
      `${NOUN}${gap(2)} (?:included|cost|costs|price|fee|extra)`,
      `(?:prior|previous|prerequisite|required|requirements?|necessary)${gap(2)} ${NOUN}`,
      // Said before earning it: "I'd like to earn the certificate", "qualify for the badge".
      `(?:earn|achieve|qualify for|work towards|working towards|be eligible for|eligible for)${gap(2)} ${NOUN}`,
      `(?:score|grade|mark|marks|points|pass mark|passing)${gap(5)} ${NOUN}`,
      `(?:what|which) ${NOUN}${gap(3)} (?:need|required)`,
    ],
    'neg:recognition_question': [`(?:accredited|accreditation|recogni[sz]ed|recognition)`],
    'neg:verification_request': [
      `(?:verify|verifying|verification of|validate|validating|authenticate|confirm the authenticity of|check the validity of)${gap(4)} ${NOUN}`,
      `${NOUN}${gap(4)} (?:is genuine|is authentic|is legit|is legitimate|is fake|is forged|is fraudulent|real or fake|genuine or not)`,
      `(?:authenticity|validity) of${gap(3)} ${NOUN}`,
    ],
  },
};
