// Words and tests shared by the organisation finders: what joins the words of a name ("of", "and"), and
// which capitalised words or runs are shared by everyone (services, regions, rivers) rather than naming one
// group or place.
import {
  FACILITY_SUFFIXES,
  GENERIC_NAMES,
  GROUP_NOUNS,
  NOT_NAMES,
  ORG_SUFFIXES,
  PLACES,
  STREET_SUFFIXES,
  TITLES,
} from '../lexicons.js';
import type { Token } from './tokens.js';
import {
  CONTRACTION,
  isAcronym,
  isCommonWord,
  isMonthOrDay,
  isNameLike,
  isUnknownProper,
  memo,
  stripPossessive,
} from './words.js';

// "Chinese-speaking", "Muslim-led": a describing word, not a name
export const HYPHEN_THEN_LOWER = /-\p{Ll}/u;
// small words inside one name: "Freedom from Torture", "Rose and Crown", "Back on Track"
export const CONNECTORS = new Set(['of', 'and', 'for', '&', 'de', 'y', 'in', 'from', 'on', 'n']);

// Words that describe a service or a kind of people, not one of them: "the Mental Health Team"
export const SERVICE_WORDS = new Set(
  `Mental Health Team Teams Community Crisis Home Treatment Recovery Service Services Drug Drugs Alcohol Support Housing Social Care Unit Office Department Centre Center Council Benefits Benefit Probation Court Police Station Emergency Doctors Doctor Job Jobs Tax National Local City Town County District Borough Public Sexual Addiction Addictions Gambling Outreach Night Day Shelter Advice Adult Adults Children Child Family Families Young People Youth Women Men Access Assessment Liaison Early Intervention Psychiatric Psychology Therapy Therapies Talking Wellbeing Government Hall Party Dinner Lunch Meal Fair Holiday Holidays Break Week Weekend Month Year Sunday Service`.split(
    ' ',
  ),
);
// Last words of seas, regions, wars and eras: geography and history identify no one
export const REGION_END =
  /^(?:District|Dales|Valley|Valleys|Isle|Isles|Islands|Island|Forest|Hills|Moors|Coast|Sea|Ocean|River|Lake|Lakes|Mountains|Highlands|Lowlands|Borders|War|Wars|Age|Ages|Empire|Kingdom|States|Republic|Channel|Country|Peninsula|Firth|Estuary|Bay|Green|Spa|Heath|Common|Cross|End|Marsh|Moor|Valley|Valleys|Bridge|Beach|Sands|Cliffs|Point|Pier|Harbour|Marina|Rover|Astra|Corsa|Fiesta|Lord|God|Christ|Bible|Testament|Gospel|Prayer|Traditions|Book|Power)$/;
// rivers, hills, bays and bridges: geography, like towns, identifies no one
export const LANDMARKS = new Set(
  'Mersey Tyne Wear Tees Thames Severn Trent Ouse Aire Calder Clyde Forth Tay Spey Taff Usk Wye Tamar Exe Humber Tweed Lagan Foyle Bann Liffey Ribble Irwell Medway Lune Wharfe Nidd Swale Dart Fowey Teign Esk Nith Conwy Teifi Tywi Tawe Rhondda Downs Braids Pentlands Cheviots Chilterns Cotswolds Mendips Quantocks Malverns Pennines Fells Sound Minch Solent Broads Fens Moors Catholic Protestant Anglican Methodist Baptist Presbyterian Pentecostal Evangelical Orthodox Muslim Sikh Hindu Jewish Christian Buddhist Travellers Gypsies Zumba'.split(
    ' ',
  ),
);
const REGION_START = /^(?:River|Lake|Loch|Lough|Isle|Mount|Glen|Holy|Good|Great|Our)$/;

/** One capitalised word after "the" that names a single place, shop or family: not a shared word. */
export const isSingleName = memo((w: string): boolean => {
  if (LANDMARKS.has(w) || HYPHEN_THEN_LOWER.test(w)) return false;
  if (w.length < 3 || isAcronym(w) || NOT_NAMES.has(w) || PLACES.has(w) || GENERIC_NAMES.has(w)) return false;
  if (
    SERVICE_WORDS.has(w) ||
    isMonthOrDay(w) ||
    TITLES.has(w) ||
    FACILITY_SUFFIXES.has(w) ||
    ORG_SUFFIXES.has(w)
  )
    return false;
  return !STREET_SUFFIXES.has(w) && !REGION_END.test(w) && !CONTRACTION.test(w);
});

/** A capitalised run that names one thing: not only generic, place, day or service words. */
export function isDistinctName(run: Token[], lastWord: string): boolean {
  const words = run.filter((t) => t.text !== 'The' && t.text !== 'the' && !CONNECTORS.has(t.text));
  const head = words[0];
  // "Jeanette and Raz", "Barra and Skye": single words joined by "and" are a list
  if (
    run.some((t) => t.text === 'and') &&
    words.every((t) => isNameLike(t.text) || isUnknownProper(t.text) || PLACES.has(t.text))
  )
    return false;
  if (words.some((t) => HYPHEN_THEN_LOWER.test(t.text) || LANDMARKS.has(t.text))) return false;
  if (!head || words.length < 2 || REGION_END.test(lastWord) || REGION_START.test(head.text)) return false;
  if (words.some((t) => isAcronym(t.text) && t.text !== 'FC')) return false;
  const group = GROUP_NOUNS.has(lastWord);
  return words.some((t, k) => {
    const w = stripPossessive(t.text);
    if (SERVICE_WORDS.has(w) || PLACES.has(w)) return false;
    if (NOT_NAMES.has(w)) return group && isMonthOrDay(w);
    // the last word counts only when it is not an ordinary noun ("Room", "Pot", "Lot")
    return k < words.length - 1 || !isCommonWord(w);
  });
}
