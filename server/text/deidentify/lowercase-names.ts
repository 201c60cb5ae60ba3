// Names typed in lowercase ("me and tam went", "big mick", "lacey-mae"): looked at only where a person
// could stand, since most lowercase words are ordinary words.
import { PERSON_VERB_FORMS, PLACES, RELATION_NOUNS } from '../lexicons.js';
import { ALL_WORDS, COMMON_WORDS, FIRST_NAMES_LOWER } from '../names.js';
import type { NameScan } from './name-scan.js';
import { DETERMINERS, INFORMAL, NICKNAME_WORDS_LOWER, SPACE_THEN_CAPITAL } from './person-words.js';
import { gapIs, ONE_SPACE } from './tokens.js';
import type { Token } from './tokens.js';
import { isBareContraction } from './words.js';

const LOWER_HYPHENATED = /^\p{Ll}+-\p{Ll}+$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const CAPITALISED_WORD_BEFORE = /\p{Lu}\p{Ll}+ $/u;
const KIN_AFTER_LOWER = /^,? (?:my|our|his|her) (?:\p{Ll}+ )?(\p{Ll}+)\b(?!['’])/u;
const PLACES_LOWER = new Set([...PLACES].map((p) => p.toLowerCase()));
const LOWER_FAMILY_TITLES = new Set(
  'nana nanna nanny nan gran granny grandma grandad granda auntie aunty aunt uncle cousin'.split(' '),
);
// slots where even a first name that is an ordinary word is the name: "a nurse called joy", "me and holly"
const STRONG_LOWER_SLOT = /\b(?:called|named|my mate|me and|me n|and me|bestie|its me|it['’]s me)\s+$/;
// after these a first name is still a person: "to jordan", "bumped into gethin"
const PREPOSITIONS = new Set('to for from with about at by into onto'.split(' '));
// the people someone's name follows: "my key worker chantelle", "my sponsor dave"
const ROLES = [
  'keyworker',
  'key worker',
  'support worker',
  'social worker',
  'peer mentor',
  'worker',
  'sponsor',
  'counsellor',
  'nurse',
  'mentor',
  'coach',
  'neighbour',
  'boyfriend',
  'girlfriend',
  'bf',
  'gf',
  'fella',
  'partner',
  'wife',
  'husband',
  'son',
  'daughter',
  'brother',
  'sister',
  'grandson',
  'granddaughter',
  'niece',
  'nephew',
  'boss',
  'manager',
];
const ROLE_BEFORE_LOWER = new RegExp(`\\b(?:my|our|me|his|her) (?:${ROLES.join('|')})\\s+$`);
// words next to a lowercase word that let a person stand there ("me and tam", "tam said", "big mick")
const LOWER_SLOT_BEFORE = new Set([
  ...'and n with wi told tell asked ask texted text rang ring phoned called named mate friend bestie cousin auntie aunty uncle our hi hey hiya yo oi oii thanks thank ty love miss met to for off fae frae from me its big wee little lil young old lanky mad daft fat auld tall skinny ginger scouse posh'.split(
    ' ',
  ),
  ...ROLES.map((role) => role.split(' ').at(-1) ?? role),
]);

/** Reads the lowercase token at i, with `base` its text without a possessive. */
export function readLowercaseWord(scan: NameScan, i: number, base: string): void {
  const { text, tokens, informal, known, learned, person } = scan;
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (known.has(base)) {
    person(t.start, t.start + base.length, 0.7, 'name given earlier in the text');
    return;
  }
  // "lacey-mae": a double first name typed in lowercase
  if (LOWER_HYPHENATED.test(base) && base.split('-').every((p) => FIRST_NAMES_LOWER.has(p))) {
    if (informal) person(t.start, t.end, 0.55, 'double first name in lowercase');
    return;
  }
  // "jordan's face": the name without its possessive is what is read
  if (base.length < 3 || INFORMAL.has(base) || !LOWER_WORD.test(base) || isBareContraction(base)) return;
  // "the gurdwara", "my nain", "on telly": a word after a determiner or a preposition is a thing
  if (
    prev &&
    DETERMINERS.has(prev.text.toLowerCase()) &&
    gapIs(text, prev, t, ONE_SPACE) &&
    !(PREPOSITIONS.has(prev.text) && FIRST_NAMES_LOWER.has(base) && !COMMON_WORDS.has(base))
  )
    return;
  const listed = FIRST_NAMES_LOWER.has(base);
  const word = ALL_WORDS.has(base);
  // "tell nanny vee i love her", "nana dot's do": a family title typed in lowercase, then the name it goes with
  if (
    informal &&
    prev &&
    LOWER_FAMILY_TITLES.has(prev.text) &&
    gapIs(text, prev, t, ONE_SPACE) &&
    (listed || !word) &&
    !(tokens[i - 2] && DETERMINERS.has((tokens[i - 2] as Token).text.toLowerCase()))
  ) {
    person(prev.start, t.start + base.length, 0.6, 'family title and name in lowercase');
    learned.add(base);
    return;
  }
  // "wee shug", "big mick", "lanky dave": a nickname typed in lowercase
  if (
    prev &&
    NICKNAME_WORDS_LOWER.has(prev.text) &&
    gapIs(text, prev, t, ONE_SPACE) &&
    ((listed && !COMMON_WORDS.has(base)) || (!word && informal)) &&
    !(tokens[i - 2] && DETERMINERS.has((tokens[i - 2] as Token).text.toLowerCase()))
  ) {
    person(prev.start, t.end, 0.6, 'nickname in lowercase');
    learned.add(base);
    return;
  }
  if (listed && !word && informal) {
    person(t.start, t.start + base.length, 0.55, 'first name written in lowercase');
    learned.add(base);
    return;
  }
  // "a nurse called joy", "me and holly": a first name, even one that is a word, in a slot only a person fills
  if (listed && STRONG_LOWER_SLOT.test(text.slice(Math.max(0, t.start - 10), t.start).toLowerCase())) {
    person(t.start, t.start + base.length, 0.55, 'first name in lowercase, where a person stands');
    learned.add(base);
    return;
  }
  // "me and tam went", "then nadia texted me": a word outside the dictionary, or a rare word that is a
  // first name, where a person stands
  if ((!word || (listed && !COMMON_WORDS.has(base))) && !isPartOfAddress(text, t)) {
    if (lowercaseSlot(text, tokens, i, informal) && !PLACES_LOWER.has(base)) {
      person(t.start, t.start + base.length, 0.55, 'name written in lowercase, where a person stands');
      learned.add(base);
    }
  }
}

/** A lowercase word stands where a person could: after "me and", "with", a nickname word, or before a verb. */
export function lowerSlotNear(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    (prev !== undefined && LOWER_SLOT_BEFORE.has(prev.text.toLowerCase())) ||
    (next !== undefined && (PERSON_VERB_FORMS.has(next.text) || next.text === 'and' || next.text === 'my'))
  );
}

/** "Tanners Row", "Heol y Felin": a lowercase word inside a street name is not a person. */
function isPartOfAddress(text: string, t: Token): boolean {
  return (
    CAPITALISED_WORD_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start)) &&
    SPACE_THEN_CAPITAL.test(text.slice(t.end, t.end + 2))
  );
}

/** Where a lowercase word stands in for a person: "me and tam", "tam and me", "my mate tam", "tam said". */
function lowercaseSlot(text: string, tokens: Token[], i: number, informal: boolean): boolean {
  const t = tokens[i] as Token;
  const before = text.slice(Math.max(0, t.start - 16), t.start).toLowerCase();
  const after = text.slice(t.end, t.end + 24).toLowerCase();
  // "giving it to kenzie", "a bag off dibs", "want it for tobi": in a text message, a word outside the
  // dictionary after these is a person more often than a place (places are checked by the caller)
  const listed = FIRST_NAMES_LOWER.has(t.text) && !COMMON_WORDS.has(t.text);
  // a word outside the lists that looks like a plural ("resits", "prelims") is a thing, unless a word for
  // a person stands right before it ("my cousin vytas")
  const plural = !listed && t.text.endsWith('s') && !t.text.endsWith('ss');
  if (/\b(?:me and|me n|my mate|mate|my friend|bestie|cousin|auntie|uncle)\s+$/.test(before)) return true;
  // "my key worker chantelle", "my sponsor dave": a first name, or a word outside the dictionary, after
  // the person it names
  if (
    (listed || !ALL_WORDS.has(t.text)) &&
    ROLE_BEFORE_LOWER.test(text.slice(Math.max(0, t.start - 24), t.start).toLowerCase())
  )
    return true;
  if (plural) return false;
  if (informal && listed && /\b(?:to|for|off|fae|frae|from)\s+$/.test(before)) return true;
  // "ste my keyworker came round", "dont tell our kel": a word outside the dictionary that a relation
  // describes, or that "our" makes family
  const kin = KIN_AFTER_LOWER.exec(after);
  if (kin && RELATION_NOUNS.has(kin[1] ?? '')) return true;
  if (informal && /\bour\s+$/.test(before)) return true;
  // "bumped into rhys", "gave keon the bike", "tell dais her roots": a person met, given to or told
  if (informal && /\b(?:bumped into|gave|give|giving|tell|telling)\s+$/.test(before)) return true;
  // "holly was doing an impression": a first name that is a rarer word, then "was" or "is"
  if (listed && /^,? (?:was|is|has|had|will|would)\b/.test(after)) return true;
  if (
    /\b(?:me and|me n|and me|my mate|mate|my friend|bestie|cousin|auntie|uncle)\s+$/.test(before) ||
    (listed && /\bour\s+$/.test(before)) ||
    (listed &&
      /\b(?:with|wi|told|tell|asked|ask|texted|text|rang|ring|phoned|called|hi|hey|hiya|thanks|thank|love|miss|met)\s+$/.test(
        before,
      ))
  )
    return true;
  if (
    /^ (?:and|n) (?:me|i)\b/.test(after) ||
    /^['’]s (?:mum|mam|dad|nan|sister|brother|wife|husband|kids?|son|daughter|partner|house|place|car)\b/.test(
      after,
    )
  )
    return true;
  const next = tokens[i + 1];
  return next !== undefined && gapIs(text, t, next, /^,? $/) && PERSON_VERB_FORMS.has(next.text);
}

// after these, someone's name with an s is their home or their shop: "at marios", "coming to sues sat?"
const TO_SOMEONES_PLACE = new Set(['at', 'to', 'round', 'from', 'outside']);
const NAME_WITH_S = /^(\p{Ll}{3,})(['’]?)s$/u;

/**
 * "at marios", "coming to sues sat?", "the chill out at rico's": in a message, where someone's name with an s
 * stands for their home or shop. Reports the name and returns whether one was found.
 */
export function readSomeonesPlace(scan: NameScan, i: number): boolean {
  const { text, tokens, person, learned } = scan;
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!prev || !TO_SOMEONES_PLACE.has(prev.text) || !gapIs(text, prev, t, ONE_SPACE)) return false;
  const m = NAME_WITH_S.exec(t.text);
  const stem = m?.[1] ?? '';
  if (!m || INFORMAL.has(stem) || PLACES_LOWER.has(stem)) return false;
  // a listed first name that is not also an everyday word ("halls"); with an apostrophe, any name or any
  // word outside the dictionary
  const name =
    (FIRST_NAMES_LOWER.has(stem) && (m[2] !== '' || !COMMON_WORDS.has(stem))) ||
    (m[2] !== '' && !ALL_WORDS.has(stem));
  if (!name || RELATION_NOUNS.has(stem)) return false;
  person(t.start, m[2] ? t.start + stem.length : t.end, 0.55, "someone's place, by their name");
  learned.add(stem);
  return true;
}
