import { describe, expect, it } from 'vitest';
import { describeImport, describeKept } from './import-report.ts';

const outcome = { imported: 1_204, inserted: 1_100, updated: 100, unchanged: 4, refused: 0 };

describe('describeImport', () => {
  it('counts what the import did, with thousands separators', () => {
    expect(describeImport('credentials', 'in.csv', 'csv', outcome, 12)).toBe(
      'Imported 1,204 credentials from in.csv (csv): 1,100 new, 100 updated, 4 unchanged, 12 withdrawn, 0 rejected.',
    );
  });

  it('says nothing of withdrawals for issuers, which an import never withdraws', () => {
    expect(describeImport('issuers', 'in.jsonl', 'jsonl', { ...outcome, refused: 2 }, null)).toBe(
      'Imported 1,204 issuers from in.jsonl (jsonl): 1,100 new, 100 updated, 4 unchanged, 2 rejected.',
    );
  });
});

describe('describeKept', () => {
  it('says nothing when --replace kept nothing back', () => {
    expect(describeKept('in.csv', { withdrawn: 3, kept: [], keptEveryIssuer: false })).toBeNull();
  });

  it('names the issuers not replaced because of a rejected row, and what stayed of each', () => {
    const kept = [
      { issuerId: 'acme', count: 1 },
      { issuerId: 'beta', count: 2_000 },
    ];
    expect(describeKept('in.csv', { withdrawn: 3, kept, keptEveryIssuer: false })).toBe(
      'Not withdrawn: 1 credential of acme, 2,000 of beta that in.csv does not list, as rows of these issuers were ' +
        'rejected (one of them may be a credential the file means to keep). Fix those rows and import again to withdraw them.',
    );
  });

  it('lists ten issuers and counts the others', () => {
    const kept = Array.from({ length: 12 }, (_, n) => ({ issuerId: `issuer-${n}`, count: 2 }));
    const note = describeKept('in.csv', { withdrawn: 0, kept, keptEveryIssuer: false });
    expect(note).toContain('2 credentials of issuer-0, 2 of issuer-1,');
    expect(note).toContain('2 of issuer-9, those of 2 more issuers that in.csv does not list');
    expect(note).not.toContain('issuer-10');
  });

  it('says why no issuer was replaced when a rejected row named no issuer that could be read', () => {
    expect(describeKept('in.csv', { withdrawn: 0, kept: [{ issuerId: 'acme', count: 3 }], keptEveryIssuer: true })).toBe(
      'Nothing withdrawn: a rejected row names no issuer that could be read, so no issuer was replaced and ' +
        '3 credentials of acme that in.csv does not list stayed. Fix the rejected rows and import again to withdraw them.',
    );
  });
});
