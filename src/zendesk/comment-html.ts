import { splitLines } from '../core/one-line.ts';
import { escapeHtml } from '../mail/render.ts';
import type { TicketComment } from './zendesk-api.ts';

/**
 * A reply or a note (the core's plain text) as a Zendesk comment, sent as `html_body` with every character of
 * the text escaped. Zendesk may format a plain `body` as Markdown, where a name such as `[Official
 * portal](https://phish.example)` would become a disguised link; in escaped HTML, whatever a name or a
 * learner's words hold shows as typed. Blank lines separate paragraphs, other line breaks stay line breaks.
 */
export function ticketComment(text: string, isPublic: boolean): TicketComment {
  return { htmlBody: plainTextToHtml(text), public: isPublic };
}

export function plainTextToHtml(text: string): string {
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => `<p>${splitLines(paragraph).map(escapeHtml).join('<br>')}</p>`)
    .join('');
}
