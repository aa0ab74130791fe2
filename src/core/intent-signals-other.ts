import { CREDENTIAL_NOUN as NOUN, anyOf, gap } from './intent-lexicon.ts';
import type { SignalDefinition } from './intent-signals.ts';

/** "It came, thanks": what settles a request. Counted only when nothing missing is said after it. */
export const RESOLUTION_SIGNALS: readonly SignalDefinition[] = [
  {
    name: 'neg:received_credential',
    family: 'resolution',
    weight: -6,
    blockedBy: 'negation_or_hedge',
    patterns: [
      `(?:received|got|found|downloaded|now have|finally have|have now)${gap(2)} ${NOUN}`,
      `${NOUN}${gap(3)} (?:arrived|came through|has arrived|showed up|turned up|came in)`,
      `(?:recibi|he recibido|ya tengo|me llego|me ha llegado|encontre|descargue)${gap(2)} ${NOUN}`,
      `${NOUN}${gap(3)} (?:me llego|llego|ha llegado|aparecio)`,
      `(?:recebi|ja tenho|encontrei|baixei|consegui baixar)${gap(2)} ${NOUN}`,
      `${NOUN}${gap(3)} (?:chegou|apareceu)`,
      `(?:recus?|recues?|trouve|retrouve|telecharge|obtenu)${gap(2)} ${NOUN}`,
      `${NOUN}${gap(3)} (?:est arrivee?|est bien arrivee?|m est parvenue?|m est bien parvenue?)`,
      `(?:habe|hab|haben)${gap(3)} ${NOUN}${gap(3)} (?:erhalten|bekommen|gefunden|empfangen)`,
      `${NOUN}${gap(2)} (?:ist angekommen|angekommen|ist eingegangen|eingegangen|erhalten|bekommen)`,
    ],
  },
  {
    name: 'neg:resolved',
    family: 'resolution',
    weight: -6,
    blockedBy: 'negation_or_hedge',
    patterns: [
      `(?:all good|all sorted|sorted now|its sorted|all set now|never ?mind|please ignore|you can close|close (?:this|the|my) (?:ticket|request|case)|problem solved|issue (?:is )?(?:resolved|solved)|resolved now|got it now|found it|it (?:has )?(?:finally )?(?:arrived|came through|turned up|showed up)|no longer need|no further (?:help|action)|just arrived|finally (?:arrived|received|got|came)|managed to (?:find|get|download|retrieve|access))`,
      `(?:ya (?:lo |la )?(?:recibi|encontre|tengo|me llego|aparecio|llego)|ya esta resuelto|problema resuelto|ya se soluciono|pueden cerrar|olvidenlo|ya no (?:es necesario|lo necesito|hace falta)|lo encontre|la encontre|ya pude|pude (?:encontrarlo|encontrarla|descargarlo|descargarla))`,
      `(?:ja (?:o |a )?(?:recebi|encontrei|achei|chegou|consegui)|consegui (?:encontrar|achar|baixar|acessar|resolver)|problema resolvido|podem fechar|pode fechar|podem desconsiderar|pode desconsiderar|desconsiderem|deu certo|ja resolvi)`,
      `(?:c est bon|c est regle|probleme (?:resolu|regle)|j ai (?:trouve|retrouve)|je l ai (?:trouvee?|retrouvee?|recue?|eue?)|finalement recu|bien recu|vous pouvez (?:fermer|clore|cloturer)|laissez tomber|plus besoin|c est resolu|j ai pu (?:le |la |l )?(?:trouver|retrouver|recuperer|telecharger))`,
      `(?:hat sich erledigt|ist erledigt|habe es (?:gefunden|erhalten|bekommen)|hab es gefunden|(?:ist|sind) (?:jetzt |nun |doch |inzwischen |mittlerweile )?angekommen|inzwischen erhalten|mittlerweile erhalten|problem (?:gelost|geloest)|(?:konnen|koennen) (?:das ticket |die anfrage )?schliessen|nicht mehr notig|(?:doch|jetzt|nun) gefunden)`,
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

/** The word is used in a sense that is not a hosted credential. Nothing a learner adds overrides these. */
export const SENSE_SIGNALS: readonly SignalDefinition[] = [
  {
    name: 'neg:ssl_certificate',
    family: 'sense',
    weight: -7,
    patterns: [
      `(?:ssl|tls|https|x509|x 509|self signed|root ca|root certificate|intermediate certificate|ca bundle|certificate authority|certificate chain|cert chain|pem|crt|csr|openssl|lets encrypt|letsencrypt|certbot|handshake|keystore|truststore|err cert|net err|connection is not private|wildcard|code signing|signing certificate|apple developer|provisioning profile|p12|pfx|pkcs ?12|smime|s mime|client certificate|server certificate|certificate pinning|digicert|sectigo|nginx|apache|iis|cloudflare)`,
      `(?:certificados? (?:ssl|de servidor|de seguridad|raiz|de firma)|certificats? (?:ssl|serveur|racine|electronique|de signature)|(?:ssl|tls|server|stamm|root|signatur|client)zertifikat[a-z]*|(?:server|stamm|signatur|client) zertifikat[a-z]*)`,
    ],
  },
  {
    name: 'neg:digital_signature',
    family: 'sense',
    weight: -7,
    patterns: [
      `(?:e cpf|e cnpj|ecpf|ecnpj|icp brasil|fnmt|firma electronica|firma digital|e firma|efirma|assinatura digital|assinatura eletronica|signature electronique|qualifizierte signatur|elster|token usb|cartao de certificado|certificado digital (?:a1|a3|do sat|sat|para (?:firmar|assinar|declarar)))`,
    ],
  },
  {
    name: 'neg:login_credentials',
    family: 'sense',
    weight: -7,
    patterns: [
      `(?:login|log in|sign in|signin|sign on|sso|account|user|username|portal|vpn|wifi|wi fi|admin|database|ftp|email|network|lms|moodle|canvas|platform)${gap(1)} credentials?`,
      `credentials?${gap(3)} (?:to log|to sign|to access|for (?:the )?(?:login|portal|platform|system|account|lms|vpn)|username|password|log in|login|sign in)`,
      `(?:username|user name|user id|login) and password`,
      `credenciales? de (?:acceso|inicio|usuario|ingreso|login)`, `usuario y contrasena`,
      `credenciais de (?:acesso|login|entrada)`, `(?:usuario|login) e senha`,
      `identifiants?`, `nom d utilisateur et (?:le )?mot de passe`,
      `(?:zugangsdaten|anmeldedaten|logindaten|login daten|benutzername und passwort)`,
    ],
  },
  {
    name: 'neg:api_keys',
    family: 'sense',
    weight: -7,
    patterns: [
      `(?:api|sdk)${gap(1)} (?:keys?|credentials?|secrets?|tokens?)`,
      `(?:client (?:secret|id)|secret key|access key|access token|bearer token|oauth|webhook|service account|ssh key|private key|public key|aws|azure|gcp|jwt|client credentials|s3 bucket)`,
      `(?:clave|chave|cle|cle d) (?:de )?api`, `api (?:schlussel|schluessel)`,
    ],
  },
  {
    name: 'neg:other_certificate_kind',
    family: 'sense',
    weight: -7,
    patterns: [
      `(?:birth|death|marriage|medical|doctors|doctor s|sick|insurance|gift|tax|stock|vaccination|vaccine|covid|police|residence|residency|good conduct|warranty|firearms?|fishing|hunting) (?:certificate|cert)s?`,
      `certificates? of (?:insurance|deposit|analysis|origin|conformity|occupancy|incorporation|title|residence|good standing|authenticity for (?:a|the|my) (?:painting|watch|item|product))`,
      `gift (?:card|voucher)`,
      `certificados? (?:medico|de nacimiento|de defuncion|de matrimonio|de antecedentes|de residencia|de regalo|de vacunacion|de seguro|de retenciones|fiscal|de garantia|bancario|laboral|de trabajo|de discapacidad|de reservista|militar|de vacinacao)`,
      `(?:acta de nacimiento|tarjeta regalo|certidao|certidoes|atestado medico|atestados medicos)`,
      `certificats? (?:medical|de travail|de scolarite|de naissance|de deces|de mariage|de vaccination|d assurance|de residence|de conformite|d immatriculation|de cession|d hebergement)`,
      `(?:acte de naissance|carte cadeau|cheque cadeau|attestation (?:employeur|d assurance|de domicile|d hebergement|pole emploi|de securite sociale|fiscale|de paiement|de salaire))`,
      `(?:geburtsurkunde|heiratsurkunde|sterbeurkunde|arbeitszeugnis|impfzertifikat|impfnachweis|meldebescheinigung|arbeitsunfahigkeitsbescheinigung|krankmeldung|steuerbescheinigung|gutschein|gutscheine|ursprungszeugnis|einkommensbescheinigung|lohnsteuerbescheinigung)`,
    ],
  },
  {
    name: 'neg:physical_badge',
    family: 'sense',
    weight: -7,
    patterns: [
      `(?:name|id|employee|security|door|building|visitor|staff|press|parking) badges?`,
      `badges? (?:holder|printer|reader|scanner|printing)`,
      `(?:lanyard|gafete|cracha|namensschild|mitarbeiterausweis|zugangskarte|dienstausweis)`,
      `credencial (?:para votar|del ine|de elector|de estudiante|de empleado|de acceso|de prensa|del evento)`,
      `badges? (?:d acces|visiteur|nominatif|d entree|du salon)`,
    ],
  },
];

/** Who is writing: not a learner after their own credential. */
export const AUDIENCE_SIGNALS: readonly SignalDefinition[] = [
  {
    name: 'neg:issuer_admin',
    family: 'audience',
    weight: -5,
    patterns: [
      `(?:our|my) (?:students|learners|participants|attendees|graduates|trainees|delegates|cohort|recipients|candidates)`,
      `our (?:employees|members|customers|clients|users|staff)`,
      `(?:bulk|mass|batch) (?:send|sending|issue|issuing|issuance|upload|uploading|email|emails|import|export|create|creation)`,
      `(?:csv|spreadsheet|excel file|recipient list)`,
      `${NOUN} (?:templates?|designs?|designer|builder|layout)`,
      `how (?:do|can|would|should) we${gap(1)} (?:issue|create|design|send|upload|import|set up|publish|add)`,
      `how (?:do|can) i (?:issue|design|bulk|upload|import|set up|publish|add recipients)`,
      `we are (?:an? )?(?:issuer|course provider|training provider|organi[sz]ation|institution|university|school|academy)`,
      `as (?:an? |the )?(?:issuer|course provider|training provider)`,
      `(?:issuer|admin|administrator) (?:account|dashboard|portal)`,
      `(?:nuestros|nuestras|mis) (?:alumnos|alumnas|estudiantes|participantes|egresados|graduados|cursantes)`,
      `nuestros (?:clientes|empleados|colaboradores|usuarios|miembros)`,
      `(?:envio|carga|emision) masiva`, `plantilla`,
      `como (?:podemos|puedo) (?:emitir|crear|disenar|cargar|subir)${gap(1)} (?:los |las |nuestros )?${NOUN}`,
      `(?:nossos|nossas|meus) (?:alunos|alunas|estudantes|participantes|formandos|cursistas|treinandos)`,
      `nossos (?:clientes|colaboradores|funcionarios|usuarios|membros)`,
      `(?:envio|emissao|importacao|carga) em (?:massa|lote)`, `modelo de ${NOUN}`,
      `como podemos (?:emitir|criar|gerar|cadastrar|importar|enviar)`,
      `(?:nos|mes) (?:apprenants|etudiants|eleves|participants|stagiaires|inscrits|beneficiaires)`,
      `nos (?:clients|collaborateurs|salaries|utilisateurs|membres)`,
      `envoi (?:groupe|en masse|massif|en lot)`, `modele (?:de |d )?${NOUN}`,
      `(?:pouvons nous|peut on) (?:emettre|creer|concevoir|importer|envoyer)`,
      `(?:unsere[nrm]?|meine[nrm]?) (?:teilnehmer[a-z]*|studierenden|schuler[a-z]*|schueler[a-z]*|absolvent[a-z]*|lernenden|kursteilnehmer[a-z]*)`,
      `unsere[nrm]? (?:kunden|mitarbeiter[a-z]*|nutzer|mitglieder)`,
      // Not a bare "Vorlage": learners need a certificate "zur Vorlage beim Arbeitgeber".
      `(?:massenversand|sammelversand|massenimport|serienbrief|zertifikatsvorlagen?|vorlagen? (?:fur|fuer) (?:das |die |unsere )?${NOUN})`,
      `wie (?:kann ich|konnen wir|koennen wir)${gap(3)} ${NOUN}${gap(3)} (?:ausstellen|erstellen|gestalten|anlegen|versenden)`,
    ],
  },
  {
    name: 'neg:third_party_check',
    family: 'audience',
    weight: -4,
    patterns: [
      `(?:candidate|candidates|applicant|applicants|background check|background screening|pre employment|job seeker)`,
      `(?:candidato|candidata|postulante|aspirante|candidat|candidate|bewerber[a-z]*|kandidat[a-z]*)`,
    ],
  },
];

/** Requests with a workflow of their own. A flat "I never got it" in the same message outranks them. */
export const WORKFLOW_SIGNALS: readonly SignalDefinition[] = [
  {
    name: 'neg:wrong_details',
    family: 'workflow',
    weight: -5,
    patterns: [
      `(?:wrong|incorrect|misspel[a-z]*|mispel[a-z]*|inaccurate|spelling)${gap(2)} (?:name|names|date|dates|surname|last name|first name|title|course name|grade|score|hours|initials)`,
      `(?:error|errors|mistake|mistakes|typo|typos) (?:in|on|with) (?:my |the |his |her )?(?:name|date|surname|last name|first name|title|spelling)`,
      `(?:name|names|date|dates|surname|title|initials|spelling)${gap(4)} (?:wrong|incorrect|misspel[a-z]*|spelled wrong|spelt wrong|not correct|inaccurate|a typo|typo)`,
      `(?:change|correct|corrected|correcting|update|updated|fix|fixed|edit|amend|amended|modify|adjust)${gap(3)} (?:name|names|date|surname|spelling|title|initials)`,
      `name change`,
      `(?:nombre|apellidos?|fecha|titulo)${gap(3)} (?:incorrect[oa]s?|equivocad[oa]s?|mal escrit[oa]s?|mal|errone[oa]s?|con (?:un )?error)`,
      `(?:incorrect[oa]s?|equivocad[oa]s?|mal escrit[oa]s?|errone[oa]s?|errores? en|falta de ortografia en)${gap(2)} (?:nombre|apellidos?|fecha|titulo)`,
      `(?:corregir|cambiar|modificar|actualizar|rectificar|arreglar|corrijan|cambien|corrija|cambie)${gap(3)} (?:nombre|apellidos?|fecha|titulo)`,
      `(?:nome|sobrenome|data|titulo)${gap(3)} (?:errad[oa]s?|incorret[oa]s?|escrito errado|com erro|trocad[oa]s?)`,
      `(?:erro|erros) (?:no|na|em) (?:meu |minha )?(?:nome|sobrenome|data)`,
      `(?:corrigir|alterar|mudar|trocar|atualizar|retificar|ajustar|corrijam|alterem)${gap(3)} (?:nome|sobrenome|data|titulo)`,
      `(?:nom|prenom|date|intitule|orthographe)${gap(3)} (?:incorrecte?s?|erronee?s?|faux|fausse|mal (?:orthographiee?s?|ecrite?s?)|inexacte?s?)`,
      `(?:faute|fautes|erreur|erreurs) (?:d orthographe )?(?:dans|sur) (?:mon |le |la |ma )?(?:nom|prenom|date)`,
      `(?:corriger|modifier|changer|rectifier|mettre a jour|correction)${gap(3)} (?:nom|prenom|date|orthographe|intitule)`,
      `(?:mauvais|mauvaise|faux|fausse) (?:nom|prenom|date)`,
      `(?:name|namen|nachname|nachnamen|vorname|vornamen|datum)${gap(3)} (?:falsch|fehlerhaft|inkorrekt|vertippt|nicht korrekt|nicht richtig)`,
      `(?:falsche[nrs]?|fehlerhafte[nrs]?) (?:name|namen|datum|nachname|nachnamen|vorname|vornamen|schreibweise)`,
      `(?:namen?|datum|nachnamen?|vornamen?|schreibweise)${gap(3)} (?:korrigieren|korrigiert|andern|aendern|geandert|geaendert|berichtigen|berichtigt|anpassen)`,
      `(?:tippfehler|schreibfehler|rechtschreibfehler|namensanderung|namensaenderung)`,
    ],
  },
  {
    name: 'neg:change_address',
    family: 'workflow',
    weight: -4,
    patterns: [
      `(?:change|update|switch|modify|edit|correct)${gap(4)} (?:email|emails|address|recipient)`,
      `(?:cambiar|actualizar|modificar|corregir|cambien|actualicen)${gap(3)} (?:correo|email|direccion|mail)`,
      `(?:alterar|mudar|trocar|atualizar|corrigir|alterem|mudem|troquem)${gap(3)} (?:email|endereco)`,
      `(?:changer|modifier|mettre a jour|corriger)${gap(4)} (?:adresse|email|mail|courriel)`,
      `(?:email|mail|adresse|emailadresse|mailadresse)${gap(3)} (?:andern|aendern|aktualisieren|korrigieren|anpassen|umstellen|geandert)`,
      `(?:andern|aendern|aktualisieren) sie${gap(3)} (?:email|adresse)`,
    ],
  },
  {
    name: 'neg:share_credential',
    family: 'workflow',
    weight: -4,
    patterns: [
      `(?:share|sharing|compartir|compartilhar|partager|teilen|embed|incrustar|integrer|einbetten)${gap(3)} ${NOUN}`,
      `${NOUN}${gap(3)} (?:teilen|einbetten|posten)`,
      `add${gap(3)} (?:to|on) (?:my )?(?:profile|resume|cv|wallet|website|email signature|linkedin)`,
    ],
  },
  {
    name: 'neg:social_profile',
    family: 'workflow',
    weight: -2,
    patterns: [
      `(?:linkedin|facebook|twitter|instagram|xing|tiktok|social media|redes sociales|redes sociais|reseaux sociaux|sozialen? (?:medien|netzwerken?))`,
    ],
  },
  {
    name: 'neg:pdf_print',
    family: 'workflow',
    weight: -3.5,
    patterns: [
      // Not "resolution" or French "impression" alone: "a quick resolution", "j ai l impression que".
      `(?:pdf|pdfs|print|printing|printed|printable|printer|imprimir|impresion|impreso|impressao|impresso|imprimer|imprime|drucken|ausdrucken|ausgedruckt|druckversion|(?:low|high|higher|better) resolution|blurry|pixelated|png|jpg|jpeg|image quality|a4|letter size|hard copy|paper copy|physical copy|copia fisica|copia impresa|copia em papel|version papier|papierversion)`,
    ],
  },
  {
    name: 'neg:refund',
    family: 'workflow',
    weight: -4,
    patterns: [
      `(?:refund|refunds|refunded|reimburse[a-z]*|chargeback|money back|reembolso|reembolsar|devolucion del dinero|devolver el dinero|estorno|reembolsado|devolucao do dinheiro|remboursement|rembourser|remboursee?|ruckerstattung|erstattung|geld zuruck|ruckzahlung)`,
    ],
  },
  {
    name: 'neg:login_problem',
    family: 'workflow',
    weight: -3.5,
    patterns: [
      `(?:cant|cannot|can not|unable to|not able to|couldnt|trouble|problem|problems|issue|issues) (?:to )?(?:log ?in|sign in|signin|signing in|logging in|access my account)`,
      `(?:forgot|forgotten|reset|resetting|change|changing|recover)${gap(2)} password`,
      `(?:password reset|locked out|two factor|2fa)`,
      `account (?:is )?(?:locked|disabled|suspended|blocked)`,
      `(?:no puedo|no logro|no consigo|no me deja) (?:iniciar sesion|entrar|ingresar|acceder a mi cuenta|loguearme)`,
      `(?:olvide|restablecer|cambiar|recuperar)${gap(2)} contrasena`,
      `(?:nao consigo|nao consegui) (?:fazer login|logar|entrar|acessar minha conta)`,
      `(?:esqueci|redefinir|recuperar|trocar)${gap(2)} senha`,
      `(?:impossible de|n arrive pas a|ne peux pas|je ne peux pas) (?:me connecter|me loguer|acceder a mon compte|m identifier)`,
      `mot de passe (?:oublie|perdu)`, `(?:reinitialiser|changer|oublie)${gap(2)} mot de passe`,
      `(?:kann mich nicht|komme nicht|konnte mich nicht) (?:anmelden|einloggen|rein)`,
      `(?:passwort|kennwort)${gap(2)} (?:vergessen|zurucksetzen|zuruecksetzen)`,
      `(?:login|anmeldung) (?:funktioniert|klappt|geht) nicht`,
    ],
  },
  {
    name: 'neg:delete_request',
    family: 'workflow',
    weight: -4.5,
    patterns: [
      `(?:delete|remove|deactivate|hide|revoke|unpublish|erase|take down)${gap(3)} (?:${NOUN}|account|profile|data|information)`,
      `(?:make|set)${gap(3)} private`,
      `(?:gdpr|rgpd|dsgvo|right to be forgotten)`,
      `(?:borrar|eliminar|quitar|ocultar|dar de baja|borren|eliminen|quiten)${gap(3)} (?:${NOUN}|cuenta|perfil|datos)`,
      `(?:excluir|apagar|remover|ocultar|deletar|excluam|apaguem|removam)${gap(3)} (?:${NOUN}|conta|perfil|dados)`,
      `(?:supprimer|retirer|effacer|masquer|supprimez|retirez)${gap(3)} (?:${NOUN}|compte|profil|donnees)`,
      `${NOUN}${gap(3)} (?:loschen|loeschen|entfernen|verbergen|deaktivieren)`,
      `(?:konto|profil|daten|account)${gap(3)} (?:loschen|loeschen|entfernen|verbergen|deaktivieren)`,
      `(?:loschen|loeschen|entfernen) sie${gap(3)} (?:${NOUN}|konto|profil|daten)`,
    ],
  },
  {
    name: 'neg:credential_expiry',
    family: 'workflow',
    weight: -3.5,
    patterns: [
      `${NOUN}${gap(2)} (?:expired|expires|expiring|expiry|expiration|renew|renewal|renewed|vencio|vence|vencido|caduca|caduco|caducado|venceu|expirou|expira|expiree|abgelaufen|lauft ab|verlangern|erneuern)`,
      `(?:renew|renewal|renovar|renovacion|renovacao|renouveler|renouvellement|verlangern|verlaengern|erneuern|rezertifizierung|recertification|recertify)${gap(3)} ${NOUN}`,
    ],
  },
  {
    name: 'neg:eligibility_question',
    family: 'workflow',
    weight: -3.5,
    blockedBy: 'negation',
    patterns: [
      `(?:will|do|does|would|can|could|shall) (?:i|we|you|they|students|learners|participants|attendees|everyone)${gap(2)} (?:get|receive|earn|obtain|be given|be awarded|offer|provide|give|issue|award) (?:a|an|any) ${NOUN}`,
      `(?:is there|are there|comes? with|includes?|offers?|provides?) (?:a |an |any )?${NOUN}`,
      `(?:does|do|will) (?:this|the|your|these) (?:course|training|program|programme|class|webinar|workshop)s?${gap(3)} ${NOUN}`,
      `(?:dan|dara|daran|otorgan|otorga|entregan|incluye|ofrece|ofrecen|hay|recibire|obtendre|emiten|se obtiene|se entrega) (?:un |una |algun |alguna )?${NOUN}`,
      `(?:tem|oferece|oferecem|inclui|emite|emitem|vou receber|receberei|ganho|ganharei|fornece|fornecem|terei|vai ter) (?:um |uma |algum |alguma |direito a |direito ao )?${NOUN}`,
      `(?:y a t il|donne droit a|delivre|delivrez|propose|proposez|inclut|offre|obtiendrai je|vais je recevoir|est ce qu on recoit|aura t on|aurai je) (?:un |une |des |d )?${NOUN}`,
      `(?:gibt es|bekomme ich|erhalte ich|bekommt man|erhalt man|erhalten wir|bekommen wir|beinhaltet|enthalt) (?:auch )?(?:ein|eine|einen) ${NOUN}`,
    ],
  },
  {
    name: 'neg:verification_request',
    family: 'workflow',
    weight: -3.5,
    patterns: [
      `(?:verify|verifying|verification of|validate|validating|authenticate|confirm the authenticity of|check the validity of)${gap(4)} ${NOUN}`,
      `${NOUN}${gap(4)} (?:is genuine|is authentic|is legit|is legitimate|is fake|is forged|is fraudulent|real or fake|genuine or not)`,
      `(?:authenticity|validity) of${gap(3)} ${NOUN}`,
      `(?:verificar|validar|comprobar|constatar|autenticidad|validez|conferir|autenticidade|validade|verifier|valider|authentifier|authenticite|validite|echtheit|gultigkeit)${gap(3)} ${NOUN}`,
      `${NOUN}${gap(3)} (?:prufen|pruefen|uberprufen|ueberpruefen|verifizieren|validieren)`,
    ],
  },
];
