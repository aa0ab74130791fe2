/**
 * The ids of an import seen so far, each with the line where it was first seen, kept in typed arrays.
 *
 * A Map of millions of id strings is large, and the garbage collector walks the strings again and again (a large
 * share of a big import's time; docs/performance.md); this takes 16 bytes a slot, in memory the collector never
 * looks into. An id is kept as an 85-bit fingerprint (a 53-bit
 * cyrb53 and a 32-bit FNV-1a hash of it), so two different ids are taken for one with a chance of about
 * n²/2^86: 3e-13 for five million.
 */
export class IdFingerprints {
  #capacity = 1 << 12;
  #size = 0;
  #wide = new Float64Array(this.#capacity);
  #narrow = new Uint32Array(this.#capacity);
  /** 0 marks an empty slot: lines start at 1. */
  #lines = new Uint32Array(this.#capacity);

  /** The line where `id` was first seen; if this is the first time, remembers `line` and returns undefined. */
  firstLineOf(id: string, line: number): number | undefined {
    const wide = hashWide(id);
    const narrow = hashNarrow(id);
    const mask = this.#capacity - 1;
    let slot = wide % this.#capacity;
    for (;;) {
      const seenOn = this.#lines[slot] as number;
      if (seenOn === 0) break;
      if (this.#wide[slot] === wide && this.#narrow[slot] === narrow) return seenOn;
      slot = (slot + 1) & mask;
    }
    this.#wide[slot] = wide;
    this.#narrow[slot] = narrow;
    this.#lines[slot] = line;
    // Linear probing stays short up to three quarters full.
    if (++this.#size * 4 > this.#capacity * 3) this.#grow();
    return undefined;
  }

  #grow(): void {
    const [wide, narrow, lines] = [this.#wide, this.#narrow, this.#lines];
    this.#capacity *= 2;
    this.#wide = new Float64Array(this.#capacity);
    this.#narrow = new Uint32Array(this.#capacity);
    this.#lines = new Uint32Array(this.#capacity);
    const mask = this.#capacity - 1;
    for (let old = 0; old < lines.length; old++) {
      const line = lines[old] as number;
      if (line === 0) continue;
      let slot = (wide[old] as number) % this.#capacity;
      while (this.#lines[slot] !== 0) slot = (slot + 1) & mask;
      this.#wide[slot] = wide[old] as number;
      this.#narrow[slot] = narrow[old] as number;
      this.#lines[slot] = line;
    }
  }
}

/** cyrb53 (public domain, bryc): a fast 53-bit hash of the UTF-16 code units. */
function hashWide(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** 32-bit FNV-1a of the UTF-16 code units, with a final mix. */
function hashNarrow(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x2c1b3c6d) >>> 0;
}
