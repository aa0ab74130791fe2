import type { ErasureCounts } from '../jobs/retention.ts';

/** One line for an operator: what an erasure changed, and what it kept. */
export function describeErasure(counts: ErasureCounts): string {
  return (
    `erased the words and addresses of ${plural(counts.supportRequests, 'support request')} and ${plural(counts.emails, 'email')} ` +
    `(outcomes, channels and times kept), deleted ${plural(counts.jobs, 'job')}; ` +
    'vacuumed the tables.'
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
