// Similarity of short texts (café ideas) for suggesting merges: a blend of word-set overlap and
// character-trigram overlap, so "more drop-in sessions" and "more drop in sessions please" match
// while word order and small typos matter little.

const STOP = new Set(
  'a an the and or of to for in on at by with is are be we i you it that this our more some please should could would can'.split(
    ' ',
  ),
);

interface Profile {
  words: Set<string>;
  grams: Set<string>;
}

function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function profile(text: string): Profile {
  const norm = text
    .slice(0, 10_000)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const tokens = norm.length > 0 ? norm.split(' ') : [];
  const content = tokens.filter((t) => !STOP.has(t)).map(stem);
  const words = new Set(content.length > 0 ? content : tokens.map(stem));
  const grams = new Set<string>();
  const joined = ` ${[...words].join(' ')} `;
  for (let i = 0; i + 3 <= joined.length; i++) grams.add(joined.slice(i, i + 3));
  return { words, grams };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function compare(a: Profile, b: Profile): number {
  return 0.5 * jaccard(a.words, b.words) + 0.5 * jaccard(a.grams, b.grams);
}

/** How alike two short texts are, 0 (nothing shared) to 1 (same words). */
export function similarity(a: string, b: string): number {
  return compare(profile(a), profile(b));
}

export interface SimilarPair {
  a: number;
  b: number;
  score: number;
}

/**
 * Pairs of texts (by index) at or above `threshold`. Only texts sharing a content word are compared
 * (an inverted index), so a room of ideas does not cost a comparison for every pair.
 */
export function findSimilarPairs(texts: readonly string[], threshold = 0.6): SimilarPair[] {
  const profiles = texts.map(profile);
  const index = new Map<string, number[]>();
  profiles.forEach((p, i) => {
    for (const w of p.words) {
      const list = index.get(w);
      if (list) list.push(i);
      else index.set(w, [i]);
    }
  });
  const out: SimilarPair[] = [];
  for (let i = 0; i < profiles.length; i++) {
    const pi = profiles[i];
    if (!pi) continue;
    const candidates = new Set<number>();
    for (const w of pi.words) for (const j of index.get(w) ?? []) if (j > i) candidates.add(j);
    for (const j of candidates) {
      const pj = profiles[j];
      if (!pj) continue;
      const score = compare(pi, pj);
      if (score >= threshold) out.push({ a: i, b: j, score: Math.round(score * 1000) / 1000 });
    }
  }
  return out.sort((x, y) => y.score - x.score);
}
