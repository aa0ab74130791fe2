import { randomUUID } from 'node:crypto';
import type { App } from '../../app.ts';
import type { Decision, DecisionKind } from '../../core/decision.ts';
import { handleMessage, type HandleMessageDeps } from '../../core/handle-message.ts';
import type { Classification } from '../../core/intent/classify.ts';
import { maskEmail, maskEmailsIn } from '../../core/mask.ts';
import type { LanguageChoice } from '../../core/messages/languages.ts';
import type { Channel } from '../../core/model.ts';
import type { Database } from '../../db/database.ts';
import { createDryRunUnitOfWork } from '../../db/unit-of-work.ts';

export interface TrialInput {
  text: string;
  /** The channel the message is handled as; `cli` (staff asking, like `credbot ask`) unless given. */
  channel?: Channel | undefined;
  /** The address the channel would vouch for as the requester's own (a Zendesk requester's, say). */
  vouchedAddress?: string | undefined;
  /** The requester's language as a channel would give it (`es`, `pt-BR`). */
  locale?: string | undefined;
}

export interface TrialEmail {
  kind: 'retrieve' | 'issuer_handoff';
  /** Masked. */
  to: string;
  subject: string;
  /** The plain-text body, addresses masked and credential links left out. */
  text: string;
}

/**
 * What credbot would do with a message, with nothing sent or recorded. Every address in it is masked, as the
 * console shows addresses by default, and credential links stay out, as they only ever go to the learner's inbox.
 */
export interface TrialResult {
  classification: Classification;
  /** The learner's language, which the reply and the emails are written in, and where it came from. */
  language: LanguageChoice;
  decision: DecisionKind;
  /** What the learner would be told; empty when nothing. */
  learnerReply: string;
  /** What staff would read (an internal note, the Slack hand-off summary). */
  agentNote: string;
  /** The emails it would send; none in the suggest band, where nothing goes out. */
  emails: TrialEmail[];
}

export interface MessageTrialDeps {
  /** The deps the service's handleMessage runs on; their unit of work is replaced with a dry run's. */
  messageHandling: HandleMessageDeps;
  database: Database;
}

export const CREDENTIAL_LINK_PLACEHOLDER = '[credential link]';

/**
 * Runs the real core (classify, look up, decide, compose, render) on a message inside a transaction that is rolled
 * back, with nothing scheduled: the classification, decision, replies and emails credbot would produce today,
 * limits and all (an address already emailed today reads as rate-limited), and no trace of it afterwards. Each
 * try has a fresh external id and requester, so it never meets an earlier message or requester's budget.
 */
export async function tryMessage(deps: MessageTrialDeps, input: TrialInput): Promise<TrialResult> {
  const trialId = randomUUID();
  const handled = await handleMessage(
    { ...deps.messageHandling, unitOfWork: createDryRunUnitOfWork(deps.database) },
    {
      channel: input.channel ?? 'cli',
      externalId: `console-try:${trialId}`,
      text: input.text,
      vouchedAddress: input.vouchedAddress,
      locale: input.locale,
      requester: `console-try:${trialId}`,
    },
  );
  if (handled.status !== 'decided') throw new Error('a trial with a fresh external id met an earlier message');
  const credentialLinks = credentialLinksIn(handled.decision);
  return {
    classification: handled.classification,
    language: handled.language,
    decision: handled.decision.kind,
    learnerReply: maskEmailsIn(handled.reply.learnerReply),
    agentNote: maskEmailsIn(handled.reply.agentNote),
    emails: handled.emails.map((email) => ({
      kind: email.kind,
      to: maskEmail(email.to),
      subject: maskEmailsIn(email.subject),
      text: maskEmailsIn(withoutLinks(email.text, credentialLinks)),
    })),
  };
}

/** What a console route calls: `const trial = createMessageTrial(app)`, then `await trial({ text })` per form post. */
export function createMessageTrial(app: Pick<App, 'messageHandling' | 'database'>): (input: TrialInput) => Promise<TrialResult> {
  return (input) => tryMessage(app, input);
}

function credentialLinksIn(decision: Decision): string[] {
  switch (decision.kind) {
    case 'retrieve':
      return decision.deliveries.flatMap((delivery) => delivery.credentials.map((credential) => credential.url));
    case 'issuer_handoff':
      return decision.drafts.map((draft) => draft.url);
    case 'other_addresses':
      return [decision.own, decision.found].flatMap((outcome) => (outcome ? credentialLinksIn(outcome) : []));
    default:
      return [];
  }
}

function withoutLinks(text: string, links: readonly string[]): string {
  // Longest first, so a link that begins another is not cut out of it.
  return [...links].sort((a, b) => b.length - a.length).reduce((body, link) => body.replaceAll(link, CREDENTIAL_LINK_PLACEHOLDER), text);
}
