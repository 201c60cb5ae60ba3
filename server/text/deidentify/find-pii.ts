// De-identification of UK English text: structured identifiers by pattern and validator, names,
// places and organisations by lexicon and context. Every pattern is linear (bounded quantifiers, no
// nested repetition), so hostile input cannot make it backtrack.
//
// Names are found by what they are, not by lists alone: a capitalised word outside the dictionary, a
// name-word where only a person can stand ("my mate Rose", "Rose rang", "and I"), a run of capitalised
// words after "the" or a word that leads to a group or a place, the shape of a user name (humps, digits,
// underscores), and the places where messages put names (greetings, sign-offs, "its kyle"). A name found
// once is found again in the rest of the text. The language model (nlp.ts) is asked only about the few
// sentences still in doubt: whether a word outside the lists opens a sentence as the subject of a verb
// that a person does.
//
// Each kind of identifier has its own detector in this folder; every one reports draft findings, and
// overlaps are resolved at the end (resolve.ts).
import { findAddresses } from './addresses.js';
import { findAges } from './ages.js';
import { findDates } from './dates.js';
import { findOrganisations } from './organisations.js';
import { findPeople } from './people.js';
import { withoutPlaceWords } from './place-names.js';
import { resolve } from './resolve.js';
import { findStructured } from './structured.js';
import { tokenize } from './tokens.js';
import type { Draft, PiiFinding, PiiType } from './types.js';
import { findUserNames } from './user-names.js';

/** Find identifying details in UK English text. Offsets are UTF-16 code units. */
export function findPii(text: string): PiiFinding[] {
  const drafts: Draft[] = [];
  const add = (start: number, end: number, type: PiiType, confidence: number, reason: string): void => {
    if (end > start && start >= 0 && end <= text.length)
      drafts.push({ start: withItsThe(text, start, type), end, type, confidence, reason });
  };
  findStructured(text, add);
  // lowercasing keeps offsets only when no character changes length (true for almost all text)
  const lower = text.toLowerCase();
  findUserNames(text, lower, add);
  const lc = lower.length === text.length ? lower : null;
  findDates(text, lc, add);
  const tokens = tokenize(text);
  findAges(text, lc, tokens, add);
  const informal = isInformal(text);
  findAddresses(text, lc, informal, tokens, add);
  findOrganisations(text, informal, tokens, add);
  findPeople(text, lc, informal, tokens, add);
  return resolve(text, withoutPlaceWords(text, tokens, drafts));
}

/** Text typed like a message: "i" in lowercase, or sentences that start with a small letter. */
function isInformal(text: string): boolean {
  return (
    /(?:^|[\s.,])i(?:'m|’m|'ve|’ve|'d|’d)?\s/.test(text) ||
    (text.match(/(?:^|[.!?]\s+)[a-z]/g)?.length ?? 0) >= 2
  );
}

/**
 * "at The Brew Stop", "it's called The Pause Room": a capital "The" inside a sentence is part of the
 * name, and goes with it.
 */
function withItsThe(text: string, start: number, type: PiiType): number {
  if ((type !== 'ORGANISATION' && type !== 'FACILITY') || start < 5) return start;
  if (text.slice(start - 4, start) !== 'The ') return start;
  return /[\p{Ll},]\s$/u.test(text.slice(start - 6, start - 4)) ? start - 4 : start;
}
