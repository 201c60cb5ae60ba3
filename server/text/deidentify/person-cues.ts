// The words around a capitalised word that make it a person: a verb a person does ("Rose rang"), a
// relation ("Hodan's mum", "and his mate"), or, for the few sentences still in doubt, the language model.
import { PERSON_VERB_FORMS, PERSON_VERB_LEMMAS, RELATION_NOUNS } from '../lexicons.js';
import { readTokens } from '../nlp.js';
import type { NlpToken } from '../nlp.js';
import { gapIs, ONE_SPACE } from './tokens.js';
import type { Token } from './tokens.js';
import { isNameLike, isUnknownProper, stripPossessive } from './words.js';

const POSSESSIVE_THEN_LOWER = /^['’]s \p{Ll}/u;
const POSSESSIVE_NOUN = /^['’]s (\p{Ll}+)/u;
const KIN_AFTER =
  /^(?: and (?:her|his|their)|, (?:my|our|his|her|their)(?: \p{Ll}+)?|,? (?:was|is|'s|’s|has been|had been|became) (?:my|our|his|her|their)(?: \p{Ll}+)?) (\p{Ll}+)/u;
const FROM_THE_PLACE = /^ (?:from|at) the \p{Ll}/u;
const AND_HIS_KIN = /^ and (?:his|her|their) (\p{Ll}+)/u;
const LOWER_WORD_OF_TWO = /^\p{Ll}{2,}$/u;
const VERB_ENDING = /(?:ed|es|s)$/;
const SPEECH_VERBS = new Set(
  'said says told tells asked asks rang texted messaged replied shouted laughed laughs cried smiled nodded hugged prayed sang drove walked grinned winked whispered muttered'.split(
    ' ',
  ),
);
const ADVERBS = new Set(
  'then just still always never also finally later soon once suddenly even only really actually basically literally'.split(
    ' ',
  ),
);
// words that may follow a person's name but are not verbs of their own: the model is not asked about these
const NOT_VERBS = new Set(
  'is was are were be been has had have will would can could should may might must does did do of to in on at for the a an and or but so if as it its this that there here not no'.split(
    ' ',
  ),
);

/** Following context that makes a capitalised word a person: a verb a person does, "and I", "'s mum". */
export function personCue(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  let next = tokens[i + 1];
  if (!next) return false;
  const after = text.slice(t.end, t.end + 48);
  // "Hodan's mum", "Wei's cousin"
  if (/^['’]s /.test(text.slice(t.end - 2, t.end + 1)) && RELATION_NOUNS.has(next.text.toLowerCase()))
    return true;
  if (POSSESSIVE_THEN_LOWER.test(after) && RELATION_NOUNS.has(POSSESSIVE_NOUN.exec(after)?.[1] ?? ''))
    return true;
  if (/^ and (?:i|me)\b/i.test(after)) return true;
  const kin = KIN_AFTER.exec(after);
  if (kin && RELATION_NOUNS.has(kin[1] ?? '')) return true;
  // "Harpreet from the gurdwara sat with me"
  if (FROM_THE_PLACE.test(after) && (isNameLike(stripPossessive(t.text)) || isUnknownProper(t.text)))
    return true;
  if (!gapIs(text, t, next, /^,? $/)) return false;
  if (ADVERBS.has(next.text.toLowerCase())) {
    const n2 = tokens[i + 2];
    if (n2 && gapIs(text, next, n2, ONE_SPACE)) next = n2;
  }
  return PERSON_VERB_FORMS.has(next.text.toLowerCase());
}

/** A capitalised ordinary word that the words around make a person: "Snipes just laughed", "Snipes and his mate". */
export function commonWordAsName(text: string, tokens: Token[], i: number, midCaps: Set<string>): boolean {
  const t = tokens[i] as Token;
  // at a sentence start a capital says nothing: the word must be capitalised mid-sentence elsewhere too
  if (t.sentenceStart && !midCaps.has(t.text)) return false;
  const after = text.slice(t.end, t.end + 30);
  const kin = AND_HIS_KIN.exec(after);
  if (kin && RELATION_NOUNS.has(kin[1] ?? '') && !t.sentenceStart) return true;
  let next = tokens[i + 1];
  if (!next || !gapIs(text, t, next, ONE_SPACE)) return false;
  if (ADVERBS.has(next.text)) {
    const n2 = tokens[i + 2];
    if (!n2 || !gapIs(text, next, n2, ONE_SPACE)) return false;
    next = n2;
  }
  return SPEECH_VERBS.has(next.text);
}

/** The next word is a lowercase word that could be a verb, so the model may be asked about it. */
export function mayBeVerb(next: Token | undefined, text: string, t: Token): boolean {
  return (
    next !== undefined &&
    !next.cap &&
    gapIs(text, t, next, ONE_SPACE) &&
    LOWER_WORD_OF_TWO.test(next.text) &&
    // a past or present verb ("persuaded", "leads"), not one the quick lists already know
    VERB_ENDING.test(next.text) &&
    !PERSON_VERB_FORMS.has(next.text) &&
    !NOT_VERBS.has(next.text) &&
    !ADVERBS.has(next.text)
  );
}

/** Reads the clause from `t` with the language model: is `t` the subject of a verb that a person does? */
export function subjectOfPersonVerb(text: string, t: Token): boolean {
  // the word and the next few: enough for the tagger to see whether a verb follows
  const stop = /[.!?\n;:,]/.exec(text.slice(t.end, t.end + 40));
  const clause = text.slice(t.start, stop ? t.end + stop.index : Math.min(text.length, t.end + 40));
  const read = readTokens(clause);
  for (let k = 1; k < read.length && k <= 3; k++) {
    const w = read[k] as NlpToken;
    if (w.pos === 'VERB') return PERSON_VERB_LEMMAS.has(w.lemma);
    if (w.pos !== 'ADV' && w.pos !== 'PART') return false;
  }
  return false;
}
