// Tests on a single word: is it a name, an ordinary English word, an acronym, a month? Most are
// memoised, since they run for every capitalised token of every story.
import { GENERIC_NAMES, MONTHS, NOT_NAMES, PLACES } from '../lexicons.js';
import { ALL_WORDS, COMMON_WORDS, FIRST_NAMES, isAmbiguousName, KNOWN_PLACES } from '../names.js';
import { PEOPLES_WORDS } from './peoples.js';
import { isUpper } from './tokens.js';

// Patterns with Unicode property escapes are compiled once, here at the top of each file: tsx turns such
// literals into constructor calls, which inside a function would run on every call.
const LETTER = /\p{L}/u;
const HERITAGE_PREFIX = /^(?:Anglo|Afro|Indo|Sino|Euro|Latin|Franco|Italo|Greco)$/;
const BARE_CONTRACTION = /^(\p{Ll}{2,})(nt|ve|ll|re)$/u;
// "havenae", "didnae": Scots negatives, a closed list (a name may end in "nae": Renae)
const SCOTS_NEGATIVE =
  /^(?:have|has|had|can|could|would|should|will|did|do|does|dinn|is|was|wis|were|are|must|might)nae$/;
/** "I'm", "she'd", "can't": a word with its contraction, never a name. */
export const CONTRACTION = /^(?:I['’]|.*(?:['’](?:d|ll|ve|re|m|t)|n['’]t)$)/i;

// Word tests run for every capitalised token of every story; their answers depend only on the word.
export function memo(fn: (w: string) => boolean): (w: string) => boolean {
  const cache = new Map<string, boolean>();
  return (w) => {
    let v = cache.get(w);
    if (v === undefined) {
      if (cache.size > 50_000) cache.clear();
      v = fn(w);
      cache.set(w, v);
    }
    return v;
  };
}

const lowerNoPossessive = (w: string): string => w.replace(/['’]s$/i, '').toLowerCase();
export const stripPossessive = (w: string): string =>
  w.length > 2 && (w.endsWith('s') || w.endsWith('S')) ? w.replace(/['’]s$/i, '') : w;

export const isCommonWord = memo((w: string): boolean => {
  return COMMON_WORDS.has(lowerNoPossessive(w));
});

export function isAcronym(w: string): boolean {
  // most words have a small second letter: answered without a pattern
  const second = w.charCodeAt(1);
  if (w.length < 2 || (second >= 97 && second <= 122)) return false;
  // "NHS", "GP", and plurals such as "SSRIs"
  const core = /^[A-Z]{2,}s$/.test(w) ? w.slice(0, -1) : w;
  return core.length >= 2 && core === core.toUpperCase() && LETTER.test(core);
}

export const isStrongFirstName = memo((w: string): boolean => {
  const base = stripPossessive(w);
  // "Kerry-Ann", "Mary-Jane", "Jean-Paul": each part a first name
  if (base.includes('-')) {
    const parts = base.split('-');
    return (
      parts.every(
        (p) =>
          isUpper(p[0]) && !NOT_NAMES.has(p) && (FIRST_NAMES.has(p) || !COMMON_WORDS.has(p.toLowerCase())),
      ) && parts.some((p) => FIRST_NAMES.has(p))
    );
  }
  return FIRST_NAMES.has(base) && !isAmbiguousName(base) && !NOT_NAMES.has(base) && !PLACES.has(base);
});

export const isNameLike = memo((w: string): boolean => {
  const base = stripPossessive(w);
  if (base.includes('-')) return isStrongFirstName(base);
  return FIRST_NAMES.has(base) && !NOT_NAMES.has(base) && !PLACES.has(base);
});

/** A country, region or town: from the hand-kept list or the gazetteer (places.json). */
export const isPlace = (w: string): boolean => PLACES.has(w) || KNOWN_PLACES.has(w);

/** A capitalised word that is not an English word, a place or a known non-name: probably a proper name. */
export const isUnknownProper = memo((w: string): boolean => {
  const base = stripPossessive(w);
  if (!isUpper(base[0]) || isAcronym(base) || base.length < 2 || CONTRACTION.test(base)) return false;
  if (NOT_NAMES.has(base) || isPlace(base) || GENERIC_NAMES.has(base) || isMonthOrDay(base.replace(/s$/, '')))
    return false;
  // "Mexican-British", "Anglo-Burmese", "British-Pakistani": where someone's family is from, not a name
  if (base.includes('-') && base.split('-').every((p) => PEOPLES_WORDS.has(p) || HERITAGE_PREFIX.test(p)))
    return false;
  return !ALL_WORDS.has(base.toLowerCase());
});

/**
 * "wouldnt", "couldve", "theyll": a contraction typed without its apostrophe; and "flyin", "gettin",
 * "nothin": a word with its g dropped, as people write how they speak.
 */
export const isBareContraction = memo((w: string): boolean => {
  const m = BARE_CONTRACTION.exec(w);
  if (m !== null && ALL_WORDS.has(m[1] ?? '')) return true;
  const lower = w.toLowerCase();
  if (SCOTS_NEGATIVE.test(lower)) return true;
  return lower.length >= 5 && lower.endsWith('in') && ALL_WORDS.has(`${lower}g`);
});

/** A day's short name, as a diary heads a day with it: "Thu 01", "Sat 14 Mar". */
export const isShortDay = (w: string): boolean => /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/.test(w);

export function isMonthOrDay(w: string): boolean {
  return MONTHS.includes(w) || /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(w);
}
