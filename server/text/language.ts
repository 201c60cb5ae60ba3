// Which stories the toolkit can read. Its identifiers, risk and themes are made for English; a story
// told in another language would pass through them unheard, so it is named here and goes to a person.
//
// A passage is English when enough of its words are English words (SCOWL's lists, as names.ts loads
// them): an absolute measure, so a language the toolkit has never heard of is not mistaken for English
// because it is nearer English than anything else, and Scots, patois, text-speak and dialect, which
// the toolkit's rules were written with, stay English.
import { ALL_WORDS } from './names.js';
import { splitSentences } from './sentences.js';

export interface LanguageReading {
  /** True when the toolkit can read the whole story: it is in English (Scots and dialect included). */
  checkable: boolean;
  /** Why not, in plain words for a safeguarding lead; null when checkable. */
  why: string | null;
  /** Where in the text the first passage it could not read starts and ends; null when checkable. */
  passage: { start: number; end: number } | null;
  /** True when only part of the story is unread: the toolkit's findings in the rest still stand. */
  partly: boolean;
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
const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;

// A passage in another script is one nobody checked once it is more than a word or two.
const OTHER_SCRIPT_FEWEST_LETTERS = 10;
const OTHER_SCRIPT_SHARE = 0.5;

// English's commonest little words, leaving out those other languages share ("a", "i", "to", "me",
// "at", "so", "be", "man"): Scots and patois keep some; Welsh, Polish or Roman Urdu none.
const LITTLE_WORDS = new Set(
  'the and of was my it that with for but they you have had not this just what when there his her she he we were been would could is in on'.split(
    ' ',
  ),
);
// How much of a passage must be English words, by its length, names left out. On the development part
// (1,920 stories: 19,637 lines and sentences of eight words or more, 14,019 of twelve or more) the
// English passages of twelve words or more never came below 0.50 (Scots: "I'm nae gaun tae dae
// onything daft"; a text in patois or text-speak 0.50–0.54); Welsh, Gaelic, Polish, Somali, Kurmanji,
// and Punjabi, Urdu, Arabic and Farsi written in Latin letters came to 0.06–0.27. The line is drawn
// between, nearer the other languages: a passage wrongly sent to a person costs a reading, one wrongly
// read as English costs nobody reading it.
const LONG_PASSAGE = 12;
const ENGLISH_AT_LEAST = 0.4;
// …and a passage of twelve or more with none of the little words needs more: a Punjabi line with
// English words in it ("group", "bus") still has no "the" or "and".
const ENGLISH_WITHOUT_LITTLE_WORDS = 0.45;
// Eight to eleven words are judged only when almost none are English and none is a little word.
const SHORT_PASSAGE = 8;
const SHORT_ENGLISH_AT_LEAST = 0.25;

const AFTER = 'a person must read it for risk and for details that identify someone';

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

function scriptOf(text: string): string {
  let named = 'another alphabet';
  let most = 0;
  for (const [name, re] of SCRIPTS) {
    const n = count(text, re);
    if (n > most) [named, most] = [name, n];
  }
  return named;
}

/** Letters of another script, if a passage is written mostly in one. */
function inOtherScript(text: string): boolean {
  const letters = count(text, LETTER);
  const other = letters - count(text, LATIN);
  return other >= OTHER_SCRIPT_FEWEST_LETTERS && other / letters >= OTHER_SCRIPT_SHARE;
}

/** A passage in the Latin alphabet that is not English: too few of its words are English words. */
function notEnglish(text: string): boolean {
  // Names are no language's words: a capitalised word is left out ("From: Catriona Learmonth,
  // Solicitor, Dundas Kerr WS"), unless the passage is all in capitals.
  const shouted = text === text.toUpperCase();
  const words = (text.match(WORD) ?? [])
    .filter((word) => shouted || !/^\p{Lu}/u.test(word))
    .map((word) => word.toLowerCase());
  if (words.length < SHORT_PASSAGE) return false;
  let english = 0;
  let little = false;
  for (const word of words) {
    const bare = word.replace(/['’]s$/, '');
    if (ALL_WORDS.has(word) || ALL_WORDS.has(bare)) english++;
    if (LITTLE_WORDS.has(word)) little = true;
  }
  const share = english / words.length;
  if (words.length < LONG_PASSAGE) return !little && share < SHORT_ENGLISH_AT_LEAST;
  return share < ENGLISH_AT_LEAST || (!little && share < ENGLISH_WITHOUT_LITTLE_WORDS);
}

/** The story's lines, and the sentences of each line, with where they start. */
function* passages(text: string): Generator<{ start: number; end: number }> {
  const lines = /[^\n]+/g;
  for (let m = lines.exec(text); m; m = lines.exec(text)) {
    const line = { start: m.index, end: m.index + m[0].length };
    yield line;
    const sentences = splitSentences(m[0]);
    if (sentences.length > 1)
      for (const s of sentences) yield { start: line.start + s.start, end: line.start + s.end };
  }
}

/** Whether the toolkit can read a story, and if not, why and where: another script or language. */
export function readLanguage(text: string): LanguageReading {
  for (const at of passages(text)) {
    const passage = text.slice(at.start, at.end);
    if (inOtherScript(passage)) {
      const all = inOtherScript(text) && count(text, LATIN) < count(text, LETTER) * 0.1;
      return {
        checkable: false,
        why: `written ${all ? '' : 'partly '}in ${scriptOf(passage)}, which Cairn cannot check yet: ${AFTER}`,
        passage: at,
        partly: !all,
      };
    }
    if (notEnglish(passage)) {
      const all = notEnglish(text);
      return {
        checkable: false,
        why: `${all ? 'not' : 'partly not'} written in English, the only language Cairn can check yet: ${AFTER}`,
        passage: at,
        partly: !all,
      };
    }
  }
  return { checkable: true, why: null, passage: null, partly: false };
}
