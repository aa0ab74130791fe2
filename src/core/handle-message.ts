import { extractEmailAddresses } from './addresses.ts';
import type { Classification } from './intent/classify.ts';
import { decide } from './decide.ts';
import type { Decision } from './decision.ts';
import type { ComposedReply, EmailRenderer, EmailRequest, InboundMessage, QueuedEmail, UnitOfWork } from './ports.ts';
import { composeAgentNote, composeLearnerReply } from './replies.ts';

export interface HandleMessageDeps {
  classify: (text: string) => Classification;
  unitOfWork: UnitOfWork;
  renderEmail: EmailRenderer;
  retrieveLimitPerDay: number;
  sendIssuerHandoffEmails: boolean;
  supportEmail: string;
  now: () => Date;
}

export type HandledMessage =
  | {
      status: 'decided';
      requestId: string;
      classification: Classification;
      addresses: string[];
      decision: Decision;
      reply: ComposedReply;
      emails: QueuedEmail[];
    }
  /** The same channel + external id was handled before: nothing was done again. */
  | { status: 'duplicate'; requestId: string; outcome: Decision['kind'] };

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_HANDOFF_EMAILS = 3;

/**
 * The one use case every channel calls: classify, find the address, look up, decide, queue the emails and
 * record it all in one transaction, exactly once per inbound message. Steps that do not depend on each other
 * are started together, so that a database driver can send them in one round trip.
 */
export async function handleMessage(deps: HandleMessageDeps, message: InboundMessage): Promise<HandledMessage> {
  const classification = deps.classify(message.text);
  const addressesInText = extractEmailAddresses(message.text);
  const addressesAreVouched = addressesInText.length === 0 && Boolean(message.vouchedAddress);
  const addresses = addressesAreVouched ? extractEmailAddresses(message.vouchedAddress ?? '') : addressesInText;

  return deps.unitOfWork(async ({ ledger, directory }) => {
    const isCredentialRequest = classification.intent === 'missing_credential' && addresses.length > 0;
    const [requestId, matches] = await Promise.all([
      ledger.claimMessage(message, classification, addresses),
      isCredentialRequest ? directory.findByAddresses(addresses) : [],
    ]);
    if (requestId === null) {
      const earlier = await ledger.findRequest(message.channel, message.externalId);
      if (earlier === null) throw new Error('claimed message has no request record');
      return { status: 'duplicate', requestId: earlier.requestId, outcome: earlier.outcome };
    }

    const now = deps.now();
    const hasPublished = matches.some((match) => match.credential.status === 'published');
    const deliveryAddresses = [...new Set(matches.map((match) => match.credential.recipientEmail.toLowerCase()))];
    const recentRetrieveEmails = hasPublished
      ? await ledger.lockRetrieveHistory(deliveryAddresses, new Date(now.getTime() - DAY_MS))
      : new Map<string, Date[]>();
    const needsHandoffContext = isCredentialRequest && !hasPublished;
    const [nearMisses, issuersMentioned] = needsHandoffContext
      ? await Promise.all([directory.findNearMisses(addresses), directory.findIssuersMentioned(message.text)])
      : [[], []];

    const decision = decide({
      classification,
      addresses,
      addressesAreVouched,
      matches,
      nearMisses,
      issuersMentioned,
      recentRetrieveEmails,
      retrieveLimitPerDay: deps.retrieveLimitPerDay,
      now,
    });

    const reply: ComposedReply = {
      learnerReply: composeLearnerReply(decision, {
        now,
        retrieveLimitPerDay: deps.retrieveLimitPerDay,
        supportEmail: deps.supportEmail,
      }),
      agentNote: composeAgentNote(decision, { addresses }),
    };
    const queueing = emailsFor(decision, message, deps.sendIssuerHandoffEmails).map((request) =>
      ledger.queueEmail(requestId, deps.renderEmail(request)),
    );
    const [emails] = await Promise.all([Promise.all(queueing), ledger.recordDecision(requestId, decision, reply, message.channel)]);
    return { status: 'decided', requestId, classification, addresses, decision, reply, emails };
  });
}

function emailsFor(decision: Decision, message: InboundMessage, sendIssuerHandoffEmails: boolean): EmailRequest[] {
  if (decision.kind === 'retrieve') {
    return decision.deliveries.map((delivery) => ({ kind: 'retrieve', delivery }));
  }
  if (decision.kind !== 'issuer_handoff' || !sendIssuerHandoffEmails) return [];
  const learnerAddress = decision.addresses[0];
  if (learnerAddress === undefined) return [];
  return decision.contacts
    .filter((contact) => contact.issuer.contactEmail)
    .slice(0, MAX_HANDOFF_EMAILS)
    .map((contact) => ({
      kind: 'issuer_handoff',
      issuer: contact.issuer,
      to: contact.issuer.contactEmail as string,
      learnerAddress,
      learnerMessage: message.text,
      drafts: decision.drafts.filter((draft) => draft.issuerId === contact.issuer.id),
    }));
}
