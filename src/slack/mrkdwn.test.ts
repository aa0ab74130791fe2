import { describe, expect, it } from 'vitest';
import { codeBlockMrkdwn, escapeMrkdwn, quoteMrkdwn, slackTextToPlain } from './mrkdwn.ts';

describe('escapeMrkdwn', () => {
  it('escapes Slack’s three control characters and nothing else', () => {
    expect(escapeMrkdwn('<!channel> <https://phish.example|Login> & *bold*')).toBe('&lt;!channel&gt; &lt;https://phish.example|Login&gt; &amp; *bold*');
  });

  it('escapes an already escaped entity again, so it shows as typed', () => {
    expect(escapeMrkdwn('&lt;!here&gt;')).toBe('&amp;lt;!here&amp;gt;');
  });

  it('quotes every line, escaped', () => {
    expect(quoteMrkdwn('one <!here>\ntwo')).toBe('>one &lt;!here&gt;\n>two');
  });

  it('quotes a line however it is broken, so none escapes the quote', () => {
    expect(quoteMrkdwn('one\r*credbot: all done*\u2028three')).toBe('>one\n>*credbot: all done*\n>three');
  });
});

describe('codeBlockMrkdwn', () => {
  it('keeps a name holding backticks inside the block', () => {
    const block = codeBlockMrkdwn('Issuer contact: Evil ```Uni``` <!channel>: `x`');
    expect(block).toBe('```\nIssuer contact: Evil ˋˋˋUniˋˋˋ &lt;!channel&gt;: ˋxˋ\n```');
    expect(block.match(/`/g)).toHaveLength(6);
  });
});

describe('slackTextToPlain', () => {
  it('turns mailto links into the address', () => {
    expect(slackTextToPlain('my email is <mailto:Maria.Lopez@example.com|Maria.Lopez@example.com>')).toBe('my email is Maria.Lopez@example.com');
  });

  it('drops user mentions and keeps channel names, specials and link labels', () => {
    expect(slackTextToPlain('<@U0BOT> see <#C123|help> <!here> <https://example.com|our site> <https://example.org>')).toBe(
      'see #help @here our site https://example.org',
    );
  });

  it('undoes Slack’s escaping', () => {
    expect(slackTextToPlain('a &lt;b&gt; &amp; c')).toBe('a <b> & c');
  });
});
