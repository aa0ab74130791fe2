import type { LanguagePhrases } from './language.ts';
import { ABOUT, CHASED_THREAD, COURSE_WORD, END_OF_CLAUSE, LANGUAGE_NAME, LEAD, LINK, MESSAGE, NOUN, NO_OBJECT, anyOf, gap } from './pattern-parts.ts';

const NEGATION = anyOf(['nao', 'nunca', 'jamais', 'ainda nao', 'ate agora nao', 'nem']);
const RECEIVE = anyOf([
  're[cs]e[bv][a-z]*', 'cheg[a-z]*', 'veio', 'vieram', 'obtive', 'tenho', 'foi enviado', 'foi enviada', 'enviaram',
  'mandaram', 'emitid[oa]', 'gerad[oa]', 'liberad[oa]', 'disponibilizad[oa]', 'enviad[oa]',
]);

/**
 * Portuguese. Patterns that start with a word Spanish shares ("recuperar", "emitir", "colocar",
 * "nada de") are in es.ts, which match Portuguese too; listing them here as well would count one
 * phrase twice.
 */
export const PT: LanguagePhrases = {
  language: 'pt',
  words: {
    credentialNouns: {
      certificate: ['certificados?', 'certificacao', 'certificacoes'],
      badge: ['insignias?', 'selos? digita(?:l|is)', 'emblemas? digita(?:l|is|les)'],
      award: ['trofeus?'],
      credential: ['credencial(?:es)?', 'credenciais', 'microcredenciais'],
      diploma: ['diplomas?'],
      attestation: ['(?:comprovante|declaracao) de (?:conclusao|participacao)'],
    },
    nounLeads: [
      'o', 'os', 'as', 'um', 'uma', 'meu', 'minha', 'meus', 'minhas', 'seu', 'sua', 'nenhum', 'nenhuma', 'novo', 'digitais', 'do', 'da', 'dos', 'das',
    ],
    courseWords: ['curso', 'treinamento', 'capacitacao', 'modulo', 'prova', 'trilha'],
    otherDeliverables: [
      'correcao', '(?:link|liga) (?:da|do|de|para a) (?:zoom|teams|meet|reuniao|sessao|aula)', 'convites?',
      'faturas?', 'nota fiscal', 'comprovante de pagamento', 'senha', 'link de acesso', 'materiais',
      'confirmacao', 'resposta', 'retorno', 'estorno',
    ],
    negations: ['nao', 'nem', 'sem', 'nunca', 'nada'],
    hedges: ['se', 'ate', 'outros', 'todo mundo', 'deles', 'colegas', 'amigos?'],
    clauseRestarts: ['mas', 'porem', 'contudo'],
    objectDeterminers: ['o', 'um', 'uma', 'meu', 'minha'],
    statusWords: ['novidades?', 'andamento', 'situacao', 'previsao', 'atualizac(?:ao|oes)', 'status'],
    aboutWords: ['do', 'da', 'dos', 'das', 'quanto a', 'referente a', 'com', 'de', 'sobre'],
    chasePrepositions: ['do', 'da', 'sobre', 'de'],
    supportThreads: ['isso', 'isto', '(?:meu|minha|o|a) (?:chamado|ticket|pedido|caso|solicitacao|mensagem)'],
    linkWords: ['links?'],
    messageWords: ['mensagem', 'email'],
    viewVerbs: ['ver', 'abrir', 'acessar', 'visualizar'],
    notWorkingWords: ['nao funciona', 'nao faz nada', 'acesso negado'],
    brokenLinkWords: ['nao existe', 'acesso negado', 'nao funciona', 'quebrado', 'expirou', 'nao abre', 'da erro', 'invalido', 'expirado', 'vencido'],
    languageNames: ['espanhol', 'alemao', 'ingles', 'frances', 'portugues'],
    greetings: ['oi', 'ola'],
    pleaseWords: ['por favor', 'ajuda', 'pfv', 'pfvr'],
    possessives: ['meu', 'minha', 'o'],
    ofWords: ['de', 'do', 'da'],
    urgentWords: ['urgente', 'alguem'],
  },
  signals: {
    'noun:proof_of_completion': [
      '(?:comprovante|declaracao|atestado|comprovacao|documento) de (?:conclusao|participacao|frequencia|presenca|que (?:fiz|conclui|terminei|participei|completei|realizei|cursei))',
      `(?:comprovante|declaracao) (?:de|do|da) (?:o |a |meu |minha )?${COURSE_WORD}`,
    ],
    'context:course_completed': [
      `(?:conclui|terminei|finalizei|fiz|completei|passei|fechei)${gap(2)} (?:curso|treinamento|programa|modulo|modulos|prova|capacitacao|trilha)`,
      `(?:o curso|o treinamento|a capacitacao|o programa) (?:terminou|acabou|finalizou|ja terminou|ja acabou|foi concluido)`,
    ],
    'context:proof_wanted': [`(?:algo|nada|alguma coisa) (?:para|pra|que) (?:mostrar|apresentar|comprovar|colocar no)`],
    'missing:not_received': [
      `${NEGATION}${gap(3)} ${RECEIVE}`,
      `sem (?:ter )?receber`,
      `(?:recebi|chegou)${gap(1)} nada`,
      `(?:e|mas|menos|exceto|so) (?:eu|o meu|a minha)(?: ainda)?(?: nao)?${END_OF_CLAUSE}`,
    ],
    'missing:delivery_failed': [
      `(?:enviado|enviada|foi|mandaram|enviaram) (?:para|pro|pra) (?:o |um |meu )?(?:email|endereco|e mail)${gap(2)} (?:errado|incorreto|antigo|anterior)`,
      `(?:email|e mail|mail)${gap(3)} rebotou`,
    ],
    'missing:still_waiting': [
      `(?:continua|esta|consta como|aparece como|ainda) (?:pendente|em processamento|em andamento)`,
      `(?:ainda|continuo|estou|to|sigo|fico|seguimos|estamos) (?:esperando|aguardando)`,
      `(?:esperando|aguardando|no aguardo)${gap(3)} ${NOUN}`,
      `nada (?:ainda|ate agora|ate o momento)`, `(?:ainda|ate agora) nada`,
    ],
    'missing:overdue': [
      `(?:ja (?:faz|fazem|se passaram|passaram|sao|vai)|faz|fazem|passaram|vai fazer) (?:mais de )?(?:[0-9]+|um|uma|dois|duas|tres|quatro|cinco|dez|varios|varias|muitos) (?:dias|semanas|meses|mes|semana)`,
    ],
    'missing:some_received': [
      `(?:so|somente|apenas) (?:[0-9]+|um|uma|dois|duas|tres|quatro|cinco|alguns|algumas|metade)${gap(3)} (?:receberam|recebemos|chegaram|recebeu)`,
    ],
    'missing:expected': [
      `(?:me disseram|disseram|falaram|me falaram|prometeram|me informaram)${gap(3)} (?:receberia|ia receber|chegaria|mandariam|enviariam|teria|emitiriam)`,
      `(?:deveria ter|era para (?:eu )?ter|era pra (?:eu )?ter) (?:recebido|chegado)`,
    ],
    'missing:absent_credential': [
      `(?:sem|nenhum|nenhuma|mas nao|nao tem|nao ha|falta|faltou|faltando)${LEAD} ${NOUN}`,
      `nada (?:do|da)${LEAD} ${NOUN}`,
      `${NOUN}${gap(2)} (?:faltando|nao veio|nao esta|nao aparece|nao consta)${NO_OBJECT}`,
    ],
    'missing:cant_find': [
      `nao (?:o |a |os |as |me )?(?:encontro|encontrei|acho|achei|vejo|localizo|consigo (?:encontrar|achar|ver|acessar|localizar|abrir|recuperar)|estou conseguindo (?:encontrar|achar|ver|acessar))${gap(3)} ${NOUN}`,
    ],
    'missing:failed_action': [
      `nao (?:consigo|consegui|estou conseguindo|deixa|da para|foi possivel) (?:baixar|abrir|resgatar|aceitar|emitir|gerar|imprimir|salvar|validar)${gap(3)} ${NOUN}`,
      `${NOUN}${gap(3)} nao (?:baixa|abre|carrega|gera|e gerado|foi gerado)`,
    ],
    'missing:cant_find/unnamed': [
      `nao (?:o |a |os |as |me )?(?:encontro|encontrei|acho|vejo|localizo|aparece|apareceu|aparecem)`,
      `nao (?:consigo|consegui|estou conseguindo) (?:encontrar|achar|ver|acessar|localizar|recuperar)`,
      `nao (?:me )?(?:aparece|aparecem|apareceu)`,
      `nao (?:consigo|consegui|estou conseguindo) (?:emitir|gerar|obter|pegar)`,
    ],
    'missing:lost_link': [
      `${NOUN}${gap(2)} (?:sumiu|desapareceu)`,
      `(?:perdi|apaguei|exclui|deletei|removi|nao tenho mais|ja nao tenho|nao tenho)${gap(3)} (?:${LINK}|${MESSAGE}|acesso)`,
      `(?:perdi|extraviei)${gap(2)} ${NOUN}`,
    ],
    'missing:where_is': [`(?:onde|aonde|cade)${gap(6)} ${NOUN}`],
    'missing:where_is/it': [
      `(?:onde|como) (?:eu )?(?:o |a )?(?:consigo|encontro|pego|baixo|acho|obtenho|peco|solicito|posso (?:conseguir|encontrar|baixar|obter|pedir))(?:lo|la)?`,
    ],
    'missing:how_to_get': [
      `como${gap(3)} (?:obter|obtenho|conseguir|consigo|receber|recebo|baixar|baixo|acessar|acesso|encontrar|encontro|achar|acho|ver|vejo|recuperar|recupero|pegar|pego|emitir|emito|tirar|tiro|gerar|gero|solicitar|solicito|pedir|peco)${gap(3)} ${NOUN}`,
    ],
    'missing:resend': [
      `(?:reenviem|reenviarem|enviar|mandar|envie|enviem|mande|mandem|encaminhar|encaminhe|encaminhem)${gap(3)} ${NOUN}`,
      // Asked as a favour: "podem reenviar meu certificado?", "reenvia minha badge".
      `(?:podem|poderiam|conseguem|consegue|da pra|tem como) (?:me )?(?:reenviar|mandar de novo|enviar de novo)${gap(2)} ${NOUN}`,
      `reenvia${gap(2)} ${NOUN}`,
    ],
    'missing:resend/share': [`(?:compartilhar|compartilhem)(?:me| me)?${gap(2)} ${NOUN}`],
    'missing:resend/again': [
      `(?:reenviem|reenviarem|reenviado)`,
      `(?:enviar|mandar|envie|enviem|mande|mandem)${gap(3)} (?:novamente|de novo|outra vez)`,
    ],
    'missing:request': [
      `(?:preciso|quero|queria|gostaria|solicito|necessito|desejo)(?: (?:receber|obter|ter|muito|urgente|urgentemente|de|uma copia))* (?:o|a|os|as|meu|minha|meus|minhas|do|da|dos|das)(?: [a-z]+)? ${NOUN}`,
      `(?:solicito|peco|solicitar|pedir) (?:o |a )?(?:reenvio|envio|copia|segunda via) d[oa]${LEAD} ${NOUN}`, `segunda via d[oa]${LEAD} ${NOUN}`,
    ],
    'missing:when_will': [
      `quando (?:vou|vai|vem|chega|chegara|recebo|receberei|sai|saira|sera|estara|poderei|posso|terei|fica|ficara|emitem|enviam|me)${gap(4)} ${NOUN}`,
      `(?:quanto tempo|prazo|previsao)${gap(5)} ${NOUN}`,
      // The credential as the subject: "quando o certificado vai ser enviado?"
      `quando (?:o|a|meu|minha|os|as|meus|minhas) ${NOUN}`,
    ],
    'missing:status_request': [
      `informacao ${ABOUT} (?:meu|minha) ${NOUN}`,
      `(?:meu|minha|o|a) ${NOUN} (?:foi|ja foi) (?:enviad[oa]|emitid[oa]|gerad[oa]|liberad[oa])`,
      `o que (?:aconteceu|houve) com (?:o |a |meu |minha )?${NOUN}`,
    ],
    'missing:status_request/chasing': [
      `(?:ha|tem|teria|alguma|algum|existe) (?:novidade|novidades|noticia|noticias|previsao|atualizacao|posicao|posicionamento)${CHASED_THREAD}`,
      `qual (?:e |eh )?(?:o |a )?(?:status|andamento|prazo|previsao|situacao)`, `sigo sem (?:noticias|novidades|resposta)`,
    ],
    'missing:slow_arrival': [
      `(?:demora|demorando|demorar|leva|levando) (?:tanto|muito|para chegar|pra chegar|para aparecer|pra aparecer|para sair)`,
      `(?:e|eh) normal (?:demorar|que demore|nao (?:ter chegado|chegar|aparecer))`,
    ],
    'context:checked_spam': [
      `(?:verifiquei|olhei|procurei|chequei)${gap(4)} (?:spam|junk|lixo eletronico|lixeira)`,
      `nao${gap(3)} (?:no |na )?(?:o |a |meu |minha )?(?:spam|junk)`,
    ],
    'neg:received_credential': [
      `${NOUN}${gap(1)} recebido obrigad[oa]`,
      `obrigad[oa] (?:pelo|pela|por enviar|por mandar|por reenviar)(?: [a-z]+)? ${NOUN}`,
      `(?:recebi|ja tenho|encontrei|baixei|consegui baixar)${gap(2)} ${NOUN}`,
      `${NOUN}${gap(3)} (?:chegou|apareceu)`,
    ],
    'neg:resolved': [
      `(?:ja (?:o |a )?(?:recebi|encontrei|achei|chegou|consegui)|consegui (?:encontrar|achar|baixar|acessar|resolver)|problema resolvido|ja consigo (?:ver|acessar|baixar)|podem fechar|pode fechar|podem desconsiderar|pode desconsiderar|desconsiderem|deu certo|ja resolvi)`,
    ],
    'neg:resolved/negated': [`(?:nao (?:e|precisa) mais (?:necessario|reenviar)|nao precisa mais)`],
    'neg:found_in_spam': [
      `(?:estava|estavam|caiu|foi|chegou|tinha ido|encontrei|achei) (?:na |no |para o |pro |para a |pra )?(?:caixa de |pasta de |pasta )?(?:spam|lixo eletronico|lixeira|lixo|promocoes)`,
    ],
    'neg:ssl_certificate': [`${NOUN} (?:do|da|de) (?:seu|sua|o|a) (?:website|site|web|pagina web)`],
    'neg:digital_signature': [
      `(?:e cpf|e cnpj|ecpf|ecnpj|icp brasil|assinatura digital|assinatura eletronica|token usb|cartao de certificado|certificado digital (?:a1|a3|para assinar))`,
    ],
    'neg:login_credentials': [`credenciais de (?:acesso|login|entrada)`, `(?:usuario|login) e senha`],
    'neg:api_keys': [`chave (?:de )?api`],
    'neg:other_certificate_kind': [`certificados? de vacinacao`, `(?:certidao|certidoes|atestado medico|atestados medicos)`],
    'neg:physical_badge': [`cracha`],
    'neg:issuer_admin': [
      `como (?:instrutor|instrutora|professor|professora|coordenador|coordenadora|organizador|organizadora|administrador|administradora|tutor|tutora|facilitador|facilitadora)`,
      `(?:continuam|estao|vivem|ficam) (?:perguntando|pedindo|reclamando|cobrando)`,
      `(?:chegou|chegaram) (?:para|pra) (?:todo mundo|todos|voces)`, `(?:sou|somos) da organizacao`, `confirmem se`,
      `(?:criar|gerar)${gap(2)} ${NOUN}${gap(1)} (?:para|aos) (?:os |as |nossos |meus )?(?:colaboradores|funcionarios|alunos|estudantes|participantes)`,
      `(?:nossos|nossas|meus) (?:alunos|alunas|estudantes|participantes|formandos|cursistas|treinandos)`,
      `nossos (?:clientes|usuarios|membros)`,
      `em (?:massa|lote)`,
      `como podemos (?:emitir|criar|gerar|cadastrar|importar|enviar)`,
    ],
    'neg:employer_group': [
      `para (?:minha|nossa) (?:equipe|time|funcionarios)`,
      `${NOUN}${gap(1)} para (?:eles|elas)`,
      `nossos (?:colaboradores|funcionarios|empregados)`,
    ],
    'neg:not_qualified': [`(?:reprovei|nao passei|nao terminei|nao conclui|nao completei)${gap(2)} (?:na |no |o |a |meu |minha )?(?:prova|exame|curso|modulo|teste)`],
    'neg:wrong_details': [
      `(?:correcao|alteracao|mudanca|retificacao) (?:do|de|da) (?:meu |minha )?(?:nome|sobrenome|data)`,
      `(?:novo|nova) (?:nome|sobrenome)`, `(?:me casei|me divorciei|mudei (?:meu |de )?(?:nome|sobrenome))`,
      `(?:nome|sobrenome|acento)${gap(3)} nao aparece`,
      `(?:sem|faltando) (?:o |a |um )?(?:acento|cedilha|sobrenome)`,
      `(?:diz|mostra) (?:outra|outro) (?:data|nome)`,
      `(?:nome|sobrenome|data|titulo)${gap(2)} (?:no|na|do|da|em) (?:meu |minha )?${NOUN} (?:esta |saiu |veio |aparece |ficou )?(?:errad[oa]s?|incorret[oa]s?|com erro|trocad[oa]s?)`,
      `(?:nome|sobrenome|data|titulo)${gap(3)} (?:errad[oa]s?|incorret[oa]s?|escrito errado|com erro|trocad[oa]s?)`,
      `(?:erro|erros) (?:no|na|em) (?:meu |minha )?(?:nome|sobrenome|data)`,
      `(?:corrigir|alterar|mudar|trocar|atualizar|retificar|ajustar|corrijam|alterem)${gap(3)} (?:nome|sobrenome|data|titulo)`,
    ],
    'neg:change_address': [`(?:alterar|mudar|trocar|atualizar|corrigir|alterem|mudem|troquem)${gap(3)} (?:email|endereco)`],
    'neg:share_credential': [
      `${NOUN}${gap(3)} assinatura`,
      `(?:adicionar|adiciono)${gap(3)} ${NOUN}${gap(3)} (?:perfil|linkedin|cv|curriculo|lattes|assinatura)`,
    ],
    'neg:social_profile': [`(?:redes sociais|lattes)`],
    'neg:pdf_print': [`(?:em papel|impresso|pelo correio)`, `(?:impressao|impresso|copia em papel)`],
    'neg:translation_request': [`traduz[a-z]*`, `${NOUN}${gap(1)} (?:em|para o) ${LANGUAGE_NAME}`],
    'neg:refund': [`(?:estorno|devolucao do dinheiro)`],
    'neg:login_problem': [
      `(?:nao consigo|nao consegui) (?:fazer login|logar|entrar|acessar minha conta)`,
      `(?:esqueci|redefinir|recuperar|trocar)${gap(2)} senha`,
    ],
    'neg:delete_request': [`(?:excluir|apagar|remover|ocultar|deletar|excluam|apaguem|removam)${gap(3)} (?:${NOUN}|conta|perfil|dados)`],
    'neg:credential_expiry': [
      `${NOUN}${gap(2)} (?:venceu|expirou|expira|tem validade)`,
      `renovacao${gap(3)} ${NOUN}`,
    ],
    'neg:callout': [
      `(?:quem|se voce|se voces|caso voce|caso voces|quem ainda)(?: ainda)? nao (?:recebeu|receberam|tenha recebido|tiver recebido|chegou|pegou)`,
      `(?:comenta|comente|comentem|preenche|preencha|preencham|avisem|avisa|responde|respondam|chama|chamem)${gap(4)} (?:aqui|abaixo|formulario|no grupo|no privado|inbox)`,
    ],
    'neg:developer_report': [
      `passos para reproduzir`, `(?:comportamento|resultado) (?:esperado|atual|obtido)`,
      `seria (?:bem |muito )?(?:legal|bom|interessante|util|otimo|bacana|pratico) (?:ter|se|que|poder)`,
      `(?:sugestao|proposta|melhoria)`, `(?:depois|desde) (?:da|a) (?:atualizacao|versao|ultima atualizacao)`,
      `como (?:usuario|usuaria|aluno|aluna) (?:quero|gostaria|preciso)`,
    ],
    'neg:eligibility_question': [
      `${NOUN}${gap(2)} custa`,
      `(?:da|dao) direito (?:a|ao) ${NOUN}`,
      `(?:tem|oferece|oferecem|inclui|emite|emitem|vou receber|receberei|ganho|ganharei|fornece|fornecem|terei|vai ter) (?:um |uma |algum |alguma |direito a |direito ao )?${NOUN}`,
    ],
    'neg:recognition_question': [`(?:reconhecido|reconhecimento)`],
    'neg:verification_request': [`(?:conferir|autenticidade|validade)${gap(3)} ${NOUN}`],
  },
};
