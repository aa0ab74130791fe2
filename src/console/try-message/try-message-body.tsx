import type { DecisionKind } from '../../core/decision.ts';
import type { IntentBand } from '../../core/intent/classify.ts';
import { messagesIn } from '../../core/messages/format-message.ts';
import { LANGUAGES, type LanguageSource } from '../../core/messages/languages.ts';
import type { TrialEmail, TrialResult } from './message-trial.ts';
import type { TryMessagePage } from './try-message-page.ts';
import type { TrialForm, TrialFormField } from './trial-form.ts';

export interface TryMessageBodyProps {
  page: TryMessagePage;
  /** The session's CSRF token, posted back in the `_csrf` field. */
  csrfToken: string;
  /** Where the form posts: the page's own path. */
  action?: string;
}

/** The console's "Try a message" page, inside the Layout: the form, and what credbot would answer and why. */
export function TryMessageBody({ page, csrfToken, action = '/console/try' }: TryMessageBodyProps) {
  return (
    <div class="try-message">
      <p class="muted">
        See what credbot would answer to a message, and why, without answering anyone: nothing is sent and nothing is recorded. Limits apply
        as they stand, so an address already emailed today reads as such.
      </p>
      <TrialFormView form={page.form} error={page.status === 400 ? page.error : undefined} csrfToken={csrfToken} action={action} />
      {page.status === 200 && page.result ? <TrialResultView result={page.result} /> : null}
    </div>
  );
}

const staffWords = messagesIn('en');

function TrialFormView(props: { form: TrialForm; error: { field: TrialFormField; message: string } | undefined; csrfToken: string; action: string }) {
  const { form, error } = props;
  const describedBy = (field: TrialFormField, hint?: string) => {
    const ids = [hint, error?.field === field ? 'try-error' : undefined].filter(Boolean).join(' ');
    return { 'aria-describedby': ids === '' ? undefined : ids, 'aria-invalid': error?.field === field ? ('true' as const) : undefined };
  };
  return (
    <form method="post" action={props.action} class="card try-form">
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      {error ? (
        <p id="try-error" class="notice error" role="alert">
          {error.message}
        </p>
      ) : null}
      <div class="field">
        <label for="try-text">Message</label>
        <textarea id="try-text" name="text" rows={8} required value={form.text} {...describedBy('text')} />
      </div>
      <div class="field">
        <label for="try-address">Requester’s own address (optional)</label>
        <input type="email" id="try-address" name="address" value={form.address} autocomplete="off" {...describedBy('address', 'try-address-hint')} />
        <p id="try-address-hint" class="muted">
          The address a channel would vouch for as the sender’s, like a Zendesk requester’s email. Leave it empty for a sender credbot knows
          nothing about.
        </p>
      </div>
      <div class="field">
        <label for="try-language">Requester’s language</label>
        <select id="try-language" name="language" {...describedBy('language')}>
          <option value="" selected={form.language === ''}>
            Read it from the message
          </option>
          {LANGUAGES.map((language) => (
            <option value={language} selected={form.language === language}>
              {staffWords.languageName(language)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Try it</button>
    </form>
  );
}

/** What credbot would do, in a sentence, for each decision it answers on its own. */
const DECISION_HEADLINES: Readonly<Record<DecisionKind, string>> = {
  retrieve: 'Email the learner their credentials, to the address they were issued to.',
  issuer_handoff: 'Tell the learner to contact their issuer: nothing is published for their address.',
  ask_for_email: 'Ask the learner which address they signed up with.',
  rate_limited: 'Tell the learner their credentials were already emailed as often as the daily limit allows.',
  other_addresses: 'Pass it to staff: the message names an address that may be someone else’s.',
  over_budget: 'Pass it to staff, and do nothing else: every address it names is over the daily budget.',
  ignore: 'Leave it to people: it does not read as a missing-credential request.',
  follow_up: 'Tell the learner what became of the email credbot sent in this conversation, or pass it to staff when it did not arrive.',
  delivery_failed: 'Tell the learner their email could not be delivered, and pass it to staff.',
};

const BAND_EXPLANATIONS: Readonly<Record<IntentBand, string>> = {
  act: 'sure enough to answer on its own',
  suggest: 'likely a request, but not sure enough to answer: the answer is proposed to staff only',
  ignore: 'not a missing-credential request',
};

const LANGUAGE_SOURCES: Readonly<Record<LanguageSource, string>> = {
  channel: 'as given in the form',
  message: 'read from the message',
  default: 'the default language (DEFAULT_LANGUAGE): the message did not tell',
};

const EMAIL_KINDS: Readonly<Record<TrialEmail['kind'], string>> = {
  retrieve: 'Credentials email to the learner',
  issuer_handoff: 'Hand-off email to the issuer’s contact',
};

function TrialResultView({ result }: { result: TrialResult }) {
  const { classification } = result;
  const headline =
    classification.band === 'suggest'
      ? 'Propose an answer to staff only; nothing goes to the learner. Staff would be offered this decision:'
      : DECISION_HEADLINES[result.decision];
  return (
    <section class="card try-result" aria-labelledby="try-result-heading">
      <h2 id="try-result-heading">What credbot would do</h2>
      <p class="decision">
        <strong>{headline}</strong>
        {classification.band === 'suggest' ? <> {DECISION_HEADLINES[result.decision]}</> : null}
      </p>

      <h3>Why</h3>
      <dl class="facts why">
        <dt>Recognised as</dt>
        <dd>
          {classification.intent === 'missing_credential' ? 'a missing-credential request' : 'something else'}, with confidence{' '}
          {Math.round(classification.confidence * 100)}% (band {classification.band}: {BAND_EXPLANATIONS[classification.band]})
        </dd>
        <dt>Signals</dt>
        <dd>
          {classification.reasons.length === 0 ? (
            'none'
          ) : (
            <ul class="reasons">
              {classification.reasons.map((reason) => (
                <li>
                  <code>{reason}</code>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Decision</dt>
        <dd>
          <code>{result.decision}</code>
        </dd>
        <dt>Learner’s language</dt>
        <dd>
          {staffWords.languageName(result.language.language)}, {LANGUAGE_SOURCES[result.language.source]}
          {classification.language && classification.language !== result.language.language ? ` (the message reads as ${classification.language})` : ''}
        </dd>
      </dl>

      <h3>Reply to the learner</h3>
      {result.learnerReply === '' || classification.band === 'suggest' ? (
        <p class="muted">{classification.band === 'suggest' ? 'None: the proposed reply is in the note to staff.' : 'None: credbot says nothing.'}</p>
      ) : (
        <TextBlock text={result.learnerReply} />
      )}

      <h3>Note to staff</h3>
      <TextBlock text={result.agentNote} />

      <h3>Emails</h3>
      {result.emails.length === 0 ? (
        <p class="muted">No email would be sent.</p>
      ) : (
        result.emails.map((email) => (
          <article class="trial-email">
            <h4>{EMAIL_KINDS[email.kind]}</h4>
            <dl>
              <dt>To</dt>
              <dd>{email.to}</dd>
              <dt>Subject</dt>
              <dd>{email.subject}</dd>
            </dl>
            <TextBlock text={email.text} />
          </article>
        ))
      )}
      <p class="muted">Nothing was sent or recorded. Addresses are masked, and credential links left out: those only go to the learner’s inbox.</p>
    </section>
  );
}

/** Plain text as paragraphs (blank lines) and line breaks; never as HTML. */
function TextBlock({ text }: { text: string }) {
  return (
    <div class="text-block">
      {text.split(/\n{2,}/).map((paragraph) => (
        <p>
          {paragraph.split('\n').map((line, index) => (
            <>
              {index > 0 ? <br /> : null}
              {line}
            </>
          ))}
        </p>
      ))}
    </div>
  );
}
