import { CREDENTIAL_NOUN as NOUN, gap } from './intent-lexicon.ts';
import type { SignalDefinition } from './intent-signals.ts';

/** The word is used in a sense that is not a hosted credential. Nothing a learner adds overrides these. */
export const SENSE_SIGNALS: readonly SignalDefinition[] = [
  {
    name: 'neg:ssl_certificate',
    family: 'sense',
    weight: -7,
    patterns: [
      `(?:ssl|tls|https|x509|x 509|self signed|root ca|root certificate|intermediate certificate|ca bundle|certificate authority|certificate chain|cert chain|pem|crt|csr|openssl|lets encrypt|letsencrypt|certbot|handshake|keystore|truststore|err cert|net err|connection is not private|wildcard|code signing|signing certificate|apple developer|provisioning profile|p12|pfx|pkcs ?12|smime|s mime|client certificate|server certificate|certificate pinning|digicert|sectigo|nginx|apache|iis|cloudflare)`,
      `security (?:certificate|cert)s?`, `sicherheitszertifikat[a-z]*`, `certificats? de securite`,
      `${NOUN} (?:for|of|on|de|du|der|fur|do|da) (?:your|the|this|votre|su|seu|sua|ihrer|la|le|el|o|a) (?:website|site|web|domain|seite|webseite|sitio|pagina web)`,
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
      `credentials?${gap(3)} (?:to log|to sign|to access|to connect|for (?:the )?(?:login|portal|platform|system|account|lms|vpn)|username|password|log in|login|sign in)`,
      `credentials?${gap(4)} (?:server|sftp|ftp|ssh|database|vpn|wifi|smtp|imap|admin|root|repository|cluster|api)`,
      `(?:sftp|ftp|ssh|smtp|imap|database|db|server|git|github|root|admin) credentials?`,
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
