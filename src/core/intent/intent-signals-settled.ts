import { CREDENTIAL_NOUN as NOUN, gap } from './intent-lexicon.ts';
import type { SignalDefinition } from './intent-signals.ts';

/** "It came, thanks": what settles a request. Counted in full only when nothing missing is said after it. */
export const RESOLUTION_SIGNALS: readonly SignalDefinition[] = [
  {
    name: 'neg:received_credential',
    family: 'resolution',
    weight: -6,
    blockedBy: 'negation_or_hedge',
    patterns: [
      `(?:received|got|found|downloaded|now have|finally have|have now)${gap(2)} ${NOUN}`,
      `${NOUN}${gap(1)} (?:received|recibido|recebido|bien recu|erhalten) (?:thanks|thank you|gracias|obrigad[oa]|merci|danke)`,
      // Thanks for the credential itself, which is how a learner who has it says so.
      `(?:thanks|thank you|thx|cheers)(?: so much| very much| a lot)? for (?:sending|resending|issuing|emailing|the|my)(?: [a-z]+)? ${NOUN}`,
      `gracias por (?:enviar|mandar|reenviar|el|la|mi)(?: [a-z]+)? ${NOUN}`,
      `obrigad[oa] (?:pelo|pela|por enviar|por mandar|por reenviar)(?: [a-z]+)? ${NOUN}`,
      `merci (?:pour|de m avoir envoye|d avoir envoye|de m avoir renvoye)(?: [a-z]+){0,2} ${NOUN}`,
      `(?:danke|vielen dank) (?:fur|fuer) (?:das|die|den|mein|meine|meinen|die zusendung)(?: [a-z]+)? ${NOUN}`,
      `${NOUN}${gap(3)} (?:arrived|came through|has arrived|did arrive|did come through|showed up|turned up|came in)`,
      `(?:recibi|he recibido|ya tengo|me llego|me ha llegado|encontre|descargue)${gap(2)} ${NOUN}`,
      `${NOUN}${gap(3)} (?:me llego|llego|ha llegado|aparecio)`,
      `(?:recebi|ja tenho|encontrei|baixei|consegui baixar)${gap(2)} ${NOUN}`,
      `${NOUN}${gap(3)} (?:chegou|apareceu)`,
      // French "eu" only after its auxiliary: alone it is Portuguese "I" ("onde eu pego o certificado").
      `(?:recus?|recues?|trouve|retrouve|telecharge|obtenu|(?:ai|avons) (?:bien )?eu)${gap(2)} ${NOUN}`,
      `${NOUN}${gap(3)} (?:est arrivee?|est bien arrivee?|m est parvenue?|m est bien parvenue?)`,
      `(?:habe|hab|haben)${gap(3)} ${NOUN}${gap(3)} (?:erhalten|bekommen|gefunden|empfangen)`,
      `(?:habe|hab|haben) (?:die|das|den|mein|meine|meinen) ${NOUN} (?:jetzt|nun|inzwischen|endlich|doch)`,
      `${NOUN}${gap(2)} (?:ist angekommen|angekommen|ist eingegangen|eingegangen|erhalten|bekommen)`,
    ],
  },
  {
    name: 'neg:resolved',
    family: 'resolution',
    weight: -6,
    blockedBy: 'negation_or_hedge',
    patterns: [
      `(?:(?:i |we )?(?:have|got|see) it now|(?:can|could) (?:see|access|find|open|download) (?:it|them) now|(?:its|it is|theyre|they are) there now|(?:that|it) worked|got it thanks|got it thank you|all good|all sorted|sorted now|its sorted|all set now|please ignore|you can close|close (?:this|the|my) (?:ticket|request|case)|problem solved|issue (?:is )?(?:resolved|solved)|resolved now|got it now|found it|it (?:has )?(?:finally )?(?:arrived|came through|turned up|showed up)|it did (?:arrive|come)|just arrived|finally (?:arrived|received|got|came)|managed to (?:find|get|download|retrieve|access))`,
      `(?:ya (?:lo |la )?(?:recibi|encontre|tengo|me llego|aparecio|llego)|ya esta resuelto|problema resuelto|ya se soluciono|pueden cerrar|olvidenlo|lo encontre|la encontre|ya pude|ya (?:lo |la )?puedo ver|ya funciono|pude (?:encontrarlo|encontrarla|descargarlo|descargarla))`,
      `(?:ja (?:o |a )?(?:recebi|encontrei|achei|chegou|consegui)|consegui (?:encontrar|achar|baixar|acessar|resolver)|problema resolvido|ja consigo (?:ver|acessar|baixar)|podem fechar|pode fechar|podem desconsiderar|pode desconsiderar|desconsiderem|deu certo|ja resolvi)`,
      `(?:ca (?:marche|fonctionne)(?: maintenant)?|c est bon|c est regle|probleme (?:resolu|regle)|j ai (?:trouve|retrouve)|je l ai (?:trouvee?|retrouvee?|recue?|eue?)|finalement recu|bien recu|vous pouvez (?:fermer|clore|cloturer)|laissez tomber|c est resolu|j ai pu (?:le |la |l )?(?:trouver|retrouver|recuperer|telecharger))`,
      `(?:jetzt (?:klappt|geht|funktioniert) es|(?:klappt|funktioniert) jetzt|hat sich erledigt|ist erledigt|habe es (?:gefunden|erhalten|bekommen)|hab es gefunden|(?:ist|sind) (?:jetzt |nun |doch |inzwischen |mittlerweile )?angekommen|inzwischen erhalten|mittlerweile erhalten|problem (?:gelost|geloest)|(?:konnen|koennen) (?:das ticket |die anfrage )?schliessen|kann geschlossen werden|(?:doch|jetzt|nun) gefunden)`,
    ],
  },
  {
    // Settling phrases worded with a negation of their own, which must not cancel them.
    name: 'neg:resolved',
    family: 'resolution',
    weight: -6,
    patterns: [
      `(?:never ?mind|no longer (?:need|needed|required)|no further (?:help|action|assistance)(?: is)?(?: needed| required)?|no need to (?:resend|reply|worry))`,
      `(?:ya no (?:es necesario|lo necesito|hace falta)|no hace falta (?:que|reenviar))`,
      `(?:nao (?:e|precisa) mais (?:necessario|reenviar)|nao precisa mais)`,
      `(?:plus besoin|pas besoin de (?:le |la )?renvoyer)`,
      `(?:nicht mehr (?:notig|noetig|erforderlich)|kein handlungsbedarf mehr)`,
    ],
  },
  {
    name: 'neg:found_in_spam',
    family: 'resolution',
    weight: -6,
    blockedBy: 'negation_or_hedge',
    patterns: [
      `(?:was|were|its|it s|is|landed|ended up|went|sitting|hiding|been) (?:in|into|to)${gap(2)} (?:spam|junk|promotions|clutter)`,
      `found${gap(4)} (?:spam|junk|promotions|clutter)`,
      `(?:estaba|estaban|llego|cayo|fue|se fue|lo encontre|la encontre|encontre) (?:a |en )?(?:la |el |mi )?(?:carpeta (?:de )?)?(?:spam|correo no deseado|no deseados|basura|promociones)`,
      `(?:estava|estavam|caiu|foi|chegou|tinha ido|encontrei|achei) (?:na |no |para o |pro |para a |pra )?(?:caixa de |pasta de |pasta )?(?:spam|lixo eletronico|lixeira|lixo|promocoes)`,
      `(?:etait|etaient|arrive|atterri|tombe|trouve|retrouve) (?:dans )?(?:les |mes |le |mon )?(?:dossier )?(?:spams?|courriers? indesirables?|indesirables)`,
      `(?:im|in meinem|in den)${gap(1)} (?:spam[a-z]*|junk[a-z]*)${gap(2)} (?:gefunden|war|lag|gelandet|entdeckt)`,
      `(?:war|lag|landete|gelandet|gefunden)${gap(3)} (?:spam[a-z]*|junk[a-z]*)`,
    ],
  },
];
