// Organisations and the places where care, custody and work happen: runs of capitalised words (each
// classified in capitalised-runs.ts), chain shops and lenders, prisons, wards and named places typed in
// lowercase.
import { CHAINS, NOT_NAMES, PLACES } from '../lexicons.js';
import { ALL_WORDS, COMMON_WORDS, FIRST_NAMES_LOWER } from '../names.js';
import { classifyRun } from './capitalised-runs.js';
import { CONNECTORS } from './organisation-words.js';
import { each } from './regex.js';
import { gapIs, ONE_SPACE } from './tokens.js';
import type { Token } from './tokens.js';
import type { Add } from './types.js';
import { CONTRACTION, isCommonWord, isMonthOrDay, stripPossessive } from './words.js';

const CHAINS_LOWER = new Set([...CHAINS].filter((c) => !c.includes(' ')).map((c) => c.toLowerCase()));
// every word that starts a chain's name, with and without a possessive: a quick first test for each token
const CHAIN_WORDS = new Set(
  [...CHAINS].flatMap((c) => {
    const w = c.split(' ')[0] ?? '';
    return [w, `${w}'s`, `${w}’s`];
  }),
);
const MAX_RUN = 12;
const LOWER_FACILITY_HINT =
  /(?:surgery|clinic|ward|unit|hospital|hospice|practice|hostel|centre|project|cafe|café)\b/;
const INFORMAL_PLACE_WORDS =
  /^(?:psych|rehab|detox|gp|camhs|cmht|maternity|dementia|methadone|drop|youth|mh|a&e)$/;

export function findOrganisations(text: string, informal: boolean, tokens: Token[], add: Add): void {
  // runs of capitalised words on one line: "Harbour Lights Veterans Hub", "Dearnebrook Miners' Welfare"
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !t.cap || t.text === 'I' || CONTRACTION.test(t.text)) {
      i++;
      continue;
    }
    let j = i;
    // a name is at most a dozen words: longer runs are lists or shouting, and are cut
    while (j + 1 < tokens.length && j - i < MAX_RUN) {
      const a = tokens[j] as Token;
      const b = tokens[j + 1] as Token;
      if (b.cap && b.text !== 'I' && !CONTRACTION.test(b.text) && gapIs(text, a, b, /^(?:['’]? |-| & )$/)) {
        j++;
        continue;
      }
      const c = tokens[j + 2];
      // "Freedom from Torture", "Back on Track", "Mind the Gap", "Sober in the Isles"
      const joins = (x: Token | undefined): boolean =>
        x !== undefined &&
        x.cap &&
        x.text !== 'I' &&
        !isMonthOrDay(x.text) &&
        !isMonthOrDay(x.text.replace(/s$/, '')) &&
        !CONTRACTION.test(x.text);
      if (
        c &&
        !b.cap &&
        (CONNECTORS.has(b.text) ||
          (b.text === 'the' && !a.sentenceStart && !NOT_NAMES.has(a.text) && !PLACES.has(a.text))) &&
        gapIs(text, a, b, ONE_SPACE) &&
        gapIs(text, b, c, ONE_SPACE)
      ) {
        if (joins(c)) {
          j += 2;
          continue;
        }
        const d = tokens[j + 3];
        if (CONNECTORS.has(b.text) && c.text === 'the' && joins(d) && gapIs(text, c, d as Token, ONE_SPACE)) {
          j += 3;
          continue;
        }
      }
      break;
    }
    classifyRun(text, tokens, i, j, add);
    i = j + 1;
  }
  // shops, bookmakers, lenders and employers with branches everywhere: "Tesco", "lidl", "Paddy Power"
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.cap ? !CHAIN_WORDS.has(t.text) : !informal || !CHAINS_LOWER.has(t.text)) continue;
    const next = tokens[k + 1];
    const two = next && gapIs(text, t, next, ONE_SPACE) ? `${t.text} ${next.text}` : '';
    if (two && CHAINS.has(two)) {
      add(t.start, (next as Token).end, 'ORGANISATION', 0.7, 'named shop or company');
      k++;
      continue;
    }
    const base = stripPossessive(t.text);
    if (
      CHAINS.has(base)
        ? !t.sentenceStart || !isCommonWord(base)
        : !t.cap && CHAINS_LOWER.has(base) && !ALL_WORDS.has(base)
    )
      add(t.start, t.start + base.length, 'ORGANISATION', 0.65, 'named shop or company');
  }
  each(/\b(?:HMP|HMYOI|YOI|HMIP) [A-Z][\p{L}'’-]{1,30}/gu, text, (m) =>
    add(m.index, m.index + m[0].length, 'FACILITY', 0.9, 'prison'),
  );
  // typed in lowercase: "the rowan unit", "the cwtch cafe", "on ward 4"
  if (LOWER_FACILITY_HINT.test(text))
    each(
      /\b(?:the|at|in|on) ([a-z]{3,20}) (?:surgery|clinic|ward|unit|hospital|hospice|practice|hostel|centre|project|cafe|café)\b/g,
      text,
      (m) => {
        const w = m[1] ?? '';
        if (isMonthOrDay(w.charAt(0).toUpperCase() + w.slice(1))) return;
        if (
          (FIRST_NAMES_LOWER.has(w) && !COMMON_WORDS.has(w)) ||
          (!ALL_WORDS.has(w) && !INFORMAL_PLACE_WORDS.test(w))
        ) {
          const start = m.index + m[0].indexOf(' ') + 1;
          add(start, m.index + m[0].length, 'FACILITY', 0.5, 'named place in lowercase');
        }
      },
    );
  if (text.includes('ward '))
    each(/\bward \d{1,3}[a-z]?\b/g, text, (m) =>
      add(m.index, m.index + m[0].length, 'FACILITY', 0.8, 'hospital ward'),
    );
  each(/\bWard (?:\d{1,3}[A-Z]?|[A-Z][\p{L}'’-]{1,30})/gu, text, (m) =>
    add(m.index, m.index + m[0].length, 'FACILITY', 0.85, 'hospital ward'),
  );
  each(/\b(?:St|Saint) [A-Z][\p{L}-]{1,30}(?:['’]s\b|s['’](?![\p{L}]))/gu, text, (m) =>
    add(m.index, m.index + m[0].length, 'FACILITY', 0.7, 'named place'),
  );
}
