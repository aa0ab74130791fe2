import type { RetrieveDelivery } from '../core/decision.ts';
import type { IssuedCredential, Issuer } from '../core/model.ts';
import { splitLines, toOneLine } from '../core/one-line.ts';
import { formatDateUtc } from '../core/replies.ts';

/**
 * The emails credbot sends, each as a subject, a plain-text part and an HTML part.
 *
 * Contract for the HTML: every value that came from data (course, issuer and recipient names, URLs, the
 * learner's own words) is escaped, and only http(s) URLs become links. Issuers type course names and
 * learners type messages, so either may hold markup. Styles are inline and there are no images, because
 * mail clients strip <style> blocks and block remote content.
 */

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface MailOptions {
  /** The product name learners know, e.g. "Credential.net". */
  brandName: string;
  supportEmail: string;
}

export interface IssuerHandoffInput {
  issuer: Issuer;
  learnerAddress: string;
  /** The learner's message as they wrote it; quoted to the issuer, shortened. */
  learnerMessageExcerpt: string;
  /** Unpublished credentials for the learner's address; only this issuer's are mentioned. */
  drafts: IssuedCredential[];
}

/** Long enough to show what the learner asked, short enough that a whole thread is not forwarded. */
const EXCERPT_MAX_CHARS = 500;

export function renderRetrieveEmail(delivery: RetrieveDelivery, options: MailOptions): RenderedEmail {
  const { brandName, supportEmail } = options;
  const credentials = delivery.credentials;
  const recipientName = credentials.find((credential) => credential.recipientName)?.recipientName ?? null;
  const plural = credentials.length === 1 ? 'credential' : 'credentials';

  // Subjects become headers: a line break in a name must not start a new one.
  const subject = toOneLine(`Your ${brandName} ${plural}`);
  const greeting = recipientName ? `Hi ${recipientName},` : 'Hello,';
  const intro =
    credentials.length === 1
      ? `You asked for the credential issued to ${delivery.to}. Here it is: the link opens its own page, where you can view, download and share it.`
      : `You asked for the credentials issued to ${delivery.to}. Here are all ${credentials.length}: each link opens that credential’s own page, where you can view, download and share it.`;
  const tipsHeading = 'Didn’t get our emails before? A few things help:';
  const tips = [
    'Add this sender to your contacts, so credential emails land in your inbox.',
    'Check your spam or junk folder now and then.',
    'With a work or school address, your organisation’s filters may hold emails back: check any quarantine, or ask your IT team to let ours through.',
    'Lost a link again? Just ask us again the same way, any time.',
  ];
  const notYou = 'If you didn’t ask for this email, you can ignore it.';
  const questions = `Questions? Write to ${supportEmail}.`;

  const text = [
    greeting,
    intro,
    ...credentials.map(
      (credential) =>
        `${credential.courseName}\nIssued by ${credential.issuer.name} on ${formatDateUtc(credential.issuedAt)}\n${credential.url}`,
    ),
    `${tipsHeading}\n${tips.map((tip) => `- ${tip}`).join('\n')}`,
    notYou,
    `${questions}\n${brandName}`,
  ].join('\n\n');

  const html = htmlDocument(subject, [
    paragraph(escapeHtml(greeting)),
    paragraph(escapeHtml(intro)),
    ...credentials.map(credentialBlock),
    paragraph(escapeHtml(tipsHeading)),
    `<ul style="${STYLE.list}">${tips.map((tip) => `<li>${escapeHtml(tip)}</li>`).join('')}</ul>`,
    paragraph(escapeHtml(notYou), STYLE.muted),
    paragraph(`${escapeHtml(questions)}<br>${escapeHtml(brandName)}`),
  ]);

  return { subject, text, html };
}

export function renderIssuerHandoffEmail(input: IssuerHandoffInput, options: MailOptions): RenderedEmail {
  const { issuer, learnerAddress } = input;
  const { brandName, supportEmail } = options;
  // Drafts of other issuers may share the address; naming their courses here would leak them.
  const draftCourses = [
    ...new Set(input.drafts.filter((draft) => draft.issuerId === issuer.id).map((draft) => draft.courseName)),
  ];
  const excerpt = truncate(input.learnerMessageExcerpt.trim(), EXCERPT_MAX_CHARS);

  const subject = toOneLine(`A learner is asking about their ${issuer.name} credential`);
  const greeting = issuer.contactName ? `Hello ${issuer.contactName},` : `Hello ${issuer.name} team,`;
  const intro = `A learner at ${learnerAddress} has asked ${brandName} support about a credential from ${issuer.name}. We host credentials on your behalf and only send learners what you have published, and there is no published credential from you for this address.`;
  const draftsLead =
    draftCourses.length === 1
      ? 'You have a draft for them that is not published yet:'
      : 'You have drafts for them that are not published yet:';
  const draftsAfter =
    draftCourses.length === 1
      ? 'Once you publish it, they will be able to receive it.'
      : 'Once you publish them, they will be able to receive them.';
  const noDrafts =
    'We found no draft either, so they may have signed up with a different address, or the credential may not have been created yet.';
  const ask = `Please get in touch with them at ${learnerAddress}.`;
  const quoteLead = 'What they wrote:';
  const thanks = `Thank you,\n${brandName} support\n${supportEmail}`;

  const text = [
    greeting,
    intro,
    draftCourses.length > 0
      ? `${draftsLead}\n${draftCourses.map((course) => `- ${course}`).join('\n')}\n\n${draftsAfter}`
      : noDrafts,
    ask,
    excerpt ? `${quoteLead}\n${quoteLines(excerpt)}` : null,
    thanks,
  ]
    .filter((part): part is string => part !== null)
    .join('\n\n');

  const html = htmlDocument(subject, [
    paragraph(escapeHtml(greeting)),
    paragraph(escapeHtml(intro)),
    ...(draftCourses.length > 0
      ? [
          paragraph(escapeHtml(draftsLead)),
          `<ul style="${STYLE.list}">${draftCourses.map((course) => `<li>${escapeHtml(course)}</li>`).join('')}</ul>`,
          paragraph(escapeHtml(draftsAfter)),
        ]
      : [paragraph(escapeHtml(noDrafts))]),
    paragraph(`Please get in touch with them at ${mailtoLink(learnerAddress)}.`),
    ...(excerpt
      ? [paragraph(escapeHtml(quoteLead)), `<blockquote style="${STYLE.quote}">${escapeHtml(excerpt)}</blockquote>`]
      : []),
    paragraph(escapeHtml(thanks).replaceAll('\n', '<br>')),
  ]);

  return { subject, text, html };
}

/** Escapes the five characters that matter in HTML text and in quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Only http(s) may become a link: a `javascript:` or `data:` URL in an href would run in some clients. */
export function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

const STYLE = {
  body: 'margin:0;padding:24px;background:#f5f5f5;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#222;',
  card: 'max-width:600px;margin:0 auto;padding:24px;background:#ffffff;border-radius:6px;',
  p: 'margin:0 0 16px;',
  muted: 'margin:0 0 16px;color:#666;font-size:13px;',
  list: 'margin:0 0 16px;padding-left:20px;',
  credential: 'margin:0 0 16px;padding:12px 16px;border:1px solid #ddd;border-radius:4px;',
  course: 'margin:0 0 4px;font-weight:bold;font-size:16px;',
  link: 'color:#1a5fb4;word-break:break-all;',
  quote: 'margin:0 0 16px;padding:8px 12px;border-left:3px solid #ccc;color:#444;white-space:pre-wrap;',
} as const;

function credentialBlock(credential: IssuedCredential): string {
  const url = isWebUrl(credential.url)
    ? `<a href="${escapeHtml(credential.url)}" style="${STYLE.link}">${escapeHtml(credential.url)}</a>`
    : escapeHtml(credential.url);
  return [
    `<div style="${STYLE.credential}">`,
    `<p style="${STYLE.course}">${escapeHtml(credential.courseName)}</p>`,
    `<p style="margin:0 0 4px;">Issued by ${escapeHtml(credential.issuer.name)} on ${escapeHtml(
      formatDateUtc(credential.issuedAt),
    )}</p>`,
    `<p style="margin:0;">${url}</p>`,
    '</div>',
  ].join('');
}

function mailtoLink(address: string): string {
  const escaped = escapeHtml(address);
  // An address with characters that would change a mailto's meaning is shown, not linked.
  return /^[^\s@?&#]+@[^\s@?&#]+$/.test(address)
    ? `<a href="mailto:${escaped}" style="${STYLE.link}">${escaped}</a>`
    : escaped;
}

function paragraph(innerHtml: string, style: string = STYLE.p): string {
  return `<p style="${style}">${innerHtml}</p>`;
}

function htmlDocument(title: string, blocks: string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body style="${STYLE.body}">`,
    `<div style="${STYLE.card}">`,
    ...blocks,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}

/** Cuts at a word boundary when one is near, so the quote does not end mid-word. */
function truncate(value: string, maxChars: number): string {
  const chars = Array.from(value);
  if (chars.length <= maxChars) return value;
  const cut = chars.slice(0, maxChars).join('');
  const lastSpace = cut.search(/\s\S*$/);
  const atWord = lastSpace > maxChars * 0.8 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.trimEnd()}…`;
}

/** Every line of the learner's words quoted, however it is broken, so none can pass for a line of ours. */
function quoteLines(value: string): string {
  return splitLines(value)
    .map((line) => `> ${line}`)
    .join('\n');
}

