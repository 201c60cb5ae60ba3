// Addresses: a street name ending in Road, Street, Lane… with its house or flat number, Welsh and Gaelic
// street names ("Heol y Felin", "Sràid na h-Eaglais"), named estates, flat numbers, and streets typed in
// lowercase in messages.
import {
  CHAINS,
  GENERIC_NAMES,
  NOT_NAMES,
  PLACES,
  STREET_PARTICLES,
  STREET_PREFIXES,
  STREET_SUFFIXES,
  TITLES,
} from '../lexicons.js';
import { ALL_WORDS, COMMON_WORDS, KNOWN_PLACES } from '../names.js';
import { each } from './regex.js';
import { gapIs, ONE_SPACE } from './tokens.js';
import type { Token } from './tokens.js';
import type { Add } from './types.js';
import { PEOPLES_WORDS } from './peoples.js';
import { isAcronym, isCommonWord, isMonthOrDay, isNameLike, isPlace, stripPossessive } from './words.js';

const GAELIC_MUTATION = /^[hnt]-\p{Lu}/u;
const STREET_ENDING = /^\p{Lu}\p{Ll}{2,20}(?:gate|way|wynd|loan|brae|gait|row)$/u;
const ON_WORDS = new Set(['on', 'off', 'along', 'up', 'down']);
const LANDSCAPE = new Set(['Hill', 'Park', 'Green', 'Vale', 'View', 'Gate', 'Rise', 'Grove', 'Mount']);
const COMPASS = new Set([
  'North',
  'South',
  'East',
  'West',
  'Upper',
  'Lower',
  'Old',
  'New',
  'Great',
  'Little',
  'High',
]);
const LOWER_STREET =
  /\b(?:on|in|at|off|near|to|down|up|by|from|along) (?:the )?((?:[a-z][a-z'’-]{1,20} ){1,2}(?:st|rd|road|street|lane|ave|avenue|close|court|crescent|drive|terrace|estate|gardens|way|walk|row|place|square|park))\b/g;
const LOWER_STREET_STOP = new Set(
  'the a an my our your his her their this that same next back main local council big little old new other one two each every any some wrong right high car bus train private housing social industrial trading retail business caravan country family farm rough posh whole nice quiet worst monday tuesday wednesday thursday friday saturday sunday morning evening night weekly daily sponsored charity group recovery dog nature'.split(
    ' ',
  ),
);
const INFORMAL_STREET_STOP = /^(?:a|an|and|or|but|to|in|on|at|of|for|with|is|was|i|im|its)$/;
const LEADING_PREPOSITION = /^(?:on|in|at|off|near|to|down|up|by|from|along)$/;
// "the bottom of Raynesway", "the top of Kingsgate": a street one is at the end of
const END_OF = /\b(?:top|bottom|end|corner|far end|top end|bottom end) of $/;

// Where someone's home is: "my flat in Sighthill", "my ma's kitchen in Ballymurphy". A neighbourhood named
// after someone's own home narrows them to a few streets; "a flat in Leicester", a town or a country in the
// lists does not.
const DWELLINGS = new Set(
  'flat flats house kitchen bedsit room bungalow maisonette caravan tent cottage one-bed two-bed bedroom'.split(
    ' ',
  ),
);
const HOME_OF_ROOMS = /\b(?:hostel|halls|shared house|supported|b&b|bedsit|foyer|hmo|refuge|lodgings)\b/;
const DWELLING_PREPOSITIONS = new Set(['in', 'up', 'on']);
// whose home: "my", "this", "our", or someone named with a possessive ("my maw's", "Nani's")
const WHOSE_HOME = /(?:\b(?:my|our|his|her|their|your|this|the)|\p{L}['’]s) (?:\p{Ll}+ )?$/u;
// Where someone lives or meets, said of any home or meeting place: "a flat in Moulsham", "a café in
// Hatch Warren", "the group in Groomsport", "I live in Starbeck". Every town of a thousand people is in
// the gazetteer, so a name after these that is neither a town nor an English word is a part of one: a
// neighbourhood, a village or an estate.
const MEETING_PLACES = new Set(
  'café cafe library group meeting centre center hall church chapel pub office school surgery clinic bench table allotment allotments garden shop gym club mosque gurdwara temple practice salon home flat flats house bungalow cottage bedsit hostel maisonette caravan room digs bed'.split(
    ' ',
  ),
);
// "nan's", "our kid's": whose home, by a possessive (compiled here, not on every call)
const SOMEONE_S = /^\p{Ll}+['’]s$/u;
const SOMEONE_S_PLACE = /\b(?:a|an|my|our|his|her|their|your|this|the|that)(?: \p{Ll}+)?$/iu;
const LIVING = new Set([
  'live',
  'lives',
  'lived',
  'living',
  'settled',
  'raised',
  'stay',
  'stays',
  'stayed',
  'staying',
]);
// every word of the towns named in more than one word ("Milton Keynes", "Royal Tunbridge Wells")
const WORDS_OF_TOWNS: ReadonlySet<string> = new Set(
  [...KNOWN_PLACES]
    .filter((n) => n.includes(' '))
    .flatMap((n) => n.split(' '))
    .filter((w) => w.length > 2),
);
// a part of a town said with its hill, park or green, or an upper or a great: "Brighton Hill", "King's
// Park", "Upper Bangor", "Great Baddow" ("North Wales" and "East London" are regions)
const PART_OF_TOWN = new Set(['Upper', 'Lower', 'Great', 'Little', 'Old', 'New', 'High', 'Nether', 'Over']);

// Street words that end a name so surely that the word before them belongs to it, whatever it is.
const STRONG_STREET_ENDINGS = new Set(['Road', 'Rd', 'Street', 'Lane', 'Lanes', 'Avenue', 'Terrace']);
const STREET_PREPOSITION_BEFORE = /\b(?:on|off|in|along|up|down|at) $/;

export function findAddresses(
  text: string,
  lc: string | null,
  informal: boolean,
  tokens: Token[],
  add: Add,
): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.cap && i >= 2 && !t.sentenceStart) {
      homeNeighbourhood(text, tokens, i, add);
      meetingNeighbourhood(text, tokens, i, add);
    }
    if (t.cap && i >= 2 && LANDMARKS.has(t.text)) landmark(text, tokens, i, add);
    // "on Kingsway", "on Botchergate": one word that is a street by its ending
    if (t.cap && i > 0 && STREET_ENDING.test(t.text)) {
      // "on Wide Bargate", "up Old Kingsway": a describing word may stand before it
      const describer = tokens[i - 1] as Token;
      const described =
        describer.cap &&
        i > 1 &&
        gapIs(text, describer, t, ONE_SPACE) &&
        !PLACES.has(describer.text) &&
        !TITLES.has(describer.text);
      const from = described ? describer : t;
      const p = tokens[described ? i - 2 : i - 1] as Token;
      if (
        (ON_WORDS.has(p.text) ||
          (p.text === 'of' && END_OF.test(text.slice(Math.max(0, p.start - 16), p.end + 1)))) &&
        gapIs(text, p, from, ONE_SPACE) &&
        !PLACES.has(t.text) &&
        !NOT_NAMES.has(t.text)
      )
        add(from.start, t.end, 'ADDRESS', 0.55, 'street name');
      // "14 Eastgate", "Flat 3, 27 Briggate": a house number makes it a home on that street
      // (a year is no house number: "In 2010 Stonegate was shut")
      const numbered =
        /(?:(?:flat|apartment|unit)\s+(?=[\w/]{0,5}\d)[\w/]{1,6},?\s+)?\b(?!(?:19|20)\d\d\b)\d{1,4}[a-z]?,?\s$/i.exec(
          text.slice(Math.max(0, from.start - 24), from.start),
        );
      if (numbered && !ALL_WORDS.has(t.text.toLowerCase()) && !PLACES.has(t.text) && !NOT_NAMES.has(t.text))
        add(from.start - numbered[0].length, t.end, 'ADDRESS', 0.85, 'house number and street');
    }
    // "Clos Ceirios", "Heol y Felin", "Sràid na h-Eaglais", "Rathad a' Chladaich", "Stryd Fawr"
    if (t.cap && STREET_PREFIXES.has(t.text)) {
      let end = -1;
      let particles = 0;
      let names = 0;
      for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
        const n = tokens[k] as Token;
        if (!gapIs(text, tokens[k - 1] as Token, n, /^['’]? $/)) break;
        if (names === 0 && particles < 2 && STREET_PARTICLES.has(n.text)) {
          particles++;
          continue;
        }
        // Gaelic mutations keep a lowercase letter before the capital: "h-Eaglais", "n-Eilean", "t-Sràid"
        if (n.cap || GAELIC_MUTATION.test(n.text)) {
          end = n.end;
          if (++names === 2) break;
          continue;
        }
        break;
      }
      if (end > 0) {
        const num = /\d{1,4}[a-z]?,? $/i.exec(text.slice(Math.max(0, t.start - 8), t.start));
        add(num ? t.start - num[0].length : t.start, end, 'ADDRESS', 0.8, 'street name');
      }
      continue;
    }
    // "the Beacon estate": a named estate written with a small letter
    if (t.text === 'estate' && i > 0) {
      const p = tokens[i - 1] as Token;
      if (
        p.cap &&
        !p.sentenceStart &&
        gapIs(text, p, t, ONE_SPACE) &&
        !PLACES.has(p.text) &&
        !NOT_NAMES.has(p.text)
      )
        add(p.start, t.end, 'ADDRESS', 0.65, 'named housing estate');
      continue;
    }
    if (!t.cap || !STREET_SUFFIXES.has(t.text) || i === 0) continue;
    // "St" is also "Saint": only a street when it ends a name
    if (
      (t.text === 'St' || t.text === 'Dr') &&
      tokens[i + 1]?.cap &&
      gapIs(text, t, tokens[i + 1] as Token, ONE_SPACE)
    )
      continue;
    let j = i - 1;
    let start = -1;
    let words = 0;
    while (j >= 0 && words < 3) {
      const p = tokens[j];
      const next = tokens[j + 1];
      // "Cheetham Hill Road", "North Street": a hill or a compass point may stand inside the name
      if (!p || !next || !gapIs(text, p, next, /^ ?$/) || !p.cap) break;
      // "St Albans Road", "St John's Lane": before a name, "St" is a saint the street is named after
      if ((p.text === 'St' || p.text === 'Saint') && words > 0) {
        start = p.start;
        words++;
        break;
      }
      if (STREET_SUFFIXES.has(p.text) && !LANDSCAPE.has(p.text)) {
        // "Wharf Road", "Quay Street", "Park Lane": a word that can end a street name may also open one
        if (words === 0 && STRONG_STREET_ENDINGS.has(t.text)) {
          start = p.start;
          words++;
        }
        break;
      }
      if (TITLES.has(p.text)) break;
      if (NOT_NAMES.has(p.text) && !COMPASS.has(p.text)) {
        // "on English Street", "off Green Lanes": a shared word opens the street's name when the street is
        // where something stands
        if (
          words === 0 &&
          STRONG_STREET_ENDINGS.has(t.text) &&
          p.text !== 'High' &&
          !p.sentenceStart &&
          STREET_PREPOSITION_BEFORE.test(text.slice(Math.max(0, p.start - 7), p.start))
        ) {
          start = p.start;
          words++;
        }
        break;
      }
      start = p.start;
      words++;
      j--;
    }
    if (start < 0) continue;
    const first = tokens[j + 1];
    if (
      first &&
      first.sentenceStart &&
      words === 1 &&
      (isCommonWord(first.text) || t.text === 'Park' || t.text === 'Hill' || t.text === 'Green')
    )
      continue;
    const hills =
      t.text === 'Hill' ||
      t.text === 'Park' ||
      t.text === 'Green' ||
      t.text === 'Gate' ||
      t.text === 'View' ||
      t.text === 'Vale';
    // a house number (and flat) before the street
    const before = text.slice(Math.max(0, start - 40), start);
    const numbered =
      /(?:(?:flat|apartment|unit)\s+(?=[\w/]{0,5}\d)[\w/]{1,6},?\s+)?(?:\d{1,4}[a-z]?,?\s+)?$/i.exec(before);
    const num = numbered && numbered[0].length > 0 ? numbered : null;
    // "on Orchard Park", "off Cheetham Hill": where someone lives, not a park
    if (hills && !num && !/\b(?:on|off|along)\s+$/i.test(before)) continue;
    const s = num ? start - num[0].length : start;
    add(s, t.end, 'ADDRESS', num ? 0.9 : 0.75, num ? 'house number and street' : 'street name');
  }
  // "Flat 2F1, 9 Balfour Crescent" style lead-ins are covered above; standalone "Flat 3" lines too
  each(
    /\b(?:[Ff]lat|[Aa]partment) \d{1,4}[A-Z]?\d?\b(?! (?:months?|weeks?|years?|days?|nights?)\b)/g,
    text,
    (m) => add(m.index, m.index + m[0].length, 'ADDRESS', 0.7, 'flat number'),
  );
  // "the hostel on Brecon Road, room 6": a room in a hostel, halls or a shared house is where someone lives
  if (lc?.includes('room ') && HOME_OF_ROOMS.test(lc))
    each(/\broom \d{1,3}[a-z]?\b(?! (?:minutes?|mins?|hours?|times?|people)\b)/g, lc, (m) =>
      add(m.index, m.index + m[0].length, 'ADDRESS', 0.55, 'room number where someone lives'),
    );
  // "Edna from number 12": a house number standing for the house
  if (lc?.includes('number '))
    each(/\b(?:at|from|to|in|of|on) number \d{1,4}[a-z]?\b/gi, text, (m) => {
      const at = m[0].indexOf(' ') + 1;
      add(m.index + at, m.index + m[0].length, 'ADDRESS', 0.6, 'house number');
    });

  // typed in lowercase, in messages: "hostel on clyde st", "on the niddrie mains estate", "ffordd caergybi"
  if (lc && informal) {
    each(LOWER_STREET, lc, (m) => {
      const name = m[1] ?? '';
      const ws = name.split(' ');
      const suffix = ws[ws.length - 1] ?? '';
      const head = ws.slice(0, -1);
      if (head.some((w) => LOWER_STREET_STOP.has(w) || INFORMAL_STREET_STOP.test(w))) {
        // "drop in on rockingham rd": the next try starts at the second preposition
        if (head.length > 1 && LEADING_PREPOSITION.test(head[0] ?? ''))
          LOWER_STREET.lastIndex = m.index + m[0].length - name.length;
        return;
      }
      // "the north prospect estate": an estate is often named with ordinary words; other streets need one
      // word outside the common ones
      const namedEstate = suffix === 'estate' && /\bthe $/.test(m[0].slice(0, m[0].length - name.length));
      // "on market street", "off station road": without "the", a street of ordinary words is its name
      const bare =
        !/\bthe $/.test(m[0].slice(0, m[0].length - name.length)) &&
        /^(?:street|road|lane|avenue|crescent|terrace|close|drive|gardens|row|place|square)$/.test(suffix);
      if (!/^(?:st|rd|ave)$/.test(suffix) && !namedEstate && !bare && !head.some((w) => !COMMON_WORDS.has(w)))
        return;
      const start = m.index + m[0].length - name.length;
      if (text.slice(start, start + name.length) !== name) return;
      add(start, start + name.length, 'ADDRESS', 0.55, 'street name in lowercase');
    });
    each(
      /\b(?:heol|ffordd|stryd|lôn|clos|rhodfa|sràid|rathad) (?:y |yr |na |an )?([a-zâêîôûŵŷàèìòù-]{3,20})\b/g,
      lc,
      (m) => {
        if (!ALL_WORDS.has(m[1] ?? ''))
          add(m.index, m.index + m[0].length, 'ADDRESS', 0.55, 'street name in lowercase');
      },
    );
  }
}

/** "my flat in Sighthill", "the house in Wester Hailes": a neighbourhood named after a home. */
function homeNeighbourhood(text: string, tokens: Token[], i: number, add: Add): void {
  const t = tokens[i] as Token;
  const prep = tokens[i - 1] as Token;
  const home = tokens[i - 2] as Token;
  if (
    !DWELLING_PREPOSITIONS.has(prep.text) ||
    !DWELLINGS.has(home.text.toLowerCase()) ||
    !gapIs(text, home, prep, ONE_SPACE) ||
    !gapIs(text, prep, t, ONE_SPACE) ||
    !WHOSE_HOME.test(text.slice(Math.max(0, home.start - 24), home.start))
  )
    return;
  const name = t.text.replace(/['’]s$/, '');
  if (PLACES.has(name) || NOT_NAMES.has(name) || isCommonWord(name) || TITLES.has(name)) return;
  add(t.start, neighbourhoodEnd(text, tokens, i, name), 'ADDRESS', 0.5, 'neighbourhood where someone lives');
}

// "round New Farm Loch", "the top of Cyfarthfa Park", "along the prom to Splash Point", "by the Marine
// Lake", "on the Wearmouth Bridge": a named park, loch, harbour or bridge someone goes to narrows where
// they live
const LANDMARKS = new Set(
  'Park Loch Lake Harbour Point Bridge Beach Bay Pier Quay Dock Docks Marina Reservoir Woods Wood Common Basin Prom Promenade Sands Falls Gardens'.split(
    ' ',
  ),
);
const TO_A_PLACE = new Set(
  'at to by round around of on near past from along up down across over under in off beside through into outside behind towards'.split(
    ' ',
  ),
);

// known across the country or the world: naming them says nothing of where someone lives
const FAMOUS_LANDMARKS = new Set([
  'Tower Bridge',
  'Severn Bridge',
  'Humber Bridge',
  'Millennium Bridge',
  'Golden Gate Bridge',
  'Forth Bridge',
  'Hyde Park',
  'Central Park',
  "Regent's Park",
  'Kew Gardens',
  'Niagara Falls',
  'Bondi Beach',
  'Canary Wharf',
  'Ladybower Reservoir',
]);

function landmark(text: string, tokens: Token[], i: number, add: Add): void {
  const t = tokens[i] as Token;
  let k = i;
  while (k > i - 3 && k > 0) {
    const p = tokens[k - 1] as Token;
    if (!p.cap || p.sentenceStart || !gapIs(text, p, tokens[k] as Token, ONE_SPACE)) break;
    k--;
  }
  if (k === i) return;
  const first = tokens[k] as Token;
  let before = tokens[k - 1];
  if (before?.text === 'the' && gapIs(text, before, first, ONE_SPACE)) before = tokens[k - 2];
  if (!before || !TO_A_PLACE.has(before.text)) return;
  const name = text.slice(first.start, t.end);
  const words = name.split(' ');
  if (
    GENERIC_NAMES.has(name) ||
    isPlace(name) ||
    FAMOUS_LANDMARKS.has(name.replace(/’/g, "'")) ||
    // "Blackpool Pier", "Miami Beach", "Morecambe Bay": a town's own landmark says no more than the town
    (words.length === 2 && isPlace(words[0] as string) && t.text !== 'Park') ||
    words.slice(0, -1).some((w) => TITLES.has(w) || CHAINS.has(w) || isMonthOrDay(w))
  )
    return;
  add(first.start, t.end, 'ADDRESS', 0.55, 'a named park, harbour or bridge someone goes to');
}

/** "a café in Hatch Warren", "the group in Groomsport", "I live in Starbeck": see MEETING_PLACES. */
function meetingNeighbourhood(text: string, tokens: Token[], i: number, add: Add): void {
  const t = tokens[i] as Token;
  const prep = tokens[i - 1] as Token;
  const before = tokens[i - 2] as Token;
  const word = before.text.toLowerCase();
  if (
    prep.text !== 'in' ||
    !gapIs(text, before, prep, ONE_SPACE) ||
    !gapIs(text, prep, t, ONE_SPACE) ||
    !(
      LIVING.has(word) ||
      // "pasta bake at nan's in Worsley Mesnes": someone's home, said by whose it is
      (SOMEONE_S.test(before.text) && word !== "it's" && word !== 'that’s' && word !== "that's") ||
      (MEETING_PLACES.has(word) &&
        SOMEONE_S_PLACE.test(text.slice(Math.max(0, before.start - 24), before.start - 1)))
    )
  )
    return;
  const next = tokens[i + 1];
  const joined = next !== undefined && next.cap && gapIs(text, t, next, ONE_SPACE);
  // "a meeting in Dr Patel's", "the café in Asda": a person or a chain, not a place
  if (
    TITLES.has(t.text) ||
    CHAINS.has(t.text) ||
    CHAINS.has(stripPossessive(t.text)) ||
    (joined && (CHAINS.has(`${t.text} ${next.text}`) || isMonthOrDay(next.text)))
  )
    return;
  // two words that make one part of a town
  if (
    joined &&
    (LANDSCAPE.has(next.text) ||
      PART_OF_TOWN.has(t.text) ||
      // "Hatch Warren": two words that together are no town, the second no English word
      (!isPlace(next.text) && !isCommonWord(next.text) && !isAcronym(next.text))) &&
    !isPlace(`${t.text} ${next.text}`) &&
    // "Great Britain", "North Wales": a country or a region of the hand-kept list, not a town's part
    !PLACES.has(next.text) &&
    !NOT_NAMES.has(t.text)
  ) {
    add(t.start, next.end, 'ADDRESS', 0.5, 'neighbourhood where someone lives or meets');
    return;
  }
  // "in Microsoft Teams", "in Premier Inn", "on Pentecost Sunday": two capitalised words that make no
  // place are a product, a business or a day
  if (joined) return;
  const name = stripPossessive(t.text);
  if (
    isPlace(name) ||
    NOT_NAMES.has(name) ||
    TITLES.has(name) ||
    ALL_WORDS.has(name.toLowerCase()) ||
    PEOPLES_WORDS.has(name) ||
    isMonthOrDay(name) ||
    isAcronym(name) ||
    // "Catholicism", "Methodism": a faith
    name.endsWith('ism') ||
    // "a meeting in Stanley": a town that is also a first name; "in Milton Keynes", "in Bognor": a town
    // of two words, said whole or short
    isNameLike(name) ||
    WORDS_OF_TOWNS.has(name)
  )
    return;
  add(
    t.start,
    neighbourhoodEnd(text, tokens, i, name),
    'ADDRESS',
    0.5,
    'neighbourhood where someone lives or meets',
  );
}

/** Where a neighbourhood's name ends: a second capitalised word belongs to it ("Wester Hailes"). */
function neighbourhoodEnd(text: string, tokens: Token[], i: number, name: string): number {
  const t = tokens[i] as Token;
  // a second capitalised word belongs to the name ("Wester Hailes"), unless it starts a street (found as such)
  const next = tokens[i + 1];
  if (
    next &&
    next.cap &&
    name === t.text &&
    gapIs(text, t, next, ONE_SPACE) &&
    !STREET_SUFFIXES.has(next.text) &&
    !PLACES.has(next.text) &&
    !NOT_NAMES.has(next.text)
  )
    return next.end;
  return t.start + name.length;
}
