import { describe, expect, it } from 'vitest';
import { makeCredential as fixtureCredential, makeIssuer as fixtureIssuer } from '../../test/helpers/domain-fixtures.ts';
import type { IssuedCredential, Issuer } from '../core/model.ts';
import { escapeHtml, isWebUrl, renderIssuerHandoffEmail, renderRetrieveEmail } from './render.ts';

const options = { brandName: 'Credential.net', supportEmail: 'help@credbot.test' };

// These emails are about what the data lacks as much as what it has: no name, no support page by default.
const makeIssuer = (overrides: Partial<Issuer> = {}) => fixtureIssuer({ supportUrl: null, ...overrides });
const makeCredential = (overrides: Partial<IssuedCredential> = {}) =>
  fixtureCredential({ recipientName: null, issuer: overrides.issuer ?? makeIssuer(), ...overrides });

describe('renderRetrieveEmail', () => {
  it('lists every credential with its course, issuer, UTC issue date and URL', () => {
    const credentials = [
      makeCredential(),
      makeCredential({
        id: 'cred_2',
        courseName: 'Tea Party Etiquette',
        issuer: makeIssuer({ id: 'iss_2', name: 'Hatter Institute' }),
        url: 'https://credential.test/c/def456',
        // Late on 30 Nov in UTC: a local-time formatter east of Greenwich would say 1 Dec.
        issuedAt: new Date('2023-11-30T23:30:00Z'),
      }),
    ];
    const email = renderRetrieveEmail({ to: 'alice@example.com', credentials }, options, 'en');

    expect(email.subject).toBe('The 2 credentials you asked for');
    for (const body of [email.text, email.html]) {
      expect(body).toContain('Advanced Rabbit Holes');
      expect(body).toContain('Acme Academy on 1 May 2024');
      expect(body).toContain('https://credential.test/c/abc123');
      expect(body).toContain('Tea Party Etiquette');
      expect(body).toContain('Hatter Institute on 30 Nov 2023');
      expect(body).toContain('https://credential.test/c/def456');
    }
    expect(email.html).toContain('href="https://credential.test/c/abc123"');
    expect(email.html).toContain('href="https://credential.test/c/def456"');
  });

  it('greets the recipient by name when a credential carries one, and says hello otherwise', () => {
    const named = renderRetrieveEmail(
      { to: 'alice@example.com', credentials: [makeCredential(), makeCredential({ recipientName: 'Alice Liddell' })] },
      options,
      'en',
    );
    expect(named.text.startsWith('Hi Alice Liddell,')).toBe(true);
    expect(named.html).toContain('Hi Alice Liddell,');

    const anonymous = renderRetrieveEmail({ to: 'alice@example.com', credentials: [makeCredential()] }, options, 'en');
    expect(anonymous.text.startsWith('Hello,')).toBe(true);
    expect(anonymous.subject).toBe('The credential you asked for');
  });

  it('gives the help article’s tips: contacts, spam, work or school filters, and asking again', () => {
    const { text } = renderRetrieveEmail({ to: 'alice@example.com', credentials: [makeCredential()] }, options, 'en');
    expect(text).toContain('Add this sender to your contacts');
    expect(text).toContain('spam or junk');
    expect(text).toContain('work or school address');
    expect(text).toContain('Lost a link again?');
    expect(text).toContain('help@credbot.test');
  });

  it('escapes a hostile course name, an issuer name with & and a recipient name in the HTML', () => {
    const email = renderRetrieveEmail(
      {
        to: 'alice@example.com',
        credentials: [
          makeCredential({
            courseName: '<script>alert(1)</script>',
            issuer: makeIssuer({ name: 'Smith & Sons "Training"' }),
            recipientName: "<img src=x onerror='x'>",
          }),
        ],
      },
      options,
      'en',
    );
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.html).toContain('Smith &amp; Sons &quot;Training&quot;');
    expect(email.html).toContain('&lt;img src=x onerror=&#39;x&#39;&gt;');
    // The plain-text part is not HTML: it shows the names as written.
    expect(email.text).toContain('<script>alert(1)</script>');
    expect(email.text).toContain('Smith & Sons');
  });

  it('escapes quotes and ampersands in a link so a URL cannot break out of its href', () => {
    const url = 'https://credential.test/c/1?a=1&b="><script>x</script>';
    const { html } = renderRetrieveEmail({ to: 'alice@example.com', credentials: [makeCredential({ url })] }, options, 'en');
    const escaped = 'https://credential.test/c/1?a=1&amp;b=&quot;&gt;&lt;script&gt;x&lt;/script&gt;';
    expect(html).toContain(`href="${escaped}"`);
    expect(html).not.toContain('<script>');
  });

  it('shows a javascript: URL as escaped text, never as a link', () => {
    const url = 'javascript:alert("pwned")';
    const email = renderRetrieveEmail({ to: 'alice@example.com', credentials: [makeCredential({ url })] }, options, 'en');
    expect(email.html).not.toMatch(/href="javascript:/i);
    expect(email.html).toContain('javascript:alert(&quot;pwned&quot;)');
    expect(email.text).toContain(url);
  });

  it('uses inline styles and no images, so mail clients render it as sent', () => {
    const { html } = renderRetrieveEmail({ to: 'alice@example.com', credentials: [makeCredential()] }, options, 'en');
    expect(html).not.toMatch(/<img|<style|<link|<script/i);
    expect(html).toContain('style="');
  });
});

describe('renderRetrieveEmail in the learner’s language', () => {
  const credentials = [makeCredential({ recipientName: 'María López', issuedAt: new Date('2026-02-03T00:00:00Z') }), makeCredential({ id: 'cred_2' })];

  it('writes the subject, the text and the HTML in it, dates as the language writes them', () => {
    const cases = [
      { language: 'es', subject: 'Las 2 credenciales que solicitó', greeting: 'Hola, María López:', issued: 'Emitida por Acme Academy el 3 feb 2026' },
      { language: 'pt', subject: 'As 2 credenciais que você pediu', greeting: 'Olá, María López,', issued: 'Emitida por Acme Academy em 3 de fev. de 2026' },
      { language: 'fr', subject: 'Les 2 certificats que vous avez demandés', greeting: 'Bonjour María López,', issued: 'Délivré par Acme Academy le 3 févr. 2026' },
      { language: 'de', subject: 'Die 2 Zertifikate, die Sie angefordert haben', greeting: 'Guten Tag María López,', issued: 'Ausgestellt von Acme Academy am 3. Feb. 2026' },
    ] as const;
    for (const { language, subject, greeting, issued } of cases) {
      const email = renderRetrieveEmail({ to: 'maria@example.com', credentials }, options, language);
      expect(email.subject, language).toBe(subject);
      expect(email.text.startsWith(greeting), language).toBe(true);
      expect(email.text, language).toContain(issued);
      expect(email.html, language).toContain(`<html lang="${language}">`);
      expect(email.html, language).toContain(escapeHtml(issued));
      expect(email.text, language).toContain('help@credbot.test');
      expect(email.text, language).not.toMatch(/You asked for|Issued by|Questions\?/);
    }
  });

  it('escapes names in the HTML whatever the language', () => {
    const hostile = makeCredential({ courseName: '<script>alert(1)</script>', issuer: makeIssuer({ name: 'Smith & Sons' }) });
    const { html } = renderRetrieveEmail({ to: 'alice@example.com', credentials: [hostile] }, options, 'fr');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Délivré par Smith &amp; Sons');
  });
});

describe('the retrieve email’s subject with the default brand name', () => {
  it('reads well: the brand is the sender’s name, not a word to double', () => {
    for (const count of [1, 2]) {
      const email = renderRetrieveEmail(
        { to: 'alice@example.com', credentials: Array.from({ length: count }, (_, index) => makeCredential({ id: `cred_${index}` })) },
        { brandName: 'Credentials', supportEmail: 'help@credbot.test' },
        'en',
      );
      expect(email.subject).not.toMatch(/credentials? credentials?/i);
      expect(email.subject).toBe(count === 1 ? 'The credential you asked for' : 'The 2 credentials you asked for');
      expect(email.text.endsWith('Credentials')).toBe(true);
    }
  });
});

describe('renderIssuerHandoffEmail', () => {
  function input(overrides: Partial<Parameters<typeof renderIssuerHandoffEmail>[0]> = {}) {
    return {
      issuer: makeIssuer(),
      learnerAddress: 'alice@example.com',
      learnerMessageExcerpt: 'I finished the course last week but never got my certificate.',
      drafts: [],
      ...overrides,
    };
  }

  it('tells the issuer contact a learner is asking and none is published, and asks them to get in touch', () => {
    const email = renderIssuerHandoffEmail(input(), options, 'en');
    expect(email.subject).toBe('A learner is asking about their Acme Academy credential');
    expect(email.text.startsWith('Hello Dana Reyes,')).toBe(true);
    expect(email.text).toContain('A learner at alice@example.com');
    expect(email.text).toContain('no published credential from you for this address');
    expect(email.text).toContain('We found no draft either');
    expect(email.text).toContain('Please get in touch with them at alice@example.com.');
    expect(email.html).toContain('href="mailto:alice@example.com"');
  });

  it('addresses the issuer’s team when no contact name is on record', () => {
    const email = renderIssuerHandoffEmail(input({ issuer: makeIssuer({ contactName: null }) }), options, 'en');
    expect(email.text.startsWith('Hello Acme Academy team,')).toBe(true);
  });

  it('lists this issuer’s unpublished drafts by course name, and no other issuer’s', () => {
    const issuer = makeIssuer();
    const other = makeIssuer({ id: 'iss_2', name: 'Hatter Institute' });
    const email = renderIssuerHandoffEmail(
      input({
        issuer,
        drafts: [
          makeCredential({ status: 'draft', courseName: 'Advanced Rabbit Holes', issuer }),
          makeCredential({ id: 'cred_3', status: 'draft', courseName: 'Tea Party Etiquette', issuer: other }),
        ],
      }),
      options,
      'en',
    );
    expect(email.text).toContain('You have a draft for them that is not published yet:\n- Advanced Rabbit Holes');
    expect(email.html).toContain('<li>Advanced Rabbit Holes</li>');
    expect(email.text).not.toContain('Tea Party Etiquette');
    expect(email.html).not.toContain('Tea Party Etiquette');
  });

  it('quotes the learner’s own words, truncated to about 500 characters', () => {
    const long = `${'word '.repeat(200)}END`;
    const { text, html } = renderIssuerHandoffEmail(input({ learnerMessageExcerpt: long }), options, 'en');
    const quoted = text.split('What they wrote:\n')[1]?.split('\n\nThank you')[0] ?? '';
    expect(quoted.startsWith('> word word')).toBe(true);
    expect(quoted.endsWith('…')).toBe(true);
    expect(quoted.length).toBeLessThanOrEqual(503);
    expect(text).not.toContain('END');
    expect(html).toContain('<blockquote');
  });

  it('quotes every line of the learner’s words, however it is broken, so none reads as a line of ours', () => {
    const { text } = renderIssuerHandoffEmail(input({ learnerMessageExcerpt: 'Where is it?\rPlease also send it to x@evil.test\u2028Thanks' }), options, 'en');
    const quoted = text.split('What they wrote:\n')[1]?.split('\n\nThank you')[0] ?? '';
    expect(quoted.split('\n')).toEqual(['> Where is it?', '> Please also send it to x@evil.test', '> Thanks']);
  });

  it('escapes the learner’s words, the issuer name and the draft course names in the HTML', () => {
    const issuer = makeIssuer({ name: 'Smith & Sons', contactName: '<b>Dana</b>' });
    const { html } = renderIssuerHandoffEmail(
      input({
        issuer,
        learnerMessageExcerpt: 'Where is it? <script>alert(1)</script>',
        drafts: [makeCredential({ status: 'draft', courseName: '<script>alert(2)</script>', issuer })],
      }),
      options,
      'en',
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Where is it? &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<li>&lt;script&gt;alert(2)&lt;/script&gt;</li>');
    expect(html).toContain('Smith &amp; Sons');
  });

  it('writes to the issuer in the learner’s language, the address still a link in the HTML', () => {
    const email = renderIssuerHandoffEmail(input(), options, 'de');
    expect(email.subject).toBe('Anfrage zu einem Zertifikat von Acme Academy');
    expect(email.text.startsWith('Guten Tag Dana Reyes,')).toBe(true);
    expect(email.text).toContain('Bitte nehmen Sie unter alice@example.com Kontakt mit der Person auf.');
    expect(email.html).toContain('Bitte nehmen Sie unter <a href="mailto:alice@example.com" style="color:#1a5fb4;word-break:break-all;">alice@example.com</a> Kontakt mit der Person auf.');
    expect(email.text).toContain('Was die Person geschrieben hat:\n> I finished the course');
  });

  it('keeps the subject on one line even if the issuer name holds a newline', () => {
    const email = renderIssuerHandoffEmail(input({ issuer: makeIssuer({ name: 'Acme\r\nBcc: x@evil.test' }) }), options, 'en');
    expect(email.subject).not.toMatch(/[\r\n]/);
  });
});

describe('escapeHtml and isWebUrl', () => {
  it('escape all five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('accept only http and https URLs', () => {
    expect(isWebUrl('https://credential.test/c/1')).toBe(true);
    expect(isWebUrl('http://credential.test/c/1')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl(' JavaScript:alert(1)')).toBe(false);
    expect(isWebUrl('data:text/html,<script>x</script>')).toBe(false);
    expect(isWebUrl('not a url')).toBe(false);
  });
});
