// What a run of capitalised words names: a pub, a shop, a hospital, a group, a family or nothing that
// identifies anyone (a town, a service, a national charity). Read from the run itself and the words around.
import {
  CHAINS,
  FACILITY_SUFFIXES,
  GENERIC_NAMES,
  GROUP_NOUNS,
  NICKNAME_WORDS,
  NOT_NAMES,
  ORG_SUFFIXES,
  PLACES,
  PUB_NOUNS,
  RELATION_NOUNS,
  ROLE_LABELS,
  SHOP_NOUNS,
  STREET_SUFFIXES,
  TITLES,
} from '../lexicons.js';
import {
  CONNECTORS,
  HYPHEN_THEN_LOWER,
  isDistinctName,
  isSingleName,
  LANDMARKS,
  REGION_END,
  SERVICE_WORDS,
} from './organisation-words.js';
import { ALL_WORDS } from '../names.js';
import { PEOPLES_WORDS } from './peoples.js';
import type { Token } from './tokens.js';
import type { Add } from './types.js';
import {
  isAcronym,
  isCommonWord,
  isMonthOrDay,
  isNameLike,
  isPlace,
  isUnknownProper,
  stripPossessive,
} from './words.js';

// verbs that open a sentence before where someone went: "Came for the Bingo", "Went to the Anchor"
const OPENING_VERBS =
  /^(?:Came|Went|Stayed|Got|Had|Was|Were|Did|Made|Took|Left|Turned|Popped|Headed|Moved|Go|Going|Come|Coming|Ran|Walked|Sat|Stood)$/;
// Large national bodies and fellowships: naming them identifies no one.
const NATIONAL_ORGS =
  /^(?:The )?(?:Alcoholics Anonymous|Narcotics Anonymous|Gamblers Anonymous|Cocaine Anonymous|Overeaters Anonymous|Al-Anon|Nar-Anon|Alateen|Families Anonymous|Celebrate Recovery|Recovery Dharma|Samaritans|Salvation Army|SMART Recovery|Job ?Centre(?: Plus)?|Jobcentre(?: Plus)?|Social Services|Mental Health Awareness Week|Premier League|Red Cross|British Red Cross|Shelter|Mind)$/;
const BUSINESS_NOUNS =
  /^ (?:group|club|team|choir|circle|society|collective|network|takeaway|shop|café|cafe|caff|pub|restaurant|salon|bar|chippy|garage|bakery|gym|factory|warehouse|store|hotel|diner|barbers?|hairdressers?|newsagents?|offy|off-licence|launderette|laundrette|bookies|tearooms?|deli|florists?|butchers?|bakers|boutique|kebab|pizza|inn|surgery|clinic|ward|unit|hospital|hospice|practice|hostel|depot|centre|college|school|academy|prison|project|mosque|church|gurdwara|temple|chapel|mandir|kirk|forum|hub|lodge|foyer)\b/i;
// after a name: words that say it is a group or a business ("Fell Mums, a group of…")
const DESCRIBED_AS_ORG =
  /^,? (?:a|an|the|it['’]?s an?|which is an?|is an?|our|my)\b[^.;:!?\n]{0,30}?\b(?:group|project|charity|service|club|network|circle|team|organisation|place|café|cafe|shop|salon|business|company|firm|centre|hub|choir|collective|society|restaurant|takeaway|pub|bar|gym|mosque|church|gurdwara|temple|chapel|meeting|list|bakery|factory|band|forum|page|drop-in)\b/i;
// "in the sea at Morecambe", "on the beach at Perranporth": outdoors, a place not an institution
const OUTDOORS =
  /\b(?:sea|beach|coast|caravan|van|site|dogs|fishing|fished|fisherman|trawler|boats?|sailed|walk|walking|holiday|camp|harbour|pier|prom|bay|sands|cliffs?|bridge|river|lake|loch|docks|farm|farming|trials|surf|surfing|swim|swimming)\b[^.!?\n]{0,20}$/i;
const SINGLE_ORG_CUE = /\b(?:rang|rung|phoned|called|contacted|joined|with|at|via|through)\s+$/i;
const FACILITY_CUE =
  /\b(?:at|ended up in|admitted to|sectioned (?:at|in|to)|transferred to|discharged from|in and out of|out of|oot o'?|sent to|remanded (?:in|to)|banged up in|locked up in|inpatient (?:at|in)|(?:nights|weeks|months) in|woke up in|put (?:me|him|her|them) in|landings at)\s+$/i;
// the same words before a name of two or three words: "put her in Arrowe Park", "three nights in Glen Mhor"
const STAY_CUE =
  /\b(?:ended up in|admitted to|sectioned (?:at|in|to)|transferred to|discharged from|in and out of|sent to|remanded (?:in|to)|banged up in|locked up in|inpatient (?:at|in)|(?:nights|weeks|months) in|woke up in|put (?:me|him|her|them) in|landings at)\s+$/i;
// released: "not long out of", "just out of", "got out Tuesday from", "released from"
const RELEASED_CUE =
  /\b(?:(?:just|not long|only just|newly|fresh|freshly|recently) out of|(?:got|get|came|come|been|was|were|i'?m|he'?s|she'?s) out (?:\w+ )?(?:of|from)|released from|let out of|discharged from)\s+$/i;
// "a tin of Quality Street", "smelt of Pot Noodle": a product, not a place
const PRODUCT_BEFORE =
  /\b(?:tins?|packets?|box|boxes|bottles?|cans?|bags?|jars?|pots?|smell|smelt|smelled|tasted?|bowls?|slices?|bars?|pints?|glass|cups?|mugs?) of $/i;
// Words that say where drinking happens, before "the Anchor" or "the Crown"
const PUB_AFTER =
  /^[^.!?\n]{0,30}\b(?:drink|drinking|drank|pint|pints|beer|lager|bar|landlord|quiz|darts|pub)\b/i;
const PUB_CUE =
  /\b(?:down|pint|pints|drink|drinking|drank|local|landlord|landlady|barmaid|barman|barred|lock-in|quiz|darts|pool|pub|boozer)\b[^.!?\n]{0,30}$/i;
// Words after which a capitalised name is a group, shop or place: "volunteering with", "works at", "joined"
const ORG_CUE_BEFORE =
  /\b(?:with|joined|join|joining|at|from|for|through|via|down|to|find|found|called|named|contact|contacted|volunteer(?:s|ed|ing)? (?:with|at|for)|works? at|worked at|working at|run by|ran by|started|set up|founded|runs|ran|support|supports)\s+$/i;

const EXPLAINED_NAME = /^[,.]? \(?(?:it|It|which|that) means\b|^ means\b/;
// a street straight after a name, perhaps with the kind of place between: ", on Whitehall Road"
const ON_A_STREET =
  /^,? (?:(?:restaurant|caf[eé]|shop|pub|bar|takeaway|salon|gym|church|mosque|chapel|bakery|barbers?|studio|centre) )?(?:on|off|in|up|down) (?:\p{Lu}[\p{L}'’-]+ ){1,2}(\p{Lu}\p{Ll}+)\b/u;
// the kinds of place where care, custody or work happens, after a name typed with a small letter
// ("the Fintona surgery"), or of where a group meets or prays ("the Salthouse hall", "Kidus Mikael church")
const PLACE_NOUN_AFTER =
  /^ (surgery|clinic|ward|depot|practice|foyer|hospice|infirmary|hall|hub|church|chapel|mosque|mandir|gurdwara|kirk|services|site|campus|care home|nursing home|residential home|temple|synagogue|hostel|hospital)\b/;

// drink and medicine sold everywhere, after "the" and a word for taking it: "on the Valium", "a can of the
// Carling"; said where nothing is drunk or taken ("the Carling in Brixton"), the word names a place
const DRINKS_AND_DRUGS = new Set(
  'Valium Diazepam Librium Xanax Prozac Oramorph Oxycontin OxyContin Tramadol Subutex Suboxone Lyrica Pregabalin Gabapentin Zopiclone Codeine Methadone Fentanyl Ketamine Guinness Scotch Buckfast Stella Carling Strongbow Smirnoff Jameson Bacardi Baileys Hennessy Lambrini Rémy Jäger'.split(
    ' ',
  ),
);
// what is said just before "the" of a drink or a medicine: "on the", "a bottle of the", "drinking the"
const TAKING_BEFORE =
  /\b(?:on|off|(?:bottles?|pints?|cans?|tins?|glass|glasses|crates?|shots?|swigs?|packs?|boxes|box|scripts?) of|drinks?|drinking|drank|drunk|neck(?:ed|ing)?|sink(?:ing)?|sank|tak(?:e|es|ing)|took|prescribed)\s+the $/i;

// where one goes, just before "the": "in the Carling", "down the Stella"
const PLACE_BEFORE =
  /\b(?:in|at|down|outside|into|inside|behind|near|from|to|by|past|opposite|round)\s+the $/i;
// talk of drinking or taking something in the same sentence: "the drink and the Valium"
const DRINK_OR_DRUG_TALK =
  /\b(?:drink\w*|drank|drunk|booze\w*|pints?|cans?|bottles?|lager|beer|cider|vodka|whiske?y|wine|schnapps|spirits|pills?|tablets?|meds|medication|prescri\w+|patch(?:es)?|scripts?|hashish|weed|drugs?|heroin|methadone|the lot)\b/i;

/** "on the Diazepam", "the drink and the Valium": a drink or a medicine, not a place. */
function takenAfterThe(text: string, start: number, end: number, word: string): boolean {
  if (!DRINKS_AND_DRUGS.has(word)) return false;
  const before = text.slice(Math.max(0, start - 80), start);
  if (TAKING_BEFORE.test(before)) return true;
  if (PLACE_BEFORE.test(before)) return false;
  // the rest of the sentence on either side: drinking or taking is talked of, or another is named
  const sentence = `${before.split(/[.!?\n]/).pop() ?? ''} ${text.slice(end, end + 40).split(/[.!?\n]/)[0] ?? ''}`;
  return (
    DRINK_OR_DRUG_TALK.test(sentence) ||
    sentence.split(/[^\p{L}]+/u).some((w) => w !== word && DRINKS_AND_DRUGS.has(w))
  );
}

/** Tokens i..j name one place of their own: not a service, a condition, a town or a word everyone shares. */
function namesOnePlace(tokens: Token[], i: number, j: number): boolean {
  const run = tokens.slice(i, j + 1).filter((t) => t.text !== 'The');
  if (run.length === 0) return false;
  return run.every((t) => {
    const w = stripPossessive(t.text);
    return (
      !isAcronym(w) &&
      !SERVICE_WORDS.has(w) &&
      !NOT_NAMES.has(w) &&
      !GENERIC_NAMES.has(w) &&
      !isMonthOrDay(w) &&
      !TITLES.has(w) &&
      !LANDMARKS.has(w) &&
      !(run.length === 1 && isCommonWord(w) && !isUnknownProper(w))
    );
  });
}

// words before a name that lead to where someone goes, works or belongs
const AFFILIATION_BEFORE = new Set(
  'at from with for joined join joining outside behind into via through called named'.split(' '),
);

/** A run of capitalised words that names one group or place, read from the words before it and its own words. */
function namedByItsPlace(text: string, tokens: Token[], i: number, run: Token[]): boolean {
  const first = run[0] as Token;
  const words = run.filter((t) => !CONNECTORS.has(t.text) && t.text !== 'The' && t.text !== 'the');
  if (words.length < 2) return false;
  const ampersand = text.slice(first.start, (run[run.length - 1] as Token).end).includes(' & ');
  if (!ampersand) {
    if (first.sentenceStart) return false;
    const before = tokens[i - 1];
    const cue = before?.text === 'the' ? tokens[i - 2] : before;
    if (!cue || !AFFILIATION_BEFORE.has(cue.text.toLowerCase())) return false;
  }
  // every word shared by everyone: a town, a service, a day, a nation ("from Northern Ireland", "at Christmas Day")
  const shared = (t: Token): boolean => {
    const w = stripPossessive(t.text);
    return (
      PLACES.has(w) ||
      SERVICE_WORDS.has(w) ||
      isMonthOrDay(w) ||
      isMonthOrDay(w.replace(/s$/, '')) ||
      REGION_END.test(w) ||
      /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Greater|Central|New|Old|Great|Saint|St)$/.test(
        w,
      )
    );
  };
  if (words.every(shared) || words.some((t) => isAcronym(t.text) && t.text.length > 3)) return false;
  // "from Sarah Jones", "with Dr Shah": a person
  const head = words[0] as Token;
  if (TITLES.has(head.text) || (isNameLike(head.text) && words.length === 2 && !ampersand)) return false;
  // names everyone shares ("with Universal Credit") are listed as such
  const core = text.slice(head.start, (run[run.length - 1] as Token).end);
  if (GENERIC_NAMES.has(core) || NATIONAL_ORGS.test(core)) return false;
  // "Wemyss Bay", "Acocks Green": a place named by a word outside the dictionary and a word of geography
  const lastWord = stripPossessive((words[words.length - 1] as Token).text);
  return !(REGION_END.test(lastWord) && words.slice(0, -1).every((t) => isUnknownProper(t.text)));
}

/** Classifies the capitalised words from token i to token j, splitting the run where it holds two names. */
export function classifyRun(text: string, tokens: Token[], i: number, j: number, add: Add): void {
  const first = tokens[i];
  const last = tokens[j];
  if (!first || !last) return;
  const lastWord = stripPossessive(last.text);
  // "Chinese-speaking", "Muslim-led": a describing word, not a name
  if (i === j && HYPHEN_THEN_LOWER.test(first.text)) return;
  // "Jeanette and Raz", "Barra and Skye and Orkney": single names joined by "and" are a list; each is looked at alone
  if (j - i >= 2 && (tokens[i + 1] as Token).text === 'and') {
    const parts = tokens.slice(i, j + 1).filter((t) => t.text !== 'and');
    if (
      parts.length * 2 - 1 === j - i + 1 &&
      parts.every((t) => isNameLike(t.text) || isUnknownProper(t.text) || PLACES.has(stripPossessive(t.text)))
    ) {
      for (let k = i; k <= j; k += 2) classifyRun(text, tokens, k, k, add);
      return;
    }
  }
  // a title on a line of its own ("The Keeper's Daughter"): the name of a piece of writing
  if (
    first.text === 'The' &&
    /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, first.start - 3), first.start)) &&
    /^[ \t]*(?:\n|$)/.test(text.slice(last.end, last.end + 3))
  )
    return;
  // "a tin of Quality Street", "smelt of Pot Noodle": a product
  if (PRODUCT_BEFORE.test(text.slice(Math.max(0, first.start - 14), first.start))) return;
  // "We call it Didi Bahini, it means sisters", "Dhiirran means brave", "Most (it means bridge)": a name in
  // another language, explained; what is explained is the name of something the teller belongs to
  const after = text.slice(last.end, last.end + 16);
  if (
    after.includes('means') &&
    EXPLAINED_NAME.test(after) &&
    !(
      i === j &&
      (NOT_NAMES.has(lastWord) ||
        PLACES.has(lastWord) ||
        isNameLike(lastWord) ||
        isAcronym(lastWord) ||
        (first.sentenceStart && isCommonWord(lastWord)))
    )
  ) {
    add(
      first.text === 'The' && j > i ? (tokens[i + 1] as Token).start : first.start,
      last.end,
      'ORGANISATION',
      0.55,
      'a name explained in English',
    );
    return;
  }
  // "the Fintona surgery", "Lakeside ward", "out of Hockley depot": a name and the kind of place it names,
  // typed in lowercase, are one place
  const placeNoun = PLACE_NOUN_AFTER.exec(text.slice(last.end, last.end + 12));
  if (
    placeNoun &&
    namesOnePlace(tokens, i, j) &&
    // "the Assyrian church", "the Nepali hall": a people's place of worship or meeting, not one named place
    !(i === j && PEOPLES_WORDS.has(lastWord)) &&
    // "the Parish hall", "the Village church": an ordinary word before the kind of place names none
    !(
      i === j &&
      ALL_WORDS.has(lastWord.toLowerCase()) &&
      /\bthe $/i.test(text.slice(Math.max(0, first.start - 4), first.start))
    ) &&
    tokens.slice(i, j + 1).every((t) => t.cap)
  ) {
    const from = first.text === 'The' && j > i ? (tokens[i + 1] as Token).start : first.start;
    add(from, last.end + placeNoun[0].length, 'FACILITY', 0.7, `named ${placeNoun[1] ?? 'place'}`);
    return;
  }
  // "put her in Arrowe Park", "six weeks in Glen Mhor", "sent to Low Newton": two or three capitalised words
  // where someone is admitted, kept or held name the hospital or prison
  if (
    j > i &&
    j - i <= 2 &&
    !first.sentenceStart &&
    first.text !== 'The' &&
    (STAY_CUE.test(text.slice(Math.max(0, first.start - 30), first.start)) ||
      RELEASED_CUE.test(text.slice(Math.max(0, first.start - 40), first.start))) &&
    !OUTDOORS.test(text.slice(Math.max(0, first.start - 36), first.start)) &&
    !/['’]s$/.test(last.text) &&
    // the first word names the place: "Arrowe Park", not "Crisis House" or "Christmas Day"
    namesOnePlace(tokens, i, i) &&
    !isCommonWord(first.text) &&
    !tokens.slice(i, j + 1).every((t) => isPlace(t.text) || CONNECTORS.has(t.text)) &&
    !(j === i + 1 && isNameLike(first.text) && (isNameLike(last.text) || isUnknownProper(last.text)))
  ) {
    add(first.start, last.end, 'FACILITY', 0.6, 'name of a hospital or prison someone was kept in');
    return;
  }
  // "not long out of Brookhaven", "got out Tuesday from Wrenfield", "sectioned to Leverndale": one word
  // that is no town, no first name and no everyday word, where someone is kept or released, names the
  // hospital or prison
  if (
    i === j &&
    !first.sentenceStart &&
    (STAY_CUE.test(text.slice(Math.max(0, first.start - 30), first.start)) ||
      RELEASED_CUE.test(text.slice(Math.max(0, first.start - 40), first.start))) &&
    !OUTDOORS.test(text.slice(Math.max(0, first.start - 36), first.start)) &&
    !/['’]s$/.test(first.text) &&
    !isCommonWord(first.text) &&
    !ALL_WORDS.has(first.text.toLowerCase()) &&
    !isPlace(first.text) &&
    !isNameLike(first.text) &&
    !NOT_NAMES.has(first.text) &&
    !CHAINS.has(first.text) &&
    !isAcronym(first.text) &&
    !isMonthOrDay(first.text)
  ) {
    add(first.start, last.end, 'FACILITY', 0.55, 'name of a hospital or prison someone was kept in');
    return;
  }
  // "Golden Bowl, on Whitehall Road", "Flex on Newry Street", "Kabul Nights restaurant on Totteridge
  // Road": a name said with the street it stands on is a business or a group there, unless it is a person
  const onStreet = ON_A_STREET.exec(text.slice(last.end, last.end + 60));
  if (
    onStreet &&
    STREET_SUFFIXES.has(onStreet[1] ?? '') &&
    namesOnePlace(tokens, i, j) &&
    !tokens.slice(i, j + 1).every((t) => isPlace(stripPossessive(t.text))) &&
    !(i === j && (isNameLike(lastWord) || TITLES.has(lastWord))) &&
    !(j > i && isNameLike(stripPossessive(first.text)) && !/['’]s$/.test(first.text)) &&
    !(first.sentenceStart && i === j && isCommonWord(lastWord))
  ) {
    const from = first.text === 'The' && j > i ? (tokens[i + 1] as Token).start : first.start;
    add(from, last.end, 'ORGANISATION', 0.55, 'a business or group named with its street');
    return;
  }
  // one ordinary word, not after "the" and not a possessive: a name only when, in mid-sentence, it follows
  // a word that leads to a group or a service ("I rang Lifeline", "a course with Changes")
  if (
    i === j &&
    isCommonWord(first.text) &&
    !/['’]s$/.test(first.text) &&
    !/\bthe $/.test(text.slice(Math.max(0, first.start - 4), first.start))
  ) {
    if (
      !first.sentenceStart &&
      SINGLE_ORG_CUE.test(text.slice(Math.max(0, first.start - 12), first.start)) &&
      isSingleName(first.text) &&
      !isNameLike(first.text) &&
      !RELATION_NOUNS.has(first.text.toLowerCase()) &&
      !ROLE_LABELS.has(first.text.toLowerCase())
    )
      add(first.start, first.end, 'ORGANISATION', 0.4, 'capitalised word where a group or service stands');
    return;
  }
  const run = tokens.slice(i, j + 1);
  // "Macleod's Pharmacy in Stornoway", "Tesco in Edmonton": the name ends before the connector
  for (let k = 1; k < run.length - 1; k++) {
    const w = (run[k] as Token).text;
    if (!CONNECTORS.has(w) || w === 'and' || w === '&' || w === 'n' || w === 'of') continue;
    const left = stripPossessive((run[k - 1] as Token).text);
    const rightAt = (run[k + 1] as Token).text === 'the' ? k + 2 : k + 1;
    const right = run[rightAt];
    const rightEnd = stripPossessive(last.text);
    if (
      FACILITY_SUFFIXES.has(left) ||
      ORG_SUFFIXES.has(left) ||
      SHOP_NOUNS.has(left) ||
      CHAINS.has(left) ||
      PLACES.has(left) ||
      // "Saturdays for Thames Eagles": a day, then the name
      (k === 1 && isMonthOrDay(left.replace(/s$/, ''))) ||
      (k === 1 && (isNameLike(left) || TITLES.has(left))) ||
      // "Miss Farah from Grantham Refugee Friends": a titled person, then where they are from
      (k === 2 && TITLES.has((run[0] as Token).text)) ||
      STREET_SUFFIXES.has(rightEnd) ||
      // "Crown & Clipper in Thornton Heath": a place named by its geography after "in"
      (w === 'in' && REGION_END.test(rightEnd)) ||
      (right !== undefined &&
        (PLACES.has(stripPossessive(right.text)) ||
          NOT_NAMES.has(stripPossessive(right.text)) ||
          isMonthOrDay(right.text.replace(/s$/, '')) ||
          (rightAt === run.length - 1 && w !== 'from' && isUnknownProper(right.text))))
    ) {
      classifyRun(text, tokens, i, i + k - 1, add);
      if (rightAt <= run.length - 1) classifyRun(text, tokens, i + rightAt, j, add);
      return;
    }
  }
  let start = first.start;
  // a sentence-initial article or preposition is not part of the name
  if (
    first.sentenceStart &&
    /^(?:The|A|An|At|In|On|From|To|With|My|Our|Then|And|But|So|During|After|Before|When|While|Since|Until|If|As|Because|Every|Last|Next|This|That|Today|Yesterday|Once|Now|Later|Later|Also|Even|Only|Just)$/.test(
      first.text,
    ) &&
    j > i
  ) {
    const second = tokens[i + 1];
    if (second && first.text !== 'The') start = second.start;
  }
  // "Came for the Bingo", "Went to the Anchor": a sentence's opening verb and its small words are not
  // part of the name that follows them
  if (first.sentenceStart && OPENING_VERBS.test(first.text) && j > i) {
    let k = i + 1;
    while (k <= j && /^(?:for|to|from|at|in|on|of|the|a|an|with|into)$/.test((tokens[k] as Token).text)) k++;
    if (k > i + 1 && k <= j) classifyRun(text, tokens, k, j, add);
    if (k > i + 1) return;
  }
  const allPlaces = run.every(
    (t) => PLACES.has(stripPossessive(t.text)) || NOT_NAMES.has(t.text) || CONNECTORS.has(t.text),
  );
  if (allPlaces) return;
  const runText = text.slice(start, last.end);
  if (NATIONAL_ORGS.test(runText)) return;
  // "the Red Cross and Universal Credit": two names joined by "and", one of them shared by everyone
  const and = run.findIndex((t) => t.text === 'and' || t.text === '&');
  if (and > 0 && and < run.length - 1) {
    const left = text.slice(run[0]?.start ?? 0, run[and - 1]?.end ?? 0).replace(/^The /, '');
    const right = text.slice(run[and + 1]?.start ?? 0, last.end);
    const shared = (s: string): boolean => GENERIC_NAMES.has(s) || NATIONAL_ORGS.test(s);
    if (shared(left) || shared(right)) {
      classifyRun(text, tokens, i, i + and - 1, add);
      classifyRun(text, tokens, i + and + 1, j, add);
      return;
    }
  }
  const core = runText.replace(/^The /, '');
  if (GENERIC_NAMES.has(core) || GENERIC_NAMES.has(stripPossessive(core))) return;
  // "at Safe Harbour", "from Hooyo Hub", "my worker at Turning Point", "Marsden & Pike": two or more
  // capitalised words where a group, a business or a place someone goes stands name one, even when each
  // word is ordinary; a first name and a surname are left to the people finder, and a hospital or a school
  // to the rules below that say which kind of place it is
  if (
    j > i &&
    !FACILITY_SUFFIXES.has(lastWord) &&
    lastWord !== 'General' &&
    namedByItsPlace(text, tokens, i, run)
  ) {
    const from = first.text === 'The' ? (tokens[i + 1] as Token).start : start;
    add(from, last.end, 'ORGANISATION', 0.55, 'name of a group or place someone goes');
    return;
  }
  // "the Tuesday Lot", "Thursday Crowd": a day names a band of people
  const groupName =
    j > i &&
    (GROUP_NOUNS.has(lastWord) ||
      (isMonthOrDay((run[run.length - 2] as Token).text) &&
        /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test((run[run.length - 2] as Token).text) &&
        !SERVICE_WORDS.has(lastWord) &&
        !/^(?:Morning|Afternoon|Evening|Night|Nights|Lunch|Dinner|Tea|Breakfast|Brunch|Times|Mirror|Post)$/.test(
          lastWord,
        )));
  // "The NHS Trust", "Liverpool FC": generic words or a big place before the suffix identify no one
  const named = run.filter(
    (t, k) =>
      k !== run.length - 1 &&
      !CONNECTORS.has(t.text) &&
      !/^(?:The|A|An|the)$/.test(t.text) &&
      (!NOT_NAMES.has(t.text) || (groupName && isMonthOrDay(t.text))) &&
      !PLACES.has(stripPossessive(t.text)),
  );
  // "Cornwall College", "Leicester General", "Karachi Grill": a town and what stands there name one place
  // "Kent Police", "Dyfed-Powys Police": a force named by its area is where someone works
  const placeSuffix =
    FACILITY_SUFFIXES.has(lastWord) ||
    SHOP_NOUNS.has(lastWord) ||
    lastWord === 'General' ||
    lastWord === 'Police' ||
    lastWord === 'Constabulary';
  // "the Black Horse", "the White Hart": a colour before a pub's sign still names the pub
  const pubSign =
    PUB_NOUNS.has(lastWord) && /\bthe $/i.test(text.slice(Math.max(0, first.start - 4), first.start));
  if (
    named.length === 0 &&
    j > i &&
    !pubSign &&
    !(placeSuffix && !isNameLike(first.text) && !GENERIC_NAMES.has(core))
  )
    return;
  // the run follows a small "the" ("down the Red Lion") or is a sentence's "The Red Lion"
  const theBefore = /\bthe $/.test(text.slice(Math.max(0, first.start - 4), first.start));
  const afterThe = theBefore || (first.text === 'The' && j > i);
  const nameStart = first.text === 'The' && j > i ? (tokens[i + 1] as Token).start : start;
  // "The Wee Blether Café": the article is not part of what identifies
  start = nameStart;
  // "the Red Lion", "the Miners Arms", "the Rose and Crown"
  if (afterThe && PUB_NOUNS.has(lastWord) && j > i && !TITLES.has(first.text)) {
    add(nameStart, last.end, 'ORGANISATION', 0.7, 'named pub');
    return;
  }
  // "down the Anchor", "a pint in the Crown": one word after "the" where drinking is talked about
  if (j === i && theBefore && PUB_NOUNS.has(lastWord) && !isNameLike(lastWord)) {
    const before = text.slice(Math.max(0, first.start - 50), first.start);
    const after = text.slice(last.end, last.end + 40);
    if (
      PUB_CUE.test(before) ||
      PUB_AFTER.test(after) ||
      /\b(?:at|in|down|to|from|outside|into) the $/i.test(before)
    )
      add(first.start, last.end, 'ORGANISATION', 0.6, 'named pub');
    return;
  }
  // "born in the Simpson", "the dietitian at the Cedars", "the Pritchards": one capitalised word after a
  // small "the" names a place, a business or a family, unless it is a shared or generic word
  if (
    j === i &&
    theBefore &&
    isSingleName(lastWord) &&
    // "the Thai restaurant", "the Islamic funeral plan": a people's or a faith's word
    !PEOPLES_WORDS.has(lastWord) &&
    !takenAfterThe(text, first.start, first.start + lastWord.length, lastWord) &&
    // "the Parish hall", "the Village church": an ordinary word before the kind of place names none
    !(ALL_WORDS.has(lastWord.toLowerCase()) && PLACE_NOUN_AFTER.test(text.slice(last.end, last.end + 12)))
  ) {
    add(first.start, first.start + lastWord.length, 'ORGANISATION', 0.5, 'name of a place after "the"');
    return;
  }
  // "my teachers at Smithycroft", "ended up in Gransha", "in and out of Horfield": a word outside the
  // dictionary where a hospital, prison, school or workplace stands
  if (
    j === i &&
    !first.sentenceStart &&
    FACILITY_CUE.test(text.slice(Math.max(0, first.start - 30), first.start)) &&
    !OUTDOORS.test(text.slice(Math.max(0, first.start - 36), first.start)) &&
    isUnknownProper(lastWord) &&
    !isNameLike(lastWord)
  ) {
    add(
      first.start,
      first.start + lastWord.length,
      'FACILITY',
      0.5,
      'name of a place where care, custody or work happens',
    );
    return;
  }
  // "Royal Cornhill", "the Royal Victoria": a hospital named after the Crown
  if (first.text === 'Royal' && j > i && !GENERIC_NAMES.has(core) && isDistinctName(run, lastWord)) {
    add(start, last.end, 'FACILITY', 0.7, 'named hospital');
    return;
  }
  if (FACILITY_SUFFIXES.has(lastWord) || lastWord === 'General' || lastWord === 'Royal') {
    if (j > i || lastWord === 'General')
      add(start, last.end, 'FACILITY', 0.8, `named ${lastWord.toLowerCase()}`);
    return;
  }
  if ((ORG_SUFFIXES.has(lastWord) || SHOP_NOUNS.has(lastWord) || groupName) && j > i) {
    // "Marcus Bell", "Ruby Fox": a first name and a surname, not a pub or a shop; "Kerr Brothers" is a firm
    if (
      j === i + 1 &&
      lastWord !== 'Brothers' &&
      isNameLike(first.text) &&
      !/['’]s$/.test(first.text) &&
      !afterThe &&
      !ORG_SUFFIXES.has(lastWord) &&
      !SHOP_NOUNS.has(lastWord)
    )
      return;
    add(start, last.end, 'ORGANISATION', 0.75, 'named organisation');
    return;
  }
  if (TITLES.has(first.text)) return;
  // "Fell Mums, a group of farming mums", "Dhiirran, the refugee project", "After the Storm, it's a support group"
  if (
    first.text.length > 1 && (!first.sentenceStart || j > i)
      ? DESCRIBED_AS_ORG.test(text.slice(last.end, last.end + 50)) &&
        (j > i || (!isCommonWord(lastWord) && !isNameLike(lastWord))) &&
        !isAcronym(lastWord) &&
        (j === i || isDistinctName(run, lastWord) || !isCommonWord(lastWord))
      : false
  ) {
    add(start, last.end, 'ORGANISATION', 0.6, 'named group or business, described as one');
    return;
  }
  // "pizza at Franco's", "in McCann's on the Lisburn Road", "he's in King's now": a possessive name where
  // someone goes
  if (
    j === i &&
    !first.sentenceStart &&
    /['’]s$/.test(first.text) &&
    /\b(?:at|in|into|to|from|outside|near|round|down)\s+$/i.test(
      text.slice(Math.max(0, first.start - 10), first.start),
    ) &&
    !NOT_NAMES.has(lastWord) &&
    !PLACES.has(lastWord) &&
    !isAcronym(lastWord)
  ) {
    add(first.start, last.end, 'ORGANISATION', 0.5, 'named shop or place');
    return;
  }
  // "opened the Golden Lotus takeaway", "Gino's salon", "the Anchor pub"
  // "the OCD clinic", "the A&E unit": a condition's or a service's initials name the kind of place, not one
  if (
    BUSINESS_NOUNS.test(text.slice(last.end, last.end + 14)) &&
    !(i === j && (isAcronym(lastWord) || PEOPLES_WORDS.has(lastWord)))
  ) {
    if (
      j > i ||
      (/['’]s$/.test(last.text) && !isCommonWord(last.text)) ||
      (theBefore && !isMonthOrDay(lastWord)) ||
      (!first.sentenceStart && !isCommonWord(lastWord) && !PLACES.has(lastWord) && !NOT_NAMES.has(lastWord))
    ) {
      add(start, last.end, 'FACILITY', 0.7, 'named business');
      return;
    }
  }
  // "the Lantern Room", "the Coffee Pot", "the Jade Garden": a name of more than one word after a small
  // "the", unless every word is generic ("the Crisis Team", "the Lake District", "the Christmas Party")
  if (afterThe && j > i && isDistinctName(run, lastWord)) {
    add(nameStart, last.end, 'ORGANISATION', 0.6, 'name of a place or group');
    return;
  }
  // "a group called Pier Pressure", "a charity called Second Gate", "a project, Open Hands Welcome"
  const before = text.slice(Math.max(0, first.start - 40), first.start);
  const called =
    /\b(?:called|named|known as|call(?:s|ed)? (?:it|ourselves|themselves)|welcome (?:back )?to)\s+$/i.test(
      before,
    );
  const orgIntro =
    /\b(?:group|charity|club|project|service|organisation|organization|network|page|channel|company|firm|team|place|centre|society|thing|collective|café|cafe|factory|shop|bakery|salon|restaurant|takeaway|bank|van|business|store|pub|bar|gym|garage|pharmacy|chemist|list|circle|choir|band|crew|agency|employer|nursery|surgery|practice|clinic|hostel|church|mosque|gurdwara|temple|chapel|job|work|works|mill|yard|farm|site)(?:(?: now)?,?\s+(?:called\s+)?|\b[^.,;:!?\n]{0,25},\s+|\s*\(\s*)$/i.test(
      before,
    );
  const fromAt = /\b(?:at|from|with|to|for|joined)\s+(?:the\s+)?$/i.test(before);
  const firstIsName = isNameLike(first.text) || TITLES.has(first.text);
  if (
    (called || orgIntro) &&
    j > i &&
    !(firstIsName && j === i + 1 && !orgIntro && isUnknownProper(last.text))
  ) {
    add(start, last.end, 'ORGANISATION', 0.7, 'named group or organisation');
    return;
  }
  if (
    (called || orgIntro) &&
    j === i &&
    !isNameLike(first.text) &&
    !isCommonWord(first.text) &&
    isUnknownProper(first.text) &&
    orgIntro
  ) {
    add(start, last.end, 'ORGANISATION', 0.55, 'named group or organisation');
    return;
  }
  // "volunteering with Green Shoots", "my hair done at Shear Bliss": a name of ordinary words after a word
  // that leads to a group or a place
  if (
    j > i &&
    !first.sentenceStart &&
    ORG_CUE_BEFORE.test(before) &&
    isDistinctName(run, lastWord) &&
    !(isNameLike(first.text) && j === i + 1 && !isCommonWord(last.text)) &&
    !(NICKNAME_WORDS.has(first.text) && (isNameLike(last.text) || isUnknownProper(last.text)))
  ) {
    add(start, last.end, 'ORGANISATION', 0.55, 'name of a group or place');
    return;
  }
  // "my boss at Fenland Frozen Foods", "it's Cal from Scouse Steps"
  if (fromAt && j > i && !first.sentenceStart && !REGION_END.test(lastWord) && !LANDMARKS.has(lastWord)) {
    const unknown = run.filter((t) => isUnknownProper(t.text) || !isCommonWord(t.text)).length;
    const hasPlaceOrName = run.some((t) => PLACES.has(t.text) || isNameLike(t.text));
    const allPlain = run.every((t) => (isCommonWord(t.text) || NOT_NAMES.has(t.text)) && !isNameLike(t.text));
    if (
      unknown >= 1 &&
      !allPlain &&
      !(hasPlaceOrName && j === i + 1 && run.every((t) => PLACES.has(t.text) || isNameLike(t.text)))
    ) {
      if (!run.every((t) => isNameLike(t.text) || isUnknownProper(t.text)) || !isNameLike(first.text))
        add(start, last.end, 'ORGANISATION', 0.55, 'capitalised name after "at" or "from"');
    }
  }
}
