// Towns, islands and countries named in more than one word ("King's Lynn", "Bury St Edmunds", "St
// Helena"): each word alone may read as a name ("Lynn", "Edmunds"), so a person or a group found inside
// such a place, and no wider than it, is set aside: a group or a building always, a person only where
// the words before say it is a place ("at King's Lynn", "in Bury St Edmunds"). A finding that runs
// past the place ("King's Lynn Hospital") is kept: that names one building.
import { KNOWN_PLACES } from '../names.js';
import type { Token } from './tokens.js';
import type { Draft } from './types.js';

// each place of several words, listed under its first word, longest first
const BY_FIRST_WORD = new Map<string, string[]>();
for (const place of KNOWN_PLACES) {
  const space = place.indexOf(' ');
  if (space < 0) continue;
  const first = place.slice(0, space);
  const list = BY_FIRST_WORD.get(first) ?? [];
  list.push(place);
  BY_FIRST_WORD.set(first, list);
}
for (const list of BY_FIRST_WORD.values()) list.sort((a, b) => b.length - a.length);

const SET_ASIDE = new Set(['PERSON', 'ORGANISATION', 'FACILITY']);
const PLACE_BEFORE =
  /\b(?:in|at|to|from|near|around|round|outside|into|through|towards|via|of|past|by|up|down|over) $/i;
// "St Mary's", "St Martin's": a saint's name with 's is an island or a village only where it is stood on
// ("on St Mary's"); elsewhere it is the church, hospital or school called after the saint
const SAINTS_POSSESSIVE = /^(?:St|Saint) \p{Lu}[\p{L}-]*['’]s$/u;
const STOOD_ON = /\b(?:on|off) $/i;

/** Drafts that name a person, a group or a building but lie wholly inside a place of several words. */
export function withoutPlaceWords(text: string, tokens: Token[], drafts: Draft[]): Draft[] {
  const places: [number, number][] = [];
  for (const t of tokens) {
    if (!t.cap) continue;
    const candidates = BY_FIRST_WORD.get(t.text);
    if (!candidates) continue;
    for (const place of candidates) {
      if (!text.startsWith(place, t.start)) continue;
      const after = text.charAt(t.start + place.length);
      if (/[\p{L}\p{N}]/u.test(after)) continue;
      if (SAINTS_POSSESSIVE.test(place) && !STOOD_ON.test(text.slice(Math.max(0, t.start - 5), t.start)))
        break;
      places.push([t.start, t.start + place.length]);
      break;
    }
  }
  if (places.length === 0) return drafts;
  return drafts.filter((d) => {
    if (!SET_ASIDE.has(d.type)) return true;
    const place = places.find(([start, end]) => d.start >= start && d.end <= end);
    if (!place) return true;
    // a person's name that is also a town ("my stepdad Bradley Cross", "Newton Stewart was my
    // dealer") stays hidden unless the words before make it where someone is or goes
    return d.type === 'PERSON' && !PLACE_BEFORE.test(text.slice(Math.max(0, place[0] - 12), place[0]));
  });
}
