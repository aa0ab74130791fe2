/**
 * Repairs the misspellings learners make in the few words the intent lexicon depends on
 * ("recieved", "certficate", "zertifkat"), so the lexicon can list each word once instead of
 * guessing every typo. Works on normalised text: lower-case ASCII words.
 */

/**
 * The long words the lexicon keys on, every inflection listed so that an exact form is never
 * "corrected". Short or everyday words stay out: one slip in them usually spells another real word.
 */
const CANONICAL_WORDS = [
  'certificate', 'certificates', 'certification', 'certifications', 'credential', 'credentials',
  'received', 'receive', 'receiving', 'linkedin',
  'certificado', 'certificados', 'recibido', 'recibida', 'credencial', 'credenciales', 'credenciais',
  'recebido', 'recebida', 'certificacao',
  'certificat', 'certificats', 'attestation', 'attestations',
  'zertifikat', 'zertifikate', 'bescheinigung', 'teilnahmebescheinigung', 'teilnahmezertifikat',
  'erhalten', 'bekommen', 'diploma', 'diplomas', 'diplome', 'diplomes', 'badges', 'insignia',
] as const;

/**
 * Five-letter words are corrected only by swapping two neighbouring letters: a substitution would turn
 * "barge" or "bodge" into "badge", but no word is "bagde".
 */
const SHORT_CANONICAL_WORDS = ['badge'] as const;

/** Real words one or two edits away from a canonical word: correcting them would invent evidence. */
const LEAVE_ALONE = new Set([
  // Russian, spelled in Latin letters: one folded letter from the German "zertifikat".
  'sertifikat', 'sertifikata', 'sertifikaty', 'sertifikatu', 'sertifikatom', 'sertifikate', 'sertifikatov', 'sertyfikat', 'sertyfikata',
  'receiver', 'receivers', 'receives', 'receipt', 'receipts', 'certified', 'certifies', 'certify',
  'certificar', 'certificou', 'certificada', 'certificamos', 'certifique', 'recibe', 'recibio',
  'recebe', 'recebeu', 'erhalte', 'erhalt', 'erhielt', 'bekomme', 'bekommt', 'verhalten', 'diplomat', 'diplomats',
  'insignias',
]);

/**
 * Learners who spell by ear swap letters that sound alike: "sertificado", "resivido", "recevi",
 * "sertifikat". Folding those letters together lets a word that starts with the wrong one still
 * find its canonical form.
 */
function foldSounds(word: string): string {
  return word.replace(/c(?=[ei])|z/g, 's').replace(/v/g, 'b').replace(/k/g, 'c');
}

const canonicalSet = new Set<string>(CANONICAL_WORDS);

function bucketByFirstLetter(words: readonly string[], key: (word: string) => string): Map<string, string[]> {
  const buckets = new Map<string, string[]>();
  for (const word of words) {
    const keyed = key(word);
    const bucket = buckets.get(keyed[0]!) ?? [];
    bucket.push(word);
    buckets.set(keyed[0]!, bucket);
  }
  return buckets;
}

const byFirstLetter = bucketByFirstLetter(CANONICAL_WORDS, (word) => word);
const bySoundOfFirstLetter = bucketByFirstLetter(CANONICAL_WORDS, foldSounds);

/** Restricted Damerau-Levenshtein distance, giving up as soon as it exceeds `limit`. */
export function editDistanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

function closest(word: string, candidates: readonly string[], limit: number, spell: (word: string) => string): string | undefined {
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistanceWithin(word, spell(candidate), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function isNeighbourSwap(word: string, candidate: string): boolean {
  if (word.length !== candidate.length) return false;
  const first = [...word].findIndex((char, index) => char !== candidate[index]);
  return (
    first >= 0 &&
    word[first] === candidate[first + 1] &&
    word[first + 1] === candidate[first] &&
    word.slice(first + 2) === candidate.slice(first + 2)
  );
}

function findCanonical(word: string): string {
  if (word.length === 5) return SHORT_CANONICAL_WORDS.find((candidate) => isNeighbourSwap(word, candidate)) ?? word;
  if (word.length < 6 || canonicalSet.has(word) || LEAVE_ALONE.has(word)) return word;
  // Long words tolerate two slips ("certficat" for "certificate" is one).
  const limit = word.length >= 10 ? 2 : 1;
  const bySpelling = closest(word, byFirstLetter.get(word[0]!) ?? [], limit, (candidate) => candidate);
  if (bySpelling) return bySpelling;
  // Folding already forgives the likeliest slip, so a folded word gets one fewer: "reserved" folds to
  // one letter from "received".
  const folded = foldSounds(word);
  return closest(folded, bySoundOfFirstLetter.get(folded[0]!) ?? [], limit - 1, foldSounds) ?? word;
}

/** The canonical form of a word, or the word itself when it is none of the lexicon's words misspelt. */
export function correctSpelling(word: string): string {
  return findCanonical(word);
}

// Learner vocabulary is small and repetitive, so a bounded memo keeps correction off the hot path.
const MEMO_LIMIT = 20_000;

/**
 * correctSpelling with a memo of its own: each reader owns one, so that nothing in the core changes
 * after it is loaded.
 */
export function createSpellingCorrector(): (word: string) => string {
  const memo = new Map<string, string>();
  return (word) => {
    const known = memo.get(word);
    if (known !== undefined) return known;
    const corrected = findCanonical(word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, corrected);
    return corrected;
  };
}
