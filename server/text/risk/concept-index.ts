// Which concepts could match a sentence, from the words in it. Each concept is indexed under words
// it cannot match without: the pattern source is parsed, its required parts found, and the part
// whose words are rarest chosen as its key (for "(?:take|swallow) (?:them all|the lot)" every
// alternative of the first group, since "them all" holds only common words). So a sentence is tested
// only against the few concepts that could match it, and no concept is ever skipped that could.
import { COMMON_WORDS } from '../names.js';
import { CONCEPT_SOURCES } from './concepts.js';

// Words so common that a key made of them would wake a concept for most sentences: used as keys
// only when a concept has nothing rarer.
const FUNCTION_WORDS = new Set(
  (
    'i me my myself we us our you your he him his she her it its they them their the a an to of and or in on at ' +
    'for with by from up out be have do will would can could should may might must not no that this these those ' +
    'what which who when where why how so but if then than as just all any some each every very too also is ' +
    'over off into onto about again more one own same other such only now'
  ).split(' '),
);

/** A requirement: the sentence must hold one of these keys (a word, or "prefix:" + five letters). */
type Need = Set<string> | null;

// A key's cost is roughly how often a sentence holds it: nearly always for a function word, now and
// then for a common word, seldom for the rest. A requirement costs the sum over its keys.
const keyCost = (k: string): number =>
  k.startsWith('prefix:') ? 0.005 : FUNCTION_WORDS.has(k) ? 0.7 : COMMON_WORDS.has(k) ? 0.05 : 0.005;
const cost = (need: Set<string>): number => [...need].reduce((n, k) => n + keyCost(k), 0);

function cheapest(needs: Need[]): Need {
  let best: Set<string> | null = null;
  let bestCost = Infinity;
  for (const n of needs) {
    const c = n ? cost(n) : Infinity;
    if (n && c < bestCost) {
      best = n;
      bestCost = c;
    }
  }
  return best;
}

/** Parses a concept source (the shorthand of concepts.ts) into what any match must contain. */
function requirement(source: string): Need {
  let i = 0;
  function alternatives(): Need {
    const options: Need[] = [sequence()];
    while (source[i] === '|') {
      i++;
      options.push(sequence());
    }
    if (options.some((o) => o === null)) return null;
    const union = new Set<string>();
    for (const o of options) for (const k of o ?? []) union.add(k);
    return union;
  }
  function optionalAfter(): boolean {
    const q = source[i];
    if (q === '?' || q === '*') {
      i++;
      return true;
    }
    if (q === '{') {
      const close = source.indexOf('}', i);
      const optional = source.slice(i + 1, close).startsWith('0');
      i = close + 1;
      return optional;
    }
    if (q === '+') i++;
    return false;
  }
  function sequence(): Need {
    const needs: Need[] = [];
    let word = '';
    const endWord = () => {
      if (!word) return;
      const w = word;
      word = '';
      if (w.includes('*') || w.includes('[')) {
        const stem = w.replace(/[[*].*$/, '');
        needs.push(stem.length >= 4 ? new Set([`prefix:${stem.slice(0, 5)}`]) : null);
      } else if (/^[a-z][a-z'-]*$/.test(w)) needs.push(new Set([w]));
    };
    while (i < source.length) {
      const c = source[i] ?? '';
      if (c === '|' || c === ')') break;
      if (c === '(') {
        endWord();
        const look = source.slice(i, i + 3);
        const lookaround =
          look === '(?=' ||
          look === '(?!' ||
          source.slice(i, i + 4) === '(?<=' ||
          source.slice(i, i + 4) === '(?<!';
        i += look === '(?:' || look === '(?=' || look === '(?!' ? 3 : source[i + 1] === '?' ? 4 : 1;
        const inner = alternatives();
        i++; // ')'
        const optional = optionalAfter();
        if (!lookaround && !optional) needs.push(inner);
      } else if (c === ' ' || c === '~') {
        endWord();
        i++;
      } else if (c === '\\') {
        // \S+, \S* and escaped characters: "\S*" after a stem makes it a prefix
        if (source[i + 1] === 'S' && source[i + 2] === '*') word += '*';
        else if (source[i + 1] === 'S' || source[i + 1] === 's' || source[i + 1] === 'd')
          word = word ? `${word}*` : '';
        else word += source[i + 1] ?? '';
        i += source[i + 1] === 'S' && (source[i + 2] === '*' || source[i + 2] === '+') ? 3 : 2;
      } else if (c === '?' || c === '*' || c === '{' || c === '+') {
        // a quantifier on the last character makes the word's end uncertain: keep what precedes it
        const optional = optionalAfter();
        if (optional && word) word = `${word.slice(0, -1)}*`;
      } else {
        word += c;
        i++;
      }
    }
    endWord();
    return cheapest(needs);
  }
  return alternatives();
}

/** Concepts under each word key and each five-letter prefix key. */
export const CONCEPTS_BY_WORD = new Map<string, number[]>();
export const CONCEPTS_BY_PREFIX = new Map<string, number[]>();
/** Concepts with no key at all (none today); tested on every sentence. */
export const UNINDEXED_CONCEPTS: number[] = [];

CONCEPT_SOURCES.forEach((source, index) => {
  const need = requirement(source);
  if (!need) {
    UNINDEXED_CONCEPTS.push(index);
    return;
  }
  for (const key of need) {
    const map = key.startsWith('prefix:') ? CONCEPTS_BY_PREFIX : CONCEPTS_BY_WORD;
    const k = key.startsWith('prefix:') ? key.slice(7) : key;
    const list = map.get(k) ?? [];
    list.push(index);
    map.set(k, list);
  }
});
