// Which stories the toolkit can read. Its identifiers, risk and themes are made for English; a story
// told in another language would pass through them unheard, so it is named here and goes to a person.
import { createRequire } from 'node:module';
import type { francAll as FrancAll } from 'franc-all';

export interface LanguageReading {
  /** True when the toolkit can read the whole story: it is in English (Scots and dialect included). */
  checkable: boolean;
  /** Why not, in plain words for a safeguarding lead; null when checkable. */
  why: string | null;
}

// Scripts people in the UK write in besides the Latin alphabet, named as a lead would say them.
const SCRIPTS: readonly (readonly [name: string, letters: RegExp])[] = [
  ['Arabic script (Urdu, Arabic, Farsi, Pashto, Kurdish and others)', /\p{Script=Arabic}/gu],
  ['Bengali script', /\p{Script=Bengali}/gu],
  ['Gurmukhi (Punjabi)', /\p{Script=Gurmukhi}/gu],
  ['Devanagari (Hindi, Nepali and others)', /\p{Script=Devanagari}/gu],
  ['Gujarati script', /\p{Script=Gujarati}/gu],
  ['Tamil script', /\p{Script=Tamil}/gu],
  ['Cyrillic (Ukrainian, Russian, Bulgarian and others)', /\p{Script=Cyrillic}/gu],
  ['Greek', /\p{Script=Greek}/gu],
  ['Chinese characters', /\p{Script=Han}/gu],
  ['Ethiopic (Tigrinya, Amharic and others)', /\p{Script=Ethiopic}/gu],
  ['Hebrew', /\p{Script=Hebrew}/gu],
];

const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;
const WORD = /\p{L}+/gu;

// A passage in another script makes a story one nobody has checked, if it is more than a word or two.
const OTHER_SCRIPT_SHARE = 0.1;
const OTHER_SCRIPT_FEWEST_LETTERS = 10;
// franc guesses a language from letter triples, which needs words to go on: under this many it reads
// "I want to die." as Polish. A shorter passage in the Latin alphabet is read as English.
const FEWEST_WORDS_TO_GUESS = 20;
// The languages written in the Latin alphabet that people in the UK tell stories in, so that
// English-based creoles and languages nobody here writes do not outscore English on a dialect.
const LATIN_LANGUAGES = [
  'eng',
  'sco',
  'cym',
  'gla',
  'gle',
  'pol',
  'ron',
  'por',
  'spa',
  'fra',
  'ita',
  'deu',
  'nld',
  'lit',
  'lav',
  'est',
  'slk',
  'ces',
  'hun',
  'hrv',
  'bos',
  'srp',
  'slv',
  'sqi',
  'tur',
  'som',
  'swh',
  'yor',
  'ibo',
  'hau',
  'tgl',
  'vie',
  'ind',
  'kmr',
  'fin',
  'swe',
  'dan',
  'nob',
  'isl',
  'mlt',
  'cat',
  'eus',
];
// Scots is read as English: the toolkit's rules were written with Scots stories among them.
const ENGLISH = new Set(['eng', 'sco']);
// How close English (or Scots) must come to the best guess for a passage to be read as English. On
// the corpus's 13,711 English passages of twenty words or more it never came below 0.889 of the best
// (3,504 stories, each whole and paragraph by paragraph); passages written in
// Welsh, Gaelic, Polish, Romanian, Portuguese, Lithuanian or Somali came to 0.48–0.69.
const ENGLISH_AT_LEAST = 0.8;
const AFTER = 'a person must read it for risk and for details that identify someone';

// English's commonest words, leaving out those other languages share ("a", "i", "to", "me", "at", "so"):
// a passage where they make up this much is English and needs no guess. Non-English passages come to
// 0–0.05; 13,211 of the corpus's 13,711 English passages of twenty words or more come above.
const ENGLISH_WORDS = new Set(
  'the and of was my it that with for but they you have had not this just what when there his her she he we were been would could'.split(
    ' ',
  ),
);
const PLAINLY_ENGLISH = 0.12;

// franc-all carries letter triples for 414 languages, a tenth of a second to load: it is loaded the
// first time a passage needs a guess, so most stories, and the start of `cairn analyse`, never pay.
let guesser: typeof FrancAll | null = null;
function guess(text: string): ReturnType<typeof FrancAll> {
  guesser ??= (createRequire(import.meta.url)('franc-all') as { francAll: typeof FrancAll }).francAll;
  return guesser(text, { only: LATIN_LANGUAGES });
}

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

function otherScript(text: string): string | null {
  const letters = count(text, LETTER);
  const other = letters - count(text, LATIN);
  if (other < OTHER_SCRIPT_FEWEST_LETTERS || other / letters < OTHER_SCRIPT_SHARE) return null;
  let named = 'another alphabet';
  let most = 0;
  for (const [name, re] of SCRIPTS) {
    const n = count(text, re);
    if (n > most) [named, most] = [name, n];
  }
  return `written ${other / letters < 0.9 ? 'partly ' : ''}in ${named}, which Cairn cannot check yet: ${AFTER}`;
}

/** A passage long enough to guess its language that is not English. */
function otherLanguage(text: string): boolean {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length < FEWEST_WORDS_TO_GUESS) return false;
  if (words.filter((word) => ENGLISH_WORDS.has(word)).length / words.length >= PLAINLY_ENGLISH) return false;
  const guesses = guess(text);
  const [best] = guesses[0] ?? ['und'];
  if (ENGLISH.has(best) || best === 'und') return false;
  const english = Math.max(0, ...guesses.filter(([code]) => ENGLISH.has(code)).map(([, score]) => score));
  return english < ENGLISH_AT_LEAST;
}

/** Whether the toolkit can read a story, and if not, why: another script, or another language. */
export function readLanguage(text: string): LanguageReading {
  const script = otherScript(text);
  if (script) return { checkable: false, why: script };
  // Paragraph by paragraph too: an English story can carry a passage in Welsh or Polish.
  const passages = text.split(/\n\s*\n|\n(?=\S)/);
  if (otherLanguage(text) || (passages.length > 1 && passages.some(otherLanguage))) {
    return {
      checkable: false,
      why: `${otherLanguage(text) ? 'not' : 'partly not'} written in English, the only language Cairn can check yet: ${AFTER}`,
    };
  }
  return { checkable: true, why: null };
}
