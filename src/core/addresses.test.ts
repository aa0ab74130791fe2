import { describe, expect, it } from 'vitest';
import {
  addressKeys,
  classifyAddressMatch,
  correctDomainTypo,
  emailKey,
  extractEmailAddresses,
  fuzzyMailboxKey,
  isWithinOneEdit,
  mailboxKey,
  nearMissParts,
  normalizeEmailAddress,
} from './addresses.ts';
import { LONG_NAMED_PROVIDERS, SHORT_NAMED_PROVIDERS } from './address-typos.ts';

// Seeded, so that a failing generated case fails again on the next run.
function createRandom(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * below);
  };
}

// A small alphabet makes repeated letters, and so the tricky alignments, common.
const ALPHABET = ['a', 'b', 'c', '.', 'é', '😀'];

function randomString(random: (below: number) => number, maxLength: number): string {
  const length = random(maxLength + 1);
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[random(ALPHABET.length)];
  return text;
}

/** Every string one insertion, deletion, substitution or adjacent transposition away from `text`. */
function oneEditNeighbours(text: string): string[] {
  const chars = Array.from(text);
  const neighbours: string[] = [];
  const join = (parts: string[]) => parts.join('');
  for (let i = 0; i <= chars.length; i++) {
    for (const c of ALPHABET) neighbours.push(join([...chars.slice(0, i), c, ...chars.slice(i)]));
  }
  for (let i = 0; i < chars.length; i++) {
    neighbours.push(join([...chars.slice(0, i), ...chars.slice(i + 1)]));
    for (const c of ALPHABET) neighbours.push(join([...chars.slice(0, i), c, ...chars.slice(i + 1)]));
  }
  for (let i = 0; i + 1 < chars.length; i++) {
    const swapped = [...chars];
    [swapped[i], swapped[i + 1]] = [chars[i + 1] ?? '', chars[i] ?? ''];
    neighbours.push(join(swapped));
  }
  return neighbours;
}

/** The textbook dynamic programme for optimal string alignment distance, over code points. */
function referenceDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const width = y.length + 1;
  const table = new Array<number>((x.length + 1) * width).fill(0);
  const cell = (i: number, j: number) => table[i * width + j] ?? Number.POSITIVE_INFINITY;
  for (let i = 0; i <= x.length; i++) {
    for (let j = 0; j <= y.length; j++) {
      let best = Math.max(i, j);
      if (i > 0 && j > 0) {
        best = Math.min(cell(i - 1, j) + 1, cell(i, j - 1) + 1, cell(i - 1, j - 1) + (x[i - 1] === y[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, cell(i - 2, j - 2) + 1);
      }
      table[i * width + j] = best;
    }
  }
  return cell(x.length, y.length);
}

describe('extractEmailAddresses', () => {
  it('finds an address in a sentence', () => {
    expect(extractEmailAddresses('I never received my certificate, my email is jane.doe@example.com')).toEqual([
      'jane.doe@example.com',
    ]);
  });

  it('reads mailto links, angle brackets and Slack links as the address they hold', () => {
    expect(extractEmailAddresses('mailto:a@example.com')).toEqual(['a@example.com']);
    expect(extractEmailAddresses('Jane <b@example.com>')).toEqual(['b@example.com']);
    expect(extractEmailAddresses('mail <mailto:c@example.com|c@example.com> please')).toEqual(['c@example.com']);
    expect(extractEmailAddresses('<mailto:d@example.com?subject=Certificate>')).toEqual(['d@example.com']);
  });

  it.each(['.', ',', ';', ':', '!', '?', ')', ']', '"', "'", '”', '…', '...', '!)', '."'])(
    'leaves trailing %j out of the address',
    (punctuation) => {
      expect(extractEmailAddresses(`write to jane@example.com${punctuation} thanks`)).toEqual(['jane@example.com']);
    },
  );

  it.each(['(', '[', '{', '"', "'", '“', '<', ':', '=', '/'])('leaves leading %j out of the address', (punctuation) => {
    expect(extractEmailAddresses(`address ${punctuation}jane@example.com`)).toEqual(['jane@example.com']);
  });

  it('lower-cases the local part and the domain', () => {
    expect(extractEmailAddresses('Jane.DOE@Example.COM')).toEqual(['jane.doe@example.com']);
  });

  it('stores an IDN domain in its ASCII form and keeps a unicode local part, lower-cased', () => {
    expect(extractEmailAddresses('josé@exämple.de and USER@MÜNCHEN.DE')).toEqual([
      'josé@xn--exmple-cua.de',
      'user@xn--mnchen-3ya.de',
    ]);
    expect(extractEmailAddresses('JOSÉ@exämple.de')).toEqual(['josé@xn--exmple-cua.de']);
    expect(extractEmailAddresses('田中@例え.jp。')).toEqual(['田中@xn--r8jz45g.jp']);
  });

  it('treats the unicode and the punycode spelling of a domain as one address', () => {
    expect(extractEmailAddresses('user@münchen.de, user@xn--mnchen-3ya.de')).toEqual(['user@xn--mnchen-3ya.de']);
  });

  it('keeps plus tags, dots, hyphens, underscores, digits and apostrophes', () => {
    expect(extractEmailAddresses('first.last+certs@my-school.ac.uk o_neil99@x.io o\'brien@x.ie')).toEqual([
      'first.last+certs@my-school.ac.uk',
      'o_neil99@x.io',
      "o'brien@x.ie",
    ]);
  });

  it('returns each address once, in order of first appearance', () => {
    expect(extractEmailAddresses('b@example.com, a@example.com, B@EXAMPLE.COM, a@example.com')).toEqual([
      'b@example.com',
      'a@example.com',
    ]);
  });

  it.each([
    ['a mention', 'thanks @username for the help'],
    ['a host without a dot', 'name@localhost'],
    ['a one-letter TLD', 'name@example.c'],
    ['a numeric TLD', 'root@127.0.0.1'],
    ['a retina image name', 'image@2x.png'],
    ['other file names', 'logo@2x.jpg icon@3x.jpeg a@b.gif a@b.svg a@b.webp scan@page1.pdf'],
    ['consecutive dots in the local part', 'jane..doe@example.com'],
    ['a leading dot in the local part', '.jane@example.com'],
    ['a trailing dot in the local part', 'jane.@example.com'],
    ['a domain label starting with a hyphen', 'jane@-example.com'],
    ['a domain label ending with a hyphen', 'jane@example-.com'],
    ['an empty domain label', 'jane@example..com'],
    ['two at signs', 'jane@doe@example.com'],
    ['a fediverse handle', 'follow @jane@mastodon.social'],
    ['an empty local part', 'at @example.com'],
  ])('does not extract %s', (_, text) => {
    expect(extractEmailAddresses(text)).toEqual([]);
  });

  it('accepts a local part of 64 octets and refuses one of 65', () => {
    expect(extractEmailAddresses(`${'a'.repeat(64)}@example.com`)).toEqual([`${'a'.repeat(64)}@example.com`]);
    expect(extractEmailAddresses(`${'a'.repeat(65)}@example.com`)).toEqual([]);
    expect(extractEmailAddresses(`${'é'.repeat(32)}@example.com`)).toHaveLength(1);
    expect(extractEmailAddresses(`${'é'.repeat(33)}@example.com`)).toEqual([]);
  });

  it('accepts an address of 254 octets and refuses one of 255', () => {
    const addressOfLength = (length: number) =>
      `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(length - 64 - 1 - 128 - 4)}.com`;
    expect(addressOfLength(254)).toHaveLength(254);
    expect(extractEmailAddresses(addressOfLength(254))).toEqual([addressOfLength(254)]);
    expect(extractEmailAddresses(addressOfLength(255))).toEqual([]);
  });

  it.each([
    ['letters', 'a'.repeat(200_000)],
    ['letters around one at sign', `${'a'.repeat(100_000)}@${'a'.repeat(100_000)}`],
    ['at signs between letters', 'a@'.repeat(100_000)],
    ['dotted labels', `x@${'a.'.repeat(100_000)}`],
    ['almost-addresses', 'a.b-c@d.e-'.repeat(20_000)],
    ['at signs only', '@'.repeat(200_000)],
    ['mixed punctuation', 'a.-_+@.-a'.repeat(22_000)],
  ])('reads 200 KB of %s in well under a second', (_, text) => {
    const started = performance.now();
    extractEmailAddresses(text);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('normalizeEmailAddress', () => {
  it.each([
    ['  jane@example.com  ', 'jane@example.com'],
    ['Jane.Doe@Example.COM', 'jane.doe@example.com'],
    ['mailto:jane@example.com', 'jane@example.com'],
    ['MAILTO:jane@example.com?subject=hi', 'jane@example.com'],
    ['<jane@example.com>', 'jane@example.com'],
    ['<mailto:jane@example.com|jane@example.com>', 'jane@example.com'],
    ['josé@exämple.de', 'josé@xn--exmple-cua.de'],
    ['user@MÜNCHEN.de', 'user@xn--mnchen-3ya.de'],
    ['ｊａｎｅ@example.com', 'jane@example.com'],
    ['jane+certs@example.com', 'jane+certs@example.com'],
  ])('turns %j into %j', (typed, canonical) => {
    expect(normalizeEmailAddress(typed)).toBe(canonical);
  });

  it.each([
    '',
    'jane',
    '@example.com',
    'jane@',
    'jane@localhost',
    'image@2x.png',
    'jane..doe@example.com',
    '.jane@example.com',
    'jane.@example.com',
    'jane@-example.com',
    'jane@example.com.',
    'jane doe@example.com',
    'jane@example.com/path',
    'jane@example.com:25',
    'jane@[127.0.0.1]',
    '"jane doe"@example.com',
    'jane@exa_mple.com',
  ])('refuses %j', (typed) => {
    expect(normalizeEmailAddress(typed)).toBeNull();
  });

  it('agrees with extraction: what is extracted normalises to itself', () => {
    const text =
      'A <mailto:Jane+X@Gmail.com|Jane+X@Gmail.com>, josé@exämple.de; (o\'brien@x.ie) 田中@例え.jp。 "ＡＢ@example.com"';
    const extracted = extractEmailAddresses(text);
    expect(extracted).toHaveLength(5);
    for (const address of extracted) expect(normalizeEmailAddress(address)).toBe(address);
  });

  it('agrees with extraction on generated text: every address extracted normalises to itself', () => {
    const random = createRandom(3);
    const pieces = ['a', 'Jé', '.', '-', '_', '+', "'", '@', '<', '>', '|', ':', ' ', '。'];
    pieces.push('mailto:', '@x.com', '@münchen.de', 'co', 'xn--', '2x.png');
    const unstable: string[] = [];
    let extracted = 0;
    for (let n = 0; n < 5_000; n++) {
      let text = '';
      for (let length = random(30); length > 0; length--) text += pieces[random(pieces.length)];
      for (const address of extractEmailAddresses(text)) {
        extracted++;
        if (normalizeEmailAddress(address) !== address) unstable.push(`${text} → ${address}`);
      }
    }
    expect(unstable).toEqual([]);
    expect(extracted).toBeGreaterThan(1_000);
  });

  it('agrees with extraction: an address typed alone is extracted as its normal form', () => {
    for (const typed of ['Jane@Example.com', 'josé@exämple.de', 'a-b_c+d.e@sub.x.io', 'jane@localhost', 'a..b@x.com']) {
      const normal = normalizeEmailAddress(typed);
      expect(extractEmailAddresses(typed)).toEqual(normal === null ? [] : [normal]);
    }
  });

  it('reads plain ASCII as the Unicode rules (NFKC, IDNA) do, though it skips them', () => {
    const random = createRandom(11);
    const pieces = ['a', 'Z', '0', '9', '.', '-', '_', '+', "'", '%', 'xn--', 'XN--', '0x', '.com', '.Io', '.1'];
    const sideOf = (address: string | null, side: 0 | 1) => (address === null ? null : address.split('@')[side]);
    const disagreements: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      let ascii = '';
      for (let length = 1 + random(8); length > 0; length--) ascii += pieces[random(pieces.length)];
      // A non-ASCII letter on the other side of the @ sends the whole address through the Unicode rules.
      const local = sideOf(normalizeEmailAddress(`${ascii}@example.com`), 0);
      if (local !== sideOf(normalizeEmailAddress(`${ascii}@exämple.com`), 0)) disagreements.push(`${ascii}@…`);
      const domain = sideOf(normalizeEmailAddress(`jane@${ascii}`), 1);
      if (domain !== sideOf(normalizeEmailAddress(`jané@${ascii}`), 1)) disagreements.push(`…@${ascii}`);
    }
    expect(disagreements).toEqual([]);
  });
});

describe('emailKey', () => {
  it('is the normalised address, so addresses differing only in case share it', () => {
    expect(emailKey('Jane.Doe@Example.COM')).toBe('jane.doe@example.com');
    expect(emailKey('JOSÉ@EXÄMPLE.DE')).toBe(emailKey('josé@xn--exmple-cua.de'));
  });

  it('keeps plus tags and dots apart', () => {
    expect(emailKey('jane+x@example.com')).not.toBe(emailKey('jane@example.com'));
    expect(emailKey('j.ane@gmail.com')).not.toBe(emailKey('jane@gmail.com'));
  });

  it('still gives a stored address the validation refuses a lower-cased key', () => {
    expect(emailKey('Jane..Doe@LocalHost')).toBe('jane..doe@localhost');
    expect(emailKey('NoAtSign')).toBe('noatsign');
  });
});

describe('mailboxKey', () => {
  it('drops a plus tag on any domain', () => {
    expect(mailboxKey('Jane+Certs@Example.com')).toBe('jane@example.com');
    expect(mailboxKey('jane+a+b@example.com')).toBe('jane@example.com');
  });

  it('keeps dots outside Gmail', () => {
    expect(mailboxKey('jane.doe@example.com')).toBe('jane.doe@example.com');
  });

  it('drops dots on Gmail and reads googlemail.com as gmail.com', () => {
    expect(mailboxKey('Jane.Doe+certs@gmail.com')).toBe('janedoe@gmail.com');
    expect(mailboxKey('j.a.n.e.doe@googlemail.com')).toBe('janedoe@gmail.com');
  });

  it('does not correct domain typos', () => {
    expect(mailboxKey('jane.doe@gmial.com')).toBe('jane.doe@gmial.com');
  });
});

describe('correctDomainTypo', () => {
  it.each([
    ['gmail.com', ['gmial.com', 'gmai.com', 'gmal.com', 'gamil.com', 'gmaill.com', 'gnail.com', 'gmailc.om', 'gmailcom']],
    ['gmail.com', ['gmail.co', 'gmail.cm', 'gmail.con', 'gmail.om', 'gmail.comm', 'gmail.cpm', 'gmail.ocm']],
    ['hotmail.com', ['hotmial.com', 'hotmal.com', 'hotmai.com', 'hotmail.co', 'homail.com', 'hotmail.con']],
    ['yahoo.com', ['yaho.com', 'yahooo.com', 'yahho.com', 'yahoo.co', 'yhaoo.com', 'yahoo.cm']],
    ['outlook.com', ['outlok.com', 'outloo.com', 'outllok.com', 'outlook.co', 'outlook.cmo']],
    ['icloud.com', ['iclod.com', 'icloud.co', 'icoud.com', 'icluod.com']],
    ['protonmail.com', ['protonmial.com', 'protonmail.co', 'protomail.com']],
    ['live.com', ['live.co', 'live.cm', 'live.con', 'livve.com', 'llive.com']],
    ['aol.com', ['aol.co', 'aol.cm', 'aol.comm', 'aoll.com', 'aool.com']],
  ])('corrects typos of %s', (provider, typos) => {
    for (const typo of typos) expect(correctDomainTypo(typo), typo).toBe(provider);
  });

  // Every provider correctDomainTypo corrects towards, so that one added to its lists is covered here too.
  it.each([...LONG_NAMED_PROVIDERS, ...SHORT_NAMED_PROVIDERS.map((name) => `${name}.com`)])('leaves the provider %s alone', (domain) => {
    expect(correctDomainTypo(domain)).toBe(domain);
  });

  it.each([
    ...['mail.com', 'email.com', 'ymail.com', 'cloud.com', 'gmx.com', 'live.ca', 'yahoo.co.uk', 'yahoo.co.jp'],
    ...['hotmail.co.uk', 'hotmail.fr', 'outlook.de', 'aol.de', 'protonmail.ch'],
  ])(
    'leaves the real domain %s alone, though it looks like a typo',
    (domain) => {
      expect(correctDomainTypo(domain)).toBe(domain);
    },
  );

  it.each(['aon.com', 'bol.com', 'ao.com', 'alo.com', 'al.com', 'hive.com', 'jive.com', 'five.com', 'love.com', 'olive.com'])(
    'does not read the company domain %s as a slip on a short provider name',
    (domain) => {
      expect(correctDomainTypo(domain)).toBe(domain);
    },
  );

  it('leaves an unrelated domain alone, lower-cased', () => {
    expect(correctDomainTypo('Example.COM')).toBe('example.com');
    expect(correctDomainTypo('gmail.co.uk')).toBe('gmail.co.uk');
  });
});

describe('fuzzyMailboxKey', () => {
  it('is the mailbox key of the address with its domain corrected, Gmail rule included', () => {
    expect(fuzzyMailboxKey('Jane.Doe+certs@gmial.com')).toBe('janedoe@gmail.com');
    expect(fuzzyMailboxKey('jane.doe@hotmial.com')).toBe('jane.doe@hotmail.com');
  });

  it('equals the mailbox key when the domain is right', () => {
    expect(fuzzyMailboxKey('jane+x@example.com')).toBe(mailboxKey('jane+x@example.com'));
  });
});

describe('isWithinOneEdit', () => {
  it.each([
    ['jane', 'jane', true],
    ['jane', 'jan', true],
    ['jane', 'jjane', true],
    ['jane', 'jone', true],
    ['jane', 'jnae', true],
    ['jane', 'ajne', true],
    ['', 'a', true],
    ['josé', 'jose', true],
    ['jane', 'janet2', false],
    ['jane', 'jnea', false],
    ['jane', 'anej', false],
    ['abc', 'cba', false],
    ['', 'ab', false],
  ])('says %j and %j are within one edit: %s', (a, b, expected) => {
    expect(isWithinOneEdit(a, b)).toBe(expected);
    expect(isWithinOneEdit(b, a)).toBe(expected);
  });

  it('agrees with the textbook distance on many generated pairs', () => {
    const random = createRandom(1);
    const disagreements: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      const a = randomString(random, 6);
      const b = n % 2 === 0 ? randomString(random, 6) : (oneEditNeighbours(a)[random(50)] ?? a);
      if (isWithinOneEdit(a, b) !== referenceDistance(a, b) <= 1) disagreements.push(`${a} / ${b}`);
    }
    expect(disagreements).toEqual([]);
  });
});

describe('nearMissParts', () => {
  it('splits the corrected mailbox local part around its middle character', () => {
    expect(nearMissParts('Ab.Cdef+x@gmial.com')).toEqual({ domain: 'gmail.com', local: 'abcdef', prefix: 'abc', suffix: 'ef' });
    expect(nearMissParts('abcde@example.com')).toEqual({ domain: 'example.com', local: 'abcde', prefix: 'ab', suffix: 'de' });
    expect(nearMissParts('a@example.com')).toEqual({ domain: 'example.com', local: 'a', prefix: '', suffix: '' });
  });

  it('makes local@domain the fuzzy mailbox key', () => {
    const { local, domain } = nearMissParts('Jane.Doe+x@gmial.com');
    expect(`${local}@${domain}`).toBe(fuzzyMailboxKey('Jane.Doe+x@gmial.com'));
  });

  it('keeps a transposition across the middle findable, which a split without a gap would not', () => {
    const { prefix, suffix } = nearMissParts('abcd@example.com');
    const swapped = 'acbd';
    expect(swapped.startsWith(prefix) || swapped.endsWith(suffix)).toBe(true);
    expect(swapped.startsWith('ab') || swapped.endsWith('cd')).toBe(false);
  });

  it('finds every local part one edit away by its prefix or its suffix, for many generated local parts', () => {
    const random = createRandom(2);
    const missed: string[] = [];
    let checked = 0;
    for (let n = 0; n < 2_000; n++) {
      const local = randomString(random, 9);
      const { local: keyed, prefix, suffix } = nearMissParts(`${local}@example.com`);
      if (keyed !== local) missed.push(`${local} was keyed as ${keyed}`);
      for (const neighbour of oneEditNeighbours(local)) {
        if (!neighbour.startsWith(prefix) && !neighbour.endsWith(suffix)) missed.push(`${local} → ${neighbour}`);
        checked++;
      }
    }
    expect(missed).toEqual([]);
    expect(checked).toBeGreaterThan(100_000);
  });
});

describe('addressKeys', () => {
  it('gives every key as its own function does', () => {
    const addresses = ['John.Doe+certs@GoogleMail.com', 'jane@gmial.com', 'José@Exämple.de', ' <a.b@hotmal.com> ', '田中@例え.jp'];
    for (const address of [...addresses, 'not an address', 'x@y', '']) {
      expect(addressKeys(address)).toEqual({
        email: emailKey(address),
        mailbox: mailboxKey(address),
        nearMiss: nearMissParts(address),
      });
    }
  });
});

describe('classifyAddressMatch', () => {
  it('calls the same address in other case exact', () => {
    expect(classifyAddressMatch('Jane@Example.com', 'jane@example.com')).toBe('exact');
  });

  it('calls a plus tag or Gmail dots the same mailbox', () => {
    expect(classifyAddressMatch('jane@example.com', 'jane+certs@example.com')).toBe('same_mailbox');
    expect(classifyAddressMatch('janedoe@gmail.com', 'jane.doe@googlemail.com')).toBe('same_mailbox');
  });

  it('calls a mistyped consumer domain a near miss', () => {
    expect(classifyAddressMatch('jane.doe@gmial.com', 'janedoe@gmail.com')).toBe('near_miss');
    expect(classifyAddressMatch('jane@yahoo.com', 'jane@yahoo.co')).toBe('near_miss');
  });

  it('calls a local part one edit away at the same domain a near miss', () => {
    expect(classifyAddressMatch('jon.smith@example.com', 'john.smith@example.com')).toBe('near_miss');
    expect(classifyAddressMatch('jnae@gmial.com', 'jane@gmail.com')).toBe('near_miss');
  });

  it('relates nothing else', () => {
    expect(classifyAddressMatch('jane@example.com', 'mary@example.com')).toBeNull();
    expect(classifyAddressMatch('jane@example.com', 'jane@example.org')).toBeNull();
    expect(classifyAddressMatch('jane@yahoo.com', 'jane@yahoo.co.uk')).toBeNull();
    expect(classifyAddressMatch('jane@aol.com', 'jane@aon.com')).toBeNull();
  });
});
