import { describe, expect, it } from 'vitest';
import { addressToForget, mentionsAddress, stringsInJson } from './address-mentions.ts';

const ann = addressToForget('Ann.Lee@Example.com')!;

describe('addressToForget', () => {
  it('takes the canonical address, and the domain as typed in Unicode for the database to look for', () => {
    expect(ann).toEqual({ address: 'ann.lee@example.com', fragments: ['ann.lee@example.com'] });
    expect(addressToForget('josé@exämple.de')?.fragments).toEqual(['josé@xn--exmple-cua.de', 'josé@exämple.de']);
  });

  it('is null for what is not an address', () => {
    expect(addressToForget('ann.lee(at)example.com')).toBeNull();
    expect(addressToForget('')).toBeNull();
  });
});

describe('mentionsAddress', () => {
  it('finds the address in any case inside free text, at the end of a sentence too', () => {
    expect(mentionsAddress(['Please write to ANN.LEE@example.COM.'], ann)).toBe(true);
    expect(mentionsAddress([null, 'no address here', '<mailto:ann.lee@example.com|ann.lee@example.com>'], ann)).toBe(true);
  });

  it('does not take a longer address that contains it for it', () => {
    expect(mentionsAddress(['joann.lee@example.com', 'ann.lee@example.com.au', 'ann.lee@example.community'], ann)).toBe(false);
  });
});

describe('stringsInJson', () => {
  it('lists every string of a payload, so an escaped line break does not run into the address after it', () => {
    const payload = JSON.parse(JSON.stringify({ text: 'hello\nann.lee@example.com', tags: ['a'], n: 1 }));
    expect(stringsInJson(payload)).toEqual(['text', 'hello\nann.lee@example.com', 'tags', 'a', 'n']);
    expect(mentionsAddress(stringsInJson(payload), ann)).toBe(true);
    expect(mentionsAddress([JSON.stringify(payload)], ann)).toBe(false);
  });
});
