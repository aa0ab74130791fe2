import { describe, expect, it } from 'vitest';
import { plainTextToHtml, ticketComment } from './comment-html.ts';

describe('a ticket comment from the core’s plain text', () => {
  it('is HTML with every character escaped: markup and Markdown in a name show as typed', () => {
    expect(plainTextToHtml('Please contact Evil "Uni" <b>&</b> [portal](https://phish.example).')).toBe(
      '<p>Please contact Evil &quot;Uni&quot; &lt;b&gt;&amp;&lt;/b&gt; [portal](https://phish.example).</p>',
    );
  });

  it('keeps paragraphs and line breaks', () => {
    expect(plainTextToHtml('First.\n\nSecond:\n- one\n- two')).toBe('<p>First.</p><p>Second:<br>- one<br>- two</p>');
  });

  it('is sent as html_body only, so Zendesk never reads it as Markdown', () => {
    expect(ticketComment('Hello', false)).toEqual({ htmlBody: '<p>Hello</p>', public: false });
  });
});
