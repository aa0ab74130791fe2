import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { TrialResult } from './message-trial.ts';
import { TryMessageBody } from './try-message-body.tsx';
import { EMPTY_TRY_MESSAGE_PAGE } from './try-message-page.ts';
import { parseTrialForm } from './trial-form.ts';

const hostileText = 'I never got my certificate <script>alert("x")</script> & more';

const retrieveResult: TrialResult = {
  classification: { intent: 'missing_credential', band: 'act', confidence: 0.934, reasons: ['phrase:never_received', 'word:certificate'], language: 'en' },
  language: { language: 'en', source: 'message' },
  decision: 'retrieve',
  learnerReply: 'Thanks for getting in touch.\n\nWe have emailed your credentials to n•••@school.example.',
  agentNote: 'credbot emailed the credentials.\nLooked up: n•••@school.example',
  emails: [{ kind: 'retrieve', to: 'n•••@school.example', subject: 'The credential you asked for', text: 'Coastal <Navigation>\nHarbour Polytechnic\n[credential link]' }],
};

describe('the "Try a message" page body', () => {
  it('is a form with a label on every field and the CSRF token in a hidden field', () => {
    const html = render(<TryMessageBody page={EMPTY_TRY_MESSAGE_PAGE} csrfToken={'tok"en<'} />);

    expect(html).toContain('<form method="post" action="/console/try" class="card try-form"><input type="hidden" name="_csrf" value="tok&quot;en&lt;"/>');
    expect(html).toContain('<label for="try-text">Message</label><textarea id="try-text" name="text" rows="8" required>');
    expect(html).toContain('<label for="try-address">Requester’s own address (optional)</label><input type="email" id="try-address" name="address"');
    expect(html).toContain('<label for="try-language">Requester’s language</label>');
    expect(html).toContain('<option value="es">Spanish</option>');
    expect(html).toContain('<button type="submit">Try it</button>');
    expect(html).not.toContain('try-result');
  });

  it('shows what credbot would answer and why, as text, never as markup', () => {
    const form = { text: hostileText, address: '', language: '' };
    const html = render(<TryMessageBody page={{ status: 200, form, result: retrieveResult }} csrfToken="token" />);

    expect(html).not.toContain('<script>');
    expect(html).toContain('>I never got my certificate &lt;script>alert(&quot;x&quot;)&lt;/script> &amp; more</textarea>');
    expect(html).toContain('<strong>Email the learner their credentials, to the address they were issued to.</strong>');
    expect(html).toContain('a missing-credential request, with confidence 93% (band act: sure enough to answer on its own)');
    expect(html).toContain('<li><code>phrase:never_received</code></li>');
    expect(html).toContain('English, read from the message');
    expect(html).toContain('<p>Thanks for getting in touch.</p><p>We have emailed your credentials to n•••@school.example.</p>');
    expect(html).toContain('<p>credbot emailed the credentials.<br/>Looked up: n•••@school.example</p>');
    expect(html).toContain('<h4>Credentials email to the learner</h4><dl><dt>To</dt><dd>n•••@school.example</dd><dt>Subject</dt><dd>The credential you asked for</dd></dl>');
    expect(html).toContain('<p>Coastal &lt;Navigation><br/>Harbour Polytechnic<br/>[credential link]</p>');
    expect(html).toContain('Nothing was sent or recorded.');
  });

  it('says that a suggestion goes to staff only, with no reply and no email', () => {
    const suggestion: TrialResult = {
      ...retrieveResult,
      classification: { ...retrieveResult.classification, band: 'suggest', confidence: 0.6 },
      emails: [],
    };
    const html = render(<TryMessageBody page={{ status: 200, form: { text: 'hm, my badge?', address: '', language: '' }, result: suggestion }} csrfToken="token" />);

    expect(html).toContain('<strong>Propose an answer to staff only; nothing goes to the learner. Staff would be offered this decision:</strong> Email the learner');
    expect(html).toContain('None: the proposed reply is in the note to staff.');
    expect(html).toContain('No email would be sent.');
  });

  it('shows a bad field with its message, keeping what was typed', () => {
    const parsed = parseTrialForm({ text: hostileText, address: '<b>nobody</b>', language: 'en' });
    if (parsed.ok) throw new Error('expected the form to be refused');
    const html = render(<TryMessageBody page={{ status: 400, form: parsed.form, error: { field: parsed.field, message: parsed.message } }} csrfToken="token" />);

    expect(html).toContain('<p id="try-error" class="notice error" role="alert">This is not an email address; leave it empty or write one address, e.g. learner@example.com.</p>');
    expect(html).toMatch(/name="address" value="&lt;b>nobody&lt;\/b>" autocomplete="off" aria-describedby="try-address-hint try-error" aria-invalid="true"/);
    expect(html).toContain('<option value="en" selected>English</option>');
    expect(html).not.toContain('<script>');
  });
});

describe('the "Try a message" form', () => {
  it.each([
    ['a blank message', { text: '   ' }, 'text', 'Write the message to try.'],
    ['no message', {}, 'text', 'The message is missing.'],
    ['a message too long', { text: 'x'.repeat(20_001) }, 'text', 'The message is longer than 20,000 characters; shorten it.'],
    ['two addresses in one', { text: 'hi', address: 'a@b.example, c@d.example' }, 'address', 'This is not an email address; leave it empty or write one address, e.g. learner@example.com.'],
    ['a language credbot does not answer in', { text: 'hi', language: 'it' }, 'language', 'Choose a language from the list (en, es, pt, fr, de), or leave it to credbot.'],
    ['an address field given twice', { text: 'hi', address: ['a@b.example', 'c@d.example'] }, 'address', 'The address was given more than once.'],
  ])('turns down %s, naming the field', (_case, body, field, message) => {
    expect(parseTrialForm(body)).toMatchObject({ ok: false, field, message });
  });

  it('reads the message trimmed, the address in canonical form, and the language as the requester’s locale', () => {
    expect(parseTrialForm({ text: '  where is my badge?  ', address: ' <Robin@School.Example> ', language: 'de', _csrf: 'x' })).toMatchObject({
      ok: true,
      input: { text: 'where is my badge?', vouchedAddress: expect.stringMatching(/^robin@school\.example$/i), locale: 'de' },
    });
    expect(parseTrialForm({ text: 'hi', address: '', language: '' })).toMatchObject({ ok: true, input: { text: 'hi', vouchedAddress: undefined, locale: undefined } });
  });
});
