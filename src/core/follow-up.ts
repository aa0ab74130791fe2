import { mailboxKey } from './addresses.ts';
import type { Decision, EarlierEmail, FollowUpReason } from './decision.ts';
import type { HandledMessage, HandleMessageDeps } from './handle-message.ts';
import type { Classification } from './intent/classify.ts';
import type { LanguageChoice } from './messages/languages.ts';
import type { ComposedReply, ConversationHistory, InboundMessage } from './ports.ts';
import { composeAgentNote, composeLearnerReply, composeSuggestionNote } from './replies.ts';

type FollowUp = Extract<Decision, { kind: 'follow_up' }>;

/**
 * A message is a follow-up when credbot already emailed from its conversation, it names no address the
 * conversation has not seen (a new address is a new request), and it reads as being about the missing credential:
 * "still haven't received it" says so though it names no credential, where "thanks!" does not.
 */
export function isFollowUp(history: ConversationHistory, addressesInMessage: string[], classification: Classification): boolean {
  if (history.emails.length === 0) return false;
  const known = new Set(history.knownAddresses.map(mailboxKey));
  if (addressesInMessage.some((address) => !known.has(mailboxKey(address)))) return false;
  return classification.intent === 'missing_credential' || classification.reasons.some((reason) => reason.startsWith('missing:'));
}

/** What the follow-up is answered with, from the conversation's emails alone. Pure. */
export function decideFollowUp(history: ConversationHistory, vouchedAddress: string | undefined): FollowUp {
  const own = new Set([...history.vouchedAddresses, ...(vouchedAddress ? [vouchedAddress] : [])].map(mailboxKey));
  const emails: EarlierEmail[] = history.emails.map((email) => ({ ...email, requesterOwn: own.has(mailboxKey(email.address)) }));
  return { kind: 'follow_up', reason: followUpReason(emails, history), emails };
}

function followUpReason(emails: EarlierEmail[], history: ConversationHistory): FollowUpReason {
  const own = emails.filter((email) => email.requesterOwn);
  if (own.length === 0) return 'not_theirs';
  if (own.some((email) => email.status === 'failed')) return 'failed';
  if (history.outcomes.includes('follow_up')) return 'asked_again';
  if (own.some((email) => email.status === 'sent' && email.timesSent >= 2)) return 'sent_twice';
  if (own.some((email) => email.status === 'queued')) return 'on_the_way';
  return 'sent';
}

/**
 * Records and answers a follow-up, exactly once per message, like any message. The conversation, not the
 * classifier, says it is about the credential: it is recorded in band `act` whatever the classifier's band (the
 * channel's mode still applies), and nothing is looked up or emailed.
 */
export async function handleFollowUp(
  deps: HandleMessageDeps,
  message: InboundMessage,
  classification: Classification,
  language: LanguageChoice,
  history: ConversationHistory,
): Promise<HandledMessage> {
  return deps.unitOfWork(async ({ ledger }) => {
    const requestId = await ledger.claimMessage(message, { ...classification, band: 'act' }, []);
    if (requestId === null) {
      const earlier = await ledger.findRequest(message.channel, message.externalId);
      if (earlier === null) throw new Error('claimed message has no request record');
      return { status: 'duplicate', requestId: earlier.requestId, outcome: earlier.outcome };
    }
    const decision = decideFollowUp(history, message.vouchedAddress);
    const answer: ComposedReply = {
      learnerReply: composeLearnerReply(decision, {
        now: deps.now(),
        retrieveLimitPerDay: deps.retrieveLimitPerDay,
        supportEmail: deps.supportEmail,
        language: language.language,
        sender: deps.sender,
      }),
      agentNote: composeAgentNote(decision, { addresses: decision.emails.map((email) => email.address), staffLanguage: deps.staffLanguage, learnerLanguage: language }),
      language: language.language,
    };
    // The channel's mode holds as for any message: suggest shows staff the answer only, shadow posts nothing.
    const mode = message.mode ?? 'act';
    const reply: ComposedReply = mode === 'suggest' ? { ...answer, agentNote: composeSuggestionNote(answer, classification, deps.staffLanguage) } : answer;
    await ledger.recordDecision(requestId, decision, reply, mode === 'shadow' ? null : message.channel);
    return { status: 'decided', requestId, classification, addresses: [], decision, language, reply, emails: [], withheldEmails: [] };
  });
}
