import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, quoteMrkdwn, slackTextToPlain } from './mrkdwn.ts';

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
