import type { Catalogue } from './catalogues.ts';

/**
 * German, addressing the learner as Sie. What credbot sends is a "Zertifikat" (what learners call a certificate and a
 * badge alike); whoever issued it is "Ihr Kursanbieter".
 */
export const DE: Catalogue = {
  'reply.askForEmail.notFoundForSender':
    'Vielen Dank für Ihre Nachricht. Für {address}, die Adresse, von der Sie uns geschrieben haben, konnten wir keine Zertifikate finden.',
  'reply.askForEmail.noAddress': 'Vielen Dank für Ihre Nachricht. Darin konnten wir leider keine E-Mail-Adresse finden.',
  'reply.askForEmail.question':
    'Mit welcher E-Mail-Adresse haben Sie sich für Ihren Kurs angemeldet? Antworten Sie uns einfach mit dieser Adresse, dann suchen wir Ihre Zertifikate heraus.',
  'reply.retrieve.emailed':
    'Wir haben Ihnen eine Liste Ihrer Zertifikate an {addresses} geschickt{addressCount, plural, one {} other { (eine E-Mail pro Adresse)}}. Sie sollte in wenigen Minuten ankommen.',
  'reply.retrieve.nothingFor':
    'Für {addresses} haben wir keine Zertifikate gefunden. Falls Sie sich mit einer anderen Adresse für einen Kurs angemeldet haben, antworten Sie uns mit dieser Adresse, dann prüfen wir auch sie.',
  'reply.retrieve.notArrived':
    'Falls die E-Mail nach 15 Minuten noch nicht angekommen ist, antworten Sie bitte auf diese Nachricht (oder schreiben Sie an {supportEmail}), dann sehen wir uns das an.',
  'reply.deliveryTips':
    'Falls Sie sie nicht sehen, schauen Sie bitte in Ihrem Spam- oder Junk-Ordner nach. Bei einer dienstlichen Adresse oder einer Adresse Ihrer Schule oder Hochschule können die E-Mail-Filter Ihrer Organisation sie zurückhalten: Prüfen Sie dann auch die Quarantäne oder fragen Sie Ihre IT-Abteilung.',
  'reply.deliveryFailed':
    'Wir konnten die E-Mail mit Ihren Zertifikaten nicht an {address} zustellen: {permanent, select, yes {Der empfangende Mailserver hat sie abgelehnt} other {Der Mailserver hat sie nicht angenommen}}. Bitte prüfen Sie, ob die Adresse stimmt. Wenn ja, oder wenn Sie eine andere verwendet haben, antworten Sie auf diese Nachricht (oder schreiben Sie an {supportEmail}), und unser Team hilft Ihnen weiter.',
  'reply.followUp.sent':
    'Wir haben Ihre Zertifikate am {sentAt, date, day} um {sentAt, time, clock} UTC per E-Mail an {address} gesendet.',
  'reply.followUp.searchSender':
    'Bitte suchen Sie in Ihrem Postfach, auch im Spam- und Junk-Ordner, nach einer E-Mail von {sender}.',
  'reply.followUp.onTheWay':
    'Unsere E-Mail an {address} ist noch unterwegs. Sie sollte in wenigen Minuten ankommen.',
  'reply.followUp.toPerson':
    'Jemand aus unserem Support-Team kümmert sich darum und meldet sich bei Ihnen.',
  'reply.nearMiss':
    'Außerdem haben wir ein Zertifikat für eine Adresse gefunden, die einer Ihrer Angaben ähnelt. Unser Team prüft das und meldet sich bei Ihnen.',
  'reply.handoff.onlyDrafts':
    'Wir haben {draftCount, plural, one {Ihr Zertifikat} other {Ihre Zertifikate}}{hasAddresses, select, yes { für {addresses}} other {}} gefunden, aber {issuerCount, plural, =0 {Ihr Kursanbieter hat {draftCount, plural, one {es} other {sie}}} one {{issuers} hat {draftCount, plural, one {es} other {sie}}} other {{issuers} haben {draftCount, plural, one {es} other {sie}}}} noch nicht veröffentlicht. Wir stellen Zertifikate im Auftrag der Kursanbieter bereit und können nur versenden, was diese veröffentlicht haben.',
  'reply.handoff.nothingFound':
    'Wir konnten kein Zertifikat{hasAddresses, select, yes { für {addresses}} other {}} finden. Bitte prüfen Sie, ob Sie sich mit dieser Adresse für Ihren Kurs angemeldet haben. Falls Sie eine andere verwendet haben, antworten Sie uns mit dieser, dann suchen wir noch einmal.',
  'reply.handoff.notIssuedYet':
    'Falls die Adresse stimmt, hat Ihr Kursanbieter Ihr Zertifikat möglicherweise noch nicht ausgestellt. Wir stellen Zertifikate im Auftrag der Kursanbieter bereit und können nur versenden, was diese veröffentlicht haben.',
  'reply.handoff.contactIssuer': 'Bitte wenden Sie sich dazu an {issuer}.',
  'reply.handoff.contactIssuers': 'Bitte wenden Sie sich dazu an Ihren Kursanbieter:',
  'reply.handoff.ifUnreachable':
    'Falls Sie dort niemanden erreichen, antworten Sie auf diese Nachricht (oder schreiben Sie an {supportEmail}), dann versuchen wir, den Kontakt herzustellen.',
  'reply.handoff.contactProvider':
    'Bitte wenden Sie sich dazu an Ihren Kursanbieter. Falls Sie dort niemanden erreichen, antworten Sie auf diese Nachricht (oder schreiben Sie an {supportEmail}), dann versuchen wir, mit den uns vorliegenden Kontaktdaten den Kontakt herzustellen.',
  'reply.issuer.withContact': '{issuer} ({contact})',
  'reply.issuer.personAtAddress': '{name} unter {address}',
  'reply.issuer.eitherWay': '{first} oder {second}',
  'reply.rateLimited.alreadySent': 'Wir haben Ihre Zertifikate bereits am {sentAt, date, day} um {sentAt, time, clock} Uhr (UTC) an {address} geschickt.',
  'reply.rateLimited.limit':
    'Damit Postfächer nicht mit Spam überflutet werden, senden wir an jede Adresse höchstens {limit, plural, =1 {eine dieser E-Mails} other {# dieser E-Mails}} pro Tag. {canAskNow, select, yes {Sie können jetzt erneut anfragen.} other {Sie können ab dem {nextAllowedAt, date, day} um {nextAllowedAt, time, clock} Uhr (UTC) erneut anfragen.}}',
  'reply.otherAddresses.one':
    'Vielen Dank für Ihre Nachricht. Falls für diese Adresse Zertifikate ausgestellt wurden, haben wir die Links dorthin geschickt (oder das in den letzten 24 Stunden bereits getan).',
  'reply.otherAddresses.oneBesideOwn':
    'Falls für die andere Adresse, die Sie angegeben haben, Zertifikate ausgestellt wurden, haben wir die Links dorthin geschickt (oder das in den letzten 24 Stunden bereits getan).',
  'reply.otherAddresses.many':
    'Vielen Dank für Ihre Nachricht. Falls für eine der angegebenen Adressen Zertifikate ausgestellt wurden, haben wir die Links jeweils an die Adresse geschickt, für die sie ausgestellt wurden (oder das in den letzten 24 Stunden bereits getan).',
  'reply.otherAddresses.manyBesideOwn':
    'Falls für eine der anderen angegebenen Adressen Zertifikate ausgestellt wurden, haben wir die Links jeweils an die Adresse geschickt, für die sie ausgestellt wurden (oder das in den letzten 24 Stunden bereits getan).',
  'reply.otherAddresses.privacy':
    'Zum Schutz der Privatsphäre aller teilen wir, was wir zu einer Adresse gespeichert haben, nur mit dem Postfach dieser Adresse. Falls es Ihre Adresse ist und nach 15 Minuten nichts angekommen ist, schauen Sie bitte in Ihrem Spam- oder Junk-Ordner nach und antworten Sie dann auf diese Nachricht (oder schreiben Sie an {supportEmail}), dann hilft Ihnen unser Team weiter.',
  'reply.heldBack.all':
    'Vielen Dank für Ihre Nachricht. Sie haben nach mehr E-Mail-Adressen gefragt, als wir automatisch prüfen. Deshalb sieht sich jemand aus unserem Support-Team Ihre Anfrage an und meldet sich bei Ihnen.',
  'reply.heldBack.some':
    'Sie haben nach mehr E-Mail-Adressen gefragt, als wir automatisch prüfen, deshalb haben wir nicht alle geprüft: Jemand aus unserem Support-Team sieht sich die übrigen an und meldet sich bei Ihnen.',

  'email.retrieve.subject': '{count, plural, one {Das Zertifikat, das Sie angefordert haben} other {Die # Zertifikate, die Sie angefordert haben}}',
  'email.retrieve.greeting': '{hasName, select, yes {Guten Tag {name},} other {Guten Tag,}}',
  'email.retrieve.intro':
    '{count, plural, one {Sie haben das Zertifikat angefordert, das für {address} ausgestellt wurde. Hier ist es: Der Link öffnet seine eigene Seite, auf der Sie es ansehen, herunterladen und teilen können.} other {Sie haben die Zertifikate angefordert, die für {address} ausgestellt wurden. Hier sind alle #: Jeder Link öffnet die Seite des jeweiligen Zertifikats, auf der Sie es ansehen, herunterladen und teilen können.}}',
  'email.retrieve.issuedBy': 'Ausgestellt von {issuer} am {issuedAt, date, day}',
  'email.retrieve.tipsHeading': 'Unsere E-Mails sind bisher nicht angekommen? Das hilft:',
  'email.retrieve.tipContacts': 'Fügen Sie diesen Absender Ihren Kontakten hinzu, damit E-Mails mit Zertifikaten in Ihrem Posteingang landen.',
  'email.retrieve.tipSpam': 'Schauen Sie ab und zu in Ihren Spam- oder Junk-Ordner.',
  'email.retrieve.tipFilters':
    'Bei einer dienstlichen Adresse oder einer Adresse Ihrer Schule oder Hochschule können die Filter Ihrer Organisation E-Mails zurückhalten: Prüfen Sie die Quarantäne oder bitten Sie Ihre IT-Abteilung, unsere E-Mails durchzulassen.',
  'email.retrieve.tipAskAgain': 'Einen Link wieder verloren? Fragen Sie uns einfach jederzeit erneut auf demselben Weg.',
  'email.retrieve.notYou': 'Falls Sie diese E-Mail nicht angefordert haben, können Sie sie ignorieren.',
  'email.retrieve.questions': 'Fragen? Schreiben Sie an {supportEmail}.',

  'email.issuerHandoff.subject': 'Anfrage zu einem Zertifikat von {issuer}',
  'email.issuerHandoff.greeting': '{hasContactName, select, yes {Guten Tag {contactName},} other {Guten Tag, liebes Team von {issuer},}}',
  'email.issuerHandoff.intro':
    'Eine Person mit der Adresse {learnerAddress} hat sich beim Support von {brand} nach einem Zertifikat von {issuer} erkundigt. Wir stellen Zertifikate in Ihrem Auftrag bereit und senden Lernenden nur, was Sie veröffentlicht haben. Für diese Adresse gibt es kein von Ihnen veröffentlichtes Zertifikat.',
  'email.issuerHandoff.draftsLead':
    '{count, plural, one {Für diese Person liegt bei Ihnen ein Entwurf vor, der noch nicht veröffentlicht ist:} other {Für diese Person liegen bei Ihnen Entwürfe vor, die noch nicht veröffentlicht sind:}}',
  'email.issuerHandoff.draftsAfter':
    '{count, plural, one {Sobald Sie ihn veröffentlichen, kann die Person ihn erhalten.} other {Sobald Sie sie veröffentlichen, kann die Person sie erhalten.}}',
  'email.issuerHandoff.noDrafts':
    'Wir haben auch keinen Entwurf gefunden. Vielleicht hat sich die Person mit einer anderen Adresse angemeldet, oder das Zertifikat wurde noch nicht erstellt.',
  'email.issuerHandoff.ask': 'Bitte nehmen Sie unter {learnerAddress} Kontakt mit der Person auf.',
  'email.issuerHandoff.quoteLead': 'Was die Person geschrieben hat:',
  'email.issuerHandoff.signOff': 'Vielen Dank und freundliche Grüße\nIhr {brand}-Support\n{supportEmail}',

  'slack.sendToProfileAddress': 'An {address} senden',
  'slack.useAnotherAddress': 'Andere Adresse verwenden',
  'slack.modal.title': 'Ihre E-Mail-Adresse',
  'slack.modal.submit': 'Suchen',
  'slack.modal.cancel': 'Abbrechen',
  'slack.modal.addressLabel': 'Die Adresse, mit der Sie sich für Ihren Kurs angemeldet haben',
  'slack.modal.addressInvalid': 'Das sieht nicht nach einer E-Mail-Adresse aus. Bitte prüfen Sie sie und versuchen Sie es erneut.',

  'slack.handoff.title': 'Übergabe von credbot',
  'slack.handoff.inChannel': 'für {learner} in {channel}',
  'slack.handoff.inDirectMessage': 'für {learner} in einer Direktnachricht',
  'slack.handoff.learnerWrote': 'Nachricht der Person:',

  'note.summary': 'credbot: {outcome}',
  'note.lookedUp': 'Gesucht nach: {addresses}',
  'note.lookedUpNothing': 'Gesucht nach: keiner Adresse',
  'note.language':
    'Sprache der Person: {language} ({source, select, channel {laut Profil} message {laut Nachricht} other {Standard: weder Profil noch Nachricht geben sie an}}).',
  'note.outcome.retrieve': 'Zertifikate per E-Mail an {count, plural, one {# Adresse} other {# Adressen}} gesendet.',
  'note.outcome.onlyDrafts': 'nur unveröffentlichte Entwürfe gefunden; an den Aussteller verwiesen.',
  'note.outcome.nothingFound': 'kein Zertifikat gefunden; an den Aussteller verwiesen.',
  'note.outcome.askedForAddress':
    'für die Adresse der anfragenden Person, {address}, wurde nichts ausgestellt; nach der Anmeldeadresse gefragt.',
  'note.outcome.noAddress': 'keine E-Mail-Adresse in der Nachricht; nach einer gefragt.',
  'note.outcome.rateLimited': 'Versandlimit erreicht; keine E-Mail gesendet.',
  'note.outcome.otherAddresses':
    'die Nachricht nennt eine Adresse, die vielleicht nicht der anfragenden Person gehört: Die Antwort lautet gleich, egal was gefunden wurde.',
  'note.outcome.overBudget': 'mehr Adressen, als credbot bearbeitet; nichts gesucht oder gesendet.',
  'note.outcome.ignored': 'keine Anfrage zu einem fehlenden Zertifikat; ignoriert.',
  'note.outcome.deliveryFailed':
    'die E-Mail an {address} konnte nicht zugestellt werden ({permanent, select, yes {vom Mailserver endgültig abgelehnt} other {keine Versuche mehr}}); die lernende Person wurde gebeten, die Adresse zu prüfen.',
  'note.smtpReply':
    'Antwort des Mailservers: {reply}',
  'note.outcome.followUp':
    'die lernende Person hat auf eine frühere Antwort nachgefragt: {state, select, sent {die E-Mail wurde zugestellt} on_the_way {die E-Mail wartet noch in der Warteschlange} failed {eine E-Mail ist fehlgeschlagen} sent_twice {die E-Mail wurde schon zweimal gesendet} asked_again {die lernende Person hat nach credbots Antwort erneut gefragt} other {die E-Mails gingen an Adressen, die vielleicht nicht der anfragenden Person gehören; ihr wurde nichts darüber gesagt}}{toPerson, select, yes {; bitte kümmern Sie sich darum.} other {.}}',
  'note.earlierEmail':
    'E-Mail an {address}: {status, select, sent {gesendet am {sentAt, date, day} um {sentAt, time, clock} UTC} failed {fehlgeschlagen} other {in der Warteschlange}}{sends, plural, =1 {} other { (# Mal an diese Adresse gesendet)}}',
  'note.found.retrieve': '{sent, select, no {Zertifikate würden per E-Mail an {count, plural, one {# Adresse} other {# Adressen}} gesendet, für die sie ausgestellt wurden (nichts wurde gesendet).} other {Zertifikate per E-Mail an {count, plural, one {# Adresse} other {# Adressen}} gesendet, für die sie ausgestellt wurden.}}',
  'note.found.onlyDrafts': 'nur unveröffentlichte Entwürfe; nichts gesendet.',
  'note.found.nothingFound': 'kein Zertifikat gefunden; nichts gesendet.',
  'note.retrieveEmail': 'Abruf-E-Mail an {address} ({count, plural, one {# Zertifikat} other {# Zertifikate}}):',
  'note.credential': '{course}, {issuer}, ausgestellt am {issuedAt, date, day}{isDraft, select, yes { [Entwurf]} other {}}',
  'note.nothingFoundFor': 'Nichts gefunden für: {addresses}',
  'note.drafts': 'Unveröffentlichte Entwürfe:',
  'note.draftIssuedTo': '{credential}, ausgestellt für {address}',
  'note.nearMisses': 'Ähnliche Adressen (nichts gesendet; prüfen Sie, ob die Adresse der Person gehört, bevor Sie etwas weitergeben):',
  'note.nearMiss': '{address} (angegeben: {queriedAddress}): {credential}',
  'note.contact.none': 'Kontakt des Ausstellers: keiner hinterlegt.',
  'note.contact.noneLearnerTold': 'Kontakt des Ausstellers: keiner hinterlegt. Der Person wurde geraten, sich an ihren Kursanbieter zu wenden.',
  'note.contact':
    'Kontakt des Ausstellers: {issuer}: {details} (gefunden über {basis, select, draft_credential {ein Zertifikat im Entwurf} near_miss {eine ähnliche Adresse} other {den Namen in der Nachricht}}{notNamed, select, yes {; der Person nicht genannt} other {}})',
  'note.contact.noDetails': 'keine Kontaktdaten hinterlegt',
  'note.issuerEmailsSent': '{sent, select, no {Übergabe-E-Mail zurückgehalten (nichts wurde gesendet), für: {issuers}} other {Übergabe-E-Mail gesendet an: {issuers}}}',
  'note.issuerEmailsOverLimit': 'Übergabe-E-Mail NICHT gesendet (der Kontakt hat das Tageslimit schon erreicht): {issuers}',
  'note.lastRetrieveEmail': 'Letzte Abruf-E-Mail an {address}: {sentAt, date, day}, {sentAt, time, clock} UTC.',
  'note.nextAllowed': 'Nächste erlaubt ab: {at, date, day}, {at, time, clock} UTC.',
  'note.ownAddress': 'Eigene Adresse der anfragenden Person: {outcome}',
  'note.otherAddresses':
    'Nicht die eigene Adresse der anfragenden Person ({addresses}): {findings} Der Person wurde nicht gesagt, was gefunden wurde.',
  'note.heldBack':
    'Nicht gesucht und nichts gesendet, {reason, select, message_cap {über der Höchstzahl an Adressen pro Nachricht} other {über dem Tageslimit an Adressen der anfragenden Person}}: {addresses}{more, plural, =0 {} other { und # weitere}}. Bitte kümmern Sie sich darum.',
  'note.ignored': 'Eingestuft als {intent} (Konfidenz {confidence, number, ::.00}; Signale: {signals}). Keine Antwort gesendet.',
  'note.noSignals': 'keine',
  'note.suggestion.intro':
    'credbot hat nicht geantwortet: Es ist nicht sicher, dass es um ein fehlendes Zertifikat geht (Konfidenz {confidence, number, ::.00}), daher wurde der Person nichts gesendet.',
  'note.suggestion.wouldHaveSaid': 'Die Antwort, die es gegeben hätte:',
  'note.suggestion.channelMode':
    'credbot hat nicht geantwortet: Dieser Kanal steht im Vorschlagsmodus, daher wurde der Person nichts gesendet und keine E-Mail verschickt.',
};
