/**
 * Which words a pattern can start with, as the first four letters of the word ("cert" for
 * `certificates?`, "n" for `n`), computed from the pattern's own source. Four, not three: with three,
 * "rec" sent every "received", "recibí" and "recebi" through the patterns of all three verbs. The detector uses the keys
 * to try each pattern only at words that could begin a match, instead of scanning every message
 * with every pattern: the lexicon has hundreds of patterns and a message only a few dozen words.
 *
 * Understands the subset of regular-expression syntax the lexicon is written in: literals, `(?:…|…)`,
 * `[…]` classes of letters and digits, and the quantifiers `?`, `*`, `+`, `{m,n}`. Anything else throws
 * at module load, so a pattern the index cannot read never silently goes unmatched.
 */

export const KEY_LENGTH = 4;
/** Repetitions explored for `*`, `+` and open `{m,}`: enough to fill a key of KEY_LENGTH letters. */
const REPEAT_LIMIT = KEY_LENGTH;

type Node =
  | { kind: 'chars'; chars: string[]; min: number; max: number }
  | { kind: 'group'; alternatives: Node[][]; min: number; max: number }
  /** A lookahead, or something read inside one: it consumes no text, so it adds nothing to a key. */
  | { kind: 'zero_width'; min: 0; max: 0 };

class PatternReader {
  private position = 0;
  private insideLookahead = 0;

  constructor(private readonly source: string) {}

  readAlternatives(): Node[][] {
    const alternatives: Node[][] = [this.readSequence()];
    while (this.peek() === '|') {
      this.position++;
      alternatives.push(this.readSequence());
    }
    return alternatives;
  }

  readAll(): Node[][] {
    const alternatives = this.readAlternatives();
    if (this.position !== this.source.length) this.fail('unbalanced ")"');
    return alternatives;
  }

  private readSequence(): Node[] {
    const nodes: Node[] = [];
    for (let char = this.peek(); char !== undefined && char !== '|' && char !== ')'; char = this.peek()) {
      nodes.push(this.withQuantifier(this.readAtom()));
    }
    return nodes;
  }

  private readAtom(): Node {
    const char = this.source[this.position]!;
    if (this.source.startsWith('(?=', this.position) || this.source.startsWith('(?!', this.position)) {
      this.position += 3;
      this.insideLookahead++;
      this.readAlternatives();
      this.insideLookahead--;
      if (this.peek() !== ')') this.fail('missing ")"');
      this.position++;
      return { kind: 'zero_width', min: 0, max: 0 };
    }
    if (char === '(') {
      if (!this.source.startsWith('(?:', this.position)) this.fail('only non-capturing groups and lookaheads are supported');
      this.position += 3;
      const alternatives = this.readAlternatives();
      if (this.peek() !== ')') this.fail('missing ")"');
      this.position++;
      return { kind: 'group', alternatives, min: 1, max: 1 };
    }
    if (char === '[') return { kind: 'chars', chars: this.readClass(), min: 1, max: 1 };
    if (/[a-z0-9 ]/.test(char)) {
      this.position++;
      return { kind: 'chars', chars: [char], min: 1, max: 1 };
    }
    // Lookaheads are skipped whole, so what they hold need only be read, not understood.
    if (this.insideLookahead > 0 && (char === '$' || char === '.' || char === '\\')) {
      this.position += char === '\\' ? 2 : 1;
      return { kind: 'zero_width', min: 0, max: 0 };
    }
    return this.fail(`unsupported "${char}"`);
  }

  private readClass(): string[] {
    const end = this.source.indexOf(']', this.position);
    if (end < 0) this.fail('missing "]"');
    const body = this.source.slice(this.position + 1, end);
    this.position = end + 1;
    const chars: string[] = [];
    for (let index = 0; index < body.length; index++) {
      const from = body[index]!;
      if (body[index + 1] === '-' && index + 2 < body.length) {
        const to = body[index + 2]!;
        for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.push(String.fromCharCode(code));
        index += 2;
      } else {
        chars.push(from);
      }
    }
    if (chars.some((char) => !/[a-z0-9]/.test(char))) this.fail(`unsupported class [${body}]`);
    return chars;
  }

  private withQuantifier(node: Node): Node {
    const char = this.peek();
    if (node.kind === 'zero_width') {
      if (char === '?' || char === '*' || char === '+') this.position++;
      return node;
    }
    if (char === '?') return this.quantified(node, 0, 1, 1);
    if (char === '*') return this.quantified(node, 0, REPEAT_LIMIT, 1);
    if (char === '+') return this.quantified(node, 1, REPEAT_LIMIT, 1);
    if (char === '{') {
      const bounds = /^\{(\d+),(\d*)\}/.exec(this.source.slice(this.position));
      if (!bounds) return this.fail('unsupported quantifier');
      const min = Number(bounds[1]);
      const max = bounds[2] === '' ? min + REPEAT_LIMIT : Number(bounds[2]);
      return this.quantified(node, min, max, bounds[0].length);
    }
    return node;
  }

  private quantified(node: Exclude<Node, { kind: 'zero_width' }>, min: number, max: number, length: number): Node {
    this.position += length;
    return { ...node, min, max };
  }

  private peek(): string | undefined {
    return this.source[this.position];
  }

  private fail(reason: string): never {
    throw new Error(`intent pattern not indexable (${reason}) at ${this.position}: ${this.source}`);
  }
}

/**
 * Adds to `keys` every way the sequence can begin its first word, cut at KEY_LENGTH letters or at
 * the word's end. A group's alternatives are each followed by the rest of the sequence.
 */
function collectKeys(nodes: readonly Node[], prefix: string, keys: Set<string>, source: string): void {
  if (prefix.length === KEY_LENGTH || nodes.length === 0) {
    // A pattern that can match nothing, or start with a space, would never be tried: refuse it.
    if (prefix === '') throw new Error(`intent pattern can start without a word: ${source}`);
    keys.add(prefix);
    return;
  }
  const [node, ...rest] = nodes as [Node, ...Node[]];
  for (let repeats = node.min; repeats <= Math.min(node.max, node.min + REPEAT_LIMIT); repeats++) {
    const unrolled = Array.from({ length: repeats }, (): Node => ({ ...node, min: 1, max: 1 }) as Node);
    if (repeats === 0 || node.kind === 'zero_width') {
      collectKeys(rest, prefix, keys, source);
    } else if (node.kind === 'group') {
      for (const alternative of node.alternatives) {
        collectKeys([...alternative, ...unrolled.slice(1), ...rest], prefix, keys, source);
      }
    } else {
      for (const char of node.chars) {
        if (char === ' ') collectKeys([], prefix, keys, source);
        else collectKeys([...unrolled.slice(1), ...rest], prefix + char, keys, source);
      }
    }
  }
}

/** The keys of every word a match of `source` can start with; see `keyOfWord`. */
export function patternKeys(source: string): Set<string> {
  const keys = new Set<string>();
  for (const alternative of new PatternReader(source).readAll()) collectKeys(alternative, '', keys, source);
  return keys;
}

function isMandatorySpace(node: Node): boolean {
  return node.kind === 'chars' && node.min >= 1 && node.chars.length === 1 && node.chars[0] === ' ';
}

/**
 * A word that may have more keys than this ("[a-z]+", any number) is no use as a requirement: nearly
 * every message holds one, and listing its keys would cost more than trying the pattern.
 */
const MAX_REQUIRED_WORD_KEYS = 64;

/** Stops collectKeys once a word has proved too open to require. */
class BoundedKeySet extends Set<string> {
  override add(key: string): this {
    if (this.size >= MAX_REQUIRED_WORD_KEYS && !this.has(key)) throw new RangeError('too many keys');
    return super.add(key);
  }
}

/**
 * The keys of each word that every match of `sequence` holds after its first: the word after each
 * space the sequence cannot skip. A word the key reader cannot name, or names only as nearly any
 * word, is left out, which only makes the requirement weaker, never wrong.
 */
function laterWordsOfSequence(sequence: readonly Node[], source: string): Set<string>[] {
  const words: Set<string>[] = [];
  sequence.forEach((node, index) => {
    if (!isMandatorySpace(node)) return;
    const keys = new BoundedKeySet();
    try {
      collectKeys(sequence.slice(index + 1), '', keys, source);
    } catch {
      return;
    }
    words.push(new Set(keys));
  });
  return words;
}

/**
 * Words, as sets of possible keys, that every match of `source` must hold after its first word: a
 * message holding no key of one of the sets cannot match, wherever the pattern is tried. With several
 * top-level alternatives each must contribute to a set, so there is at most one.
 */
export function laterWordKeys(source: string): Set<string>[] {
  const alternatives = new PatternReader(source).readAll();
  const perAlternative = alternatives.map((sequence) => laterWordsOfSequence(sequence, source));
  if (perAlternative.length === 1) return perAlternative[0]!;
  if (perAlternative.some((words) => words.length === 0)) return [];
  const union = new Set<string>();
  for (const words of perAlternative) {
    const smallest = words.reduce((best, keys) => (keys.size < best.size ? keys : best));
    for (const key of smallest) union.add(key);
  }
  return [union];
}

export function keyOfWord(word: string): string {
  return word.slice(0, KEY_LENGTH);
}
