import type { Catalogue } from './catalogues.ts';

/**
 * French, addressing the learner as vous. What credbot sends is a "certificat" (the word learners use for a
 * certificate and a badge alike); whoever issued it is "l’organisme de votre formation".
 */
export const FR: Catalogue = {
  'reply.askForEmail.notFoundForSender':
    'Merci de nous avoir contactés. Nous n’avons trouvé aucun certificat délivré à {address}, l’adresse depuis laquelle vous nous écrivez.',
  'reply.askForEmail.noAddress': 'Merci de nous avoir contactés. Nous n’avons trouvé aucune adresse e-mail dans votre message.',
  'reply.askForEmail.question':
    'Avec quelle adresse e-mail vous êtes-vous inscrit(e) à votre formation ? Répondez-nous en l’indiquant et nous rechercherons vos certificats.',
  'reply.retrieve.emailed':
    'Nous avons envoyé la liste de vos certificats par e-mail à {addresses}{addressCount, plural, one {} other { (un e-mail par adresse)}}. Elle devrait arriver d’ici quelques minutes.',
  'reply.retrieve.nothingFor':
    'Nous n’avons trouvé aucun certificat délivré à {addresses}. Si vous vous êtes inscrit(e) à une formation avec une autre adresse, répondez-nous en l’indiquant et nous la vérifierons aussi.',
  'reply.retrieve.notArrived':
    'Si l’e-mail n’est pas arrivé d’ici 15 minutes, répondez à ce message (ou écrivez à {supportEmail}) et nous regarderons ce qui se passe.',
  'reply.deliveryTips':
    'Si vous ne le voyez pas, vérifiez votre dossier de courrier indésirable (spam). Avec une adresse professionnelle ou scolaire, les filtres de messagerie de votre organisation peuvent le retenir : vérifiez aussi la quarantaine, le cas échéant, ou adressez-vous à votre service informatique.',
  'reply.deliveryFailed':
    'Nous n’avons pas pu remettre l’e-mail contenant vos certificats à {address} : {permanent, select, yes {le serveur de messagerie du destinataire l’a refusé} other {son serveur de messagerie ne l’a pas accepté}}. Vérifiez que l’adresse est correcte. Si c’est le cas, ou si vous en avez utilisé une autre, répondez à ce message (ou écrivez à {supportEmail}) et notre équipe vous aidera.',
  'reply.followUp.sent':
    'Nous avons envoyé vos certificats par e-mail à {address} à {sentAt, time, clock} UTC le {sentAt, date, day}.',
  'reply.followUp.searchSender':
    'Cherchez dans votre messagerie, dossiers de spam et de courrier indésirable compris, un e-mail de {sender}.',
  'reply.followUp.onTheWay':
    'Notre e-mail à {address} est encore en route. Il devrait arriver d’ici quelques minutes.',
  'reply.followUp.toPerson':
    'Un membre de notre équipe d’assistance va s’en occuper et vous répondra.',
  'reply.nearMiss':
    'Nous avons aussi trouvé un certificat délivré à une adresse proche de l’une de celles que vous nous avez indiquées. Notre équipe va vérifier et reviendra vers vous.',
  'reply.handoff.onlyDrafts':
    'Nous avons trouvé {draftCount, plural, one {votre certificat} other {vos certificats}}{hasAddresses, select, yes { pour {addresses}} other {}}, mais {draftCount, plural, one {il n’a pas encore été publié} other {ils n’ont pas encore été publiés}} par {issuerCount, plural, =0 {l’organisme de votre formation} other {{issuers}}}. Nous hébergeons les certificats pour le compte des organismes de formation et ne pouvons envoyer que ce qu’ils ont publié.',
  'reply.handoff.nothingFound':
    'Nous n’avons trouvé aucun certificat délivré{hasAddresses, select, yes { à {addresses}} other {}}. Vérifiez qu’il s’agit bien de l’adresse avec laquelle vous vous êtes inscrit(e) à votre formation. Si vous en avez utilisé une autre, répondez-nous en l’indiquant et nous chercherons de nouveau.',
  'reply.handoff.notIssuedYet':
    'Si l’adresse est la bonne, il est possible que l’organisme de votre formation n’ait pas encore délivré votre certificat. Nous hébergeons les certificats pour son compte et ne pouvons envoyer que ce qu’il a publié.',
  'reply.handoff.contactIssuer': 'Nous vous invitons à contacter {issuer} à ce sujet.',
  'reply.handoff.contactIssuers': 'Nous vous invitons à contacter l’organisme de votre formation à ce sujet :',
  'reply.handoff.ifUnreachable':
    'Si vous ne parvenez pas à les joindre, répondez à ce message (ou écrivez à {supportEmail}) et nous ferons de notre mieux pour vous mettre en relation.',
  'reply.handoff.contactProvider':
    'Nous vous invitons à contacter l’organisme de votre formation à ce sujet. Si vous ne parvenez pas à le joindre, répondez à ce message (ou écrivez à {supportEmail}) et nous ferons de notre mieux pour vous mettre en relation grâce aux coordonnées dont nous disposons.',
  'reply.issuer.withContact': '{issuer} ({contact})',
  'reply.issuer.personAtAddress': '{name}, à l’adresse {address}',
  'reply.issuer.eitherWay': '{first}, ou {second}',
  'reply.rateLimited.alreadySent': 'Nous avons déjà envoyé vos certificats à {address} le {sentAt, date, day} à {sentAt, time, clock} (UTC).',
  'reply.rateLimited.limit':
    'Pour éviter d’encombrer les boîtes de réception, nous envoyons au maximum {limit, plural, =1 {un de ces e-mails} other {# de ces e-mails}} par jour à chaque adresse. {canAskNow, select, yes {Vous pouvez refaire la demande dès maintenant.} other {Vous pourrez refaire la demande après le {nextAllowedAt, date, day} à {nextAllowedAt, time, clock} (UTC).}}',
  'reply.otherAddresses.one':
    'Merci de nous avoir contactés. Si des certificats ont été délivrés à cette adresse, nous y avons envoyé leurs liens (ou l’avions déjà fait au cours des dernières 24 heures).',
  'reply.otherAddresses.oneBesideOwn':
    'Si des certificats ont été délivrés à l’autre adresse que vous avez indiquée, nous y avons envoyé leurs liens (ou l’avions déjà fait au cours des dernières 24 heures).',
  'reply.otherAddresses.many':
    'Merci de nous avoir contactés. Si des certificats ont été délivrés à l’une des adresses que vous avez indiquées, nous avons envoyé leurs liens à chaque adresse concernée (ou l’avions déjà fait au cours des dernières 24 heures).',
  'reply.otherAddresses.manyBesideOwn':
    'Si des certificats ont été délivrés à l’une des autres adresses que vous avez indiquées, nous avons envoyé leurs liens à chaque adresse concernée (ou l’avions déjà fait au cours des dernières 24 heures).',
  'reply.otherAddresses.privacy':
    'Pour protéger la vie privée de chacun, nous ne communiquons ce que nous détenons sur une adresse qu’à la boîte de réception de cette même adresse. Si l’adresse est la vôtre et que rien n’est arrivé d’ici 15 minutes, vérifiez votre dossier de courrier indésirable (spam), puis répondez à ce message (ou écrivez à {supportEmail}) et notre équipe vous aidera.',
  'reply.heldBack.all':
    'Merci de nous avoir contactés. Vous nous avez interrogés sur plus d’adresses e-mail que nous n’en vérifions automatiquement : un membre de notre équipe d’assistance va donc examiner votre demande et reviendra vers vous.',
  'reply.heldBack.some':
    'Vous nous avez interrogés sur plus d’adresses e-mail que nous n’en vérifions automatiquement, nous ne les avons donc pas toutes vérifiées : un membre de notre équipe d’assistance va examiner les autres et reviendra vers vous.',

  'email.retrieve.subject': '{count, plural, one {Le certificat que vous avez demandé} other {Les # certificats que vous avez demandés}}',
  'email.retrieve.greeting': '{hasName, select, yes {Bonjour {name},} other {Bonjour,}}',
  'email.retrieve.intro':
    '{count, plural, one {Vous avez demandé le certificat délivré à {address}. Le voici : le lien ouvre sa page, où vous pouvez le consulter, le télécharger et le partager.} other {Vous avez demandé les certificats délivrés à {address}. Les voici tous les # : chaque lien ouvre la page du certificat, où vous pouvez le consulter, le télécharger et le partager.}}',
  'email.retrieve.issuedBy': 'Délivré par {issuer} le {issuedAt, date, day}',
  'email.retrieve.tipsHeading': 'Nos e-mails ne vous étaient pas parvenus ? Quelques conseils :',
  'email.retrieve.tipContacts': 'Ajoutez cet expéditeur à vos contacts pour que les e-mails de certificats arrivent dans votre boîte de réception.',
  'email.retrieve.tipSpam': 'Jetez de temps en temps un œil à votre dossier de courrier indésirable (spam).',
  'email.retrieve.tipFilters':
    'Avec une adresse professionnelle ou scolaire, les filtres de votre organisation peuvent retenir des e-mails : vérifiez la quarantaine, le cas échéant, ou demandez à votre service informatique de laisser passer les nôtres.',
  'email.retrieve.tipAskAgain': 'Vous avez de nouveau perdu un lien ? Redemandez-le-nous simplement de la même façon, à tout moment.',
  'email.retrieve.notYou': 'Si vous n’avez pas demandé cet e-mail, vous pouvez l’ignorer.',
  'email.retrieve.questions': 'Des questions ? Écrivez à {supportEmail}.',

  'email.issuerHandoff.subject': 'Un apprenant vous interroge sur son certificat {issuer}',
  'email.issuerHandoff.greeting': '{hasContactName, select, yes {Bonjour {contactName},} other {Bonjour à l’équipe {issuer},}}',
  'email.issuerHandoff.intro':
    'Un apprenant utilisant l’adresse {learnerAddress} a contacté l’assistance {brand} au sujet d’un certificat délivré par {issuer}. Nous hébergeons les certificats pour votre compte et n’envoyons aux apprenants que ce que vous avez publié ; or aucun certificat publié par vous n’existe pour cette adresse.',
  'email.issuerHandoff.draftsLead':
    '{count, plural, one {Vous avez pour cette personne un brouillon qui n’est pas encore publié :} other {Vous avez pour cette personne des brouillons qui ne sont pas encore publiés :}}',
  'email.issuerHandoff.draftsAfter':
    '{count, plural, one {Dès que vous l’aurez publié, elle pourra le recevoir.} other {Dès que vous les aurez publiés, elle pourra les recevoir.}}',
  'email.issuerHandoff.noDrafts':
    'Nous n’avons trouvé aucun brouillon non plus : cette personne s’est peut-être inscrite avec une autre adresse, ou le certificat n’a pas encore été créé.',
  'email.issuerHandoff.ask': 'Merci de la contacter à l’adresse {learnerAddress}.',
  'email.issuerHandoff.quoteLead': 'Son message :',
  'email.issuerHandoff.signOff': 'Merci,\nL’assistance {brand}\n{supportEmail}',

  'slack.sendToProfileAddress': 'Envoyer à {address}',
  'slack.useAnotherAddress': 'Utiliser une autre adresse',
  'slack.modal.title': 'Votre adresse e-mail',
  'slack.modal.submit': 'Rechercher',
  'slack.modal.cancel': 'Annuler',
  'slack.modal.addressLabel': 'L’adresse avec laquelle vous vous êtes inscrit(e) à votre formation',
  'slack.modal.addressInvalid': 'Cela ne ressemble pas à une adresse e-mail. Vérifiez-la et réessayez.',

  'slack.handoff.title': 'Transfert credbot',
  'slack.handoff.inChannel': 'pour {learner} dans {channel}',
  'slack.handoff.inDirectMessage': 'pour {learner} en message direct',
  'slack.handoff.learnerWrote': 'L’apprenant a écrit :',

  'note.summary': 'credbot : {outcome}',
  'note.lookedUp': 'Adresses recherchées : {addresses}',
  'note.lookedUpNothing': 'Adresses recherchées : aucune',
  'note.language':
    'Langue de l’apprenant : {language} ({source, select, channel {d’après son profil} message {d’après son message} other {langue par défaut : ni son profil ni son message ne l’indiquent}}).',
  'note.outcome.retrieve': 'certificats envoyés par e-mail à {count, plural, one {# adresse} other {# adresses}}.',
  'note.outcome.onlyDrafts': 'seulement des brouillons non publiés ; l’apprenant a été orienté vers l’émetteur.',
  'note.outcome.nothingFound': 'aucun certificat trouvé ; l’apprenant a été orienté vers l’émetteur.',
  'note.outcome.askedForAddress':
    'rien n’a été délivré à l’adresse du demandeur, {address} ; on lui a demandé avec quelle adresse il s’est inscrit.',
  'note.outcome.noAddress': 'aucune adresse e-mail dans le message ; on en a demandé une à l’apprenant.',
  'note.outcome.rateLimited': 'limite d’envois atteinte ; aucun e-mail envoyé.',
  'note.outcome.otherAddresses':
    'le message cite une adresse qui n’est peut-être pas celle du demandeur : la réponse est la même quoi qu’on ait trouvé.',
  'note.outcome.overBudget': 'au-delà du nombre d’adresses que credbot traite ; rien n’a été recherché ni envoyé.',
  'note.outcome.ignored': 'pas une demande de certificat non reçu ; ignoré.',
  'note.outcome.deliveryFailed':
    'l’e-mail à {address} n’a pas pu être remis ({permanent, select, yes {refusé définitivement par le serveur de messagerie} other {plus aucune tentative}}) ; l’apprenant a été invité à vérifier l’adresse.',
  'note.smtpReply':
    'Réponse du serveur de messagerie : {reply}',
  'note.outcome.followUp':
    'l’apprenant a relancé après une réponse précédente : {state, select, sent {l’e-mail a été remis} on_the_way {l’e-mail est encore en file d’attente} failed {un e-mail a échoué} sent_twice {l’e-mail a déjà été envoyé deux fois} asked_again {l’apprenant a redemandé après la réponse de credbot} other {les e-mails sont partis vers des adresses qui ne sont peut-être pas celles du demandeur : rien ne lui en a été dit}}{toPerson, select, yes { ; merci d’assurer le suivi.} other {.}}',
  'note.earlierEmail':
    'E-mail à {address} : {status, select, sent {envoyé à {sentAt, time, clock} UTC le {sentAt, date, day}} failed {échec} other {en file d’attente}}{sends, plural, =1 {} other { (envoyé # fois à cette adresse)}}',
  'note.found.retrieve': '{sent, select, no {des certificats seraient envoyés par e-mail aux adresses auxquelles ils ont été délivrés ({count, plural, one {# adresse} other {# adresses}}) ; rien n’a été envoyé.} other {certificats envoyés par e-mail aux adresses auxquelles ils ont été délivrés ({count, plural, one {# adresse} other {# adresses}}).}}',
  'note.found.onlyDrafts': 'seulement des brouillons non publiés ; rien n’a été envoyé.',
  'note.found.nothingFound': 'aucun certificat trouvé ; rien n’a été envoyé.',
  'note.retrieveEmail': 'E-mail de récupération à {address} ({count, plural, one {# certificat} other {# certificats}}) :',
  'note.credential': '{course}, {issuer}, délivré le {issuedAt, date, day}{isDraft, select, yes { [brouillon]} other {}}',
  'note.nothingFoundFor': 'Rien trouvé pour : {addresses}',
  'note.drafts': 'Brouillons non publiés :',
  'note.draftIssuedTo': '{credential}, délivré à {address}',
  'note.nearMisses': 'Adresses proches (rien n’a été envoyé ; vérifiez que l’adresse appartient à l’apprenant avant de partager quoi que ce soit) :',
  'note.nearMiss': '{address} (l’apprenant a indiqué {queriedAddress}) : {credential}',
  'note.contact.none': 'Contact de l’émetteur : aucun enregistré.',
  'note.contact.noneLearnerTold': 'Contact de l’émetteur : aucun enregistré. On a invité l’apprenant à contacter l’organisme de sa formation.',
  'note.contact':
    'Contact de l’émetteur : {issuer} : {details} (trouvé grâce à {basis, select, draft_credential {un certificat en brouillon} near_miss {une adresse proche} other {son nom dans le message}}{notNamed, select, yes { ; non communiqué à l’apprenant} other {}})',
  'note.contact.noDetails': 'aucune coordonnée enregistrée',
  'note.issuerEmailsSent': '{sent, select, no {E-mail de transfert retenu (rien n’a été envoyé), pour : {issuers}} other {E-mail de transfert envoyé à : {issuers}}}',
  'note.issuerEmailsOverLimit': 'E-mail de transfert NON envoyé (le contact a déjà atteint la limite quotidienne) : {issuers}',
  'note.lastRetrieveEmail': 'Dernier e-mail de récupération à {address} : {sentAt, date, day}, {sentAt, time, clock} UTC.',
  'note.nextAllowed': 'Prochain envoi possible : {at, date, day}, {at, time, clock} UTC.',
  'note.ownAddress': 'Adresse du demandeur : {outcome}',
  'note.otherAddresses': 'Adresse qui n’est peut-être pas celle du demandeur ({addresses}) : {findings} L’apprenant n’a pas été informé de ce qui a été trouvé.',
  'note.heldBack':
    'Rien n’a été recherché ni envoyé, {reason, select, message_cap {au-delà du nombre d’adresses par message} other {au-delà de la limite quotidienne d’adresses du demandeur}} : {addresses}{more, plural, =0 {} other { et # autres}}. Merci d’assurer le suivi.',
  'note.ignored': 'Classé comme {intent} (confiance {confidence, number, ::.00} ; signaux : {signals}). Aucune réponse envoyée.',
  'note.noSignals': 'aucun',
  'note.suggestion.intro':
    'credbot n’a pas répondu : il n’est pas sûr qu’il s’agisse d’une demande de certificat non reçu (confiance {confidence, number, ::.00}), donc rien n’a été envoyé à l’apprenant.',
  'note.suggestion.wouldHaveSaid': 'La réponse qu’il aurait donnée :',
  'note.suggestion.channelMode':
    'credbot n’a pas répondu : ce canal est en mode suggestion, donc rien n’a été envoyé à l’apprenant et aucun e-mail n’est parti.',
};
