/**
 * English: the catalogue every other language must match, key for key and argument for argument (checked by
 * catalogues.test.ts). ICU MessageFormat: `{name}` a value, `{n, plural, ...}`, `{kind, select, ...}`, and
 * `{at, date, day}` / `{at, time, clock}` for dates and times in UTC (format-message.ts). Lists of names or addresses
 * arrive already joined in the language ("a and b"). Learners' texts are plain text: channels escape and format them.
 */
export const EN = {
  // Replies to the learner (src/core/replies.ts): never a credential URL, a course name or an unmasked address.
  'reply.askForEmail.notFoundForSender':
    'Thanks for getting in touch. We couldn’t find any credentials issued to {address}, the address you wrote from.',
  'reply.askForEmail.noAddress': 'Thanks for getting in touch. We couldn’t find an email address in your message.',
  'reply.askForEmail.question':
    'Which email address did you sign up for your course with? Reply with it and we’ll look up your credentials.',
  'reply.retrieve.emailed':
    'We’ve emailed a list of your credentials to {addresses}{addressCount, plural, one {} other { (one email per address)}}. It should arrive within a few minutes.',
  'reply.retrieve.nothingFor':
    'We didn’t find any credentials issued to {addresses}. If you signed up for a course with a different address, reply with it and we’ll check that too.',
  'reply.retrieve.notArrived':
    'If the email hasn’t arrived in 15 minutes, reply to this message (or email {supportEmail}) and we’ll look into it.',
  'reply.deliveryTips':
    'If you can’t see it, please check your spam or junk folder. With a work or school address, your organisation’s email filters may hold it back, so check any quarantine too, or ask your IT team.',
  'reply.deliveryFailed':
    'We couldn’t deliver the email with your credentials to {address}: {permanent, select, yes {the receiving mail server refused it} other {its mail server did not accept it}}. Please check that the address is right. If it is, or if you used another one, reply to this message (or email {supportEmail}) and our team will help.',
  'reply.followUp.sent':
    'We emailed your credentials to {address} at {sentAt, time, clock} UTC on {sentAt, date, day}.',
  'reply.followUp.searchSender':
    'Please search your mailbox, spam and junk folders included, for an email from {sender}.',
  'reply.followUp.onTheWay':
    'Our email to {address} is still on its way. It should arrive within a few minutes.',
  'reply.followUp.toPerson':
    'A member of our support team will look into it and get back to you.',
  'reply.nearMiss':
    'We also found a credential under an address similar to one you gave us. Our team will check it and get back to you.',
  'reply.handoff.onlyDrafts':
    'We found your {draftCount, plural, one {credential} other {credentials}}{hasAddresses, select, yes { for {addresses}} other {}}, but {issuerCount, plural, =0 {your course provider hasn’t} one {{issuers} hasn’t} other {{issuers} haven’t}} published {draftCount, plural, one {it} other {them}} yet. We host credentials on behalf of course providers and can only send what they have published.',
  'reply.handoff.nothingFound':
    'We couldn’t find any credential issued{hasAddresses, select, yes { to {addresses}} other {}}. Please check it’s the address you signed up for your course with. If you used another one, reply with it and we’ll look again.',
  'reply.handoff.notIssuedYet':
    'If it is the right address, your course provider may not have issued your credential yet. We host credentials on their behalf and can only send what they have published.',
  'reply.handoff.contactIssuer': 'Please get in touch with {issuer} about it.',
  'reply.handoff.contactIssuers': 'Please get in touch with your course provider about it:',
  'reply.handoff.ifUnreachable':
    'If you can’t reach them, reply to this message (or email {supportEmail}) and we’ll do our best to put you in touch.',
  'reply.handoff.contactProvider':
    'Please contact your course provider about it. If you can’t reach them, reply to this message (or email {supportEmail}) and we’ll do our best to put you in touch using the contact details we have for them.',
  'reply.issuer.withContact': '{issuer} ({contact})',
  'reply.issuer.personAtAddress': '{name} at {address}',
  'reply.issuer.eitherWay': '{first}, or {second}',
  'reply.rateLimited.alreadySent': 'We already emailed your credentials to {address} at {sentAt, time, clock} UTC on {sentAt, date, day}.',
  'reply.rateLimited.limit':
    'To keep inboxes free of spam, we send at most {limit, plural, =1 {one of these emails} other {# of these emails}} a day to each address. {canAskNow, select, yes {You can ask again now.} other {You can ask again after {nextAllowedAt, time, clock} UTC on {nextAllowedAt, date, day}.}}',
  // About addresses the channel does not vouch for as the requester's: the same words whatever is on record.
  'reply.otherAddresses.one':
    'Thanks for getting in touch. If credentials were issued to that address, we have emailed their links there (or already did in the last day).',
  'reply.otherAddresses.oneBesideOwn':
    'If credentials were issued to the other address you gave, we have emailed their links there (or already did in the last day).',
  'reply.otherAddresses.many':
    'Thanks for getting in touch. If credentials were issued to any of the addresses you gave, we have emailed their links to each address they were issued to (or already did in the last day).',
  'reply.otherAddresses.manyBesideOwn':
    'If credentials were issued to any of the other addresses you gave, we have emailed their links to each address they were issued to (or already did in the last day).',
  'reply.otherAddresses.privacy':
    'To protect everyone’s privacy, we only share what we hold about an address with that address’s own inbox. If the address is yours and nothing has arrived within 15 minutes, please check your spam or junk folder, then reply to this message (or email {supportEmail}) and our team will help.',
  'reply.heldBack.all':
    'Thanks for getting in touch. You’ve asked about more email addresses than we look up automatically, so a member of our support team will look at your request and get back to you.',
  'reply.heldBack.some':
    'You’ve asked about more email addresses than we look up automatically, so we haven’t checked all of them: a member of our support team will look at the rest and get back to you.',

  // The retrieve email (src/mail/render.ts). The subject leaves the brand to the sender's name: "Your Credentials
  // credentials" was what the default brand made of "Your {brand} credentials".
  'email.retrieve.subject': '{count, plural, one {The credential you asked for} other {The # credentials you asked for}}',
  'email.retrieve.greeting': '{hasName, select, yes {Hi {name},} other {Hello,}}',
  'email.retrieve.intro':
    '{count, plural, one {You asked for the credential issued to {address}. Here it is: the link opens its own page, where you can view, download and share it.} other {You asked for the credentials issued to {address}. Here are all #: each link opens that credential’s own page, where you can view, download and share it.}}',
  'email.retrieve.issuedBy': 'Issued by {issuer} on {issuedAt, date, day}',
  'email.retrieve.tipsHeading': 'Didn’t get our emails before? A few things help:',
  'email.retrieve.tipContacts': 'Add this sender to your contacts, so credential emails land in your inbox.',
  'email.retrieve.tipSpam': 'Check your spam or junk folder now and then.',
  'email.retrieve.tipFilters':
    'With a work or school address, your organisation’s filters may hold emails back: check any quarantine, or ask your IT team to let ours through.',
  'email.retrieve.tipAskAgain': 'Lost a link again? Just ask us again the same way, any time.',
  'email.retrieve.notYou': 'If you didn’t ask for this email, you can ignore it.',
  'email.retrieve.questions': 'Questions? Write to {supportEmail}.',

  // The email to an issuer's contact on a hand-off (src/mail/render.ts), in the learner's language: the issuer
  // taught them in it, and quotes their words.
  'email.issuerHandoff.subject': 'A learner is asking about their {issuer} credential',
  'email.issuerHandoff.greeting': '{hasContactName, select, yes {Hello {contactName},} other {Hello {issuer} team,}}',
  'email.issuerHandoff.intro':
    'A learner at {learnerAddress} has asked {brand} support about a credential from {issuer}. We host credentials on your behalf and only send learners what you have published, and there is no published credential from you for this address.',
  'email.issuerHandoff.draftsLead':
    '{count, plural, one {You have a draft for them that is not published yet:} other {You have drafts for them that are not published yet:}}',
  'email.issuerHandoff.draftsAfter':
    '{count, plural, one {Once you publish it, they will be able to receive it.} other {Once you publish them, they will be able to receive them.}}',
  'email.issuerHandoff.noDrafts':
    'We found no draft either, so they may have signed up with a different address, or the credential may not have been created yet.',
  'email.issuerHandoff.ask': 'Please get in touch with them at {learnerAddress}.',
  'email.issuerHandoff.quoteLead': 'What they wrote:',
  'email.issuerHandoff.signOff': 'Thank you,\n{brand} support\n{supportEmail}',

  // Slack's buttons and modal (src/slack/views.ts), in the learner's language. Slack cuts a modal's title, submit
  // and close labels at 24 characters.
  'slack.sendToProfileAddress': 'Send to {address}',
  'slack.useAnotherAddress': 'Use another address',
  'slack.modal.title': 'Your email address',
  'slack.modal.submit': 'Look up',
  'slack.modal.cancel': 'Cancel',
  'slack.modal.addressLabel': 'The address you signed up for your course with',
  'slack.modal.addressInvalid': 'That doesn’t look like an email address. Please check it and try again.',

  // For support staff, in STAFF_LANGUAGE: the Slack hand-off summary's heading.
  'slack.handoff.title': 'credbot hand-off',
  'slack.handoff.inChannel': 'for {learner} in {channel}',
  'slack.handoff.inDirectMessage': 'for {learner} in a direct message',
  'slack.handoff.learnerWrote': 'The learner wrote:',

  // For support staff, in STAFF_LANGUAGE: the agent note (a Zendesk internal note, the Slack hand-off summary).
  // Full addresses and what was found: staff may see them.
  'note.summary': 'credbot: {outcome}',
  'note.lookedUp': 'Looked up: {addresses}',
  'note.lookedUpNothing': 'Looked up: no address',
  'note.language':
    'Learner’s language: {language} ({source, select, channel {from their profile} message {from their message} other {the default: neither their profile nor their message tells}}).',
  'note.outcome.retrieve': 'emailed credentials to {count, plural, one {# address} other {# addresses}}.',
  'note.outcome.onlyDrafts': 'only unpublished drafts found; learner pointed to the issuer.',
  'note.outcome.nothingFound': 'no credential found; learner pointed to the issuer.',
  'note.outcome.askedForAddress':
    "nothing issued to the requester's address {address}; asked the learner which address they signed up with.",
  'note.outcome.noAddress': 'no email address in the message; asked the learner for one.',
  'note.outcome.rateLimited': 'retrieve limit reached; no email sent.',
  'note.outcome.otherAddresses':
    'the message names an address that may not be the requester’s: the reply says the same whatever was found.',
  'note.outcome.overBudget': 'over the budget of addresses credbot acts on; nothing looked up or sent.',
  'note.outcome.ignored': 'not a missing-credential request; ignored.',
  'note.outcome.deliveryFailed':
    'the email to {address} could not be delivered ({permanent, select, yes {refused for good by the mail server} other {no tries left}}); the learner was told to check the address.',
  'note.smtpReply':
    'The mail server’s answer: {reply}',
  'note.outcome.followUp':
    'the learner followed up on an earlier answer: {state, select, sent {the email was delivered} on_the_way {the email is still queued} failed {an email failed} sent_twice {the email was already sent twice} asked_again {the learner asked again after credbot’s answer} other {the emails went to addresses that may not be the requester’s, so the learner was told nothing of them}}{toPerson, select, yes {; please follow up.} other {.}}',
  'note.earlierEmail':
    'Email to {address}: {status, select, sent {sent {sentAt, time, clock} UTC on {sentAt, date, day}} failed {failed} other {queued}}{sends, plural, =1 {} other { (# times sent to this address)}}',
  'note.found.retrieve': '{sent, select, no {credentials would be emailed to {count, plural, one {# address} other {# addresses}} they were issued to (nothing was sent).} other {emailed credentials to {count, plural, one {# address} other {# addresses}} they were issued to.}}',
  'note.found.onlyDrafts': 'only unpublished drafts found; nothing sent.',
  'note.found.nothingFound': 'no credential found; nothing sent.',
  'note.retrieveEmail': 'Retrieve email to {address} ({count, plural, one {# credential} other {# credentials}}):',
  'note.credential': '{course}, {issuer}, issued {issuedAt, date, day}{isDraft, select, yes { [draft]} other {}}',
  'note.nothingFoundFor': 'Nothing found for: {addresses}',
  'note.drafts': 'Unpublished drafts:',
  'note.draftIssuedTo': '{credential}, issued to {address}',
  'note.nearMisses': 'Near misses (not emailed; check the learner owns the address before sharing anything):',
  'note.nearMiss': '{address} (learner gave {queriedAddress}): {credential}',
  'note.contact.none': 'Issuer contact: none on record.',
  'note.contact.noneLearnerTold': 'Issuer contact: none on record. The learner was told to contact their course provider.',
  'note.contact':
    'Issuer contact: {issuer}: {details} (found by {basis, select, draft_credential {draft credential} near_miss {near-miss address} other {name in the message}}{notNamed, select, yes {; not named to the learner} other {}})',
  'note.contact.noDetails': 'no contact details on record',
  'note.issuerEmailsSent': '{sent, select, no {Hand-off email withheld (nothing was sent), for: {issuers}} other {Hand-off email sent to: {issuers}}}',
  'note.issuerEmailsOverLimit': 'Hand-off email NOT sent (the contact already had the daily limit of them): {issuers}',
  'note.lastRetrieveEmail': 'Last retrieve email to {address}: {sentAt, time, clock} UTC on {sentAt, date, day}.',
  'note.nextAllowed': 'Next allowed: {at, time, clock} UTC on {at, date, day}.',
  'note.ownAddress': "The requester's own address: {outcome}",
  'note.otherAddresses': "Not the requester's own address ({addresses}): {findings} The learner was not told what was found.",
  'note.heldBack':
    'Not looked up and nothing sent, {reason, select, message_cap {over the cap of addresses per message} other {over the requester’s daily limit of addresses}}: {addresses}{more, plural, =0 {} other { and # more}}. Please follow up.',
  'note.ignored': 'Classified as {intent} (confidence {confidence, number, ::.00}; signals: {signals}). No reply sent.',
  'note.noSignals': 'none',
  'note.suggestion.intro':
    'credbot did not answer: it is not sure this is a missing-credential request (confidence {confidence, number, ::.00}), so nothing was sent to the learner.',
  'note.suggestion.wouldHaveSaid': 'The answer it would have given:',
  'note.suggestion.channelMode':
    'credbot did not answer: this channel is set to suggest, so nothing was sent to the learner and no email went out.',
} as const;
