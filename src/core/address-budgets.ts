import { mailboxKey } from './addresses.ts';
import type { HeldBackAddress } from './decision.ts';

/**
 * Which addresses named in a message credbot acts on. An address is the requester's own when it is the same
 * mailbox as one the channel vouches for (a Zendesk requester, a confirmed Slack profile, `ask --from`); the
 * others may be anyone's, so they are what the budgets against mail-bombing by proxy count, by mailbox: writing
 * one mailbox as `a+1@`, `a+2@`… is still one address. Pure functions: the use case gathers what they read.
 */

export function separateOwnAddresses(named: string[], vouched: string | undefined): { own: string[]; others: string[] } {
  const ownMailbox = vouched ? mailboxKey(vouched) : null;
  const own: string[] = [];
  const others: string[] = [];
  for (const address of named) (mailboxKey(address) === ownMailbox ? own : others).push(address);
  return { own, others };
}

/** The addresses of the first `maxMailboxes` mailboxes named, in order; the rest are held back. */
export function applyMessageCap(others: string[], maxMailboxes: number): { within: string[]; heldBack: HeldBackAddress[] } {
  const { admitted, heldBack } = admitByMailbox(others, maxMailboxes, new Set(), 'message_cap');
  return { within: admitted, heldBack };
}

/**
 * The addresses the requester's daily budget allows: a mailbox asked about in the last 24 h is free to ask about
 * again; a new one is allowed while the requester has asked about fewer than `limitPerDay` mailboxes.
 */
export function applyRequesterLimit(
  addresses: string[],
  limitPerDay: number,
  mailboxesAskedToday: ReadonlySet<string>,
): { allowed: string[]; heldBack: HeldBackAddress[] } {
  const { admitted, heldBack } = admitByMailbox(addresses, limitPerDay, mailboxesAskedToday, 'requester_daily_limit');
  return { allowed: admitted, heldBack };
}

/**
 * One budget of mailboxes, in the order named: an address whose mailbox is already counted is admitted free; a new
 * mailbox while fewer than `limit` are counted; any other is held back for `reason`.
 */
function admitByMailbox(
  addresses: string[],
  limit: number,
  counted: ReadonlySet<string>,
  reason: HeldBackAddress['reason'],
): { admitted: string[]; heldBack: HeldBackAddress[] } {
  const mailboxes = new Set(counted);
  const admitted: string[] = [];
  const heldBack: HeldBackAddress[] = [];
  for (const address of addresses) {
    const mailbox = mailboxKey(address);
    if (mailboxes.has(mailbox) || mailboxes.size < limit) {
      mailboxes.add(mailbox);
      admitted.push(address);
    } else {
      heldBack.push({ address, reason });
    }
  }
  return { admitted, heldBack };
}

/** The mailboxes these addresses deliver to, each once: what is recorded against the requester's budget. */
export function mailboxesOf(addresses: string[]): string[] {
  return [...new Set(addresses.map(mailboxKey))];
}
