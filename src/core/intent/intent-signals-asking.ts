import { CREDENTIAL_NOUN as NOUN, NOUN_LEAD as LEAD, gap } from './intent-lexicon.ts';
import type { SignalDefinition } from './intent-signals.ts';

/**
 * Asking for the credential: where it is, how to get it, when it comes, please send it. Weaker than
 * saying it is missing, so none of these outranks a request with a workflow of its own.
 */
export const ASKING_SIGNALS: readonly SignalDefinition[] = [
  {
    name: 'missing:where_is',
    family: 'missing',
    weight: 3.5,
    namesCredential: true,
    patterns: [
      `where${gap(6)} ${NOUN}`,
      `(?:donde|adonde)${gap(6)} ${NOUN}`,
      `(?:onde|aonde|cade)${gap(6)} ${NOUN}`,
      `ou (?:est|sont|se trouve|se trouvent|puis je|peut on|pourrais je|dois je|trouver|en est|en sont|je peux|est ce que je peux|recuperer|telecharger|est passe|sont passes)${gap(4)} ${NOUN}`,
      `wo${gap(6)} ${NOUN}`,
    ],
  },
  {
    // The credential named earlier, asked after as "it": "My manager wants proof I attended. Where would I get that?"
    name: 'missing:where_is',
    family: 'missing',
    weight: 3,
    patterns: [
      // Not "how do I get it renewed/corrected/printed": those ask for something done to it.
      `(?:where|how)${gap(3)} (?:get|obtain|find|download|access|request|claim|receive) (?:it|that|them|one|this|mine)(?! [a-z]+ed\\b)`,
      `(?:donde|como) (?:lo |la |los |las )?(?:consigo|encuentro|descargo|obtengo|saco|pido|solicito|puedo (?:conseguir|encontrar|descargar|obtener|pedir))(?:lo|la|los|las)?`,
      `(?:onde|como) (?:eu )?(?:o |a )?(?:consigo|encontro|pego|baixo|acho|obtenho|peco|solicito|posso (?:conseguir|encontrar|baixar|obter|pedir))(?:lo|la)?`,
      `(?:ou|comment) (?:puis je|est ce que je peux|pourrais je|je peux|dois je)? ?(?:le |la |l |les )(?:trouver|obtenir|telecharger|recuperer|demander|recevoir)`,
      `(?:wo|wie) (?:bekomme|finde|erhalte|kriege) ich (?:es|das|ihn|sie|diese[ns]?)`,
      `(?:wo|wie) (?:kann|konnte) ich (?:es|das|ihn|sie|diese[ns]?) (?:bekommen|finden|erhalten|herunterladen|abrufen|anfordern)`,
    ],
  },
  {
    name: 'missing:how_to_get',
    family: 'missing',
    weight: 3,
    namesCredential: true,
    patterns: [
      `how${gap(4)} (?:get|obtain|receive|access|download|retrieve|claim|find|view|see|recover|collect|request|get hold of)${gap(3)} ${NOUN}`,
      `como${gap(3)} (?:obtener|obtengo|conseguir|consigo|recibir|recibo|descargar|descargo|acceder|accedo|encontrar|encuentro|ver|veo|recuperar|recupero|tener|tengo|sacar|saco|reclamar|solicitar|solicito|pedir|pido)${gap(3)} ${NOUN}`,
      `como${gap(3)} (?:obter|obtenho|conseguir|consigo|receber|recebo|baixar|baixo|acessar|acesso|encontrar|encontro|achar|acho|ver|vejo|recuperar|recupero|pegar|pego|emitir|emito|tirar|tiro|gerar|gero|solicitar|solicito|pedir|peco)${gap(3)} ${NOUN}`,
      `comment${gap(4)} (?:obtenir|recevoir|recuperer|avoir|telecharger|acceder|trouver|retrouver|voir|consulter|demander)${gap(3)} ${NOUN}`,
      `wie (?:bekomme|erhalte|finde|komme|kriege|kann|konnte|kommt man|bekommt man|erhalt man|lasst sich)${gap(5)} ${NOUN}`,
    ],
  },
  {
    name: 'missing:resend',
    family: 'missing',
    weight: 3.5,
    namesCredential: true,
    patterns: [
      `(?:resend|resent|resending|redeliver|reissue|send|forward)${gap(4)} ${NOUN}`,
      `(?:email|mail) (?:me|it)${gap(3)} ${NOUN}`,
      `(?:reenviar|reenviarme|reenvien|reenvie|reenvia|enviar|mandar|envien|manden|enviarme|mandarme|envienme|mandenme|enviame|mandame|hacer llegar)${gap(3)} ${NOUN}`,
      `(?:reenviem|reenviarem|enviar|mandar|envie|enviem|mande|mandem|encaminhar|encaminhe|encaminhem)${gap(3)} ${NOUN}`,
      `(?:renvoyer|renvoyez|reenvoyer|envoyer|envoyez|transmettre|transmettez|faire parvenir)${gap(3)} ${NOUN}`,
      `${NOUN}${gap(4)} (?:senden|schicken|zusenden|zuschicken|zukommen lassen|verschicken)`,
    ],
  },
  {
    // "Kindly share my certificate" asks us to send it; sharing it themselves is neg:share_credential.
    name: 'missing:resend',
    family: 'missing',
    weight: 3.5,
    namesCredential: true,
    cancels: ['neg:share_credential'],
    patterns: [
      `(?:kindly|please|pls|plz|can you|could you|would you|you can) (?:share|provide|give)(?: me| us)?${gap(2)} ${NOUN}`,
      `(?:share|provide|give)${gap(3)} ${NOUN}${gap(2)} (?:with me|again)`,
      `(?:compartir|compartan|compartilhar|compartilhem)(?:me| me)?${gap(2)} ${NOUN}`,
    ],
  },
  {
    // "Send it again" says what, only with a credential nearby: "resend the invoice" is not ours.
    name: 'missing:resend',
    family: 'missing',
    weight: 3.5,
    patterns: [
      `(?:resend|resent|resending|redeliver|reissue)`,
      `(?:send|sent|email|emailed|forward|forwarded)${gap(3)} (?:again|once more|one more time|another copy|a new link|a new copy|another link|a new one|the link|a link)`,
      `(?:need|want|would like|requesting|request|get) (?:a |another )?(?:new|working|fresh|valid) (?:link|url|copy)`,
      `(?:get|send|have|receive) it (?:at|to) (?:this|my|another|a different|the new) (?:address|email|account)`,
      `(?:get|have) (?:it|them) (?:sent|resent|emailed|forwarded) to`,
      `(?:reenviar|reenviarme|reenviarmelo|reenviarmela|reenvien|reenvie|reenvia|reenvio|volver a (?:enviar|mandar)|vuelvan a (?:enviar|mandar)|vuelva a (?:enviar|mandar))`,
      `(?:enviar|mandar|envien|manden|envie|mande)${gap(3)} (?:de nuevo|nuevamente|otra vez)`,
      `(?:reenviem|reenviarem|reenviado)`,
      `(?:enviar|mandar|envie|enviem|mande|mandem)${gap(3)} (?:novamente|de novo|outra vez)`,
      `(?:renvoyer|renvoyez|renvoie|renvoi|reenvoyer|reenvoyez|reexpedier)`,
      `(?:envoyer|envoyez|transmettre|transmettez|faire parvenir)${gap(3)} (?:a nouveau|de nouveau|encore|une nouvelle fois)`,
      `(?:erneut|nochmal|nochmals|noch mal|noch einmal|wieder|neu)${gap(2)} (?:senden|schicken|zusenden|zuschicken|versenden|zukommen|verschicken)`,
      `(?:senden|schicken|zusenden|zuschicken)${gap(3)} (?:erneut|nochmal|nochmals|noch einmal)`,
    ],
  },
  {
    name: 'missing:request',
    family: 'missing',
    weight: 2.5,
    namesCredential: true,
    patterns: [
      // The credential must be the object ("I need my certificate"), not merely nearby
      // ("I'd like to know what my certificate number is", "what score do I need for the certificate").
      // …and one they already have a claim to: "my"/"the", not "a" ("do I need a certificate to enrol?").
      `(?:need|needs|want|wanted|would like|d like|requesting|request|like)(?: (?:to (?:receive|get|have|obtain|be sent)|urgently|really|please|a copy of|proof of|a new copy of))* (?:my|the|our)(?: [a-z]+)? ${NOUN}`,
      // Not "can I get my certificate translated/reissued": that asks for something done to it.
      `(?:can|could|may) i (?:have|get|receive|obtain|please have|please get)(?: a copy of)? (?:my|the) ${NOUN}(?! (?!emailed|mailed|forwarded|delivered)[a-z]+ed\\b| translated)`,
      // Without a determiner, as learners writing in a second language put it: "I need certificate urgently".
      `i (?:need|want|require|am needing|am requesting|request)(?: (?:urgently|please|kindly))? ${NOUN}`,
      `(?:im|i am) (?:after|looking for|chasing|searching for|trying to find)${LEAD} ${NOUN}`,
      `(?:recover|retrieve|regain|get back|restore|recuperar|recupero|recuperer|wiederherstellen|wiederbekommen|zuruckbekommen)${gap(3)} ${NOUN}`,
      `(?:necesito|quiero|quisiera|querria|me gustaria|solicito|requiero|deseo)(?: (?:recibir|obtener|tener|urgente|urgentemente|una copia de|copia de))* (?:mi|mis|el|la|los|las|del)(?: [a-z]+)? ${NOUN}`,
      `(?:solicito|pido|solicitar|pedir) (?:el |la )?(?:reenvio|envio|copia|duplicado) (?:de|del)${LEAD} ${NOUN}`,
      `(?:preciso|quero|queria|gostaria|solicito|necessito|desejo)(?: (?:receber|obter|ter|muito|urgente|urgentemente|de|uma copia))* (?:o|a|os|as|meu|minha|meus|minhas|do|da|dos|das)(?: [a-z]+)? ${NOUN}`,
      `(?:solicito|peco|solicitar|pedir) (?:o |a )?(?:reenvio|envio|copia|segunda via) d[oa]${LEAD} ${NOUN}`, `segunda via d[oa]${LEAD} ${NOUN}`,
      `(?:besoin|veux|voudrais|souhaite|souhaiterais|aimerais|reclame|demande)(?: (?:de|d|recevoir|obtenir|avoir|a nouveau|une copie de))* (?:mon|ma|mes|le|la|les|l|du)(?: [a-z]+)? ${NOUN}`,
      `(?:brauche|benotige|benoetige|mochte|moechte|hatte gern|hatte gerne|bitte um)(?: (?:dringend|unbedingt|noch|bitte|eine kopie))* (?:mein|meine|meinen|das|die|den|unser|unsere)(?: [a-z]+)? ${NOUN}`,
    ],
  },
  {
    name: 'missing:when_will',
    family: 'missing',
    weight: 3,
    namesCredential: true,
    patterns: [
      `when (?:will|do|can|should|would|is|are|does|might|could|shall)${gap(6)} ${NOUN}`,
      `how long${gap(6)} ${NOUN}`,
      `when(?: [a-z]+){0,3} (?:get|receive|expect|be getting|be receiving)${gap(3)} ${NOUN}`,
      `cuando (?:voy|van|llega|llegara|recibire|recibo|me|estara|estaran|sale|saldra|podre|puedo|tendre|emitiran|enviaran|se)${gap(4)} ${NOUN}`,
      `cuanto (?:tiempo|tarda|demora)${gap(5)} ${NOUN}`,
      `quando (?:vou|vai|vem|chega|chegara|recebo|receberei|sai|saira|sera|estara|poderei|posso|terei|fica|ficara|emitem|enviam|me)${gap(4)} ${NOUN}`,
      `(?:quanto tempo|prazo|previsao)${gap(5)} ${NOUN}`,
      // The credential as the subject: "quando o certificado vai ser enviado?"
      `cuando (?:mi|el|la|mis|los|las) ${NOUN}`, `quando (?:o|a|meu|minha|os|as|meus|minhas) ${NOUN}`,
      `quand (?:mon|ma|le|la|mes|les|l) ${NOUN}`,
      `quand (?:vais je|est ce que|pourrai je|recevrai je|sera|seront|vais|pourrais je|aurai je|recevrai|puis je|arrivera|est)${gap(4)} ${NOUN}`,
      `(?:combien de temps|delai|delais)${gap(5)} ${NOUN}`,
      `wann${gap(5)} ${NOUN}`,
      `wie lange${gap(6)} ${NOUN}`,
    ],
  },
];
