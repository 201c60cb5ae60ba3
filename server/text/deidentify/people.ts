// People's names. A first pass collects the names the text gives outright (given-names.ts); then every
// token that could be a name is read, capitalised or lowercase; the language model settles the few
// sentence-opening words still in doubt; and a name found once is found again in the rest of the text.
import { FACILITY_SUFFIXES, NOT_NAMES, ORG_SUFFIXES, PLACES } from '../lexicons.js';
import { ALL_WORDS, FIRST_NAMES_LOWER, isAmbiguousName } from '../names.js';
import { readCapitalisedWord } from './capitalised-names.js';
import { namesGivenInText } from './given-names.js';
import { lowerSlotNear, readLowercaseWord, readSomeonesPlace } from './lowercase-names.js';
import { personAdder } from './name-scan.js';
import type { AddPerson, NameScan } from './name-scan.js';
import { subjectOfPersonVerb } from './person-cues.js';
import { gapIs, ONE_SPACE } from './tokens.js';
import type { Token } from './tokens.js';
import type { Add } from './types.js';
import { isAcronym, isCommonWord, stripPossessive } from './words.js';

// the language model is far slower than the rules: one read a text keeps the toolkit fast
const MAX_MODEL_READS = 1;
// the commonest English words: a cheap first test before the large dictionary
const STOPWORDS = new Set(
  'the and to of a in i was it that my he she for on is with me but so we they be at had have this not as his her you all just what when there from out up one about then were been would or do did like an if back no by get got them know said go went because which their him our time could into can more day some who over how now year years very way really think even still felt feel going first after before things thing people little never much well off us down where make made too only every other see those again am are being does your any why want need told take took yeah'.split(
    ' ',
  ),
);

const UNITS = new Set('min mins hr hrs km kg mg ml mph ft lb lbs cm mm sec secs yr yrs'.split(' '));

export function findPeople(
  text: string,
  lc: string | null,
  informal: boolean,
  tokens: Token[],
  add: Add,
): void {
  const person = personAdder(text, add);
  const known = namesGivenInText(text, lc, informal, tokens, person);
  // names that only context revealed ("Will and I met"): their other capitalised uses are the same person
  const learned = new Set<string>();
  // sentences whose first word may be a name, decided by the language model after this pass
  const pending: number[] = [];
  // capitalised words seen in mid-sentence, where a capital means a name
  const midCaps = new Set<string>();
  for (const t of tokens) if (t.cap && !t.sentenceStart) midCaps.add(t.text);
  const scan: NameScan = { text, tokens, informal, known, learned, pending, midCaps, person };
  const knownByCase = knownNamesByLowercase(known);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    // "(11 min)", "5 mg": a unit typed in lowercase after a number is never a name ("year 10 Min" may be)
    if (UNITS.has(t.text) && /^\d+$/.test(tokens[i - 1]?.text ?? '')) continue;
    if (isCaseVariantOfKnownName(text, tokens, i, knownByCase)) {
      person(
        t.start,
        t.start + stripPossessive(t.text).length,
        0.6,
        'name given in the text, typed in another case',
      );
      continue;
    }
    // most words are ordinary lowercase words, and "I": nothing to decide. In careful prose a lowercase
    // word is looked at only where a person could stand; in messages every word is.
    if (t.cap) {
      if (t.text === 'I') continue;
    } else if (!known.has(t.text)) {
      if (STOPWORDS.has(t.text)) continue;
      if (informal && readSomeonesPlace(scan, i)) continue;
      if (!informal && !lowerSlotNear(tokens, i)) continue;
      if (ALL_WORDS.has(t.text) && !FIRST_NAMES_LOWER.has(t.text)) continue;
    }
    const next = tokens[i + 1];
    const base = stripPossessive(t.text);
    const nextIsSurname =
      next !== undefined &&
      next.cap &&
      !/^I(?:['’]|$)/.test(next.text) &&
      gapIs(text, t, next, ONE_SPACE) &&
      !isCommonWord(next.text) &&
      !NOT_NAMES.has(next.text) &&
      !PLACES.has(next.text) &&
      !ORG_SUFFIXES.has(next.text) &&
      !FACILITY_SUFFIXES.has(next.text) &&
      !isAcronym(next.text);
    const end = nextIsSurname && next ? next.end : t.end;
    if (t.cap) i = readCapitalisedWord(scan, i, base, nextIsSurname, end);
    else readLowercaseWord(scan, i, base);
  }
  // the language model reads only the sentences still in doubt: is the next word a verb that a person does?
  let reads = 0;
  for (const i of pending) {
    const t = tokens[i] as Token;
    if (learned.has(stripPossessive(t.text)) || reads >= MAX_MODEL_READS) continue;
    reads++;
    if (subjectOfPersonVerb(text, t)) {
      person(t.start, t.start + stripPossessive(t.text).length, 0.5, 'name: a person does what follows');
      learned.add(stripPossessive(t.text));
    }
  }
  if (learned.size > 0) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const base = stripPossessive(t.text);
      if (!learned.has(base) || (!t.cap && ALL_WORDS.has(base))) continue;
      // "Will you…": a learned name that is also a word, opening a question, is the word
      if (
        t.sentenceStart &&
        isAmbiguousName(base) &&
        /^ (?:you|i|we|they|he|she|it)\b/i.test(text.slice(t.end, t.end + 5))
      )
        continue;
      person(t.start, t.start + base.length, 0.55, 'name found elsewhere in the text');
    }
  }
  findShortForms(text, tokens, new Set([...known, ...learned]), person);
}

// one capital, then small letters; compiled once, as words.ts explains
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

// A name cut short is the same person: "Rhodri: missed you" … "not coming back Rhod", "Kathleen" and
// "Kath". Only a word that is no English word, no place and at least three letters.
function findShortForms(
  text: string,
  tokens: readonly Token[],
  names: ReadonlySet<string>,
  person: AddPerson,
): void {
  const full = [...names].filter((n) => n.length >= 4 && CAPITALISED_WORD.test(n));
  if (full.length === 0) return;
  for (const t of tokens) {
    const base = stripPossessive(t.text);
    if (!t.cap || base.length < 3 || names.has(base) || !CAPITALISED_WORD.test(base)) continue;
    if (ALL_WORDS.has(base.toLowerCase()) || PLACES.has(base) || NOT_NAMES.has(base)) continue;
    if (full.some((n) => n.length > base.length && n.startsWith(base)))
      person(t.start, t.start + base.length, 0.5, 'a name in the text, cut short');
  }
}

// Names the text gives outright ("Ally:", "its Steph") are the same person typed in lowercase or in
// capitals elsewhere in a message ("christ ally.", "ALLY. where are ye", "steph u there"), before or
// after the place that gave them.
function knownNamesByLowercase(known: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const name of known)
    if (name.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(name)) out.add(name.toLowerCase());
  return out;
}

// words said to someone just before their name: "christ ally", "oh mo", "pls jade"
const BEFORE_A_NAME_CALLED = new Set(
  'christ god jesus omg pls please plz hi hey hiya yo thanks cheers night morning sorry'.split(' '),
);

function isCaseVariantOfKnownName(
  text: string,
  tokens: readonly Token[],
  i: number,
  knownByCase: ReadonlySet<string>,
): boolean {
  const t = tokens[i] as Token;
  const base = stripPossessive(t.text);
  const lower = base.toLowerCase();
  if (!knownByCase.has(lower)) return false;
  const allLower = base === lower;
  const allCaps = base === base.toUpperCase() && base.length >= 3;
  if (!allLower && !allCaps) return false;
  // a name that is no English word ("steph", "lewis") is the name wherever it stands
  if (!ALL_WORDS.has(lower)) return true;
  // a name that is also a word ("ally", "will", "rose") only where someone is called by it: opening a
  // message, or after a word said to them, and then the end of what is said or a comma
  const prev = tokens[i - 1];
  const calledAfter =
    t.sentenceStart || (prev !== undefined && BEFORE_A_NAME_CALLED.has(prev.text.toLowerCase()));
  return calledAfter && /^(?:[.!?,]|\s*$|\s+(?:please|pls)\b)/.test(text.slice(t.end, t.end + 8));
}
