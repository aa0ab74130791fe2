import type { Catalogue } from './catalogues.ts';

/**
 * Portuguese as written in Brazil (CLDR's `pt`), with "você", the polite form support uses there. What credbot sends
 * is a "credencial"; whoever issued it is "a instituição do seu curso".
 */
export const PT: Catalogue = {
  'reply.askForEmail.notFoundForSender':
    'Obrigado pelo contato. Não encontramos nenhuma credencial emitida para {address}, o endereço de onde você escreveu.',
  'reply.askForEmail.noAddress': 'Obrigado pelo contato. Não encontramos nenhum endereço de e-mail na sua mensagem.',
  'reply.askForEmail.question':
    'Com qual endereço de e-mail você se inscreveu no curso? Responda informando o endereço e vamos procurar suas credenciais.',
  'reply.retrieve.emailed':
    'Enviamos por e-mail uma lista das suas credenciais para {addresses}{addressCount, plural, one {} other { (um e-mail por endereço)}}. Ela deve chegar em poucos minutos.',
  'reply.retrieve.nothingFor':
    'Não encontramos nenhuma credencial emitida para {addresses}. Se você se inscreveu em algum curso com outro endereço, responda informando esse endereço e vamos verificá-lo também.',
  'reply.retrieve.notArrived':
    'Se o e-mail não chegar em 15 minutos, responda a esta mensagem (ou escreva para {supportEmail}) e vamos verificar o que aconteceu.',
  'reply.deliveryTips':
    'Se não encontrar o e-mail, confira sua pasta de spam ou lixo eletrônico. Com um endereço do trabalho ou da instituição de ensino, os filtros de e-mail da sua organização podem retê-lo; confira também a quarentena, se houver, ou fale com a equipe de TI.',
  'reply.deliveryFailed':
    'Não conseguimos entregar o e-mail com suas credenciais para {address}: {permanent, select, yes {o servidor de e-mail de destino o recusou} other {o servidor de e-mail não o aceitou}}. Verifique se o endereço está correto. Se estiver, ou se você usou outro, responda a esta mensagem (ou escreva para {supportEmail}) e nossa equipe vai ajudar.',
  'reply.followUp.sent':
    'Enviamos suas credenciais por e-mail para {address} às {sentAt, time, clock} UTC de {sentAt, date, day}.',
  'reply.followUp.searchSender':
    'Procure na sua caixa de entrada, incluindo as pastas de spam e lixo eletrônico, um e-mail de {sender}.',
  'reply.followUp.onTheWay':
    'Nosso e-mail para {address} ainda está a caminho. Ele deve chegar em alguns minutos.',
  'reply.followUp.toPerson':
    'Alguém da nossa equipe de suporte vai verificar e responder a você.',
  'reply.nearMiss':
    'Também encontramos uma credencial emitida para um endereço parecido com um dos que você informou. Nossa equipe vai verificar e entrará em contato.',
  'reply.handoff.onlyDrafts':
    'Encontramos {draftCount, plural, one {sua credencial} other {suas credenciais}}{hasAddresses, select, yes { de {addresses}} other {}}, mas {issuerCount, plural, =0 {a instituição do seu curso ainda não {draftCount, plural, one {a publicou} other {as publicou}}} one {{issuers} ainda não {draftCount, plural, one {a publicou} other {as publicou}}} other {{issuers} ainda não {draftCount, plural, one {a publicaram} other {as publicaram}}}}. Hospedamos as credenciais em nome das instituições e só podemos enviar o que elas já publicaram.',
  'reply.handoff.nothingFound':
    'Não encontramos nenhuma credencial emitida{hasAddresses, select, yes { para {addresses}} other {}}. Confira se é o endereço com que você se inscreveu no curso. Se usou outro, responda informando esse endereço e vamos procurar de novo.',
  'reply.handoff.notIssuedYet':
    'Se o endereço estiver certo, talvez a instituição do seu curso ainda não tenha emitido sua credencial. Hospedamos as credenciais em nome dela e só podemos enviar o que já foi publicado.',
  'reply.handoff.contactIssuer': 'Sugerimos entrar em contato com {issuer} sobre isso.',
  'reply.handoff.contactIssuers': 'Sugerimos entrar em contato com a instituição do seu curso sobre isso:',
  'reply.handoff.ifUnreachable':
    'Se não conseguir falar com eles, responda a esta mensagem (ou escreva para {supportEmail}) e faremos o possível para colocar você em contato.',
  'reply.handoff.contactProvider':
    'Sugerimos entrar em contato com a instituição do seu curso sobre isso. Se não conseguir falar com ela, responda a esta mensagem (ou escreva para {supportEmail}) e faremos o possível para colocar você em contato usando os dados que temos.',
  'reply.issuer.withContact': '{issuer} ({contact})',
  'reply.issuer.personAtAddress': '{name}, pelo e-mail {address}',
  'reply.issuer.eitherWay': '{first}, ou {second}',
  'reply.rateLimited.alreadySent': 'Já enviamos suas credenciais para {address} em {sentAt, date, day}, às {sentAt, time, clock} (UTC).',
  'reply.rateLimited.limit':
    'Para evitar spam nas caixas de entrada, enviamos no máximo {limit, plural, =1 {um desses e-mails} other {# desses e-mails}} por dia para cada endereço. {canAskNow, select, yes {Você já pode pedir de novo.} other {Você poderá pedir de novo a partir de {nextAllowedAt, date, day}, às {nextAllowedAt, time, clock} (UTC).}}',
  'reply.otherAddresses.one':
    'Obrigado pelo contato. Se alguma credencial foi emitida para esse endereço, enviamos os links para lá (ou já tínhamos enviado nas últimas 24 horas).',
  'reply.otherAddresses.oneBesideOwn':
    'Se alguma credencial foi emitida para o outro endereço que você informou, enviamos os links para lá (ou já tínhamos enviado nas últimas 24 horas).',
  'reply.otherAddresses.many':
    'Obrigado pelo contato. Se alguma credencial foi emitida para algum dos endereços que você informou, enviamos os links para cada endereço para o qual ela foi emitida (ou já tínhamos enviado nas últimas 24 horas).',
  'reply.otherAddresses.manyBesideOwn':
    'Se alguma credencial foi emitida para algum dos outros endereços que você informou, enviamos os links para cada endereço para o qual ela foi emitida (ou já tínhamos enviado nas últimas 24 horas).',
  'reply.otherAddresses.privacy':
    'Para proteger a privacidade de todos, só compartilhamos o que temos sobre um endereço com a caixa de entrada desse mesmo endereço. Se o endereço for seu e nada tiver chegado em 15 minutos, confira sua pasta de spam ou lixo eletrônico e depois responda a esta mensagem (ou escreva para {supportEmail}) que nossa equipe vai ajudar.',
  'reply.heldBack.all':
    'Obrigado pelo contato. Você perguntou sobre mais endereços de e-mail do que verificamos automaticamente, então alguém da nossa equipe de suporte vai analisar seu pedido e entrará em contato.',
  'reply.heldBack.some':
    'Você perguntou sobre mais endereços de e-mail do que verificamos automaticamente, então não verificamos todos: alguém da nossa equipe de suporte vai analisar os demais e entrará em contato.',

  'email.retrieve.subject': '{count, plural, one {A credencial que você pediu} other {As # credenciais que você pediu}}',
  'email.retrieve.greeting': '{hasName, select, yes {Olá, {name},} other {Olá,}}',
  'email.retrieve.intro':
    '{count, plural, one {Você pediu a credencial emitida para {address}. Aqui está: o link abre a página dela, onde você pode visualizá-la, baixá-la e compartilhá-la.} other {Você pediu as credenciais emitidas para {address}. Aqui estão todas as #: cada link abre a página da credencial, onde você pode visualizá-la, baixá-la e compartilhá-la.}}',
  'email.retrieve.issuedBy': 'Emitida por {issuer} em {issuedAt, date, day}',
  'email.retrieve.tipsHeading': 'Não recebeu nossos e-mails antes? Algumas dicas:',
  'email.retrieve.tipContacts': 'Adicione este remetente aos seus contatos para que os e-mails de credenciais cheguem à sua caixa de entrada.',
  'email.retrieve.tipSpam': 'Confira de vez em quando sua pasta de spam ou lixo eletrônico.',
  'email.retrieve.tipFilters':
    'Com um endereço do trabalho ou da instituição de ensino, os filtros da sua organização podem reter e-mails: confira a quarentena, se houver, ou peça à equipe de TI para liberar os nossos.',
  'email.retrieve.tipAskAgain': 'Perdeu um link de novo? É só pedir outra vez, do mesmo jeito, quando quiser.',
  'email.retrieve.notYou': 'Se você não pediu este e-mail, pode ignorá-lo.',
  'email.retrieve.questions': 'Dúvidas? Escreva para {supportEmail}.',

  'email.issuerHandoff.subject': 'Um aluno está perguntando sobre a credencial de {issuer}',
  'email.issuerHandoff.greeting': '{hasContactName, select, yes {Olá, {contactName},} other {Olá, equipe de {issuer},}}',
  'email.issuerHandoff.intro':
    'Um aluno com o endereço {learnerAddress} entrou em contato com o suporte de {brand} sobre uma credencial de {issuer}. Hospedamos as credenciais em nome de vocês e só enviamos aos alunos o que vocês publicaram, e não há nenhuma credencial publicada por vocês para este endereço.',
  'email.issuerHandoff.draftsLead':
    '{count, plural, one {Vocês têm um rascunho para essa pessoa que ainda não foi publicado:} other {Vocês têm rascunhos para essa pessoa que ainda não foram publicados:}}',
  'email.issuerHandoff.draftsAfter':
    '{count, plural, one {Assim que ele for publicado, a pessoa poderá recebê-lo.} other {Assim que eles forem publicados, a pessoa poderá recebê-los.}}',
  'email.issuerHandoff.noDrafts':
    'Também não encontramos nenhum rascunho, então talvez a pessoa tenha se inscrito com outro endereço ou a credencial ainda não tenha sido criada.',
  'email.issuerHandoff.ask': 'Por favor, entrem em contato com ela pelo endereço {learnerAddress}.',
  'email.issuerHandoff.quoteLead': 'O que a pessoa escreveu:',
  'email.issuerHandoff.signOff': 'Obrigado,\nSuporte de {brand}\n{supportEmail}',

  'slack.sendToProfileAddress': 'Enviar para {address}',
  'slack.useAnotherAddress': 'Usar outro endereço',
  'slack.modal.title': 'Seu endereço de e-mail',
  'slack.modal.submit': 'Buscar',
  'slack.modal.cancel': 'Cancelar',
  'slack.modal.addressLabel': 'O endereço com que você se inscreveu no curso',
  'slack.modal.addressInvalid': 'Isso não parece um endereço de e-mail. Confira e tente de novo.',

  'slack.handoff.title': 'Encaminhamento do credbot',
  'slack.handoff.inChannel': 'de {learner} em {channel}',
  'slack.handoff.inDirectMessage': 'de {learner} em uma mensagem direta',
  'slack.handoff.learnerWrote': 'O aluno escreveu:',

  'note.summary': 'credbot: {outcome}',
  'note.lookedUp': 'Endereços consultados: {addresses}',
  'note.lookedUpNothing': 'Endereços consultados: nenhum',
  'note.language':
    'Idioma do aluno: {language} ({source, select, channel {pelo perfil} message {pela mensagem} other {o padrão: nem o perfil nem a mensagem indicam}}).',
  'note.outcome.retrieve': 'credenciais enviadas por e-mail para {count, plural, one {# endereço} other {# endereços}}.',
  'note.outcome.onlyDrafts': 'só há rascunhos não publicados; o aluno foi orientado a procurar o emissor.',
  'note.outcome.nothingFound': 'nenhuma credencial encontrada; o aluno foi orientado a procurar o emissor.',
  'note.outcome.askedForAddress':
    'nada emitido para o endereço do solicitante, {address}; perguntamos ao aluno com qual endereço ele se inscreveu.',
  'note.outcome.noAddress': 'nenhum endereço de e-mail na mensagem; pedimos um ao aluno.',
  'note.outcome.rateLimited': 'limite de envios atingido; nenhum e-mail enviado.',
  'note.outcome.otherAddresses':
    'a mensagem cita um endereço que pode não ser do solicitante: a resposta é a mesma, seja o que for encontrado.',
  'note.outcome.overBudget': 'acima do limite de endereços que o credbot atende; nada foi consultado nem enviado.',
  'note.outcome.ignored': 'não é um pedido de credencial não recebida; ignorado.',
  'note.outcome.deliveryFailed':
    'o e-mail para {address} não pôde ser entregue ({permanent, select, yes {recusado de vez pelo servidor de e-mail} other {sem mais tentativas}}); o aluno foi orientado a verificar o endereço.',
  'note.smtpReply':
    'Resposta do servidor de e-mail: {reply}',
  'note.outcome.followUp':
    'o aluno respondeu a uma resposta anterior: {state, select, sent {o e-mail foi entregue} on_the_way {o e-mail ainda está na fila} failed {um e-mail falhou} sent_twice {o e-mail já foi enviado duas vezes} asked_again {o aluno perguntou de novo após a resposta do credbot} other {os e-mails foram para endereços que talvez não sejam do solicitante, então nada foi dito a ele sobre eles}}{toPerson, select, yes {; por favor, acompanhe.} other {.}}',
  'note.earlierEmail':
    'E-mail para {address}: {status, select, sent {enviado às {sentAt, time, clock} UTC de {sentAt, date, day}} failed {falhou} other {na fila}}{sends, plural, =1 {} other { (enviado # vezes para este endereço)}}',
  'note.found.retrieve': '{sent, select, no {credenciais seriam enviadas por e-mail para {count, plural, one {# endereço} other {# endereços}} para os quais foram emitidas (nada foi enviado).} other {credenciais enviadas por e-mail para {count, plural, one {# endereço} other {# endereços}} para os quais foram emitidas.}}',
  'note.found.onlyDrafts': 'só há rascunhos não publicados; nada enviado.',
  'note.found.nothingFound': 'nenhuma credencial encontrada; nada enviado.',
  'note.retrieveEmail': 'E-mail de recuperação para {address} ({count, plural, one {# credencial} other {# credenciais}}):',
  'note.credential': '{course}, {issuer}, emitida em {issuedAt, date, day}{isDraft, select, yes { [rascunho]} other {}}',
  'note.nothingFoundFor': 'Nada encontrado para: {addresses}',
  'note.drafts': 'Rascunhos não publicados:',
  'note.draftIssuedTo': '{credential}, emitida para {address}',
  'note.nearMisses': 'Endereços parecidos (nada enviado; confirme que o endereço é do aluno antes de compartilhar qualquer coisa):',
  'note.nearMiss': '{address} (o aluno informou {queriedAddress}): {credential}',
  'note.contact.none': 'Contato do emissor: nenhum cadastrado.',
  'note.contact.noneLearnerTold': 'Contato do emissor: nenhum cadastrado. O aluno foi orientado a procurar a instituição do curso.',
  'note.contact':
    'Contato do emissor: {issuer}: {details} (encontrado por {basis, select, draft_credential {credencial em rascunho} near_miss {endereço parecido} other {nome na mensagem}}{notNamed, select, yes {; não informado ao aluno} other {}})',
  'note.contact.noDetails': 'nenhum dado de contato cadastrado',
  'note.issuerEmailsSent': '{sent, select, no {E-mail de encaminhamento retido (nada foi enviado), para: {issuers}} other {E-mail de encaminhamento enviado para: {issuers}}}',
  'note.issuerEmailsOverLimit': 'E-mail de encaminhamento NÃO enviado (o contato já recebeu o limite diário): {issuers}',
  'note.lastRetrieveEmail': 'Último e-mail de recuperação para {address}: {sentAt, date, day}, {sentAt, time, clock} UTC.',
  'note.nextAllowed': 'Próximo envio permitido: {at, date, day}, {at, time, clock} UTC.',
  'note.ownAddress': 'Endereço do próprio solicitante: {outcome}',
  'note.otherAddresses': 'Endereço que não é do solicitante ({addresses}): {findings} O aluno não foi informado do que foi encontrado.',
  'note.heldBack':
    'Não consultado e nada enviado, {reason, select, message_cap {acima do limite de endereços por mensagem} other {acima do limite diário de endereços do solicitante}}: {addresses}{more, plural, =0 {} other { e mais #}}. Por favor, deem continuidade.',
  'note.ignored': 'Classificado como {intent} (confiança {confidence, number, ::.00}; sinais: {signals}). Nenhuma resposta enviada.',
  'note.noSignals': 'nenhum',
  'note.suggestion.intro':
    'O credbot não respondeu: não tem certeza de que seja um pedido de credencial não recebida (confiança {confidence, number, ::.00}), então nada foi enviado ao aluno.',
  'note.suggestion.wouldHaveSaid': 'A resposta que ele teria dado:',
  'note.suggestion.channelMode':
    'O credbot não respondeu: este canal está no modo de sugestão, então nada foi enviado ao aluno e nenhum e-mail saiu.',
};
