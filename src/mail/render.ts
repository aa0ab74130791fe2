import type { RetrieveDelivery } from '../core/decision.ts';
import { type Messages, messagesIn } from '../core/messages/format-message.ts';
import type { Language } from '../core/messages/languages.ts';
import type { IssuedCredential, Issuer } from '../core/model.ts';
import { splitLines, toOneLine } from '../core/one-line.ts';

/**
 * The emails credbot sends, each as a subject, a plain-text part and an HTML part, in the learner's language (the
 * words are in src/core/messages/).
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

export function renderRetrieveEmail(delivery: RetrieveDelivery, options: MailOptions, language: Language): RenderedEmail {
  const { brandName, supportEmail } = options;
  const words = messagesIn(language);
  const credentials = delivery.credentials;
  const count = credentials.length;
  const recipientName = credentials.find((credential) => credential.recipientName)?.recipientName ?? null;

  // Subjects become headers: a line break in a name must not start a new one.
  const subject = toOneLine(words.format('email.retrieve.subject', { count }));
  const greeting = words.format('email.retrieve.greeting', { hasName: recipientName ? 'yes' : 'no', name: recipientName ?? '' });
  const intro = words.format('email.retrieve.intro', { count, address: delivery.to });
  const tipsHeading = words.format('email.retrieve.tipsHeading');
  const tips = (['email.retrieve.tipContacts', 'email.retrieve.tipSpam', 'email.retrieve.tipFilters', 'email.retrieve.tipAskAgain'] as const).map(
    (key) => words.format(key),
  );
  const notYou = words.format('email.retrieve.notYou');
  const questions = words.format('email.retrieve.questions', { supportEmail });

  const text = [
    greeting,
    intro,
    ...credentials.map((credential) => `${credential.courseName}\n${issuedBy(credential, words)}\n${credential.url}`),
    `${tipsHeading}\n${tips.map((tip) => `- ${tip}`).join('\n')}`,
    notYou,
    `${questions}\n${brandName}`,
  ].join('\n\n');

  const html = htmlDocument(subject, language, [
    paragraph(escapeHtml(greeting)),
    paragraph(escapeHtml(intro)),
    ...credentials.map((credential) => credentialBlock(credential, words)),
    paragraph(escapeHtml(tipsHeading)),
    `<ul style="${STYLE.list}">${tips.map((tip) => `<li>${escapeHtml(tip)}</li>`).join('')}</ul>`,
    paragraph(escapeHtml(notYou), STYLE.muted),
    paragraph(`${escapeHtml(questions)}<br>${escapeHtml(brandName)}`),
  ]);

  return { subject, text, html };
}

export function renderIssuerHandoffEmail(input: IssuerHandoffInput, options: MailOptions, language: Language): RenderedEmail {
  const { issuer, learnerAddress } = input;
  const { brandName, supportEmail } = options;
  const words = messagesIn(language);
  // Drafts of other issuers may share the address; naming their courses here would leak them.
  const draftCourses = [
    ...new Set(input.drafts.filter((draft) => draft.issuerId === issuer.id).map((draft) => draft.courseName)),
  ];
  const excerpt = truncate(input.learnerMessageExcerpt.trim(), EXCERPT_MAX_CHARS);

  const subject = toOneLine(words.format('email.issuerHandoff.subject', { issuer: issuer.name }));
  const greeting = words.format('email.issuerHandoff.greeting', {
    hasContactName: issuer.contactName ? 'yes' : 'no',
    contactName: issuer.contactName ?? '',
    issuer: issuer.name,
  });
  const intro = words.format('email.issuerHandoff.intro', { learnerAddress, brand: brandName, issuer: issuer.name });
  const draftsLead = words.format('email.issuerHandoff.draftsLead', { count: draftCourses.length });
  const draftsAfter = words.format('email.issuerHandoff.draftsAfter', { count: draftCourses.length });
  const noDrafts = words.format('email.issuerHandoff.noDrafts');
  const ask = words.format('email.issuerHandoff.ask', { learnerAddress });
  const quoteLead = words.format('email.issuerHandoff.quoteLead');
  const thanks = words.format('email.issuerHandoff.signOff', { brand: brandName, supportEmail });

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

  const html = htmlDocument(subject, language, [
    paragraph(escapeHtml(greeting)),
    paragraph(escapeHtml(intro)),
    ...(draftCourses.length > 0
      ? [
          paragraph(escapeHtml(draftsLead)),
          `<ul style="${STYLE.list}">${draftCourses.map((course) => `<li>${escapeHtml(course)}</li>`).join('')}</ul>`,
          paragraph(escapeHtml(draftsAfter)),
        ]
      : [paragraph(escapeHtml(noDrafts))]),
    paragraph(withHtml(words.formatParts('email.issuerHandoff.ask', { learnerAddress: { html: mailtoLink(learnerAddress) } }))),
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

function issuedBy(credential: IssuedCredential, words: Messages): string {
  return words.format('email.retrieve.issuedBy', { issuer: credential.issuer.name, issuedAt: credential.issuedAt });
}

function credentialBlock(credential: IssuedCredential, words: Messages): string {
  const url = isWebUrl(credential.url)
    ? `<a href="${escapeHtml(credential.url)}" style="${STYLE.link}">${escapeHtml(credential.url)}</a>`
    : escapeHtml(credential.url);
  return [
    `<div style="${STYLE.credential}">`,
    `<p style="${STYLE.course}">${escapeHtml(credential.courseName)}</p>`,
    `<p style="margin:0 0 4px;">${escapeHtml(issuedBy(credential, words))}</p>`,
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

/** A message whose text is escaped around values that are already HTML (a link). */
function withHtml(parts: (string | { html: string })[]): string {
  return parts.map((part) => (typeof part === 'string' ? escapeHtml(part) : part.html)).join('');
}

function paragraph(innerHtml: string, style: string = STYLE.p): string {
  return `<p style="${style}">${innerHtml}</p>`;
}

function htmlDocument(title: string, language: Language, blocks: string[]): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
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

