// Plain words: the staff words people in recovery do not navigate by, and a reading-level measure
// for the words Cairn says. A test (web/app/plain-words.test.ts) holds every menu, home page and
// footer to them, and the English catalogue to a reading level.

/**
 * Words staff use that a member should never have to find their way by: each names a section by how
 * it is run, not by what people do there ("Have your say", "Tell your story", "What's on", "Help from
 * other organisations"). They may appear on staff pages, never in what a member or visitor navigates.
 */
export const STAFF_WORDS = [
  'co-production',
  'coproduction',
  'involvement',
  'analysis',
  'partners and signposting',
  'signposting',
  'groups, seats and the charter',
  'outreach',
  'postcode district',
  'safe version',
  'showcase',
  'commitment',
  'declined',
] as const;

/** The staff words in `text`, lower-cased; none when it is plain. */
export function staffWordsIn(text: string): string[] {
  const lower = text.toLowerCase();
  return STAFF_WORDS.filter((word) => lower.includes(word));
}

/** Syllables in one English word, by its groups of vowels: near enough for a reading level. */
export function syllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length === 0) return 0;
  if (letters.length <= 3) return 1;
  const trimmed = letters.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}

/**
 * Flesch reading ease of `texts` taken together: 100 is very easy, 60–70 plain English, below 50
 * hard. Each text is at least one sentence, as a label or button is read on its own.
 */
export function readingEase(texts: readonly string[]): number {
  let sentences = 0;
  let words = 0;
  let syllableCount = 0;
  for (const text of texts) {
    const found = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
    if (found.length === 0) continue;
    sentences += Math.max(1, (text.match(/[.!?]+(?=\s|$)/g) ?? []).length);
    words += found.length;
    for (const word of found) syllableCount += syllables(word);
  }
  if (words === 0) return 100;
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllableCount / words);
}
