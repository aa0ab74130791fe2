import type { LanguagePhrases } from './language.ts';
import { ABOUT, CHASED_THREAD, COURSE_WORD, END_OF_CLAUSE, LANGUAGE_NAME, LEAD, LINK, MESSAGE, NOUN, anyOf, gap } from './pattern-parts.ts';

const NEGATION = anyOf(['pas', 'jamais', 'rien', 'toujours pas', 'pas encore', 'aucun', 'aucune']);
const RECEIVE = anyOf([
  'recus?', 'recues?', 'arrivee?s?', 'parvenue?s?', 'obtenue?s?', 'eu', 'vu', 'venue?s?', 'envoyee?s?', 'recevoir',
  'reception', 'emise?s?', 'delivree?s?', 'generee?s?',
]);

export const FR: LanguagePhrases = {
  language: 'fr',
  words: {
    credentialNouns: {
      certificate: ['certifs?', 'certifications?', 'certificats?'],
      badge: ['badges?'],
      award: ['trophees?'],
      diploma: ['diplomes?'],
      attestation: ['attestations?'],
    },
    nounLeads: ['le', 'la', 'les', 'l', 'un', 'une', 'mon', 'ma', 'mes', 'votre', 'd', 'de', 'du', 'des', 'officiel', 'officielle', 'nouveau', 'numerique'],
    courseWords: ['formation', 'stage', 'cours', 'module', 'programme', 'examen'],
    otherDeliverables: [
      'lien (?:zoom|teams|meet|de la session|du webinaire|de connexion a la session)', 'invitations?',
      'factures?', 'recu de paiement', 'mot de passe', 'lien de connexion', 'supports? de cours',
      'reponse', 'remboursement', 'resultats?',
    ],
    negations: ['pas', 'jamais', 'rien', 'sans', 'aucun', 'aucune', 'ne', 'n'],
    hedges: ['lorsque', 'autres', 'collegues', 'amis?', 'leurs?', 'tous', 'si'],
    clauseRestarts: ['mais', 'cependant'],
    objectDeterminers: ['mon', 'ma', 'le', 'la', 'un', 'une'],
    statusWords: ['statut', 'etat', 'nouvelles', 'suivi', 'avancement'],
    aboutWords: ['du', 'de la', 'des', 'concernant', 'sur', 'au sujet de', 'pour', 'de'],
    chasePrepositions: ['du', 'des', 'concernant', 'sur', 'de'],
    supportThreads: ['cela', 'ca', '(?:ma|mon|la|le) (?:demande|requete|ticket|dossier|message)'],
    linkWords: ['liens?'],
    messageWords: ['courriel', 'message', 'invitation', 'notification'],
    viewVerbs: ['voir', 'consulter'],
    notWorkingWords: ['ne fonctionne pas', 'ne marche pas', 'acces refuse'],
    brokenLinkWords: [
      'n existe plus', 'n existe pas', 'acces refuse', 'acces interdit',
      'ne fonctionne pas', 'ne marche pas', 'ne marche plus', 'ne fonctionne plus', 'expire', 'casse', 'mort',
      'invalide', 'ne s ouvre pas',
    ],
    languageNames: ['anglais', 'espagnol', 'allemand', 'portugais'],
    greetings: ['bonjour', 'salut'],
    pleaseWords: ['svp', 's il vous plait', 'aide'],
    possessives: ['mon', 'ma', 'mes', 'le', 'la'],
    ofWords: ['de', 'du', 'pour'],
    urgentWords: ['urgent', 'quelqu un'],
  },
  signals: {
    'noun:proof_of_completion': [
      '(?:preuve|justificatif|confirmation|document) (?:de |d )(?:reussite|participation|suivi|formation|assiduite|presence|fin de formation)',
      '(?:preuve|justificatif|document) que j ai (?:suivi|termine|fait|reussi|participe|complete)',
      // Or by the course it is for: "justificatif du cours".
      `(?:justificatif|preuve) (?:de|du|de la) (?:la |mon |ma )?${COURSE_WORD}`,
    ],
    'context:course_completed': [
      `(?:termine|fini|reussi|suivi|complete|acheve|valide)${gap(2)} (?:formation|cours|module|examen|programme|stage)`,
      `(?:la formation|le cours|le stage|le programme) (?:est terminee?|s est terminee?|est finie?|a pris fin|est achevee?)`,
    ],
    'context:proof_wanted': [`(?:quelque chose|rien) (?:a|pour|que je puisse) (?:montrer|presenter|prouver|justifier|mettre sur)`],
    'missing:not_received': [
      `${NEGATION}${gap(2)} ${RECEIVE}`,
      `sans (?:avoir )?recu`,
      // A subject line: "Badge non reçu", "Certificat non parvenu".
      `non (?:recue?s?|arrivee?s?|parvenue?s?|envoyee?s?|delivree?s?|emise?s?)`,
      `ne l ai (?:toujours |encore |jamais )?(?:pas|jamais)`,
      `(?:sauf|excepte|mais pas) (?:moi|le mien|la mienne)${END_OF_CLAUSE}`, `mais moi (?:non|pas|toujours pas|jamais)${END_OF_CLAUSE}`,
    ],
    'missing:delivery_failed': [
      `(?:envoye|envoyee|parti|arrive) (?:a|sur|vers) (?:une |mon |la |l )?(?:mauvaise |ancienne )?(?:adresse|boite)(?: mail)?(?: erronee| incorrecte)?`,
      `(?:courriel|message|email|mail|e mail)${gap(3)} (?:bloque|bloquee)`,
    ],
    'missing:still_waiting': [
      `(?:toujours|est|reste) (?:en cours|en attente de traitement)`,
      `(?:j attends|nous attendons|attends) (?:toujours|encore|depuis)`,
      `(?:attends|attendons|attente)${gap(3)} ${NOUN}`,
      `toujours (?:en attente|rien|sans nouvelles)`,
      `(?:encore|jusqu ici|pour l instant|toujours) rien`, `rien (?:pour l instant|jusqu a present|jusqu ici|depuis)`,
    ],
    'missing:overdue': [
      `(?:cela fait|ca fait|sa fait|depuis|voila) (?:plus de )?(?:[0-9]+|un|une|deux|trois|quatre|cinq|dix|plusieurs) (?:jours|semaines|mois|semaine)`,
    ],
    'missing:some_received': [
      `(?:seul|seuls|seule|seules|seulement) (?:[0-9]+|un|une|deux|trois|quatre|cinq|quelques|la moitie)${gap(3)} (?:ont recu|avons recu|a recu|recu)`,
    ],
    'missing:expected': [
      `(?:on m a dit|vous m avez dit|on nous a dit|il m a ete dit|on m a promis|vous m aviez dit)${gap(3)} (?:recevrais|recevrait|aurais|serait envoyee?|serait emise?|arriverait)`,
      `(?:je devais|j aurais du|on devait|nous devions) (?:recevoir|avoir|obtenir)`,
    ],
    'missing:absent_credential': [
      `(?:aucun|aucune|sans|pas de|pas d|mais pas|manque|manquant)${LEAD} ${NOUN}`,
      `rien (?:de|du|concernant)${LEAD} ${NOUN}`,
      `(?:n ai|n avons)${gap(3)} ${NOUN}`,
      // Not "manque": "sur le certificat il manque un accent" is about the name.
      `${NOUN}${gap(2)} (?:absent|absente|n y est pas)`,
      `${NOUN} manquante?s?`,
    ],
    'missing:cant_find': [
      `(?:ne|n) (?:trouve|retrouve|vois)(?: pas| plus)?${gap(2)} ${NOUN}`,
      `(?:n arrive pas|ne parviens pas|n ai pas reussi) a (?:trouver|retrouver|acceder a|recuperer)${gap(2)} ${NOUN}`,
      `(?:impossible de (?:trouver|retrouver|voir|acceder a|recuperer))${gap(2)} ${NOUN}`,
      `${NOUN}${gap(2)} introuvable`,
    ],
    'missing:failed_action': [
      `(?:impossible de|pas moyen de|(?:n arrive pas|ne parviens pas|n ai pas reussi|ne reussis pas) a|(?:ne|n) (?:peux|pouvons|ai pas pu)(?: pas)?) (?:telecharger|ouvrir|reclamer|accepter|generer|imprimer|enregistrer|recuperer)${gap(3)} ${NOUN}`,
      `${NOUN}${gap(3)} (?:ne|n) (?:se )?(?:telecharge|ouvre|charge|genere|s ouvre)(?: pas)?`,
    ],
    'missing:cant_find/unnamed': [
      `(?:ne|n) (?:le |la |les |l )?(?:trouve|retrouve|vois) (?:pas|plus|nulle part)`,
      `introuvable`,
      `impossible de (?:le |la |les |l )?(?:trouver|retrouver|voir|acceder|localiser|recuperer)`,
      `(?:n arrive pas|ne parviens pas|n ai pas reussi|ne reussis pas) a (?:le |la |les |l )?(?:trouver|retrouver|acceder|voir|recuperer)`,
      `(?:n apparait|n apparaissent|ne s affiche|ne s affichent|n apparaissait) (?:pas|nulle part|plus|toujours pas)`,
    ],
    'missing:lost_link': [
      `${NOUN}${gap(2)} (?:a disparu|disparu)`,
      `(?:perdu|supprime|efface|egare|jete|n ai plus)${gap(3)} (?:${LINK}|${MESSAGE}|acces)`,
      `(?:perdu|egare)${gap(2)} ${NOUN}`,
    ],
    'missing:where_is': [
      `ou (?:est|sont|se trouve|se trouvent|puis je|peut on|pourrais je|dois je|trouver|en est|en sont|je peux|est ce que je peux|recuperer|telecharger|est passe|sont passes)${gap(4)} ${NOUN}`,
    ],
    'missing:where_is/it': [
      `(?:ou|comment) (?:puis je|est ce que je peux|pourrais je|je peux|dois je)? ?(?:le |la |l |les )(?:trouver|obtenir|telecharger|recuperer|demander|recevoir)`,
    ],
    'missing:how_to_get': [
      `comment${gap(4)} (?:obtenir|recevoir|recuperer|avoir|telecharger|acceder|trouver|retrouver|voir|consulter|demander)${gap(3)} ${NOUN}`,
    ],
    'missing:own_credential_question': [`(?:comment|ou|quand)${gap(4)} (?:mon|ma|mes|notre|nos)(?: [a-z]+)? ${NOUN}`],
    'missing:resend': [
      `(?:renvoyer|renvoyez|reenvoyer|envoyer|envoyez|transmettre|transmettez|faire parvenir)${gap(3)} ${NOUN}`,
    ],
    'missing:resend/again': [
      `(?:renvoyer|renvoyez|renvoie|renvoi|reenvoyer|reenvoyez|reexpedier)`,
      `(?:envoyer|envoyez|transmettre|transmettez|faire parvenir)${gap(3)} (?:a nouveau|de nouveau|encore|une nouvelle fois)`,
    ],
    'missing:request': [
      `recuperer${gap(3)} ${NOUN}`,
      `(?:besoin|veux|voudrais|souhaite|souhaiterais|aimerais|reclame|demande)(?: (?:de|d|recevoir|obtenir|avoir|a nouveau|une copie de))* (?:mon|ma|mes|le|la|les|l|du)(?: [a-z]+)? ${NOUN}`,
    ],
    'missing:when_will': [
      `quand (?:mon|ma|le|la|mes|les|l) ${NOUN}`,
      `quand (?:recevrons nous|recevrez vous|recevra t on|allons nous recevoir|arrivent|arriveront|seront envoyees|seront envoyes|sortent|sortiront)${gap(3)} ${NOUN}`,
      `quand (?:vais je|est ce que|pourrai je|recevrai je|sera|seront|vais|pourrais je|aurai je|recevrai|puis je|arrivera|est)${gap(4)} ${NOUN}`,
      `(?:combien de temps|delai|delais)${gap(5)} ${NOUN}`,
    ],
    'missing:status_request': [
      `information ${ABOUT} (?:mon|ma|mes) ${NOUN}`,
      `(?:mon|ma|le|la) ${NOUN} (?:a|a bien|a deja) ete (?:envoyee?|emise?|delivree?|generee?)`,
      `(?:qu est il arrive|que se passe t il) (?:a|avec) (?:mon|ma|le|la) ${NOUN}`, `ou en est${gap(3)} ${NOUN}`,
    ],
    'missing:status_request/chasing': [
      `(?:avez vous|des|quelques|y a t il des|du) (?:nouvelles|news)${CHASED_THREAD}`, `(?:ou en est|ou en sommes nous)`, `(?:relance|relances|je vous relance)`,
    ],
    'missing:slow_arrival': [
      `(?:prend|prendre|met|mettre) (?:autant de|beaucoup de|combien de|tant de) temps`, `est ce normal que`,
    ],
    'context:checked_spam': [
      `(?:verifie|regarde|cherche|fouille)${gap(4)} (?:spam|junk|indesirables|courriers? indesirables?|spams)`,
      `(?:rien|pas)${gap(3)} (?:dans )?(?:le |les |mes |mon )?(?:spam|junk|spams)`,
    ],
    'neg:received_credential': [
      `${NOUN}${gap(1)} bien recu merci`,
      `merci (?:pour|de m avoir envoye|d avoir envoye|de m avoir renvoye)(?: [a-z]+){0,2} ${NOUN}`,
      // French "eu" only after its auxiliary: alone it is Portuguese "I" ("onde eu pego o certificado").
      `(?:recus?|recues?|trouve|retrouve|telecharge|obtenu|(?:ai|avons) (?:bien )?eu)${gap(2)} ${NOUN}`,
      `${NOUN}${gap(3)} (?:est arrivee?|est bien arrivee?|m est parvenue?|m est bien parvenue?)`,
    ],
    'neg:resolved': [
      `(?:ca (?:marche|fonctionne)(?: maintenant)?|c est bon|c est regle|probleme (?:resolu|regle)|j ai (?:trouve|retrouve)|je l ai (?:trouvee?|retrouvee?|recue?|eue?)|finalement recu|bien recu|vous pouvez (?:fermer|clore|cloturer)|laissez tomber|c est resolu|j ai pu (?:le |la |l )?(?:trouver|retrouver|recuperer|telecharger))`,
    ],
    'neg:resolved/negated': [`(?:plus besoin|pas besoin de (?:le |la )?renvoyer)`],
    'neg:found_in_spam': [
      `(?:etait|etaient|arrive|atterri|tombe|trouve|retrouve) (?:dans )?(?:les |mes |le |mon )?(?:dossier )?(?:spams?|courriers? indesirables?|indesirables)`,
    ],
    'neg:ssl_certificate': [
      `certificats? de securite`,
      `${NOUN} (?:de|du) (?:votre|le) (?:website|site|web)`,
      `certificats? (?:ssl|serveur|racine|electronique|de signature)`,
    ],
    'neg:digital_signature': [`signature electronique`],
    'neg:login_credentials': [`identifiants?`, `nom d utilisateur et (?:le )?mot de passe`],
    'neg:api_keys': [`(?:cle|cle d) (?:de )?api`],
    'neg:other_certificate_kind': [
      `certificats? (?:medical|de travail|de scolarite|de naissance|de deces|de mariage|de vaccination|d assurance|de residence|de conformite|d immatriculation|de cession|d hebergement)`,
      `(?:acte de naissance|carte cadeau|cheque cadeau|attestation (?:employeur|d assurance|de domicile|d hebergement|pole emploi|de securite sociale|fiscale|de paiement|de salaire))`,
    ],
    'neg:physical_badge': [`badges? (?:d acces|visiteur|nominatif|d entree|du salon)`],
    'neg:issuer_admin': [
      `(?:en tant que|etq|comme) (?:formateur|formatrice|instructeur|instructrice|enseignant|enseignante|organisateur|organisatrice|gestionnaire|administrateur|administratrice|admin|tuteur|tutrice|coordinateur|coordinatrice|responsable)`,
      `(?:nous reclament|n arretent pas de (?:demander|reclamer)|nous demandent sans cesse|reclament leurs|demandent leurs)`,
      `(?:vous les avez|les avez vous|tout le monde les a|tout le monde l a)${gap(1)} (?:bien )?(?:recues?|recus|eues?)`,
      `nous avons (?:emis|envoye|delivre|genere)`, `(?:nous sommes|je suis) (?:l organisme|l organisateur|l organisatrice|le centre) de formation`,
      `(?:emettre|creer)${gap(2)} ${NOUN}${gap(1)} pour (?:les |nos |mes )?(?:salaries|employes|eleves|participants)`,
      `(?:nos|mes) (?:apprenants|etudiants|eleves|participants|stagiaires|inscrits|beneficiaires)`,
      `nos (?:clients|utilisateurs|membres)`,
      `en masse`,
      `envoi (?:groupe|en masse|massif|en lot)`, `modele (?:de |d )?${NOUN}`,
      `(?:pouvons nous|peut on) (?:emettre|creer|concevoir|importer|envoyer)`,
    ],
    'neg:employer_group': [
      `pour (?:mon|notre) (?:equipe|team|staff)`,
      `${NOUN}${gap(1)} pour eux`,
      `nos (?:collaborateurs|salaries|employes)`,
    ],
    'neg:third_party_check': [`(?:candidat|candidate)`],
    'neg:not_qualified': [`(?:echoue|rate|pas reussi|pas termine|pas fini)${gap(2)} (?:l |le |la |mon |ma )?(?:examen|test|formation|cours|module)`],
    'neg:wrong_details': [
      `(?:nom|prenom|date|nom de famille)${gap(4)} (?:erreur|faute|coquille)`,
      `(?:modification|changement|rectification|correction) (?:de |du |d )(?:mon |ma |la |le |l )?(?:nom|prenom|date|orthographe|intitule)`,
      `(?:nouveau|nouvel) (?:nom|prenom)`, `nom (?:de jeune fille|d epouse|marital|d usage)`, `(?:je me suis mariee?|change de nom)`,
      `(?:nom|prenom|accent)${gap(3)} (?:n apparait pas|manque)`,
      `(?:sans|manque) (?:l |le |la |un )?(?:accent|nom de famille)`,
      `(?:indique|affiche) (?:une autre|un autre) (?:date|nom)`,
      `(?:nom|prenom|date|intitule)${gap(3)} (?:sur|dans|de|du) (?:mon |ma |le |la |l )?${NOUN} (?:est |sont )?(?:incorrecte?s?|erronee?s?|faux|fausse|mal orthographiee?s?|mal ecrite?s?|inexacte?s?)`,
      `(?:nom|prenom|date|intitule|orthographe)${gap(3)} (?:incorrecte?s?|erronee?s?|faux|fausse|mal (?:orthographiee?s?|ecrite?s?)|inexacte?s?)`,
      `(?:faute|fautes|erreur|erreurs) (?:d orthographe )?(?:dans|sur) (?:mon |le |la |ma )?(?:nom|prenom|date)`,
      `(?:corriger|modifier|changer|rectifier|mettre a jour|correction)${gap(3)} (?:nom|prenom|date|orthographe|intitule)`,
      `(?:mauvais|mauvaise|faux|fausse) (?:nom|prenom|date)`,
    ],
    'neg:change_address': [`(?:changer|modifier|mettre a jour|corriger)${gap(4)} (?:adresse|email|mail|courriel)`],
    'neg:share_credential': [
      `(?:partag[a-z]*|integrer)${gap(3)} ${NOUN}(?! with me| again)`,
      `(?:ajouter|mettre)${gap(3)} ${NOUN}${gap(3)} (?:profil|linkedin|cv|signature)`,
    ],
    'neg:social_profile': [`reseaux sociaux`],
    // Not "impression" alone: "j ai l impression que".
    'neg:pdf_print': [`(?:par courrier|par la poste)`, `(?:imprimer|imprime|version papier)`],
    'neg:translation_request': [`traduire`, `(?:copie|le)${gap(1)} en ${LANGUAGE_NAME}`],
    'neg:refund': [`(?:remboursement|rembourser|remboursee?)`],
    'neg:login_problem': [
      `(?:impossible de|n arrive pas a|ne peux pas|je ne peux pas) (?:me connecter|me loguer|acceder a mon compte|m identifier)`,
      `mot de passe (?:oublie|perdu)`, `(?:reinitialiser|changer|oublie)${gap(2)} mot de passe`,
    ],
    'neg:delete_request': [`(?:supprimer|retirer|effacer|masquer|supprimez|retirez)${gap(3)} (?:${NOUN}|compte|profil|donnees)`],
    'neg:credential_expiry': [
      `${NOUN}${gap(2)} expiree`,
      `(?:renouveler|renouvellement)${gap(3)} ${NOUN}`,
      `renouveler (?:le|la|les|l)`,
      `(?:le|la|l) renouveler`,
    ],
    'neg:callout': [
      `(?:si vous|ceux qui|celles qui|ceux et celles qui|les personnes qui|qui que ce soit qui) n (?:avez|ont|a) (?:pas|toujours pas|jamais|pas encore)${gap(1)} (?:recu|eu|obtenu)`,
      `(?:signalez vous|manifestez vous|indiquez|repondez|commentez)${gap(4)} (?:commentaire|en reponse|ici|dessous|ce message)`,
    ],
    'neg:developer_report': [
      `etapes pour reproduire`, `(?:comportement|resultat) (?:attendu|obtenu|actuel)`,
      `ce serait (?:bien|pratique|utile|genial|top|super|chouette) (?:de|que|si)`,
      `(?:suggestion|proposition|amelioration)`, `(?:depuis|apres) la (?:mise a jour|version|derniere mise a jour)`,
      `en tant qu (?:utilisateur|utilisatrice|apprenant|apprenante)`,
    ],
    'neg:eligibility_question': [
      `${NOUN}${gap(2)} coute`,
      `note${gap(5)} ${NOUN}`,
      `(?:certifiante|certificatoire)`,
      `(?:y a t il|donne droit a|delivre|delivrez|propose|proposez|inclut|offre|obtiendrai je|vais je recevoir|est ce qu on recoit|aura t on|aurai je) (?:un |une |des |d )?${NOUN}`,
    ],
    'neg:recognition_question': [`(?:reconnue?|reconnaissance)`],
    'neg:verification_request': [`(?:verifier|valider|authentifier|authenticite|validite)${gap(3)} ${NOUN}`],
  },
};
