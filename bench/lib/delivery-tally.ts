import type { ParsedMail } from 'mailparser';

/** What the SMTP sink received, by recipient: distinct emails (Message-IDs) and copies of each. */
export interface MailTally {
  /** Reads the messages that arrived since the last call. */
  update(): void;
  /** How many of `addresses` have at least one email. */
  countReached(addresses: readonly string[]): number;
  /** For `addresses`: emails beyond one per address, copies of one email beyond the first, and addresses never reached. */
  summarise(addresses: readonly string[]): { duplicateEmails: number; resentCopies: number; lost: number; unexpected: number };
}

export function createMailTally(messages: ParsedMail[]): MailTally {
  const byRecipient = new Map<string, { messageIds: Set<string>; copies: number }>();
  let seen = 0;
  return {
    update() {
      for (; seen < messages.length; seen++) {
        const message = messages[seen]!;
        for (const address of recipientsOf(message)) {
          const tally = byRecipient.get(address) ?? { messageIds: new Set<string>(), copies: 0 };
          tally.messageIds.add(message.messageId ?? `(no Message-ID #${seen})`);
          tally.copies++;
          byRecipient.set(address, tally);
        }
      }
    },
    countReached(addresses) {
      return addresses.filter((address) => byRecipient.has(address)).length;
    },
    summarise(addresses) {
      let duplicateEmails = 0;
      let resentCopies = 0;
      let lost = 0;
      for (const address of addresses) {
        const tally = byRecipient.get(address);
        if (!tally) {
          lost++;
          continue;
        }
        duplicateEmails += tally.messageIds.size - 1;
        resentCopies += tally.copies - tally.messageIds.size;
      }
      const expected = new Set(addresses);
      const unexpected = [...byRecipient.keys()].filter((address) => !expected.has(address)).length;
      return { duplicateEmails, resentCopies, lost, unexpected };
    },
  };
}

function recipientsOf(message: ParsedMail): string[] {
  const to = message.to === undefined ? [] : Array.isArray(message.to) ? message.to : [message.to];
  return to.flatMap((group) => group.value.map((entry) => (entry.address ?? '').toLowerCase())).filter(Boolean);
}
