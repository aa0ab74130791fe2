import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CredentialRow,
  type IssuerRow,
  parseCredentialsFile,
  parseImportFile,
  parseIssuersFile,
  readImportBatches,
} from './parse-import-file.ts';

function readFixture(name: string): string {
  return readFileSync(new URL(`../../test/fixtures/import/${name}`, import.meta.url), 'utf8');
}

const ISSUER_HEADER = 'id,name,contact_name,contact_email,support_url,aliases';
const CREDENTIAL_HEADER = 'id,issuer_id,recipient_email,recipient_name,course_name,url,status,issued_at';

/** A credentials CSV of one header and the given rows, each row's columns filled in over valid defaults. */
function credentialsCsv(...rows: Partial<Record<string, string>>[]): string {
  const defaults: Record<string, string> = {
    id: 'c-1',
    issuer_id: 'acme',
    recipient_email: 'learner@example.com',
    recipient_name: 'Lee Learner',
    course_name: 'Course',
    url: 'https://badges.example/c-1',
    status: 'published',
    issued_at: '2024-05-01',
  };
  const columns = CREDENTIAL_HEADER.split(',');
  const lines = rows.map((row) => columns.map((column) => row[column] ?? defaults[column]).join(','));
  return [CREDENTIAL_HEADER, ...lines].join('\n');
}

/** A valid credential's columns, as keys of a JSON line. */
const credentialColumns = {
  id: 'c-1',
  issuer_id: 'acme',
  recipient_email: 'learner@example.com',
  course_name: 'Course',
  url: 'https://badges.example/c-1',
  status: 'published',
  issued_at: '2024-05-01',
};

function linesOf<T>(parsed: { rows: { line: number; value: T }[] }): number[] {
  return parsed.rows.map((row) => row.line);
}

const lighthouse: IssuerRow = {
  id: 'lighthouse-institute',
  name: 'Lighthouse Institute',
  contactName: 'Ada Quinn',
  contactEmail: 'badges@lighthouse-institute.example',
  supportUrl: 'https://lighthouse-institute.example/help',
  aliases: ['Lighthouse', 'LHI'],
};
const copperKettle: IssuerRow = {
  id: 'copper-kettle',
  name: 'Copper Kettle Cooking School, Ltd.',
  contactName: null,
  contactEmail: 'hello@copperkettle.example',
  supportUrl: null,
  aliases: ['Copper Kettle', 'CKCS'],
};
const meadowLabs: IssuerRow = {
  id: 'meadow-labs',
  name: 'Meadow Labs',
  contactName: null,
  contactEmail: null,
  supportUrl: null,
  aliases: [],
};

const fixtureCredentials: CredentialRow[] = [
  {
    id: 'lhi-0001',
    issuerId: 'lighthouse-institute',
    recipientEmail: 'ravi.shah@example.com',
    recipientName: 'Ravi Shah',
    courseName: 'Coastal Navigation I',
    url: 'https://badges.example/lhi/0001',
    status: 'published',
    issuedAt: new Date('2024-05-01T00:00:00Z'),
  },
  {
    id: 'lhi-0002',
    issuerId: 'lighthouse-institute',
    recipientEmail: 'Elena.Park@Example.org',
    recipientName: null,
    courseName: 'Knots, Hitches and Splices',
    url: 'https://badges.example/lhi/0002',
    status: 'draft',
    issuedAt: new Date('2024-06-15T09:30:00Z'),
  },
  {
    id: 'ckcs-0100',
    issuerId: 'copper-kettle',
    recipientEmail: 'tom.ng@example.net',
    recipientName: 'Tom Ng',
    // A line break inside a quoted name is read as a space: names are one line (core/one-line.ts).
    courseName: 'Bread Baking (weekend intensive)',
    url: 'https://badges.example/ckcs/0100',
    status: 'published',
    issuedAt: new Date('2023-11-20T17:00:00Z'),
  },
  {
    id: 'ckcs-0101',
    issuerId: 'copper-kettle',
    recipientEmail: 'amara.diallo@example.com',
    recipientName: 'Amara Diallo',
    courseName: 'Knife Skills',
    url: 'https://badges.example/ckcs/0101',
    status: 'published',
    issuedAt: new Date('2024-02-29T00:00:00Z'),
  },
];

describe('parseIssuersFile', () => {
  it('reads a CSV of issuers into rows, each with the line it is on', () => {
    const parsed = parseIssuersFile(readFixture('issuers.csv'));
    expect(parsed).toEqual({
      format: 'csv',
      errors: [],
      rows: [
        { line: 2, value: lighthouse },
        { line: 3, value: copperKettle },
        { line: 4, value: meadowLabs },
      ],
    });
  });

  it('reads the same issuers from JSON lines, recognised by their opening brace', () => {
    const parsed = parseIssuersFile(readFixture('issuers.jsonl'));
    expect(parsed.format).toBe('jsonl');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 1, value: lighthouse },
      { line: 2, value: copperKettle },
      { line: 3, value: meadowLabs },
    ]);
  });

  it('splits aliases on "|", trims them, and drops empty and repeated ones', () => {
    const parsed = parseIssuersFile(`${ISSUER_HEADER}\nacme,Acme,,,, Acme Corp |ACME|| Acme Corp |  \n`);
    expect(parsed.rows[0]?.value.aliases).toEqual(['Acme Corp', 'ACME']);
  });

  it('takes aliases in a JSON line as a list or as "|"-separated text, and refuses anything else', () => {
    const parsed = parseIssuersFile(
      [
        '{"id":"a","name":"A","aliases":[" One ","","Two"]}',
        '{"id":"b","name":"B","aliases":"One|Two"}',
        '{"id":"c","name":"C","aliases":[1,2]}',
      ].join('\n'),
    );
    expect(parsed.rows.map((row) => row.value.aliases)).toEqual([
      ['One', 'Two'],
      ['One', 'Two'],
    ]);
    expect(parsed.errors).toEqual([
      { line: 3, message: 'aliases: expected names separated by "|" or a list of text, got a list' },
    ]);
  });

  it('lower-cases a contact address and refuses one that is not an address', () => {
    const parsed = parseIssuersFile(`${ISSUER_HEADER}\na,A,,Help@Acme.EXAMPLE,,\nb,B,,help-at-acme.example,,\n`);
    expect(parsed.rows.map((row) => row.value.contactEmail)).toEqual(['help@acme.example']);
    expect(parsed.errors).toEqual([
      { line: 3, message: 'contact_email: "help-at-acme.example" is not a valid email address' },
    ]);
  });

  it('accepts only http and https support links', () => {
    const links = ['ftp://acme.example/help', 'javascript:alert(1)', 'https://', 'https://acme.example/a b', 'acme.example'];
    const parsed = parseIssuersFile(
      [ISSUER_HEADER, 'ok,Ok,,,HTTPS://acme.example/help,', ...links.map((link, i) => `id-${i},Name,,,${link},`)].join('\n'),
    );
    expect(parsed.rows.map((row) => row.value.supportUrl)).toEqual(['HTTPS://acme.example/help']);
    expect(parsed.errors.map((error) => error.message)).toEqual(
      links.map((link) => `support_url: ${JSON.stringify(link)} is not an http(s) URL`),
    );
  });

  it('counts an empty or blank value as missing, so a required column left empty is an error', () => {
    const parsed = parseIssuersFile(`${ISSUER_HEADER}\n  ,Acme,,,,\nacme,"   ",,,,\n`);
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors).toEqual([
      { line: 2, message: 'id: is required' },
      { line: 3, message: 'name: is required' },
    ]);
  });

  it('reports one error on the header naming every required column it lacks, and reads no rows', () => {
    const parsed = parseCredentialsFile('id,recipient_email,status,notes\nc-1,a@example.com,published,hi\n');
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors).toEqual([
      { line: 1, message: 'the header lacks the required columns issuer_id, course_name, url, issued_at' },
    ]);
  });

  it('matches header names whatever their case and surrounding spaces, and ignores unknown columns', () => {
    const parsed = parseIssuersFile(' Name ,NOTES, ID \nAcme,call first,acme\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 2, value: { ...meadowLabs, id: 'acme', name: 'Acme' } },
    ]);
  });

  it('refuses a header that names a column twice', () => {
    const parsed = parseIssuersFile('id,name,Name\nacme,Acme,Other\n');
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors).toEqual([{ line: 1, message: 'the header has the column name more than once' }]);
  });

  it('tolerates a UTF-8 byte order mark before a CSV header or a first JSON line', () => {
    const fromCsv = parseIssuersFile(`\uFEFF${ISSUER_HEADER}\nacme,Acme,,,,\n`);
    const fromJson = parseIssuersFile('\uFEFF{"id":"acme","name":"Acme"}\n');
    expect(fromCsv.errors).toEqual([]);
    expect(fromJson).toMatchObject({ format: 'jsonl', errors: [] });
    expect(fromCsv.rows).toEqual(fromJson.rows.map((row) => ({ ...row, line: 2 })));
  });

  it('reports the later of two rows with the same id, naming the line of the first', () => {
    const parsed = parseIssuersFile(`${ISSUER_HEADER}\nacme,Acme,,,,\nbeta,Beta,,,,\nacme,Acme again,,,,\n`);
    expect(parsed.rows.map((row) => row.value.name)).toEqual(['Acme', 'Beta']);
    expect(parsed.errors).toEqual([{ line: 4, message: 'id: duplicate id "acme", first seen on line 2' }]);
  });

  it('reports a row with more fields than the header, hinting at an unquoted comma', () => {
    const parsed = parseIssuersFile(`${ISSUER_HEADER}\nacme,Acme, Inc.,,,,\nbeta,Beta\n`);
    expect(parsed.errors).toEqual([
      { line: 2, message: 'has 7 fields but the header has 6; a value that contains a comma must be in double quotes' },
      { line: 3, message: 'has 2 fields but the header has 6' },
    ]);
  });

  it('honours an explicit format over detection', () => {
    const parsed = parseIssuersFile(`${ISSUER_HEADER}\n`, { format: 'jsonl' });
    expect(parsed.format).toBe('jsonl');
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]?.message).toMatch(/^not valid JSON: /);
  });
});

describe('parseCredentialsFile', () => {
  it('reads a CSV of credentials, with quoted commas and line breaks and any case of status', () => {
    const parsed = parseCredentialsFile(readFixture('credentials.csv'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((row) => row.value)).toEqual(fixtureCredentials);
    // The third record spans lines 4 and 5, so the fourth starts on line 6.
    expect(linesOf(parsed)).toEqual([2, 3, 4, 6]);
  });

  it('reads the same credentials from JSON lines', () => {
    const parsed = parseCredentialsFile(readFixture('credentials.jsonl'));
    expect(parsed).toMatchObject({ format: 'jsonl', errors: [] });
    expect(parsed.rows.map((row) => row.value)).toEqual(fixtureCredentials);
    expect(linesOf(parsed)).toEqual([1, 2, 3, 4]);
  });

  it('names the line and the column of every problem in a file with errors, and the issuer of the row when it is valid', () => {
    const parsed = parseCredentialsFile(readFixture('credentials-with-errors.csv'));
    const owner = 'lighthouse-institute';
    expect(parsed.errors).toEqual([
      { line: 2, message: 'recipient_email: "not-an-address" is not a valid email address', owner },
      { line: 3, message: 'issued_at: "2024-02-30" is not a valid date', owner },
      { line: 4, message: 'issuer_id: is required' },
      { line: 4, message: 'url: "ftp://badges.example/lhi/b03" is not an http(s) URL' },
      { line: 4, message: 'status: "archived" is not "published" or "draft"' },
      { line: 6, message: 'id: duplicate id "bad-01", first seen on line 2', owner },
    ]);
    expect(parsed.rows.map((row) => [row.line, row.value.id])).toEqual([[7, 'good-05']]);
  });

  it('keeps the recipient address as written, only trimmed, but refuses an invalid one', () => {
    const parsed = parseCredentialsFile(
      credentialsCsv({ recipient_email: '  Jane.Doe@Example.COM ' }, { id: 'c-2', recipient_email: 'jane doe@example.com' }),
    );
    expect(parsed.rows.map((row) => row.value.recipientEmail)).toEqual(['Jane.Doe@Example.COM']);
    expect(parsed.errors).toEqual([
      { line: 3, message: 'recipient_email: "jane doe@example.com" is not a valid email address', owner: 'acme' },
    ]);
  });

  it('refuses dates that do not exist, and accepts 29 February in a leap year', () => {
    const dates = ['2023-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-05-01T24:00', '2024-05-01T10:60', '1 May 2024', '2024-5-1', '0000-05-01'];
    const parsed = parseCredentialsFile(
      credentialsCsv({ issued_at: '2024-02-29' }, ...dates.map((date, i) => ({ id: `c-${i + 2}`, issued_at: date }))),
    );
    expect(parsed.rows.map((row) => row.value.issuedAt)).toEqual([new Date('2024-02-29T00:00:00Z')]);
    expect(parsed.errors.map((error) => error.message)).toEqual(
      dates.map((date) => `issued_at: ${JSON.stringify(date)} is not a valid date`),
    );
  });

  it('reads a date as UTC midnight, applies an offset, and reads a date-time without one as UTC', () => {
    const dates = ['2024-05-01', '2024-05-01T00:30:00+02:00', '2024-05-01 10:15', '2024-05-01T10:15:30.25Z', '0099-01-01'];
    const parsed = parseCredentialsFile(credentialsCsv(...dates.map((date, i) => ({ id: `c-${i}`, issued_at: date }))));
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((row) => row.value.issuedAt.toISOString())).toEqual([
      '2024-05-01T00:00:00.000Z',
      '2024-04-30T22:30:00.000Z',
      '2024-05-01T10:15:00.000Z',
      '2024-05-01T10:15:30.250Z',
      '0099-01-01T00:00:00.000Z',
    ]);
  });

  it('skips blank lines, lines of spaces and rows of empty cells without shifting line numbers', () => {
    const csv = credentialsCsv({ id: 'c-1' }, { id: 'c-2' }).replace('\n', '\n\n   \n,,,,,,,\n');
    const json = '\n{"id":"a","name":"A"}\n   \n\n{"id":"b","name":"B"}\n';
    expect(linesOf(parseCredentialsFile(csv))).toEqual([5, 6]);
    expect(linesOf(parseIssuersFile(json))).toEqual([2, 5]);
  });

  it('numbers lines by where each record starts, after quoted line breaks in LF and in CRLF files', () => {
    const csv = [
      CREDENTIAL_HEADER,
      'c-1,acme,a@example.com,,"Two\nlines",https://badges.example/1,published,2024-05-01',
      'c-2,acme,b@example.com,,"Three\n\nlines",https://badges.example/2,published,2024-05-01',
      'c-3,acme,not-an-address,,Course,https://badges.example/3,published,2024-05-01',
    ].join('\n');
    for (const content of [csv, csv.replaceAll('\n', '\r\n')]) {
      const parsed = parseCredentialsFile(content);
      expect(linesOf(parsed)).toEqual([2, 4]);
      expect(parsed.errors.map((error) => error.line)).toEqual([7]);
      expect(parsed.rows[1]?.value.courseName).toBe('Three lines');
    }
  });

  it('reports a quote that is never closed on the line where its record starts, keeping the rows before it', () => {
    const parsed = parseCredentialsFile(credentialsCsv({ id: 'c-1' }, { id: 'c-2', course_name: '"Unfinished' }, { id: 'c-3' }));
    expect(linesOf(parsed)).toEqual([2]);
    expect(parsed.errors).toEqual([
      { line: 3, message: 'malformed CSV: a quoted value is never closed; lines 3–4 could not be read' },
    ]);
  });

  it('reports a stray quote once, with the lines it swallowed, and goes on reading after them', () => {
    const content = credentialsCsv(
      { id: 'c-1' },
      { id: 'c-2', course_name: '"Closed"early' },
      { id: 'c-3' },
      { id: 'c-4', course_name: '"Quoted"' },
      { id: 'c-5' },
      { id: 'c-6', course_name: 'Say "hi"' },
      { id: 'c-7' },
    );
    const parsed = parseCredentialsFile(content.replaceAll('\n', '\r\n'));
    expect(parsed.rows.map((row) => [row.line, row.value.id])).toEqual([
      [2, 'c-1'],
      [6, 'c-5'],
      [8, 'c-7'],
    ]);
    expect(parsed.errors).toEqual([
      {
        line: 3,
        message:
          'malformed CSV: a closing quote is followed by something other than a comma or the end of the line; lines 3–5 could not be read',
      },
      {
        line: 7,
        message:
          'malformed CSV: a quote inside a value that does not start with one; quote the whole value and double the quotes inside it',
      },
    ]);
  });

  it('stops at a record of over a million characters, the mark of a quote never closed in a large file', () => {
    const rest = Array.from({ length: 50_000 }, (_, i) => `id-${i},Name number ${i},,,,`).join('\n');
    const parsed = parseIssuersFile(`${ISSUER_HEADER}\nacme,Acme,,,,\nbeta,"Beta,,,,\n${rest}\n`);
    expect(linesOf(parsed)).toEqual([2]);
    expect(parsed.errors).toEqual([
      {
        line: 3,
        message: 'malformed CSV: a record longer than 1000000 characters (is a quote never closed?); reading stopped',
      },
    ]);
  });

  it('reports a JSON line that is not valid JSON or not an object, and reads the lines around it', () => {
    const parsed = parseCredentialsFile(
      [
        readFixture('credentials.jsonl').split('\n')[0],
        '{"id": "c-2", ',
        '["c-3"]',
        'null',
        readFixture('credentials.jsonl').split('\n')[1],
      ].join('\n'),
    );
    expect(linesOf(parsed)).toEqual([1, 5]);
    expect(parsed.errors).toEqual([
      { line: 2, message: expect.stringMatching(/^not valid JSON: /) },
      { line: 3, message: 'expected a JSON object, found a list' },
      { line: 4, message: 'expected a JSON object, found null' },
    ]);
  });

  it('takes JSON numbers as text and refuses other non-text values, naming the column', () => {
    const parsed = parseIssuersFile('{"id":42,"name":"Answer"}\n{"id":"b","name":{"en":"B"}}\n{"id":"c","name":false}\n');
    expect(parsed.rows.map((row) => row.value.id)).toEqual(['42']);
    expect(parsed.errors).toEqual([
      { line: 2, message: 'name: expected text, got an object' },
      { line: 3, message: 'name: expected text, got false' },
    ]);
  });

  it('never throws, whatever the input', () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const alphabet = ['"', ',', '\n', '\r', '{', '}', ':', ' ', 'a', '@', '|', '\uFEFF', '[', '1'];
    for (let run = 0; run < 300; run++) {
      const body = Array.from({ length: random(120) }, () => alphabet[random(alphabet.length)]).join('');
      for (const content of [body, `${CREDENTIAL_HEADER}\n${body}`]) {
        expect(() => parseCredentialsFile(content)).not.toThrow();
        expect(() => parseIssuersFile(content, { format: 'jsonl' })).not.toThrow();
      }
    }
  });
});

/** Splits text into Buffers of `size` bytes, cutting through multi-byte characters and CRLF pairs. */
async function* chunksOf(content: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(content, 'utf8');
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

async function collectBatches<K extends 'issuers' | 'credentials'>(
  kind: K,
  content: string,
  chunkSize: number,
  batchSize?: number,
) {
  const batches = [];
  for await (const batch of readImportBatches(kind, chunksOf(content, chunkSize), { batchSize })) batches.push(batch);
  return batches;
}

describe('readImportBatches', () => {
  it('yields, from a CSV arriving in small chunks, the rows and errors a whole-file parse finds', async () => {
    const content = `\uFEFF${readFixture('credentials-with-errors.csv')}${readFixture('credentials.csv').split('\n').slice(1).join('\n')}`
      .replaceAll('Nadia', 'Nádia')
      .replaceAll('\n', '\r\n');
    const whole = parseImportFile('credentials', content);
    for (const chunkSize of [1, 3, 64]) {
      const batches = await collectBatches('credentials', content, chunkSize, 2);
      expect(batches.flatMap((batch) => batch.rows)).toEqual(whole.rows);
      expect(batches.flatMap((batch) => batch.errors)).toEqual(whole.errors);
      expect(batches.every((batch) => batch.format === 'csv' && batch.rows.length <= 2)).toBe(true);
    }
    expect(whole.rows.map((row) => row.line)).toEqual([7, 8, 9, 10, 12]);
  });

  it('yields the rows of JSON lines arriving in small chunks', async () => {
    const content = `\uFEFF\n${readFixture('issuers.jsonl').replace('Ada Quinn', 'Adá Quinn')}`;
    const whole = parseImportFile('issuers', content);
    for (const chunkSize of [1, 5]) {
      const batches = await collectBatches('issuers', content, chunkSize);
      expect(batches.flatMap((batch) => batch.rows)).toEqual(whole.rows);
      expect(batches.every((batch) => batch.format === 'jsonl')).toBe(true);
    }
    expect(whole.rows.map((row) => [row.line, row.value.contactName])).toEqual([
      [2, 'Adá Quinn'],
      [3, null],
      [4, null],
    ]);
  });

  it('reads generated CSV, regular and malformed, exactly as csv-parse reads the whole text', async () => {
    // The stream reader takes regular records on a fast path of its own and hands csv-parse the rest of the
    // file from the first irregular one; the whole-text reader is csv-parse alone.
    // Mulberry32, seeded: a failing case fails again on the next run.
    let state = 11;
    const random = (below: number) => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * below);
    };
    const validRow = (n: number) =>
      `c-${n},acme,learner${n}@example.com,Lee ${n},Course ${n},https://badges.example/${n},published,2024-05-01`;
    const oddities = ['"', '""', ',', '\n', '\r\n', '\r', ' ', 'é', '😀', '"quoted, with comma"', '"two\nlines"', '\uFEFF', 'x'];
    for (let run = 0; run < 400; run++) {
      const lines = [random(5) === 0 ? `\uFEFF${CREDENTIAL_HEADER}` : CREDENTIAL_HEADER];
      for (let line = random(12); line > 0; line--) {
        if (random(3) > 0) {
          lines.push(random(4) === 0 ? validRow(random(8)) : validRow(run * 100 + line));
        } else {
          const row = validRow(line).split(',');
          row[random(row.length)] = Array.from({ length: 1 + random(4) }, () => oddities[random(oddities.length)]).join('');
          lines.push(row.join(','));
        }
      }
      const separator = random(4) === 0 ? '\r\n' : '\n';
      const content = lines.join(separator) + (random(2) === 0 ? separator : '');
      const whole = parseImportFile('credentials', content);
      const chunkSize = [1, 2, 3, 7, 64, 4096][random(6)] as number;
      const batches = await collectBatches('credentials', content, chunkSize, 1 + random(4));
      const errors = batches.flatMap((batch) => batch.errors).sort((a, b) => a.line - b.line);
      const unfinishedLastLine = batches.at(-1)?.unfinishedLastLine;
      expect({ rows: batches.flatMap((batch) => batch.rows), errors, unfinishedLastLine }, JSON.stringify(content)).toEqual({
        rows: whole.rows,
        errors: whole.errors,
        unfinishedLastLine: whole.unfinishedLastLine,
      });
    }
  });

  it('reads long runs of plain lines as csv-parse does, whatever the chunks: one-value, empty and multi-byte lines', async () => {
    // Lines without quotes or CR are read a stretch at a time, up to the next quote; a chunk may end anywhere.
    const lines = [CREDENTIAL_HEADER];
    for (let n = 0; n < 3000; n++) {
      const kind = n % 50;
      if (kind === 7) lines.push('');
      else if (kind === 13) lines.push(`lone value ${n}`);
      else if (kind === 21) lines.push(`c-${n},acme,l${n}@example.com,"Quoted, name",Course,https://badges.example/${n},published,2024-05-01`);
      else if (kind === 33) lines.push(`c-${n},acme,l${n}@example.com,Zoë 😀 Ünal,Cours é,https://badges.example/${n},draft,2024-05-01`);
      else lines.push(`c-${n},acme,l${n}@example.com,Lee ${n},Course ${n},https://badges.example/${n},published,2024-05-01`);
    }
    const content = `${lines.join('\n')}\n`;
    const whole = parseImportFile('credentials', content);
    expect(whole.rows.length).toBeGreaterThan(2800);
    for (const chunkSize of [5, 4096, 65536]) {
      const batches = await collectBatches('credentials', content, chunkSize, 100);
      const errors = batches.flatMap((batch) => batch.errors);
      expect({ rows: batches.flatMap((batch) => batch.rows), errors }).toEqual({ rows: whole.rows, errors: whole.errors });
    }
  });

  it('yields the problems of the file with the rows around them, so that they arrive in line order', async () => {
    const rows = Array.from({ length: 40 }, (_, n) =>
      n % 3 === 0 ? { id: `c-${n}`, issued_at: '2024-02-30' } : { id: `c-${n}` },
    );
    const batches = await collectBatches('credentials', credentialsCsv(...rows), 4096, 4);
    const lines = batches.flatMap((batch) => [...batch.rows, ...batch.errors].map((item) => item.line).sort((a, b) => a - b));
    expect(lines).toEqual(Array.from({ length: 40 }, (_, n) => n + 2));
    expect(batches.every((batch) => batch.rows.length <= 4)).toBe(true);
  });

  it('gives each row a date of its own, even where rows share a date', () => {
    const parsed = parseCredentialsFile(credentialsCsv({ id: 'c-1' }, { id: 'c-2' }));
    const [first, second] = parsed.rows.map((row) => row.value.issuedAt);
    first?.setUTCFullYear(1999);
    expect(second).toEqual(new Date('2024-05-01T00:00:00Z'));
  });

  it('refuses a value holding a NUL character, which PostgreSQL cannot store', () => {
    const parsed = parseCredentialsFile(credentialsCsv({ course_name: 'Bread\u0000Baking' }));
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors).toEqual([{ line: 2, message: 'course_name: "Bread\\u0000Baking" contains a NUL character', owner: 'acme' }]);
  });

  it('reads a name with line breaks, tabs or other control characters as one line, in CSV and in JSON lines', () => {
    const forged = 'Evil "Uni"\r\nBcc: attacker@x';
    const issuers = parseIssuersFile(`${ISSUER_HEADER}\nevil,"Evil ""Uni""\r\nBcc: attacker@x","Dana\tContact",,,"Evil\u2028Uni|EU"\n`);
    expect(issuers.errors).toEqual([]);
    expect(issuers.rows[0]?.value).toMatchObject({ name: 'Evil "Uni" Bcc: attacker@x', contactName: 'Dana Contact', aliases: ['Evil Uni', 'EU'] });

    const jsonLine = JSON.stringify({ ...credentialColumns, recipient_name: 'Lee\u0085Learner\u001b[2J', course_name: forged });
    const credentials = parseCredentialsFile(jsonLine);
    expect(credentials.errors).toEqual([]);
    expect(credentials.rows[0]?.value).toMatchObject({ recipientName: 'Lee Learner [2J', courseName: 'Evil "Uni" Bcc: attacker@x' });
  });

  it('refuses a control character in an id, an address or a URL, naming the line and the column', () => {
    const csv = credentialsCsv({ id: '"c-1\nc-2"' }, { id: 'c-3', issuer_id: 'acme\u0007' }, { id: 'c-4', url: 'https://badges.example/c-4\u0085x' });
    expect(parseCredentialsFile(csv).errors).toEqual([
      { line: 2, message: 'id: "c-1\\nc-2" contains a line break, a tab or another control character', owner: 'acme' },
      // An issuer id that is refused names no issuer: the row could be anyone's.
      { line: 4, message: 'issuer_id: "acme\\u0007" contains a line break, a tab or another control character' },
      { line: 5, message: 'url: "https://badges.example/c-4\\u0085x" contains a line break, a tab or another control character', owner: 'acme' },
    ]);
    const issuer = JSON.stringify({ id: 'evil', name: 'Evil', contact_email: 'a@evil.example\u2028Bcc: b@evil.example', support_url: 'https://evil.example/\thelp' });
    expect(parseIssuersFile(issuer).errors).toEqual([
      { line: 1, message: 'contact_email: "a@evil.example\\u2028Bcc: b@evil.example" contains a line break, a tab or another control character' },
      { line: 1, message: 'support_url: "https://evil.example/\\thelp" contains a line break, a tab or another control character' },
    ]);
  });

  it('names no issuer for a refused line it could not read as a record, as it could be any issuer\'s', () => {
    const csv = `${credentialsCsv({ id: 'c-1' })}\nc-2,acme,learner@example.com\n`;
    expect(parseCredentialsFile(csv).errors).toEqual([{ line: 3, message: 'has 3 fields but the header has 8' }]);
    const jsonLines = [
      JSON.stringify({ ...credentialColumns, id: 'c-3', ISSUER_ID: 'beta' }),
      JSON.stringify({ ...credentialColumns, id: 'c-4', recipient_email: 'nobody' }),
      '{"id":"c-5",',
    ].join('\n');
    expect(parseCredentialsFile(`${jsonLines}\n`).errors.map(({ line, owner }) => ({ line, owner }))).toEqual([
      { line: 1, owner: undefined },
      { line: 2, owner: 'acme' },
      { line: 3, owner: undefined },
    ]);
  });

  it('refuses a name made of control characters only, as it would be empty', () => {
    expect(parseCredentialsFile(credentialsCsv({ course_name: '\u0007\u0008' })).errors).toEqual([
      { line: 2, message: 'course_name: "\\u0007\\b" contains a line break, a tab or another control character', owner: 'acme' },
    ]);
  });

  it('stops at a header that lacks a required column', async () => {
    const batches = await collectBatches('issuers', 'id,contact_name\na,b\n', 4);
    expect(batches).toEqual([
      { format: 'csv', rows: [], errors: [{ line: 1, message: 'the header lacks the required column name' }] },
    ]);
  });
});

describe('a file that ends in the middle of a line', () => {
  const urlLast = 'id,issuer_id,recipient_email,course_name,status,issued_at,url';
  const urlLastRow = (n: number) => `c-${n},acme,l${n}@example.com,Course,published,2024-05-01,https://badges.example/c-${n}`;

  it('is told for a CSV whose last record has no line end, as a URL or aliases cut short would be', () => {
    const credentials = parseCredentialsFile(`${urlLast}\n${urlLastRow(1)}\n${urlLastRow(2).slice(0, -3)}`);
    // The shortened URL is a valid one: only the missing line end tells.
    expect(credentials.errors).toEqual([]);
    expect(credentials.rows.map((row) => row.value.url)).toEqual(['https://badges.example/c-1', 'https://badges.example/']);
    expect(credentials.unfinishedLastLine).toBe(3);

    const issuers = parseIssuersFile(readFixture('issuers.csv').replace('Lighthouse|LHI', 'Lighthouse|L').split('\n').slice(0, 2).join('\n'));
    expect(issuers.errors).toEqual([]);
    expect(issuers.unfinishedLastLine).toBe(2);
  });

  it('is told for a header alone without its line end', () => {
    expect(parseIssuersFile(ISSUER_HEADER).unfinishedLastLine).toBe(1);
  });

  it('is not told when the last line ends in LF, CRLF or CR, even before blank lines and rows of empty cells', () => {
    const complete = `${urlLast}\n${urlLastRow(1)}\n`;
    for (const content of [
      complete,
      complete.replaceAll('\n', '\r\n'),
      complete.replaceAll('\n', '\r'),
      // A CRLF file cut between the two: the record before them is whole.
      complete.replaceAll('\n', '\r\n').slice(0, -1),
      `${complete}\n  \t`,
      `${complete},,,,,,`,
    ]) {
      const parsed = parseCredentialsFile(content);
      expect(parsed.rows.map((row) => row.value.url), JSON.stringify(content)).toEqual(['https://badges.example/c-1']);
      expect(parsed.unfinishedLastLine, JSON.stringify(content)).toBeUndefined();
    }
  });

  it('numbers the last line after CRLF and quoted line breaks, as the rows are numbered', () => {
    const content = [urlLast, 'c-1,acme,a@example.com,"Two\nlines",published,2024-05-01,https://badges.example/c-1', urlLastRow(2)].join('\r\n');
    const parsed = parseCredentialsFile(content.slice(0, -1));
    expect(linesOf(parsed)).toEqual([2, 4]);
    expect(parsed.unfinishedLastLine).toBe(4);
  });

  it('is told beside the error for a quoted value cut short', () => {
    const parsed = parseCredentialsFile(`${urlLast}\n${urlLastRow(1)}\nc-2,acme,b@example.com,"Bread\nBaking",published,2024-05-01,"https://badges.exa`);
    expect(linesOf(parsed)).toEqual([2]);
    expect(parsed.errors).toEqual([{ line: 3, message: 'malformed CSV: a quoted value is never closed; lines 3–4 could not be read' }]);
    expect(parsed.unfinishedLastLine).toBe(4);
  });

  it('is told for a JSON-lines file whose last line has no line end, complete or cut short', () => {
    const line = JSON.stringify(credentialColumns);
    expect(parseCredentialsFile(`${line}\n${line.replace('c-1', 'c-2')}`).unfinishedLastLine).toBe(2);

    const cut = parseCredentialsFile(`${line}\n${line.replace('c-1', 'c-2').slice(0, -12)}`);
    expect(linesOf(cut)).toEqual([1]);
    expect(cut.errors).toEqual([
      { line: 2, message: expect.stringMatching(/^not valid JSON: .*; the line ends before its object is closed: is it cut short\?$/) },
    ]);
    expect(cut.unfinishedLastLine).toBe(2);

    for (const content of [`${line}\n`, `${line}\r\n`, `${line}\n  `]) {
      expect(parseCredentialsFile(content).unfinishedLastLine, JSON.stringify(content)).toBeUndefined();
    }
  });

  it('names a JSON line that ends before its object is closed as maybe cut short, wherever it is', () => {
    const parsed = parseIssuersFile('{"id":"a","name":"A","aliases":["A1","A\n{"id":"b","name":"B"}\n{"id":"c" "name":"C"}\n');
    expect(parsed.errors).toEqual([
      { line: 1, message: expect.stringMatching(/the line ends before its object is closed: is it cut short\?$/) },
      { line: 3, message: expect.not.stringContaining('cut short') },
    ]);
    expect(parsed.unfinishedLastLine).toBeUndefined();
  });

  it('reaches a stream reader in its last batch only, whatever the chunks, even when that batch has no row', async () => {
    const csv = [urlLast, ...Array.from({ length: 7 }, (_, n) => urlLastRow(n))].join('\r\n');
    const jsonLines = Array.from({ length: 7 }, (_, n) => JSON.stringify({ ...credentialColumns, id: `c-${n}` })).join('\n');
    for (const content of [csv, jsonLines]) {
      for (const chunkSize of [1, 4, 4096]) {
        const batches = await collectBatches('credentials', content, chunkSize, 3);
        expect(batches.map((batch) => batch.unfinishedLastLine)).toEqual([undefined, undefined, content === csv ? 8 : 7]);
        expect(batches.flatMap((batch) => batch.rows)).toHaveLength(7);
        const complete = await collectBatches('credentials', `${content}\n`, chunkSize, 3);
        expect(complete.map((batch) => batch.unfinishedLastLine)).toEqual([undefined, undefined, undefined]);
      }
    }
    expect(await collectBatches('issuers', ISSUER_HEADER, 2)).toEqual([{ format: 'csv', rows: [], errors: [], unfinishedLastLine: 1 }]);
  });

  it('is not told by a stream reader that stopped before the end of the file', async () => {
    const rows = Array.from({ length: 200 }, (_, n) => `a${n},b`).join('\n');
    const batches = await collectBatches('issuers', `id,contact_name\n${rows}`, 64);
    expect(batches.map((batch) => batch.unfinishedLastLine)).toEqual([undefined]);
  });
});
