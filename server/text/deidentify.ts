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
import {
  CHAINS,
  FACILITY_SUFFIXES,
  GENERIC_NAMES,
  GROUP_NOUNS,
  HANDLE_CUES,
  MONTHS,
  NICKNAME_WORDS,
  NOT_NAMES,
  NUMBER_WORDS,
  ORG_SUFFIXES,
  PERSON_VERB_FORMS,
  PERSON_VERB_LEMMAS,
  PLACES,
  PUB_NOUNS,
  RELATION_NOUNS,
  ROLE_LABELS,
  SHOP_NOUNS,
  STREET_PARTICLES,
  STREET_PREFIXES,
  STREET_SUFFIXES,
  TITLES,
} from './lexicons.js';
import { ALL_WORDS, COMMON_WORDS, FIRST_NAMES, FIRST_NAMES_LOWER, isAmbiguousName } from './names.js';
import { readTokens } from './nlp.js';
import type { NlpToken } from './nlp.js';
import { isUkPhoneNumber, isValidNhsNumber, isValidNiNumber, looksLikeNiNumber } from './validators.js';

export type PiiType =
  | 'PERSON'
  | 'PHONE'
  | 'EMAIL'
  | 'NHS_NUMBER'
  | 'NI_NUMBER'
  | 'POSTCODE'
  | 'ADDRESS'
  | 'DATE_OF_BIRTH'
  | 'URL_OR_HANDLE'
  | 'FACILITY'
  | 'ORGANISATION'
  | 'DATE'
  | 'AGE';

export interface PiiFinding {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  type: PiiType;
  text: string;
  /** 0..1: how sure the rule that found it is. */
  confidence: number;
  /** What the text becomes when redacted, e.g. `[PERSON]` or `[hospital]`. */
  replacement: string;
  /** Why it was flagged, in plain words for the reviewer. */
  reason: string;
}

// Higher wins when two findings overlap.
const PRIORITY: Record<PiiType, number> = {
  EMAIL: 10,
  URL_OR_HANDLE: 9,
  NHS_NUMBER: 9,
  NI_NUMBER: 9,
  PHONE: 8,
  POSTCODE: 8,
  DATE_OF_BIRTH: 7,
  ADDRESS: 6,
  DATE: 6,
  FACILITY: 5,
  ORGANISATION: 5,
  PERSON: 4,
  AGE: 3,
};

// Patterns with Unicode property escapes, compiled once (tsx turns such literals into constructor calls)
const LETTER = /\p{L}/u;
const WORD_OR_LINK = /[\p{L}\p{N}@./]/u;
const GAELIC_MUTATION = /^[hnt]-\p{Lu}/u;
const HYPHEN_THEN_LOWER = /-\p{Ll}/u;
const AFTER_SELF_NAMED = /^(?:[,.!]| \p{Lu}\p{Ll}| and\b)/u;
const SPACE_THEN_CAPITAL = /^ \p{Lu}/u;
const LOWER_HYPHENATED = /^\p{Ll}+-\p{Ll}+$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const VERB_AFTER_FULL_NAME = /^,? (?:was|is|has|had|and|who|would|will|used|never|always|\p{Ll}+(?:ed|s))\b/u;
const SIGN_OFF_TAIL =
  /(?:[.!?)]|\p{Extended_Pictographic}|\bx{1,4})\s+((?:love|lots of love|cheers|thanks|ta|from|peace)?,?\s*[\p{L}][\p{L}'’-]{1,20}(?:\s+x{1,4})?)[)\]]?$/iu;
const WORD_SHAPE = /^\p{L}[\p{L}'’-]+$/u;
const POSSESSIVE_THEN_LOWER = /^['’]s \p{Ll}/u;
const POSSESSIVE_NOUN = /^['’]s (\p{Ll}+)/u;
const KIN_AFTER =
  /^(?: and (?:her|his|their)|, (?:my|our|his|her|their)(?: \p{Ll}+)?|,? (?:was|is|'s|’s|has been|had been|became) (?:my|our|his|her|their)(?: \p{Ll}+)?) (\p{Ll}+)/u;
const FROM_THE_PLACE = /^ (?:from|at) the \p{Ll}/u;
const AND_HIS_KIN = /^ and (?:his|her|their) (\p{Ll}+)/u;
const LOWER_WORD_OF_TWO = /^\p{Ll}{2,}$/u;
const CAPITALISED_WORD_BEFORE = /\p{Lu}\p{Ll}+ $/u;
const BARE_CONTRACTION = /^(\p{Ll}{2,})(nt|ve|ll|re)$/u;
const KIN_AFTER_LOWER = /^,? (?:my|our|his|her) (?:\p{Ll}+ )?(\p{Ll}+)/u;

interface Draft {
  start: number;
  end: number;
  type: PiiType;
  confidence: number;
  reason: string;
}

const MONTH_RE =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY_RE = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const WEEKDAY_RE = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,? )';

const EMAIL =
  /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'()]{1,2000}/gi;
const BARE_DOMAIN =
  /\b[a-z0-9](?:[a-z0-9-]{0,62})(?:\.[a-z0-9-]{1,63}){0,4}\.(?:com|org|net|uk|io|me|info|biz|co|tv|app|blog|scot|wales|page|site|online)(?:\/[^\s<>"']{0,500})?(?![a-z0-9@])/gi;
const HANDLE = /(?<![\p{L}\p{N}_@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29})/gu;
const PHONE_CANDIDATE = /(?<![\d+])(?:\+|00)?[\d(][\d ()-]{7,18}\d(?!\d)/g;
const NHS_CANDIDATE = /(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)/g;
const NI_CANDIDATE = /(?<![\p{L}\p{N}])[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![\p{L}\p{N}])/gu;
const POSTCODE_CANDIDATE =
  /(?<![A-Za-z0-9])(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) ?\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])/gi;
const DATE_NUMERIC =
  /(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?![\d/-]|\.\d)/g;
const DATE_DAY_MONTH = new RegExp(
  `\\b${WEEKDAY_RE}?(?:the )?${DAY_RE}(?: of)? ${MONTH_RE}\\b(?:,? (?:19|20)\\d{2}\\b)?`,
  'gi',
);
const DATE_MONTH_DAY = new RegExp(
  `\\b(?:${MONTHS.filter((m) => m !== 'May' && m.length > 3).join('|')}|May(?= \\d)) (?:the )?${DAY_RE}\\b(?:,? (?:19|20)\\d{2}\\b)?`,
  'g',
);
const DATE_MONTH_YEAR = new RegExp(
  `\\b(?:${MONTHS.filter((m) => m.length > 3).join('|')}) (?:19|20)\\d{2}\\b`,
  'g',
);
const DATE_ORDINAL =
  /\bthe (?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?! (?:century|centuries|floor|time|anniversary|birthday|step|place|hole|minute|street))/gi;
const DOB_CONTEXT = /(?:date of birth|d\.?o\.?b\.?|born|birthday|birth date)/i;

const NUM_WORD = Object.keys(NUMBER_WORDS).join('|');
const AGE_NUM = `(?:1[01]\\d|\\d{1,2}|(?:${NUM_WORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)`;
const AGE_NOT_AFTER =
  "(?![\\d.,]\\d|[-‐](?:plus|year)|s\\b|%| ?(?:per ?cent|pounds?|quid|grand|p\\b|am\\b|pm\\b|a\\.m|p\\.m|o'clock|:|hours?|hrs?|minutes?|mins?|seconds?|days?|weeks?|months?|times?|miles?|stone|kilos?|kg|lbs?|points?|of |in the (?:morning|afternoon|evening)|at night|tonight|this (?:morning|afternoon|evening|week|weekend|month|time)|years? (?:ago|clean|sober|later|on|since|before|after|in|of|into)|people|men|women|kids|children|others|tablets|pills|cans|pints|bottles|mils?|mg|ml|mls|nights?|hundred|thousand|million|sessions?|sons|daughters|more|or so|other))";
// "only", "just", "barely": a word between the trigger and the number
const AGE_QUALIFIER =
  '(?:,?\\s+(?:only|just|barely|about|around|nearly|almost|maybe|probably|like|still|already|roughly|not even|only just|perhaps|um|erm|eh|uh|er|ah|well|now),?)?';
const AGE_TRIGGERED = new RegExp(
  `\\b(?:(?:i|he|she|they|you|we)(?:'m|’m|,? am| was| were|'s|’s| is| are| turned| had just turned| have just turned|'ll be|’ll be| will be| must have been| would have been| might have been| 'd have been| ’d have been)|im|hes|shes|aged?|(?:the )?age of|(?:older|younger) than|turned|turning|was|been|from|(?:lived|live|lives|living|made it|make it) to|who(?:'s|’s| is| was)|(?:son|daughter|boy|girl|lad|lass|kid|baby|brother|sister|grandson|granddaughter|niece|nephew|eldest|youngest|oldest|mum|mam|dad|mother|father|nan|gran|grandad|grandma|granny|wife|husband|partner)(?:'s|’s| is| was| were| turned)|when (?:i|he|she|we|they) (?:was|were)|(?:lad|lass|girl|boy|kid|child|teenager|man|woman) of|at|by)${AGE_QUALIFIER}\\s+(${AGE_NUM})\\b${AGE_NOT_AFTER}`,
  'gi',
);
const AGE_YEARS_OLD = new RegExp(
  `\\b(${AGE_NUM})(?:[- ]years?[- ]old|[- ](?:year|month|week|day)s?[- ]old|yo\\b| years? of age\\b)`,
  'gi',
);
// a number word opening a sentence: "Nineteen I was when…", "Seventeen, and pregnant", "Fourteen when I…"
const NUMBER_WORD_SET = new Set(Object.keys(NUMBER_WORDS));
const NAMED_AGE_VERBS = new Set(['is', 'turns', 'turned', 'will']);
const NUMBER_INITIALS = new Set([...'otfsenOTFSEN']);
const SENTENCE_BEFORE = /(?:[.!?…]["”’)]?\s+|\n\s*)$/;
const FRONTED_TAIL =
  /(?:,? (?:i|he|she|we|they) (?:was|were)\b|,? this (?:year|month|back end|spring|summer|autumn|winter|christmas)\b|,? (?:i|he|she)(?:'ll|’ll| will) be\b| on (?:the|my) \d|,? when\b|,? and (?:i|pregnant|homeless|already|still|living|scared|terrified|drinking|using|on the streets)\b)/y;
const APPOSITION_BEFORE = /[\p{L}_](?:[,:(] ?| \()$/u;
const APPOSITION_AFTER = /(?:,| years?[.,]|\)| and) /y;
// a line that opens with an age: "19, trans masc, Cardiff"
const LINE_START_BEFORE = /(?:^|\n)[ \t]*$/;
// "is six now": the present age of someone just named
// "Hira, 21, from Alum Rock", "I'm Summer, 27, and…", "(ballyhack_boy, 41, belfast)": an age set off by commas
// after a name
const APPOSITION_NOT_AFTER = new RegExp(
  `(?:\\d|\\b(?:${NUM_WORD}|and|or|to|of|at|page|no|number|room|flat|bus|route))[,:( ]*$|£[,:( ]*$`,
  'i',
);
// "Aarav is four", "Archie's two", "Our Mason's eight on Saturday": a named person's age
const AGE_AFTER_NAME = new RegExp(
  `(?: is| turns| turned| will be)${AGE_QUALIFIER} (${AGE_NUM})(?=[ ,.;!?)]|$)`,
  'y',
);
const AGE_AFTER_POSSESSIVE = new RegExp(`${AGE_QUALIFIER} (${AGE_NUM})(?=[ ,.;!?)]|$)`, 'y');
const AGE_NOW = new RegExp(`\\b(?:is|'s|’s)${AGE_QUALIFIER}\\s+(${AGE_NUM})(?= now\\b| this year\\b)`, 'gi');
/** The same pattern without the i flag, for use on lowercased text (case-sensitive scans are faster). */
const lowerVariant = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace('i', ''));
const DATE_DAY_MONTH_LC = lowerVariant(DATE_DAY_MONTH);
const DATE_ORDINAL_LC = lowerVariant(DATE_ORDINAL);
const AGE_TRIGGERED_LC = lowerVariant(AGE_TRIGGERED);
const AGE_YEARS_OLD_LC = lowerVariant(AGE_YEARS_OLD);
const AGE_NOW_LC = lowerVariant(AGE_NOW);
const INTRO =
  /\b(?:my name is|my name's|my name’s|names|name's|name’s|is mise|i'm|i’m|i am|it's me,?|it’s me,?|its me,?|it's|it’s|its|this is|call me|i'm called|known as)\s+([\p{L}][\p{L}\p{M}'’-]{0,30})/giu;
const INTRO_LC = lowerVariant(INTRO);

const TOKEN = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}]|['’.-](?=[\p{L}\p{M}]))*/gu;

interface Token {
  start: number;
  end: number;
  text: string;
  cap: boolean;
  /** First word of a sentence, line or quotation, where a capital says nothing. */
  sentenceStart: boolean;
}

const isUpper = (c: string | undefined): boolean =>
  c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let k = m.index - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
    const prev = k >= 0 ? text[k] : '\n';
    const sentenceStart =
      prev === undefined || /[.!?\n:;"“‘([\]…]/.test(prev) || (prev === '-' && k > 0 && text[k - 1] === ' ');
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      cap: isUpper(m[0][0]),
      sentenceStart,
    });
  }
  return out;
}

const ONE_SPACE = /^ $/;

function gapIs(text: string, a: Token, b: Token, allowed: RegExp): boolean {
  const width = b.start - a.end;
  if (width > 3 || width < 0) return false;
  // the commonest question, answered without cutting the text
  if (allowed === ONE_SPACE) return width === 1 && text.charCodeAt(a.end) === 32;
  return allowed.test(text.slice(a.end, b.start));
}

// Word tests run for every capitalised token of every story; their answers depend only on the word.
function memo(fn: (w: string) => boolean): (w: string) => boolean {
  const cache = new Map<string, boolean>();
  return (w) => {
    let v = cache.get(w);
    if (v === undefined) {
      if (cache.size > 50_000) cache.clear();
      v = fn(w);
      cache.set(w, v);
    }
    return v;
  };
}

const lowerNoPossessive = (w: string): string => w.replace(/['’]s$/i, '').toLowerCase();
const stripPossessive = (w: string): string =>
  w.length > 2 && (w.endsWith('s') || w.endsWith('S')) ? w.replace(/['’]s$/i, '') : w;

const isCommonWord = memo((w: string): boolean => {
  return COMMON_WORDS.has(lowerNoPossessive(w));
});

function isAcronym(w: string): boolean {
  // "NHS", "GP", and plurals such as "SSRIs"
  const core = /^[A-Z]{2,}s$/.test(w) ? w.slice(0, -1) : w;
  return core.length >= 2 && core === core.toUpperCase() && LETTER.test(core);
}

const isStrongFirstName = memo((w: string): boolean => {
  const base = stripPossessive(w);
  // "Kerry-Ann", "Mary-Jane", "Jean-Paul": each part a first name
  if (base.includes('-')) {
    const parts = base.split('-');
    return (
      parts.every(
        (p) =>
          isUpper(p[0]) && !NOT_NAMES.has(p) && (FIRST_NAMES.has(p) || !COMMON_WORDS.has(p.toLowerCase())),
      ) && parts.some((p) => FIRST_NAMES.has(p))
    );
  }
  return FIRST_NAMES.has(base) && !isAmbiguousName(base) && !NOT_NAMES.has(base) && !PLACES.has(base);
});

const isNameLike = memo((w: string): boolean => {
  const base = stripPossessive(w);
  if (base.includes('-')) return isStrongFirstName(base);
  return FIRST_NAMES.has(base) && !NOT_NAMES.has(base) && !PLACES.has(base);
});

/** A capitalised word that is not an English word, a place or a known non-name: probably a proper name. */
const isUnknownProper = memo((w: string): boolean => {
  const base = stripPossessive(w);
  if (!isUpper(base[0]) || isAcronym(base) || base.length < 2 || CONTRACTION.test(base)) return false;
  if (
    NOT_NAMES.has(base) ||
    PLACES.has(base) ||
    GENERIC_NAMES.has(base) ||
    isMonthOrDay(base.replace(/s$/, ''))
  )
    return false;
  return !ALL_WORDS.has(base.toLowerCase());
});

const CONTRACTION = /^(?:I['’]|.*(?:['’](?:d|ll|ve|re|m|t)|n['’]t)$)/i;
// informal spellings without apostrophes that must not be read as lowercase names
const INFORMAL = new Set(
  'fella fellas bloke lass lad ive im id ill dont cant wont didnt doesnt isnt wasnt werent thats whats youre theyre hes shes lol omg gonna wanna gotta dunno aint yall cos coz tho nah ya yer ur bestie bae hun babe babes fam bruv bro sis mam nan tbh ngl idk imo smh brb ttyl cuz innit kinda sorta yeah yep nope aye ken dinnae cannae wouldnae couldnae didnae isnae wasnae naw nae och ach oi wot wat xx xxx lmao lmfao rofl haha hahaha pls plz thx np tmrw tmr tonite msg msgs txt txts meds rehab detox subutex bupe spice mamba ket coke charlie weed skunk smack gear sesh bevvy bevvies lads lasses hiya ta howay wey mint proper summat owt nowt nuffin nothin somethin ur youse unuh yuh salam fae tae naebody nane oot aboot awfy hame heid wean weans bairn bairns maw telt morra wis wur oor disnae hink mibbe lassie laddie boyo bach cwtch butt tidy lush mun duw iawn'.split(
    ' ',
  ),
);

const PERSON_VERBS = new Set(
  'said says told asked rang called came come comes texted messaged replied answered shouted laughed cried smiled nodded sat stood walked drove looked noticed showed taught keeps kept used would will was is has had and who'.split(
    ' ',
  ),
);

function replacementFor(type: PiiType, text: string): string {
  if (type === 'FACILITY') {
    if (/hospital|infirmary|general|ward|unit/i.test(text))
      return /ward|unit/i.test(text) ? '[ward]' : '[hospital]';
    if (/surgery|practice|clinic|health centre|medical/i.test(text)) return '[clinic]';
    if (/school|academy|college|university|st /i.test(text)) return '[school]';
    if (/prison|hmp|yoi/i.test(text)) return '[prison]';
    return '[place]';
  }
  return `[${type}]`;
}

/** Find identifying details in UK English text. Offsets are UTF-16 code units. */
export function findPii(text: string): PiiFinding[] {
  const drafts: Draft[] = [];
  const add = (start: number, end: number, type: PiiType, confidence: number, reason: string): void => {
    if (end > start && start >= 0 && end <= text.length)
      drafts.push({ start, end, type, confidence, reason });
  };
  findStructured(text, add);
  // lowercasing keeps offsets only when no character changes length (true for almost all text)
  const lower = text.toLowerCase();
  findTags(text, lower, add);
  const lc = lower.length === text.length ? lower : null;
  findDates(text, lc, add);
  const tokens = tokenize(text);
  findAges(text, lc, tokens, add);
  const informal = isInformal(text);
  findAddresses(text, lc, informal, tokens, add);
  findOrganisations(text, informal, tokens, add);
  findPeople(text, lc, informal, tokens, add);
  return resolve(text, drafts);
}

type Add = (start: number, end: number, type: PiiType, confidence: number, reason: string) => void;

/** Text typed like a message: "i" in lowercase, or sentences that start with a small letter. */
function isInformal(text: string): boolean {
  return (
    /(?:^|[\s.,])i(?:'m|’m|'ve|’ve|'d|’d)?\s/.test(text) ||
    (text.match(/(?:^|[.!?]\s+)[a-z]/g)?.length ?? 0) >= 2
  );
}

function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

const DOMAIN_HINT = /\.(?:com|org|net|uk|io|me|info|biz|co|tv|app|blog|scot|wales|page|site|online)\b/i;

function findStructured(text: string, add: Add): void {
  const hasAt = text.includes('@');
  if (hasAt) each(EMAIL, text, (m) => add(m.index, m.index + m[0].length, 'EMAIL', 0.99, 'email address'));
  if (/https?:|www\./i.test(text))
    each(URL, text, (m) => {
      const s = m[0].replace(/[.,;:!?)]+$/, '');
      add(m.index, m.index + s.length, 'URL_OR_HANDLE', 0.95, 'web address');
    });
  if (DOMAIN_HINT.test(text))
    each(BARE_DOMAIN, text, (m) => {
      if (text[m.index - 1] === '@' || text[m.index + m[0].length] === '@') return;
      const s = m[0].replace(/[.,;:!?)]+$/, '');
      add(m.index, m.index + s.length, 'URL_OR_HANDLE', 0.85, 'web address');
    });
  if (hasAt)
    each(HANDLE, text, (m) => {
      const s = m[0].replace(/[.]+$/, '');
      if (s.length >= 3) add(m.index, m.index + s.length, 'URL_OR_HANDLE', 0.9, 'social media handle');
    });
  each(NHS_CANDIDATE, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (isValidNhsNumber(m[0]))
      add(m.index, m.index + m[0].length, 'NHS_NUMBER', 0.95, 'NHS number (check digit valid)');
    else if (/nhs|health (?:service )?number/i.test(before) && !/^0/.test(m[0]))
      add(m.index, m.index + m[0].length, 'NHS_NUMBER', 0.6, 'ten-digit number after "NHS"');
  });
  each(PHONE_CANDIDATE, text, (m) => {
    const s = m[0].replace(/[\s(-]+$/, '');
    if (isUkPhoneNumber(s)) add(m.index, m.index + s.length, 'PHONE', 0.9, 'UK phone number');
  });
  each(NI_CANDIDATE, text, (m) => {
    const s = m[0];
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const context = /national insurance|\bni\b|nino/i.test(before);
    if (s === s.toUpperCase() && isValidNiNumber(s))
      add(m.index, m.index + s.length, 'NI_NUMBER', 0.9, 'National Insurance number');
    else if (context && looksLikeNiNumber(s))
      add(m.index, m.index + s.length, 'NI_NUMBER', 0.8, 'National Insurance number (after "NI")');
  });
  each(POSTCODE_CANDIDATE, text, (m) => {
    const s = m[0];
    const upper = s === s.toUpperCase();
    if (upper || s.includes(' '))
      add(m.index, m.index + s.length, 'POSTCODE', upper ? 0.9 : 0.6, 'UK postcode');
  });
}

// User names, gamer tags and channel names written without an @: "xXGhostFoxXx", "NightShiftNadia",
// "DarkSoulDave99", "sober_steve_2021". Found by their shape: humps of capitals inside a word, letters
// run into digits, underscores, or the xX…Xx frame; a single hump only after a word such as "channel".
const WORD_OR_UNDERSCORE = /[A-Za-z0-9_]/;
const TAG_INNER_CAPITAL =
  /(?<![\p{L}\p{N}_@./'’-])[A-Za-z0-9]{1,30}[a-z0-9][A-Z][A-Za-z0-9]{0,30}(?![\p{L}\p{N}_@'’])/gu;
const TAG_DIGITS = /(?<![\p{L}\p{N}_@./'’-])[A-Za-z]{3,30}\d{2,4}(?![\p{L}\p{N}_@])/gu;
const TAG_CUE_HINT =
  /(?:gamer|user ?name|handle|channel|screen ?name|account|profile|psn|twitch|insta|tiktok|youtube|discord|snapchat|reddit)/;
const DOTTED_TAG = /(?<![\w@./])[a-z][a-z0-9_]{1,20}(?:\.[a-z0-9_]{1,20}){1,3}(?![\w@]|\.\w)/y;
const ON_SITE =
  /^ on (?:here|insta|instagram|tiktok|twitter|discord|twitch|snap|snapchat|reddit|facebook|fb|x)\b/i;
const FOLLOW_TAG =
  /\bfollow (?:me|us|my [\p{L} ]{1,25}?)(?: on [\p{L}]{2,12})?(?: at|:)? ["“]?([\p{L}\p{N}_][\p{L}\p{N}_.]{2,29})/giu;
const TAG_AFTER_CUE =
  /\b(?:gamertag|gamer tag|username|user name|handle|channel|screen ?name|account|profile|psn|twitch|insta|instagram|tiktok|youtube|discord|snapchat|reddit)(?: name)?(?:,| is| was| called| named| as| at|:)? ["“‘']?([\p{L}\p{N}_.]{3,30})/giu;
// brands and name prefixes whose inner capital is ordinary: "YouTube", "McKenzie", "DeShawn"
const INNER_CAPITAL_WORDS =
  /^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von|O)[A-Z][a-z]+$|^(?:YouTube|TikTok|WhatsApp|iPhone|iPad|iPod|iMac|PlayStation|FaceTime|LinkedIn|PowerPoint|GoFundMe|JustGiving|JobCentre|SnapChat|OnlyFans|PayPal|eBay|MacBook|ChatGPT|OpenAI|AirPods|FaceBook|CrossFit|WeightWatchers|EastEnders|TalkTalk|StepChange|SoberGrid|BrewDog|GoPro|HelloFresh|DoorDash|UberEats|JustEat|AirBnB|Airbnb|NatWest|HomeBargains|SpecSavers|BrewDog|ReachOut|SMARTRecovery|AlAnon|CoDA|HeadSpace|Headspace|BetterHelp|iPlayer|BBC|PhD|McDonalds|McDonald's|SoundCloud|BandCamp|Bandcamp|DuoLingo|PlayStore|AppStore|WiFi|TikToks|YouTuber|YouTubers)$/;

function findTags(text: string, lower: string, add: Add): void {
  const tag = (start: number, end: number, confidence: number): void =>
    add(start, end, 'URL_OR_HANDLE', confidence, 'user name or channel name');
  // words joined by underscores: found from each underscore, out to the ends of the word
  for (let u = text.indexOf('_'); u !== -1; u = text.indexOf('_', u + 1)) {
    let a = u;
    while (a > 0 && WORD_OR_UNDERSCORE.test(text[a - 1] ?? '') && u - a < 30) a--;
    let b = u + 1;
    while (b < text.length && WORD_OR_UNDERSCORE.test(text[b] ?? '') && b - u < 30) b++;
    const before = text[a - 1] ?? ' ';
    if (a < u && b > u + 1 && !WORD_OR_LINK.test(before)) tag(a, b, 0.8);
    u = b;
  }
  if (/[a-z][A-Z]/.test(text))
    each(TAG_INNER_CAPITAL, text, (m) => {
      const w = m[0];
      if (INNER_CAPITAL_WORDS.test(w) || /^[A-Z0-9]+s?$/.test(w)) return;
      const humps = w.match(/[a-z0-9][A-Z]/g)?.length ?? 0;
      // "xXGhostFoxXx" and "NightShiftNadia" stand alone; "GhostFox" needs a cue before it
      const framed = /^[xX]{1,3}[A-Z]/.test(w) && /[A-Z][xX]{1,3}$/.test(w);
      const digits = /\d/.test(w);
      const cue = HANDLE_CUES.test(text.slice(Math.max(0, m.index - 24), m.index));
      if (framed || humps >= 1)
        tag(m.index, m.index + w.length, framed || humps >= 2 || digits || cue ? 0.75 : 0.55);
    });
  if (/[A-Za-z]\d\d/.test(text))
    each(TAG_DIGITS, text, (m) => {
      const letters = m[0].replace(/\d+$/, '');
      // "Covid19", "PS5" and all-capital codes are not tags
      if (
        letters === letters.toUpperCase() ||
        /^(?:covid|windows|iphone|galaxy|xbox|ps|fifa|top|year|class|room|flat|unit|route|bus|band|level)$/i.test(
          letters,
        )
      )
        return;
      tag(m.index, m.index + m[0].length, 0.6);
    });
  // "ioana.b.07", "eilidh.mac on here": a dotted name with digits, or one that is given as the writer's name on a site
  for (let d = text.indexOf('.'); d !== -1; d = text.indexOf('.', d + 1)) {
    // a full stop inside a word: go back to the word's start and read the dotted name from there
    if (!WORD_OR_UNDERSCORE.test(text[d - 1] ?? ' ') || !WORD_OR_UNDERSCORE.test(text[d + 1] ?? ' '))
      continue;
    let a = d - 1;
    while (a > 0 && (WORD_OR_UNDERSCORE.test(text[a - 1] ?? ' ') || text[a - 1] === '.') && d - a < 40) a--;
    DOTTED_TAG.lastIndex = a;
    const m = DOTTED_TAG.exec(text);
    if (!m) continue;
    const w = m[0];
    const onSite = ON_SITE.test(text.slice(a + w.length, a + w.length + 14));
    if ((/\d/.test(w) && /[a-z]{2}/i.test(w)) || onSite) tag(a, a + w.length, 0.6);
    d = a + w.length;
  }
  if (text.includes('/'))
    each(/(?<![\p{L}\p{N}/])[ru]\/[A-Za-z0-9_]{3,30}/gu, text, (m) =>
      tag(m.index, m.index + m[0].length, 0.8),
    );
  // "Follow my latte art: yousef.pours", "follow me on insta at ghostmoth"
  if (lower.includes('follow '))
    each(FOLLOW_TAG, text, (m) => {
      const w = (m[1] ?? '').replace(/[.]+$/, '');
      if (w.length >= 3 && (/[\d_.]/.test(w) || !ALL_WORDS.has(w.toLowerCase()))) {
        const start = m.index + m[0].length - (m[1] ?? '').length;
        tag(start, start + w.length, 0.6);
      }
    });
  if (TAG_CUE_HINT.test(lower))
    each(TAG_AFTER_CUE, text, (m) => {
      const w = (m[1] ?? '').replace(/[.]+$/, '');
      if (w.length < 3 || ALL_WORDS.has(w.toLowerCase()) || /^\d+$/.test(w)) return;
      // "Instagram influencer", "discord bot": a word straight after the platform is not a tag unless shaped like one
      const lead = m[0].slice(0, m[0].length - (m[1] ?? '').length);
      if (
        !/(?:,|\bis|\bwas|\bcalled|\bnamed|\bas|\bat|:)\s*["“‘']?$/i.test(lead) &&
        !/[\d_.]|[a-z][A-Z]/.test(w)
      )
        return;
      const start = m.index + m[0].length - (m[1] ?? '').length;
      tag(start, start + w.length, 0.6);
    });
}

function validDayMonth(d: number, mo: number): boolean {
  return d >= 1 && d <= 31 && mo >= 1 && mo <= 12;
}

// "Summer 2017", "Christmas Eve, 2014", "Diwali 2010": a season or a festival with its year
const YEAR = /\b(?:19|20)\d{2}\b/g;
const SEASON_BEFORE =
  /\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|Christmas(?: Eve| Day)?|Easter|Diwali|Eid|Ramadan|Vaisakhi|Hanukkah|Hogmanay|New Year(?:['’]s (?:Eve|Day))?|Bonfire Night|Halloween|Boxing Day|Valentine['’]s Day|Mother['’]s Day|Father['’]s Day),? $/;
const ORDINAL_HINT = /(?:st|nd|rd|th) of /;
const ORDINAL_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth|thirtieth|thirty-first';
// "the twentieth of February", "the first of May"
const ORDINAL_DATE = new RegExp(`\\b(?:${ORDINAL_WORDS}) of ${MONTH_RE}\\b`, 'g');

function findDates(text: string, lc: string | null, add: Add): void {
  const dated = (start: number, end: number, confidence: number, reason: string): void => {
    const before = text.slice(Math.max(0, start - 45), start);
    const dob = DOB_CONTEXT.test(before);
    add(start, end, dob ? 'DATE_OF_BIRTH' : 'DATE', confidence, dob ? 'date of birth' : reason);
  };
  each(DATE_NUMERIC, text, (m) => {
    const parts = m[0].split(/[/.-]/).map(Number);
    const [a = 0, b = 0, c = 0] = parts;
    const ok =
      m[0].length === 10 && /^\d{4}/.test(m[0])
        ? validDayMonth(c, b)
        : validDayMonth(a, b) || validDayMonth(b, a);
    if (ok) dated(m.index, m.index + m[0].length, 0.9, 'date');
  });
  each(lc ? DATE_DAY_MONTH_LC : DATE_DAY_MONTH, lc ?? text, (m) => {
    let start = m.index;
    const s = m[0];
    const lead = /^the /i.exec(s);
    if (lead) start += lead[0].length;
    dated(start, m.index + s.length, 0.85, 'date');
  });
  each(DATE_MONTH_DAY, text, (m) => dated(m.index, m.index + m[0].length, 0.85, 'date'));
  each(YEAR, text, (m) => {
    const season = SEASON_BEFORE.exec(text.slice(Math.max(0, m.index - 26), m.index));
    if (season) dated(m.index - season[0].length, m.index + m[0].length, 0.7, 'season or festival and year');
  });
  if (lc && ORDINAL_HINT.test(lc))
    each(ORDINAL_DATE, lc, (m) => dated(m.index, m.index + m[0].length, 0.75, 'date in words'));
  each(DATE_MONTH_YEAR, text, (m) => dated(m.index, m.index + m[0].length, 0.8, 'month and year'));
  each(lc ? DATE_ORDINAL_LC : DATE_ORDINAL, lc ?? text, (m) =>
    dated(m.index + 4, m.index + m[0].length, 0.6, 'day of the month'),
  );
}

function findAges(text: string, lc: string | null, tokens: Token[], add: Add): void {
  const age = (m: RegExpExecArray, reason: string): void => {
    const num = m[1];
    if (num === undefined) return;
    const lower = m[0].toLowerCase();
    const offset = lower.lastIndexOf(num.toLowerCase());
    const start = m.index + offset;
    const words = /^\d+$/.test(num);
    const value = words ? Number(num) : (NUMBER_WORDS[num.toLowerCase().split(/[- ]/)[0] ?? ''] ?? 0);
    if (value < 1 || value > 110) return;
    // "was one of", "that was one thing": a lone "one" is seldom an age
    if (value === 1 && reason !== 'age in years') return;
    // "at 7" is usually a time; "at 19" an age; "back by ten" a time
    if (/^at\s/.test(lower) && value < 10) return;
    if (/^by\s/.test(lower) && value < 13) return;
    // "it's been two years": a span of time, not an age
    if (
      reason === 'age' &&
      !/^(?:i|he|she|they|you|we)(?:'m|’m|,? am| is|'s|’s| are)/i.test(lower) &&
      /^(?:[-‐](?:odd|ish|something))?\s*(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?)\b(?![- ]old)/i.test(
        text.slice(start + num.length, start + num.length + 20),
      )
    )
      return;
    if (/^(?:was|is|been)\s/.test(lower) && words && value < 10) return;
    // "from nine to five", "from 2 till 4": hours; "from fifteen" an age
    if (
      /^from\s/.test(lower) &&
      (value < 10 ||
        /^\s*(?:to|till|until|-)\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(
          text.slice(start + num.length, start + num.length + 16),
        ))
    )
      return;
    if (reason === 'age after a name' && (value < 13 || (words && value > 110))) return;
    // "home at eleven", "open from ten": a time of day
    if (
      /^(?:at|from)\s/.test(lower) &&
      !/^\d/.test(num) &&
      value <= 12 &&
      TIME_CONTEXT.test(text.slice(Math.max(0, m.index - 24), m.index))
    )
      return;
    // the fronted pattern may carry "-one" etc.: take the whole number as written
    const end =
      reason === 'age at the start of a sentence' || reason === 'age after a name'
        ? m.index + m[0].length
        : start + num.length;
    add(start, end, 'AGE', 0.7, reason);
  };
  each(lc ? AGE_TRIGGERED_LC : AGE_TRIGGERED, lc ?? text, (m) => age(m, 'age'));
  each(lc ? AGE_YEARS_OLD_LC : AGE_YEARS_OLD, lc ?? text, (m) => age(m, 'age in years'));
  each(lc ? AGE_NOW_LC : AGE_NOW, lc ?? text, (m) => age(m, 'age'));
  // the rest start from a word: a number opening a sentence, a number set off by commas, a name and "is"
  const at = (index: number, whole: string, num: string): RegExpExecArray =>
    Object.assign([whole, num], { index, input: text, groups: undefined }) as RegExpExecArray;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const c = t.text.charCodeAt(0);
    // digits, or a word that may be a number: one, two… twenty, thirty… (o, t, f, s, e, n)
    const maybeNumber = (c >= 48 && c <= 57) || NUMBER_INITIALS.has(t.text.charAt(0));
    const dash = maybeNumber ? t.text.indexOf('-') : -1;
    const first = !maybeNumber ? '' : dash < 0 ? t.text : t.text.slice(0, dash);
    const numberWord =
      first.length >= 3 && first.length <= 9 && NUMBER_WORD_SET.has(t.cap ? first.toLowerCase() : first);
    const isNumber = numberWord || (maybeNumber && /^\d\d$/.test(t.text));
    if (isNumber) {
      // "Nineteen I was when…", "Seventeen, and pregnant"
      if (
        lc &&
        numberWord &&
        (t.start === 0 || SENTENCE_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start)))
      ) {
        FRONTED_TAIL.lastIndex = t.end;
        if (FRONTED_TAIL.test(lc)) age(at(t.start, t.text, first), 'age at the start of a sentence');
      }
      // "Hira, 21, from Alum Rock", "I'm Summer, 27, and…"
      if (
        APPOSITION_BEFORE.test(text.slice(Math.max(0, t.start - 3), t.start)) ||
        (/^\d\d$/.test(t.text) &&
          text.charCodeAt(t.end) === 44 &&
          LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start)))
      ) {
        APPOSITION_AFTER.lastIndex = t.end;
        if (APPOSITION_AFTER.test(text)) appositionAge(t);
      }
      continue;
    }
    // "Aarav is four", "Archie's two", "Our Mason's eight on Saturday"
    if (!t.cap) continue;
    const possessive = t.text.endsWith('s') && /['’]s$/.test(t.text);
    const next = tokens[i + 1];
    if (!possessive && !(next && NAMED_AGE_VERBS.has(next.text))) continue;
    const who = stripPossessive(t.text);
    if (NOT_AGE_SUBJECTS.has(who) || !(isNameLike(who) || isUnknownProper(who))) continue;
    const after = possessive ? AGE_AFTER_POSSESSIVE : AGE_AFTER_NAME;
    after.lastIndex = t.end;
    const m = after.exec(text);
    if (m) {
      age(at(t.end, m[0], m[1] ?? ''), 'age of someone named');
      // someone with an age is a person: "Ruby's four"
      if (isNameLike(who) || isUnknownProper(who))
        add(t.start, t.start + who.length, 'PERSON', 0.55, 'name with an age');
    }
  }

  function appositionAge(t: Token): void {
    // not a list of numbers ("three, four, five") nor a time or an amount
    const before = text.slice(Math.max(0, t.start - 16), t.start);
    if (APPOSITION_NOT_AFTER.test(before)) return;
    // "Dawn: Nineteen years": a speaker label, not a name with an age
    // the line so far, read no further back than a speaker label could be
    const near = text.slice(Math.max(0, t.start - 48), t.start);
    const line = near.slice(near.lastIndexOf('\n') + 1);
    const label = /^\s*([^:\n]{1,40}):\s*$/.exec(line)?.[1]?.trim() ?? '';
    const head = label.split(' ')[0] ?? '';
    if (
      label &&
      label.split(' ').length <= 3 &&
      (isNameLike(head) || isUnknownProper(head) || ROLE_LABELS.has(head.toLowerCase()))
    )
      return;
    if (!/^\d/.test(t.text) && /^ years?\b/.test(text.slice(t.end, t.end + 7))) return;
    age(at(t.start, t.text, t.text), 'age after a name');
  }
}

const TIME_CONTEXT =
  /\b(?:home|back|bed|up|out|work|shift|finish|finished|start|started|open|opens|close|closes|leave|left|arrive|arrived|taxi|bus|train|meet|met|night|morning|evening|door|every day|tonight)\b[^.!?\n]{0,10}$/i;
const NOT_AGE_SUBJECTS = new Set([
  'It',
  'That',
  'There',
  'What',
  'This',
  'Here',
  'Which',
  'Who',
  'Where',
  'Time',
]);

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
  'the a an my our your his her their this that same next back main local council big little old new other one two each every any some wrong right high car bus train private housing social'.split(
    ' ',
  ),
);
const INFORMAL_STREET_STOP = /^(?:a|an|and|or|but|to|in|on|at|of|for|with|is|was|i|im|its)$/;

function findAddresses(text: string, lc: string | null, informal: boolean, tokens: Token[], add: Add): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    // "on Kingsway", "on Botchergate": one word that is a street by its ending
    if (t.cap && i > 0 && STREET_ENDING.test(t.text)) {
      const p = tokens[i - 1] as Token;
      if (
        ON_WORDS.has(p.text) &&
        gapIs(text, p, t, ONE_SPACE) &&
        !PLACES.has(t.text) &&
        !NOT_NAMES.has(t.text)
      )
        add(t.start, t.end, 'ADDRESS', 0.55, 'street name');
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
      if (STREET_SUFFIXES.has(p.text) && !LANDSCAPE.has(p.text)) break;
      if (TITLES.has(p.text) || (NOT_NAMES.has(p.text) && !COMPASS.has(p.text))) break;
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
      if (head.some((w) => LOWER_STREET_STOP.has(w) || INFORMAL_STREET_STOP.test(w))) return;
      if (!/^(?:st|rd|ave)$/.test(suffix) && !head.some((w) => !COMMON_WORDS.has(w))) return;
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

// Large national bodies and fellowships: naming them identifies no one.
const NATIONAL_ORGS =
  /^(?:The )?(?:Alcoholics Anonymous|Narcotics Anonymous|Gamblers Anonymous|Cocaine Anonymous|Overeaters Anonymous|Al-Anon|Samaritans|Salvation Army|SMART Recovery|Job ?Centre(?: Plus)?|Jobcentre(?: Plus)?|Social Services|Mental Health Awareness Week|Premier League|Red Cross|British Red Cross|Shelter|Mind)$/;

const CHAINS_LOWER = new Set([...CHAINS].filter((c) => !c.includes(' ')).map((c) => c.toLowerCase()));
// every word that starts a chain's name, with and without a possessive: a quick first test for each token
const CHAIN_WORDS = new Set(
  [...CHAINS].flatMap((c) => {
    const w = c.split(' ')[0] ?? '';
    return [w, `${w}'s`, `${w}’s`];
  }),
);
const MAX_RUN = 12;
const CONNECTORS = new Set(['of', 'and', 'for', '&', 'de', 'y', 'in', 'from', 'on', 'n']);
const BUSINESS_NOUNS =
  /^ (?:group|club|team|choir|circle|society|collective|network|takeaway|shop|café|cafe|caff|pub|restaurant|salon|bar|chippy|garage|bakery|gym|factory|warehouse|store|hotel|diner|barbers?|hairdressers?|newsagents?|offy|off-licence|launderette|laundrette|bookies|tearooms?|deli|florists?|butchers?|bakers|boutique|kebab|pizza|inn|surgery|clinic|ward|unit|hospital|hospice|practice|hostel|depot|centre|college|school|academy|prison|project|mosque|church|gurdwara|temple|chapel)\b/i;
// after a name: words that say it is a group or a business ("Fell Mums, a group of…")
const DESCRIBED_AS_ORG =
  /^,? (?:a|an|the|it['’]?s an?|which is an?|is an?|our|my)\b[^.;:!?\n]{0,30}?\b(?:group|project|charity|service|club|network|circle|team|organisation|place|café|cafe|shop|salon|business|company|firm|centre|hub|choir|collective|society|restaurant|takeaway|pub|bar|gym|mosque|church|gurdwara|temple|chapel|meeting|list|bakery|factory|band|forum|page|drop-in)\b/i;

function findOrganisations(text: string, informal: boolean, tokens: Token[], add: Add): void {
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

function classifyRun(text: string, tokens: Token[], i: number, j: number, add: Add): void {
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
      (k === 1 && (isNameLike(left) || TITLES.has(left))) ||
      STREET_SUFFIXES.has(rightEnd) ||
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
  const placeSuffix = FACILITY_SUFFIXES.has(lastWord) || SHOP_NOUNS.has(lastWord) || lastWord === 'General';
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
  if (j === i && theBefore && isSingleName(lastWord)) {
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
    // "Marcus Bell", "Ruby Fox": a first name and a surname, not a pub or a shop
    if (
      j === i + 1 &&
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
    !first.sentenceStart || j > i
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
  if (BUSINESS_NOUNS.test(text.slice(last.end, last.end + 14))) {
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

const LOWER_FACILITY_HINT =
  /(?:surgery|clinic|ward|unit|hospital|hospice|practice|hostel|centre|project|cafe|café)\b/;
const INFORMAL_PLACE_WORDS =
  /^(?:psych|rehab|detox|gp|camhs|cmht|maternity|dementia|methadone|drop|youth|mh|a&e)$/;
// "in the sea at Morecambe", "on the beach at Perranporth": outdoors, a place not an institution
const OUTDOORS =
  /\b(?:sea|beach|coast|caravan|van|site|dogs|fishing|fished|fisherman|trawler|boats?|sailed|walk|walking|holiday|camp|harbour|pier|prom|bay|sands|cliffs?|bridge|river|lake|loch|docks|farm|farming|trials|surf|surfing|swim|swimming)\b[^.!?\n]{0,20}$/i;
const SINGLE_ORG_CUE = /\b(?:rang|rung|phoned|called|contacted|joined|with|at|via|through)\s+$/i;
const FACILITY_CUE =
  /\b(?:at|ended up in|admitted to|sectioned (?:at|in|to)|transferred to|discharged from|in and out of|out of|oot o'?|sent to|remanded (?:in|to)|banged up in|locked up in|inpatient (?:at|in))\s+$/i;

/** One capitalised word after "the" that names a single place, shop or family: not a shared word. */
const isSingleName = memo((w: string): boolean => {
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

// Words that say where drinking happens, before "the Anchor" or "the Crown"
const PRODUCT_BEFORE =
  /\b(?:tins?|packets?|box|boxes|bottles?|cans?|bags?|jars?|pots?|smell|smelt|smelled|tasted?|bowls?|slices?|bars?|pints?|glass|cups?|mugs?) of $/i;
const PUB_AFTER =
  /^[^.!?\n]{0,30}\b(?:drink|drinking|drank|pint|pints|beer|lager|bar|landlord|quiz|darts|pub)\b/i;
const PUB_CUE =
  /\b(?:down|pint|pints|drink|drinking|drank|local|landlord|landlady|barmaid|barman|barred|lock-in|quiz|darts|pool|pub|boozer)\b[^.!?\n]{0,30}$/i;
// Words after which a capitalised name is a group, shop or place: "volunteering with", "works at", "joined"
const ORG_CUE_BEFORE =
  /\b(?:with|joined|join|joining|at|from|for|through|via|down|to|find|found|called|named|contact|contacted|volunteer(?:s|ed|ing)? (?:with|at|for)|works? at|worked at|working at|run by|ran by|started|set up|founded|runs|ran|support|supports)\s+$/i;
// Words that describe a service or a kind of people, not one of them: "the Mental Health Team"
const SERVICE_WORDS = new Set(
  `Mental Health Team Teams Community Crisis Home Treatment Recovery Service Services Drug Drugs Alcohol Support Housing Social Care Unit Office Department Centre Center Council Benefits Benefit Probation Court Police Station Emergency Doctors Doctor Job Jobs Tax National Local City Town County District Borough Public Sexual Addiction Addictions Gambling Outreach Night Day Shelter Advice Adult Adults Children Child Family Families Young People Youth Women Men Access Assessment Liaison Early Intervention Psychiatric Psychology Therapy Therapies Talking Wellbeing Government Hall Party Dinner Lunch Meal Fair Holiday Holidays Break Week Weekend Month Year Sunday Service`.split(
    ' ',
  ),
);
// Last words of seas, regions, wars and eras: geography and history identify no one
const REGION_END =
  /^(?:District|Dales|Valley|Valleys|Isle|Isles|Islands|Island|Forest|Hills|Moors|Coast|Sea|Ocean|River|Lake|Lakes|Mountains|Highlands|Lowlands|Borders|War|Wars|Age|Ages|Empire|Kingdom|States|Republic|Channel|Country|Peninsula|Firth|Estuary|Bay|Green|Spa|Heath|Common|Cross|End|Marsh|Moor|Valley|Valleys|Bridge|Beach|Sands|Cliffs|Point|Pier|Harbour|Marina|Rover|Astra|Corsa|Fiesta|Lord|God|Christ|Bible|Testament|Gospel|Prayer|Traditions|Book|Power)$/;
// rivers, hills, bays and bridges: geography, like towns, identifies no one
const LANDMARKS = new Set(
  'Mersey Tyne Wear Tees Thames Severn Trent Ouse Aire Calder Clyde Forth Tay Spey Taff Usk Wye Tamar Exe Humber Tweed Lagan Foyle Bann Liffey Ribble Irwell Medway Lune Wharfe Nidd Swale Dart Fowey Teign Esk Nith Conwy Teifi Tywi Tawe Rhondda Downs Braids Pentlands Cheviots Chilterns Cotswolds Mendips Quantocks Malverns Pennines Fells Sound Minch Solent Broads Fens Moors Catholic Protestant Anglican Methodist Baptist Presbyterian Pentecostal Evangelical Orthodox Muslim Sikh Hindu Jewish Christian Buddhist Travellers Gypsies Zumba'.split(
    ' ',
  ),
);
const REGION_START = /^(?:River|Lake|Loch|Lough|Isle|Mount|Glen|Holy|Good|Great|Our)$/;

/** A capitalised run that names one thing: not only generic, place, day or service words. */
function isDistinctName(run: Token[], lastWord: string): boolean {
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

function findPeople(text: string, lc: string | null, informal: boolean, tokens: Token[], add: Add): void {
  const known = new Set<string>();
  const person = (start: number, end: number, confidence: number, reason: string): void => {
    // "Fiona's", "Dr Vosper'll": the name without the possessive or the contraction after it
    const tail = /['’](?:s|ll|d|ve|re|m)$/i.exec(text.slice(Math.max(start, end - 3), end));
    add(start, tail ? end - tail[0].length : end, 'PERSON', confidence, reason);
  };

  // speaker labels at the start of a line: "Kev:", "Dawn (facilitator):", "Facilitator (Nadia):"
  // every repetition is bounded, so a long line of spaces cannot make this backtrack
  each(
    /^[ \t]{0,8}([^\n:()[\]\s][^\n:()[\]]{0,39}?)[ \t]{0,3}(?:\(([^)\n]{1,40})\))?[ \t]{0,3}:/gm,
    text,
    (m) => {
      for (const part of [m[1], m[2]]) {
        if (!part) continue;
        const ws = part.trim().split(/\s+/);
        if (ws.length > 3) continue;
        const head = ws[0] ?? '';
        if (ROLE_LABELS.has(head.toLowerCase()) || !isUpper(head[0])) continue;
        if (ws.some((w) => isCommonWord(w) && !isNameLike(w) && !isUnknownProper(w))) continue;
        for (const w of ws) if (!ROLE_LABELS.has(w.toLowerCase())) known.add(stripPossessive(w));
      }
    },
  );

  // introductions: "my name's Lorna", "I'm Jordan", "it's Zoë", "this is bex", "names Lee"
  each(lc ? INTRO_LC : INTRO, lc ?? text, (m) => {
    const found = m[1] ?? '';
    const at = m.index + m[0].length - found.length;
    // read the word from the original text: its capital letter matters
    const w = text.slice(at, at + found.length);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    // "my name is X" and "call me X" name a person whatever the word; "it's X" needs a name-like X
    const explicit = /^(?:my name|names|name['’]s|call me|i['’]m called)/i.test(m[0]);
    if (isUpper(w[0])) {
      if (
        (explicit && !isCommonWord(w)) ||
        (isNameLike(w) && !isAmbiguousName(w)) ||
        // "I'm Summer, 27", "I'm Amber, this is…", "I'm Blessing Moyo"
        (isNameLike(w) && /^i/i.test(m[0]) && AFTER_SELF_NAMED.test(after)) ||
        (isUnknownProper(w) && /^(?:[,.!]| (?:from|here|and))/.test(after))
      )
        known.add(stripPossessive(w));
    } else if (w.length >= 3 && !INFORMAL.has(w) && !isBareContraction(w)) {
      // "its kyle.", "its me sky got out", "i'm ghostmoth on here": a name outside the dictionary, or a
      // first name, where the writer says who they are
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      const ends = /^(?:[,.!?)]|\s*$|\s+x+\b| (?:here|from|fae|again|on here|x)\b)/.test(rest);
      const meIntro = /^it['’]?s me/i.test(m[0]);
      if ((!ALL_WORDS.has(w) && (ends || meIntro)) || (FIRST_NAMES_LOWER.has(w) && (ends || meIntro)))
        known.add(w);
    }
  });
  // "Gareth here, filming"
  each(/(?:^|[.,!]\s)([A-Z][\p{L}'’-]{1,30}) here\b/gmu, text, (m) => {
    const w = m[1] ?? '';
    if (isNameLike(w) || isUnknownProper(w)) known.add(w);
  });

  // who a message greets: "hiya amber!!", "yo sunny its ash", "Morning Pat.", "grace!!! cant believe"
  for (const t of tokens) {
    // only where a message, a line or a sentence begins
    if (!t.sentenceStart || !GREETING_WORDS.has(t.text.toLowerCase())) continue;
    if (t.start > 0 && !/[\n.!?]\s{0,3}$/.test(text.slice(Math.max(0, t.start - 4), t.start))) continue;
    GREETING.lastIndex = t.start;
    const m = GREETING.exec(text);
    if (!m) continue;
    const w = m[1] ?? '';
    const lw = w.toLowerCase();
    if (NOT_ADDRESSEES.has(lw) || INFORMAL.has(lw) || NOT_NAMES.has(w) || lw.length < 2) continue;
    if (isNameLike(w) || isNameLike(lw.charAt(0).toUpperCase() + lw.slice(1)) || !ALL_WORDS.has(lw))
      known.add(w);
  }
  {
    const open = OPENING_NAME.exec(text.slice(0, 40));
    const w = open?.[1] ?? '';
    const lw = w.toLowerCase();
    if (
      open &&
      !NOT_ADDRESSEES.has(lw) &&
      !INFORMAL.has(lw) &&
      !NOT_NAMES.has(w) &&
      (FIRST_NAMES_LOWER.has(lw) || (!ALL_WORDS.has(lw) && !/^(?:omg|lol|hiya|hi|hey|yo|ok|okay)$/.test(lw)))
    )
      known.add(w);
  }
  // who signs a message off: its last line is a name ("rob x", "Tash", "Dami")
  signOff(text, known);
  // "dr pryce", "ms okoro", "miss trebilcock": a title typed in lowercase before a surname
  if (informal)
    each(LOWER_TITLE, text, (m) => {
      const w = m[1] ?? '';
      if (w.length >= 3 && !ALL_WORDS.has(w) && !INFORMAL.has(w)) {
        person(m.index, m.index + m[0].length, 0.65, 'title and name in lowercase');
        known.add(w);
      }
    });
  // "harpreet ji", "Auntie ji": a name before an honorific
  if (HONORIFIC_HINT.test(text))
    each(HONORIFIC, text, (m) => {
      const w = m[1] ?? '';
      const lw = w.toLowerCase();
      // "Harjeet-ji": the name; "harpreet ji": the name and the word said with it
      const joined = m[0].charAt(w.length) === '-';
      if (!ALL_WORDS.has(lw) || isNameLike(w) || FIRST_NAMES_LOWER.has(lw))
        person(m.index, m.index + (joined ? w.length : m[0].length), 0.6, 'name and honorific');
    });

  // nicknames given as such: "everyone called him Smiler", "known as Tiny", "she goes by Bex"
  if (NICKNAME_HINT.test(text))
    each(NICKNAME_GIVEN, text, (m) => {
      const w = m[1] ?? '';
      const base = stripPossessive(w);
      if (NOT_NAMES.has(base) || PLACES.has(base) || GENERIC_NAMES.has(base) || isAcronym(base)) return;
      // "known as Green Shoots" names a group: a plain word needs "called him" or "called her"
      const afterWord = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (SPACE_THEN_CAPITAL.test(afterWord)) return;
      if (isCommonWord(base) && !/^call/i.test(m[0]) && !isNameLike(base)) return;
      known.add(base);
    });

  // names that only context revealed ("Will and I met"): their other capitalised uses are the same person
  const learned = new Set<string>();
  // sentences whose first word may be a name, decided by the language model after this pass
  const pending: number[] = [];
  // capitalised words seen in mid-sentence, where a capital means a name
  const midCaps = new Set<string>();
  for (const t of tokens) if (t.cap && !t.sentenceStart) midCaps.add(t.text);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    // most words are ordinary lowercase words, and "I": nothing to decide. In careful prose a lowercase
    // word is looked at only where a person could stand; in messages every word is.
    if (t.cap) {
      if (t.text === 'I') continue;
    } else if (!known.has(t.text)) {
      if (STOPWORDS.has(t.text)) continue;
      if (!informal && !lowerSlotNear(tokens, i)) continue;
      if (ALL_WORDS.has(t.text) && !FIRST_NAMES_LOWER.has(t.text)) continue;
    }
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const base = stripPossessive(t.text);
    const nextIsSurname =
      next !== undefined &&
      next.cap &&
      gapIs(text, t, next, ONE_SPACE) &&
      !isCommonWord(next.text) &&
      !NOT_NAMES.has(next.text) &&
      !PLACES.has(next.text) &&
      !ORG_SUFFIXES.has(next.text) &&
      !FACILITY_SUFFIXES.has(next.text) &&
      !isAcronym(next.text);
    const end = nextIsSurname && next ? next.end : t.end;

    if (
      t.cap &&
      TITLES.has(t.text) &&
      next &&
      next.cap &&
      next.text !== 'I' &&
      gapIs(text, t, next, t.text.length <= 4 ? /^\.? $/ : /^ $/)
    ) {
      if (isCommonWord(next.text) && !isNameLike(next.text) && !isUnknownProper(next.text)) continue;
      let e = next.end;
      const after = tokens[i + 2];
      if (
        after &&
        after.cap &&
        gapIs(text, next, after, ONE_SPACE) &&
        !isCommonWord(after.text) &&
        !ORG_SUFFIXES.has(after.text)
      )
        e = after.end;
      person(t.start, e, 0.9, `title "${t.text}" and name`);
      known.add(stripPossessive(next.text));
      i++;
      continue;
    }
    if (!t.cap) {
      if (known.has(base)) {
        person(t.start, t.start + base.length, 0.7, 'name given earlier in the text');
        continue;
      }
      // "lacey-mae": a double first name typed in lowercase
      if (LOWER_HYPHENATED.test(base) && base.split('-').every((p) => FIRST_NAMES_LOWER.has(p))) {
        if (informal) person(t.start, t.end, 0.55, 'double first name in lowercase');
        continue;
      }
      if (base.length < 3 || INFORMAL.has(base) || !LOWER_WORD.test(t.text) || isBareContraction(base))
        continue;
      // "the gurdwara", "my nain", "on telly": a word after a determiner or a preposition is a thing
      if (
        prev &&
        DETERMINERS.has(prev.text.toLowerCase()) &&
        gapIs(text, prev, t, ONE_SPACE) &&
        !(PREPOSITIONS.has(prev.text) && FIRST_NAMES_LOWER.has(base) && !COMMON_WORDS.has(base))
      )
        continue;
      const listed = FIRST_NAMES_LOWER.has(base);
      const word = ALL_WORDS.has(base);
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
        continue;
      }
      if (listed && !word && informal) {
        person(t.start, t.start + base.length, 0.55, 'first name written in lowercase');
        learned.add(base);
        continue;
      }
      // "a nurse called joy", "me and holly": a first name, even one that is a word, in a slot only a person fills
      if (listed && STRONG_LOWER_SLOT.test(text.slice(Math.max(0, t.start - 10), t.start).toLowerCase())) {
        person(t.start, t.start + base.length, 0.55, 'first name in lowercase, where a person stands');
        learned.add(base);
        continue;
      }
      // "me and tam went", "then nadia texted me": a word outside the dictionary, or a rare word that is a
      // first name, where a person stands
      if ((!word || (listed && !COMMON_WORDS.has(base))) && !isPartOfAddress(text, t)) {
        if (lowercaseSlot(text, tokens, i, informal) && !PLACES_LOWER.has(base)) {
          person(t.start, t.start + base.length, 0.55, 'name written in lowercase, where a person stands');
          learned.add(base);
        }
      }
      continue;
    }
    if (known.has(base)) {
      person(t.start, end, 0.85, 'name given earlier in the text');
      continue;
    }
    // "Big Tam", "Wee Mags", "Young Kev": a nickname made of a describing word and a name
    if (NICKNAME_WORDS.has(t.text) && next && next.cap && gapIs(text, t, next, ONE_SPACE)) {
      const nb = stripPossessive(next.text);
      const third = tokens[i + 2];
      if (
        (isNameLike(nb) || isUnknownProper(nb)) &&
        !GENERIC_NAMES.has(`${t.text} ${nb}`) &&
        !PLACES.has(nb) &&
        !(third && third.cap && gapIs(text, next, third, ONE_SPACE))
      ) {
        person(t.start, next.start + nb.length, 0.65, 'nickname');
        learned.add(nb);
        i++;
        continue;
      }
    }
    // "Kerry Walsh": a place name that is also a first name, followed by a surname
    if (
      PLACES.has(base) &&
      next &&
      next.cap &&
      gapIs(text, t, next, ONE_SPACE) &&
      (isUnknownProper(next.text) || (isNameLike(next.text) && !isMonthOrDay(next.text))) &&
      !STREET_SUFFIXES.has(next.text) &&
      !ORG_SUFFIXES.has(next.text) &&
      !FACILITY_SUFFIXES.has(next.text)
    ) {
      person(t.start, next.end, 0.6, 'first name and surname');
      i++;
      continue;
    }
    // "a jumper that says RHODRI": a first name in capitals
    if (isAcronym(t.text) && t.text.length >= 4) {
      const proper = t.text.charAt(0) + t.text.slice(1).toLowerCase();
      if (isStrongFirstName(proper)) person(t.start, t.end, 0.55, 'first name in capitals');
      continue;
    }
    if (isAcronym(t.text) || NOT_NAMES.has(base) || PLACES.has(base) || CONTRACTION.test(t.text)) continue;
    if (!isNameLike(base) && !isUnknownProper(base)) {
      // "my flatmate Wen Jie": after a word for a relation, a capitalised word that is not a common one
      if (
        prev &&
        RELATION_NOUNS.has(prev.text.toLowerCase()) &&
        gapIs(text, prev, t, /^,? $/) &&
        !isCommonWord(base) &&
        !RELATION_NOUNS.has(base.toLowerCase())
      ) {
        person(t.start, end, 0.55, 'name after a relation');
        learned.add(base);
        continue;
      }
      // "Snipes just laughed", "these lads, Snipes and his mate": an ordinary word used as a nickname, where
      // only a person can stand
      if (
        !NOT_PERSON_WORDS.has(base) &&
        !RELATION_NOUNS.has(base.toLowerCase()) &&
        !ROLE_LABELS.has(base.toLowerCase()) &&
        !GENERIC_NAMES.has(base) &&
        !(next && next.cap && gapIs(text, t, next, ONE_SPACE)) &&
        !(prev && prev.cap && gapIs(text, prev, t, ONE_SPACE)) &&
        !(prev && PLACE_PREPOSITIONS.has(prev.text.toLowerCase())) &&
        commonWordAsName(text, tokens, i, midCaps)
      ) {
        person(t.start, end, 0.5, 'nickname in context');
        learned.add(base);
      }
      continue;
    }
    const relation =
      prev !== undefined && RELATION_NOUNS.has(prev.text.toLowerCase()) && gapIs(text, prev, t, /^,? $/);
    // "Fort William", "Ebbw Vale", "Kings Heath": a name-word inside another capitalised name
    if (
      prev &&
      prev.cap &&
      !prev.sentenceStart &&
      gapIs(text, prev, t, ONE_SPACE) &&
      !isNameLike(prev.text) &&
      !isUnknownProper(prev.text) &&
      !TITLES.has(prev.text) &&
      !NICKNAME_WORDS.has(prev.text) &&
      !known.has(stripPossessive(prev.text))
    )
      continue;
    // "his Weetabix", "the Mersey", "a Milo", "drinking Irn Bru", "gave me Valium": a thing, not a person
    if (
      prev &&
      (THING_BEFORE.has(prev.text.toLowerCase()) ||
        (prev.text === 'me' && /\bgave me $/i.test(text.slice(Math.max(0, t.start - 9), t.start)))) &&
      gapIs(text, prev, t, ONE_SPACE) &&
      !known.has(base)
    )
      continue;
    // "a bottle of Jameson", "cans of Irn-Bru": a product
    if (
      /\b(?:bottles?|cans?|pints?|glass|glasses|box|boxes|packets?|tins?|bags?|packs?|doses?|tubs?) of $/i.test(
        text.slice(Math.max(0, t.start - 12), t.start),
      )
    )
      continue;
    // "in Camborne", "near Omagh", "from Craiova": after these a capitalised word is a place, unless a surname
    // follows ("from Sarah Jones") or the word is a name the text has given
    if (
      prev !== undefined &&
      PLACE_PREPOSITIONS.has(prev.text.toLowerCase()) &&
      gapIs(text, prev, t, ONE_SPACE) &&
      (!nextIsSurname || !PERSON_PREPOSITIONS.has(prev.text.toLowerCase())) &&
      !(prev.text.toLowerCase() === 'from' && isStrongFirstName(base))
    )
      continue;
    // "Loch Baghasdail", "Fort William", "Craig Phadrig": a word that opens the names of places
    if (PLACE_HEADS.has(base) && next && next.cap && gapIs(text, t, next, ONE_SPACE)) {
      i++;
      continue;
    }
    // "big Hughie", "wee Senga": a nickname whose describing word is typed in lowercase
    if (
      prev &&
      NICKNAME_WORDS_LOWER.has(prev.text) &&
      gapIs(text, prev, t, ONE_SPACE) &&
      isNameLike(base) &&
      !(tokens[i - 2] && DETERMINERS.has((tokens[i - 2] as Token).text.toLowerCase()))
    ) {
      person(prev.start, end, 0.65, 'nickname');
      learned.add(base);
      continue;
    }
    // "auntie Nyasha", "nana Pat": a family title typed in lowercase belongs to the name
    const from =
      prev && LOWER_FAMILY_TITLES.has(prev.text) && gapIs(text, prev, t, ONE_SPACE) ? prev.start : t.start;
    if (isStrongFirstName(base)) {
      // a name that starts an organisation ("Ruby's Diner") is handled as the organisation
      person(from, end, 0.8, 'first name');
      continue;
    }

    if (isNameLike(base)) {
      // "Ring Shona": a sentence-initial word before a clear first name is not part of the name
      if (t.sentenceStart && next && isStrongFirstName(next.text)) continue;
      // "the Red Cross": a word-name inside a capitalised run that does not start with a name
      if (
        isAmbiguousName(base) &&
        prev &&
        prev.cap &&
        !prev.sentenceStart &&
        gapIs(text, prev, t, ONE_SPACE) &&
        !isStrongFirstName(prev.text)
      )
        continue;
      // Hope, Grace, Will, Dawn, Bill: a name only when the context says so
      const midSentence =
        !t.sentenceStart && !(next && next.cap && gapIs(text, t, next, ONE_SPACE) && !nextIsSurname);
      const followedByVerb =
        next !== undefined &&
        gapIs(text, t, next, /^,? $/) &&
        PERSON_VERBS.has(next.text.toLowerCase()) &&
        !t.sentenceStart;
      const vocative =
        prev !== undefined &&
        /, $/.test(text.slice(prev.end, t.start)) &&
        /^["”’']?[.!?]/.test(text.slice(t.end, t.end + 2));
      // "Will and I met", "Grace, our daughter, is three"
      const after = text.slice(t.end, t.end + 40);
      const pairedWithMe = /^ and (?:i|me)\b/i.test(after);
      const described =
        /^, (?:my|our|his|her|their) (?:\w+ )?\w+,/.test(after) &&
        RELATION_NOUNS.has(/^, \w+ (?:\w+ )?(\w+),/.exec(after)?.[1] ?? '');
      if (TITLES.has(base) && !nextIsSurname) continue;
      if (
        nextIsSurname ||
        relation ||
        (midSentence && !isMonthOrDay(base)) ||
        followedByVerb ||
        vocative ||
        pairedWithMe ||
        described ||
        (!isMonthOrDay(base) && personCue(text, tokens, i)) ||
        (!t.sentenceStart && OBJECT_CUE.test(text.slice(Math.max(0, t.start - 14), t.start)))
      ) {
        person(from, end, 0.6, 'name in context');
        if (!isMonthOrDay(base)) learned.add(base);
      }
      continue;
    }
    // "Bikash Gurung was my bunkmate": two unknown capitalised words opening a sentence, then a verb
    if (
      t.sentenceStart &&
      isUnknownProper(base) &&
      nextIsSurname &&
      next &&
      isUnknownProper(next.text) &&
      VERB_AFTER_FULL_NAME.test(text.slice(next.end, next.end + 12)) &&
      !CONTINUES_NAME.test(text.slice(next.end, next.end + 12))
    ) {
      person(t.start, end, 0.55, 'capitalised first name and surname');
      learned.add(base);
      i++;
      continue;
    }
    // "Tendai Pryce": two unknown capitalised words mid-sentence have the shape of a full name
    if (
      !t.sentenceStart &&
      isUnknownProper(base) &&
      nextIsSurname &&
      next &&
      isUnknownProper(next.text) &&
      !(tokens[i + 2]?.cap && gapIs(text, next, tokens[i + 2] as Token, ONE_SPACE))
    ) {
      person(t.start, end, 0.55, 'capitalised first name and surname');
      i++;
      continue;
    }
    if (isUnknownProper(base)) {
      const vocative =
        prev !== undefined &&
        /, $/.test(text.slice(prev.end, t.start)) &&
        /^["”’']?[.!?]/.test(text.slice(t.end, t.end + 2));
      const byVerb =
        next !== undefined && gapIs(text, t, next, /^,? $/) && PERSON_VERBS.has(next.text.toLowerCase());
      const appositive =
        prev !== undefined &&
        /, $/.test(text.slice(prev.end, t.start)) &&
        /^,/.test(text.slice(t.end, t.end + 1));
      if (
        relation ||
        vocative ||
        (byVerb && !t.sentenceStart) ||
        (appositive && !t.sentenceStart) ||
        personCue(text, tokens, i) ||
        (!t.sentenceStart && OBJECT_CUE.test(text.slice(Math.max(0, t.start - 14), t.start)))
      ) {
        person(t.start, end, 0.55, 'capitalised name in context');
        learned.add(base);
      } else if (t.sentenceStart && mayBeVerb(next, text, t)) pending.push(i);
    }
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
}

const MAX_MODEL_READS = 1;
const VERB_ENDING = /(?:ed|es|s)$/;
const HONORIFIC_HINT = /(?:ji|sahib|bhai|baji|jaan)\b/i;
const HONORIFIC = /(?<![\p{L}\p{N}])([\p{L}][\p{L}'’-]{1,25})[ -](?:ji|sahib|bhai|baji|jaan)\b/giu;
const PLACES_LOWER = new Set([...PLACES].map((p) => p.toLowerCase()));
// slots where even a first name that is an ordinary word is the name: "a nurse called joy", "me and holly"
const STRONG_LOWER_SLOT = /\b(?:called|named|my mate|me and|me n|and me|bestie|its me|it['’]s me)\s+$/;
// a person's name said as a vocative where a message begins: "grace!!!", "chase mate!!", "sol guess what"
const OPENING_NAME =
  /^(?:(?:omg|oh|ah|aw|aww|ok|okay|right|so)[ ,]+)?([\p{L}][\p{L}'’-]{1,20})(?=\s{0,2}(?:!|\?|,|mate\b|bro\b|hun\b|babe\b|guess\b|its\b|it['’]s\b|im\b|i['’]m\b|x+\b))/iu;
// people-words that are not names, even capitalised before "said"
const NOT_PERSON_WORDS = new Set(
  'Nobody Somebody Anybody Everybody Someone Anyone Everyone People Staff Doctors Nurses Police Cops Mates Friends Family Parents Kids Lads Girls Boys Teachers Others Both None Some Many Most All Each Neither Either Nothing Something Everything They He She We You It Who What Which That This These Those There Here Then When Nurse Doctor Counsellor Mum Dad Nan'.split(
    ' ',
  ),
);
const SPEECH_VERBS = new Set(
  'said says told tells asked asks rang texted messaged replied shouted laughed laughs cried smiled nodded hugged prayed sang drove walked grinned winked whispered muttered'.split(
    ' ',
  ),
);
const NICKNAME_WORDS_LOWER = new Set([...NICKNAME_WORDS].map((w) => w.toLowerCase()));
// a greeting at the start of a message or a line, then the name of the one greeted
const GREETING_WORDS = new Set(
  'hiya hi hey heya yo oi alright morning evening afternoon dear hello cheers thanks ta night nite congrats well'.split(
    ' ',
  ),
);
const GREETING =
  /(?:hiya|hi|hey|heya|yo|oi|alright|morning|evening|afternoon|dear|hello|cheers|thanks|ta|night|nite|congrats|well done)[ ,]{1,3}([\p{L}][\p{L}'’-]{1,20})(?=\s{0,3}(?:[!?.,:)]|x{1,3}\b|its\b|it['’]s\b|mate\b|bro\b|hun\b|$))/iuy;
const NOT_ADDRESSEES = new Set(
  'me you u all everyone everybody guys lads girls ladies folks mate bro hun babe there again love pal sis team auntie aunty uncle cuz boss chief doll sweetheart sister brother granda grandad grandma nana nan mum unuh yuh salam gang fam both mum mam dad nan doc sir miss gorgeous darling sweetie pet chuck duck hen son lass lad people friends world back ya yous youse it its so um erm well yeah aye ok okay then just sorry guess today tonight i we this that what how hello hi again'.split(
    ' ',
  ),
);
const LOWER_TITLE =
  /\b(?:dr|mr|mrs|ms|miss|mx|nurse|sister|pastor|father|auntie|aunty|uncle)\.? ([a-z][\p{Ll}'’-]{1,25})/gu;

/** The last line of a message, when it is a name: "rob x", "Tash", "Love Li", "— Dami". */
function signOff(text: string, known: Set<string>): void {
  const end = text.trimEnd();
  const nl = end.lastIndexOf('\n');
  let line = end.slice(nl + 1);
  // a sign-off on the same line as the message: "…a monster. rob x", "…love li"
  if (nl < 0 || line.length > 40) {
    const tail = SIGN_OFF_TAIL.exec(end.slice(-60));
    if (!tail) return;
    line = tail[1] ?? '';
  }
  const words = line
    .replace(/^[\s(—–-]+|(?:[\s).!\]x]|\p{Extended_Pictographic}|\uFE0F)+$/gu, '')
    .replace(/^(?:love|lots of love|cheers|thanks|ta|from|peace)\b,?\s*/i, '')
    .split(/\s+/)
    .map((x) => x.replace(/[,;]+$/, ''));
  if (words.length === 0 || words.length > 2) return;
  const w = words[0] ?? '';
  const lw = w.toLowerCase();
  if (!WORD_SHAPE.test(w) || NOT_ADDRESSEES.has(lw) || INFORMAL.has(lw) || NOT_NAMES.has(w) || PLACES.has(w))
    return;
  if (words.length === 2 && !isUpper((words[1] ?? '')[0])) return;
  if (isNameLike(w) || FIRST_NAMES_LOWER.has(lw) || !ALL_WORDS.has(lw)) known.add(w);
}
// after these a first name and a surname may follow: "from Sarah Jones", "towards Dr Shah"
const PERSON_PREPOSITIONS = new Set(['from', 'towards', 'toward']);
const PLACE_HEADS = new Set(
  'Loch Lough Mount Glen Port Fort Isle Lake River Cape Strath Blaenau Kirk Bally Inis'.split(' '),
);
const PLACE_PREPOSITIONS = new Set(
  'in into near outside around across through towards toward via from'.split(' '),
);
const LOWER_FAMILY_TITLES = new Set(
  'auntie aunty aunt uncle nana nanna nan gran granny grandma grandad granda grandpa mama papa'.split(' '),
);
const THING_BEFORE = new Set(
  'a an the his her their its this that these those some any every drinking drank smoking smoked taking eating ate prescribed'.split(
    ' ',
  ),
);
const PREPOSITIONS = new Set('to for from with about at by'.split(' '));
const DETERMINERS = new Set(
  'the a an my your his her their this that these those some any no every on about in at to from into onto of for by over under through'.split(
    ' ',
  ),
);
// "everyone called him Smiler", "known as Tiny", "she goes by Bex"
const NICKNAME_HINT = /call|known as|nicknamed|goes by|went by|go by/i;
const NICKNAME_GIVEN =
  /\b(?:(?:call(?:s|ed)?|nicknamed) (?:him|her|them|me|us|himself|herself|themselves|myself)|known as|nicknamed|goes by|went by|go by)\s+["“‘']?(\p{Lu}[\p{L}'’-]{1,30})/gu;
// words before a capitalised word that make it a person: "told Oksana", "me and Wei", "thanks to Hodan"
const OBJECT_CUE =
  /\b(?:told|tell|asked|ask|texted|text|rang|ring|phoned|phone|married|marry|hugged|hug|thanked|thank|thanks to|visited|me and|with my|and my|love you|miss you|met|our|telt|tellt|wi)\s+$/i;
// after two capitalised words, signs that the name goes on ("Kuala Lumpur is", "Abu Dhabi")
const CONTINUES_NAME = /^ (?:Road|Street|Lane|Way|Park|Hall|Centre|Hospital|Club|Group)\b/;
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
function personCue(text: string, tokens: Token[], i: number): boolean {
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
function commonWordAsName(text: string, tokens: Token[], i: number, midCaps: Set<string>): boolean {
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
function mayBeVerb(next: Token | undefined, text: string, t: Token): boolean {
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
function subjectOfPersonVerb(text: string, t: Token): boolean {
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

/** "Tanners Row", "Heol y Felin": a lowercase word inside a street name is not a person. */
function isPartOfAddress(text: string, t: Token): boolean {
  return (
    CAPITALISED_WORD_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start)) &&
    SPACE_THEN_CAPITAL.test(text.slice(t.end, t.end + 2))
  );
}

// the commonest English words: a cheap first test before the large dictionary
const STOPWORDS = new Set(
  'the and to of a in i was it that my he she for on is with me but so we they be at had have this not as his her you all just what when there from out up one about then were been would or do did like an if back no by get got them know said go went because which their him our time could into can more day some who over how now year years very way really think even still felt feel going first after before things thing people little never much well off us down where make made too only every other see those again am are being does your any why want need told take took yeah'.split(
    ' ',
  ),
);
// words next to a lowercase word that let a person stand there ("me and tam", "tam said", "big mick")
const LOWER_SLOT_BEFORE = new Set(
  'and n with wi told tell asked ask texted text rang ring phoned called named mate friend bestie cousin auntie aunty uncle our hi hey hiya yo thanks thank ty love miss met to for off fae frae from me its big wee little lil young old lanky mad daft fat auld tall skinny ginger scouse posh'.split(
    ' ',
  ),
);

/** A lowercase word stands where a person could: after "me and", "with", a nickname word, or before a verb. */
function lowerSlotNear(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    (prev !== undefined && LOWER_SLOT_BEFORE.has(prev.text.toLowerCase())) ||
    (next !== undefined && (PERSON_VERB_FORMS.has(next.text) || next.text === 'and' || next.text === 'my'))
  );
}

/** "wouldnt", "couldve", "theyll": a contraction typed without its apostrophe. */
const isBareContraction = memo((w: string): boolean => {
  const m = BARE_CONTRACTION.exec(w);
  return m !== null && ALL_WORDS.has(m[1] ?? '');
});

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
  if (plural) return false;
  if (informal && listed && /\b(?:to|for|off|fae|frae|from)\s+$/.test(before)) return true;
  // "ste my keyworker came round"
  const kin = KIN_AFTER_LOWER.exec(after);
  if (listed && kin && RELATION_NOUNS.has(kin[1] ?? '')) return true;
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

function isMonthOrDay(w: string): boolean {
  return MONTHS.includes(w) || /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(w);
}

function resolve(text: string, drafts: Draft[]): PiiFinding[] {
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Draft[] = [];
  for (const d of drafts) {
    const last = kept[kept.length - 1];
    if (!last || d.start >= last.end) {
      kept.push({ ...d });
      continue;
    }
    // overlapping: keep one span covering both, typed by the stronger finding
    const stronger =
      PRIORITY[d.type] > PRIORITY[last.type] ||
      (PRIORITY[d.type] === PRIORITY[last.type] && d.end - d.start > last.end - last.start)
        ? d
        : last;
    last.end = Math.max(last.end, d.end);
    last.type = stronger.type;
    last.confidence = Math.max(last.confidence, d.confidence);
    last.reason = stronger.reason;
  }
  return kept.map((d) => {
    const s = text.slice(d.start, d.end);
    return {
      start: d.start,
      end: d.end,
      type: d.type,
      text: s,
      confidence: Math.round(d.confidence * 100) / 100,
      replacement: replacementFor(d.type, s),
      reason: d.reason,
    };
  });
}

/** Replace each finding with its replacement; findings must come from the same text. */
export function redact(
  text: string,
  findings: readonly Pick<PiiFinding, 'start' | 'end' | 'replacement'>[],
): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const f of sorted) {
    const start = Math.max(at, Math.min(text.length, f.start));
    const end = Math.max(start, Math.min(text.length, f.end));
    if (end <= at) continue;
    out += text.slice(at, start) + f.replacement;
    at = end;
  }
  return out + text.slice(at);
}
