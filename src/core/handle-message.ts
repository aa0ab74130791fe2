import { applyMessageCap, applyRequesterLimit, mailboxesOf, separateOwnAddresses } from './address-budgets.ts';
import { extractEmailAddresses } from './addresses.ts';
import { isProposalOnly } from './channel-mode.ts';
import type { Classification, IntentThresholds } from './intent/classify.ts';
import { classifyMessage, wordsOf } from './read-message.ts';
import { decide, findingsFor, handoffEmailCandidates, issuerContactAddress } from './decide.ts';
import type { Decision } from './decision.ts';
import { chooseLanguage, type Language, type LanguageChoice } from './messages/languages.ts';
import { handleFollowUp, isFollowUp } from './follow-up.ts';
import type { ComposedReply, ConversationHistoryReader, EmailRenderer, EmailRequest, InboundMessage, QueuedEmail, UnitOfWork } from './ports.ts';
import { composeAgentNote, composeLearnerReply, composeSuggestionNote } from './replies.ts';

export interface HandleMessageDeps {
  classify: (text: string, thresholds?: IntentThresholds) => Classification;
  /** The thresholds in force now, when staff may change them while the service runs (the console's Settings). */
  intentThresholds?: () => Promise<IntentThresholds>;
  unitOfWork: UnitOfWork;
  renderEmail: EmailRenderer;
  retrieveLimitPerDay: number;
  sendIssuerHandoffEmails: boolean;
  issuerHandoffEmailLimitPerDay: number;
  /** Other people's addresses (mailboxes) one message may have credbot act on. */
  maxAddressesPerMessage: number;
  /** Other people's addresses (mailboxes) one requester may have credbot act on in 24 h. */
  requesterAddressLimitPerDay: number;
  supportEmail: string;
  /** DEFAULT_LANGUAGE: learners are answered in it when neither the channel nor the message tells theirs. */
  defaultLanguage: Language;
  /** STAFF_LANGUAGE: what support staff read (agent notes) is written in it. */
  staffLanguage: Language;
  now: () => Date;
  /** Earlier decisions of a message's conversation: a follow-up in it is answered with what became of its emails. */
  conversations?: ConversationHistoryReader | undefined;
  /** The sender's address of credbot's emails, which a learner who cannot find one is told to search for. */
  sender?: string | undefined;
}

export type HandledMessage =
  | {
      status: 'decided';
      requestId: string;
      classification: Classification;
      addresses: string[];
      decision: Decision;
      /** The learner's language, which the reply and the emails are written in, and where it came from. */
      language: LanguageChoice;
      reply: ComposedReply;
      /** Queued to be sent. */
      emails: QueuedEmail[];
      /** What the channel's shadow or suggest mode kept from being sent. */
      withheldEmails: QueuedEmail[];
    }
  /** The same channel + external id was handled before: nothing was done again. */
  | { status: 'duplicate'; requestId: string; outcome: Decision['kind'] };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The one use case every channel calls: classify, find the address, look up, decide, queue the emails and
 * record it all in one transaction, exactly once per inbound message. Steps that do not depend on each other
 * are started together, so that a database driver can send them in one round trip.
 */
export async function handleMessage(deps: HandleMessageDeps, message: InboundMessage): Promise<HandledMessage> {
  const words = wordsOf(message);
  const thresholds = deps.intentThresholds ? await deps.intentThresholds() : undefined;
  const classification = classifyMessage((text) => deps.classify(text, thresholds), message);
  const language = chooseLanguage({ channelLocale: message.locale, messageLanguage: classification.language, defaultLanguage: deps.defaultLanguage });
  const addressesInText = extractEmailAddresses(words);
  const addressesAreVouched = addressesInText.length === 0 && Boolean(message.vouchedAddress);
  const addresses = addressesAreVouched ? extractEmailAddresses(message.vouchedAddress ?? '') : addressesInText;
  const isCredentialRequest = classification.intent === 'missing_credential' && addresses.length > 0;
  // A message that opens its conversation has nothing earlier to read: one round trip less on the common path.
  const history = message.conversationId && !message.opensConversation && deps.conversations ? await deps.conversations.readHistory(message.channel, message.conversationId) : null;
  if (history && isFollowUp(history, addressesInText, classification)) return handleFollowUp(deps, message, classification, language, history);
  const { own, others } = separateOwnAddresses(addresses, message.vouchedAddress);
  const capped = applyMessageCap(others, deps.maxAddressesPerMessage);

  return deps.unitOfWork(async ({ ledger, directory }) => {
    const now = deps.now();
    const since = new Date(now.getTime() - DAY_MS);
    const countsAgainstRequester = isCredentialRequest && capped.within.length > 0;
    const [requestId, lookedUp, mailboxesAskedToday] = await Promise.all([
      ledger.claimMessage(message, classification, addresses),
      isCredentialRequest ? directory.findByAddresses([...own, ...capped.within]) : [],
      countsAgainstRequester ? ledger.lockRequesterHistory(message.requester, since) : new Set<string>(),
    ]);
    if (requestId === null) {
      const earlier = await ledger.findRequest(message.channel, message.externalId);
      if (earlier === null) throw new Error('claimed message has no request record');
      return { status: 'duplicate', requestId: earlier.requestId, outcome: earlier.outcome };
    }

    const limited = applyRequesterLimit(capped.within, deps.requesterAddressLimitPerDay, mailboxesAskedToday);
    const otherAddresses = isCredentialRequest ? limited.allowed : [];
    const heldBack = isCredentialRequest ? [...limited.heldBack, ...capped.heldBack] : [];
    const actedOn = new Set([...own, ...otherAddresses]);
    // What the requester's budget held back was looked up alongside the rest, but is neither used nor shown.
    const matches = lookedUp.filter((match) => actedOn.has(match.queriedAddress));

    const hasPublished = (group: string[]) =>
      matches.some((match) => group.includes(match.queriedAddress) && match.credential.status === 'published');
    const deliveryAddresses = [...new Set(matches.map((match) => match.credential.recipientEmail.toLowerCase()))];
    const withoutPublished = [own, otherAddresses].filter((group) => group.length > 0 && !hasPublished(group)).flat();
    const needsHandoffContext = isCredentialRequest && withoutPublished.length > 0;
    const [recentRetrieveEmails, nearMisses, issuersMentioned] = await Promise.all([
      matches.some((match) => match.credential.status === 'published')
        ? ledger.lockEmailHistory('retrieve', deliveryAddresses, since)
        : new Map<string, Date[]>(),
      needsHandoffContext ? directory.findNearMisses(withoutPublished) : [],
      needsHandoffContext ? directory.findIssuersMentioned(words) : [],
    ]);
    // Only a hand-off about the requester's own address emails an issuer; its contact's daily count is locked too.
    const handoffCandidates =
      deps.sendIssuerHandoffEmails && own.length > 0 && !hasPublished(own)
        ? handoffEmailCandidates(findingsFor({ matches, nearMisses, issuersMentioned }, own))
        : [];
    const recentIssuerEmails =
      handoffCandidates.length > 0
        ? await ledger.lockEmailHistory('issuer_handoff', handoffCandidates.map((candidate) => candidate.address), since)
        : new Map<string, Date[]>();

    const decision = decide({
      classification,
      addresses: own,
      addressesAreVouched,
      otherAddresses,
      heldBack,
      matches,
      nearMisses,
      issuersMentioned,
      recentRetrieveEmails,
      retrieveLimitPerDay: deps.retrieveLimitPerDay,
      issuerEmails: { enabled: deps.sendIssuerHandoffEmails, limitPerDay: deps.issuerHandoffEmailLimitPerDay, recent: recentIssuerEmails },
      now,
    });

    // A likely request the classifier is not sure of, or a channel set to suggest: the same decision, shown to
    // staff only. Outside `act` the emails are kept as withheld: what act mode would have sent (for an unsure
    // request, nothing), counted by no limit.
    const mode = message.mode ?? 'act';
    const proposalOnly = isProposalOnly({ band: classification.band, mode });
    const answer: ComposedReply = {
      learnerReply: composeLearnerReply(decision, {
        now,
        retrieveLimitPerDay: deps.retrieveLimitPerDay,
        supportEmail: deps.supportEmail,
        language: language.language,
      }),
      agentNote: composeAgentNote(decision, {
        addresses: [...actedOn],
        staffLanguage: deps.staffLanguage,
        learnerLanguage: language,
        emailsSent: mode === 'act' && !proposalOnly,
      }),
      language: language.language,
    };
    const reply: ComposedReply = proposalOnly
      ? { ...answer, agentNote: composeSuggestionNote(answer, classification, deps.staffLanguage) }
      : answer;
    const emailRequests = classification.band === 'suggest' ? [] : emailsFor(decision, message, language.language);
    const storing = emailRequests.map((request) => {
      const email = deps.renderEmail(request);
      return mode === 'act' ? ledger.queueEmail(requestId, email) : ledger.withholdEmail(requestId, email);
    });
    // Shadow posts nothing; suggest posts only a proposal, and a message that is no request has none.
    const answerOn = mode === 'shadow' || (mode === 'suggest' && decision.kind === 'ignore') ? null : message.channel;
    const recordsRequesterMailboxes = otherAddresses.length > 0 && mode === 'act' && !proposalOnly;
    const [stored] = await Promise.all([
      Promise.all(storing),
      ledger.recordDecision(requestId, decision, reply, answerOn),
      recordsRequesterMailboxes ? ledger.recordRequesterMailboxes(requestId, message.requester, mailboxesOf(otherAddresses)) : null,
    ]);
    const [emails, withheldEmails] = mode === 'act' ? [stored, []] : [[], stored];
    return { status: 'decided', requestId, classification, addresses, decision, language, reply, emails, withheldEmails };
  });
}

/** The emails a decision calls for, written in the learner's language. */
function emailsFor(decision: Decision, message: InboundMessage, language: Language): EmailRequest[] {
  switch (decision.kind) {
    case 'retrieve':
      return decision.deliveries.map((delivery) => ({ kind: 'retrieve', delivery, language }));
    case 'issuer_handoff': {
      const learnerAddress = decision.addresses[0];
      if (learnerAddress === undefined) return [];
      return decision.issuerEmails.flatMap((issuer): EmailRequest[] => {
        const to = issuerContactAddress(issuer);
        if (to === null) return [];
        const drafts = decision.drafts.filter((draft) => draft.issuerId === issuer.id);
        return [{ kind: 'issuer_handoff', issuer, to, learnerAddress, learnerMessage: wordsOf(message), drafts, language }];
      });
    }
    case 'other_addresses':
      return [decision.own, decision.found].flatMap((outcome) => (outcome ? emailsFor(outcome, message, language) : []));
    default:
      return [];
  }
}
