import { splitLines } from '../core/one-line.ts';

/**
 * Text in and out of Slack. Slack writes mentions, links and addresses as `<...>` in message text and escapes
 * `&`, `<` and `>`; it reads the same syntax in what we post. So what comes in is turned into plain words before
 * the core sees it, and anything that came from a user or the database is escaped before it goes out: otherwise
 * a learner (or an issuer's name) could make the bot ping `<!channel>` or post a link disguised as other text.
 */

/** Escapes text for mrkdwn (and plain `text` fields): Slack's three control characters, nothing else. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Quotes text as a mrkdwn block quote, escaped: every line, whatever breaks it, so none can pass for ours. */
export function quoteMrkdwn(text: string): string {
  return splitLines(text)
    .map((line) => `>${escapeMrkdwn(line)}`)
    .join('\n');
}

/**
 * Text in a mrkdwn code block, escaped. Slack has no escape for a backtick inside one, and three of them end it,
 * so each backtick becomes U+02CB (ˋ), which looks alike: a name holding ``` cannot close the block and format
 * what follows.
 */
export function codeBlockMrkdwn(text: string): string {
  return `\`\`\`\n${escapeMrkdwn(text).replaceAll('`', '\u02cb')}\n\`\`\``;
}

const SPECIAL = /<([^<>]*)>/g;

/**
 * A message's text as the learner wrote it: `<mailto:a@b.example|a@b.example>` → `a@b.example`, user mentions
 * dropped (usually the bot's own), `<#C1|help>` → `#help`, `<!here>` → `@here`, links → their label or URL, and
 * the `&amp;` `&lt;` `&gt;` escapes undone.
 */
export function slackTextToPlain(text: string): string {
  const replaced = text.replace(SPECIAL, (_match, inner: string) => {
    const bar = inner.indexOf('|');
    const target = bar === -1 ? inner : inner.slice(0, bar);
    const label = bar === -1 ? undefined : inner.slice(bar + 1);
    if (target.startsWith('@')) return '';
    if (target.startsWith('#')) return label !== undefined ? `#${label}` : '';
    if (target.startsWith('!')) return label ?? `@${target.slice(1).split('^')[0]}`;
    if (target.startsWith('mailto:')) return target.slice('mailto:'.length);
    return label ?? target;
  });
  return replaced
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
