import type { BatchImportOutcome, Replacement } from '../db/import-records.ts';
import type { ImportFormat, ImportKind } from '../import/parse-import-file.ts';

/* What `credbot import` tells the operator once an import is done. */

/** Issuers named in the note on credentials kept by --replace; the rest are counted. */
const MAX_LISTED_ISSUERS = 10;

/** With thousands separators, as an operator reads large counts: `1,204`. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** E.g. `Imported 1,204 credentials from FILE (csv): 1,100 new, 104 updated, 0 unchanged, 12 withdrawn, 0 rejected.` */
export function describeImport(
  kind: ImportKind,
  file: string,
  format: ImportFormat,
  outcome: BatchImportOutcome,
  /** Credentials withdrawn; null for a kind that is never withdrawn. */
  withdrawn: number | null,
): string {
  const counts = [
    `${formatCount(outcome.inserted)} new`,
    `${formatCount(outcome.updated)} updated`,
    `${formatCount(outcome.unchanged)} unchanged`,
    ...(withdrawn === null ? [] : [`${formatCount(withdrawn)} withdrawn`]),
    `${formatCount(outcome.refused)} rejected`,
  ];
  const rows = outcome.imported === 1 ? kind.slice(0, -1) : kind;
  return `Imported ${formatCount(outcome.imported)} ${rows} from ${file} (${format}): ${counts.join(', ')}.`;
}

/** What --replace left in place because of refused rows, and how to withdraw it; null when nothing was. */
export function describeKept(file: string, replacement: Replacement): string | null {
  const { kept } = replacement;
  if (kept.length === 0) return null;
  const listed = kept
    .slice(0, MAX_LISTED_ISSUERS)
    .map(({ issuerId, count }, index) => `${formatCount(count)}${index === 0 ? ` credential${count === 1 ? '' : 's'}` : ''} of ${issuerId}`);
  if (kept.length > MAX_LISTED_ISSUERS) listed.push(`those of ${formatCount(kept.length - MAX_LISTED_ISSUERS)} more issuers`);
  const credentials = `${listed.join(', ')} that ${file} does not list`;
  if (replacement.keptEveryIssuer) {
    return (
      `Nothing withdrawn: a rejected row names no issuer that could be read, so no issuer was replaced and ` +
      `${credentials} stayed. Fix the rejected rows and import again to withdraw them.`
    );
  }
  return (
    `Not withdrawn: ${credentials}, as rows of ${kept.length === 1 ? 'this issuer were' : 'these issuers were'} rejected ` +
    '(one of them may be a credential the file means to keep). Fix those rows and import again to withdraw them.'
  );
}
