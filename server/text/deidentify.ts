// De-identification of UK English text: structured identifiers by pattern and validator, names,
// places and organisations by lexicon and context. Every pattern is linear (bounded quantifiers, no
// nested repetition), so hostile input cannot make it backtrack.
import {
  FACILITY_SUFFIXES,
  MONTHS,
  NOT_NAMES,
  NUMBER_WORDS,
  ORG_SUFFIXES,
  PLACES,
  RELATION_NOUNS,
  ROLE_LABELS,
  STREET_PREFIXES,
  STREET_SUFFIXES,
  TITLES,
} from './lexicons.js';
import { ALL_WORDS, COMMON_WORDS, FIRST_NAMES, FIRST_NAMES_LOWER, isAmbiguousName } from './names.js';
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
  "(?![\\d.,]\\d|[-‐](?:odd|ish|something|plus|year)|s\\b|%| ?(?:per ?cent|pounds?|quid|grand|p\\b|am\\b|pm\\b|a\\.m|p\\.m|o'clock|:|hours?|hrs?|minutes?|mins?|seconds?|days?|weeks?|months?|times?|miles?|stone|kilos?|kg|lbs?|points?|of |in the (?:morning|afternoon|evening)|at night|tonight|this |years? (?:ago|clean|sober|later|on|since|before|after|in|of|into)|people|men|women|kids|children|others|tablets|pills|cans|pints|bottles|hundred|thousand|million|sessions?|sons|daughters|more|or so|other))";
const AGE_TRIGGERED = new RegExp(
  `\\b(?:(?:i|he|she|they|you|we)(?:'m|’m| am| was| were|'s|’s| is| are| turned| had just turned| have just turned)|aged?|at the age of|turned|turning|was|when (?:i|he|she) was|at)\\s+(${AGE_NUM})\\b${AGE_NOT_AFTER}`,
  'gi',
);
const AGE_YEARS_OLD = new RegExp(`\\b(${AGE_NUM})(?:[- ]years?[- ]old|[- ]year[- ]old|yo\\b)`, 'gi');

/** The same pattern without the i flag, for use on lowercased text (case-sensitive scans are faster). */
const lowerVariant = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace('i', ''));
const DATE_DAY_MONTH_LC = lowerVariant(DATE_DAY_MONTH);
const DATE_ORDINAL_LC = lowerVariant(DATE_ORDINAL);
const AGE_TRIGGERED_LC = lowerVariant(AGE_TRIGGERED);
const AGE_YEARS_OLD_LC = lowerVariant(AGE_YEARS_OLD);
const INTRO =
  /\b(?:my name is|my name's|my name’s|names|name's|name’s|i'm|i’m|i am|it's|it’s|this is|call me|i'm called|known as)\s+([\p{L}][\p{L}\p{M}'’-]{0,30})/giu;
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

function gapIs(text: string, a: Token, b: Token, allowed: RegExp): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && allowed.test(gap);
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
const stripPossessive = (w: string): string => w.replace(/['’]s$/i, '');

const isCommonWord = memo((w: string): boolean => {
  return COMMON_WORDS.has(lowerNoPossessive(w));
});

function isAcronym(w: string): boolean {
  // "NHS", "GP", and plurals such as "SSRIs"
  const core = /^[A-Z]{2,}s$/.test(w) ? w.slice(0, -1) : w;
  return core.length >= 2 && core === core.toUpperCase() && /\p{L}/u.test(core);
}

const isStrongFirstName = memo((w: string): boolean => {
  const base = stripPossessive(w);
  return FIRST_NAMES.has(base) && !isAmbiguousName(base) && !NOT_NAMES.has(base) && !PLACES.has(base);
});

const isNameLike = memo((w: string): boolean => {
  const base = stripPossessive(w);
  return FIRST_NAMES.has(base) && !NOT_NAMES.has(base) && !PLACES.has(base);
});

/** A capitalised word that is not an English word, a place or a known non-name: probably a proper name. */
const isUnknownProper = memo((w: string): boolean => {
  const base = stripPossessive(w);
  if (!isUpper(base[0]) || isAcronym(base) || base.length < 2 || CONTRACTION.test(base)) return false;
  if (NOT_NAMES.has(base) || PLACES.has(base) || isMonthOrDay(base.replace(/s$/, ''))) return false;
  return !ALL_WORDS.has(base.toLowerCase());
});

const CONTRACTION = /^(?:I['’]|.*(?:['’](?:d|ll|ve|re|m|t)|n['’]t)$)/i;
// informal spellings without apostrophes that must not be read as lowercase names
const INFORMAL = new Set(
  'ive im id ill dont cant wont didnt doesnt isnt wasnt werent thats whats youre theyre hes shes lol omg gonna wanna gotta dunno aint yall cos coz tho nah ya yer ur'.split(
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
  const lc = lower.length === text.length ? lower : null;
  findDates(text, lc, add);
  findAges(text, lc, add);
  const tokens = tokenize(text);
  findAddresses(text, tokens, add);
  findOrganisations(text, tokens, add);
  findPeople(text, lc, tokens, add);
  return resolve(text, drafts);
}

type Add = (start: number, end: number, type: PiiType, confidence: number, reason: string) => void;

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

function validDayMonth(d: number, mo: number): boolean {
  return d >= 1 && d <= 31 && mo >= 1 && mo <= 12;
}

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
  each(DATE_MONTH_YEAR, text, (m) => dated(m.index, m.index + m[0].length, 0.8, 'month and year'));
  each(lc ? DATE_ORDINAL_LC : DATE_ORDINAL, lc ?? text, (m) =>
    dated(m.index + 4, m.index + m[0].length, 0.6, 'day of the month'),
  );
}

function findAges(text: string, lc: string | null, add: Add): void {
  const age = (m: RegExpExecArray, reason: string): void => {
    const num = m[1];
    if (num === undefined) return;
    const offset = m[0].toLowerCase().lastIndexOf(num.toLowerCase());
    const start = m.index + offset;
    const lower = m[0].toLowerCase();
    const value = /^\d+$/.test(num)
      ? Number(num)
      : (NUMBER_WORDS[num.toLowerCase().split(/[- ]/)[0] ?? ''] ?? 0);
    if (value < 1 || value > 110) return;
    // "at 7" is usually a time; "at 19" an age
    if (/^at\s/.test(lower) && value < 10) return;
    if (/^(?:was|is)\s/.test(lower) && /^\d+$/.test(num) && value < 10) return;
    add(start, start + num.length, 'AGE', 0.7, reason);
  };
  each(lc ? AGE_TRIGGERED_LC : AGE_TRIGGERED, lc ?? text, (m) => age(m, 'age'));
  each(lc ? AGE_YEARS_OLD_LC : AGE_YEARS_OLD, lc ?? text, (m) => age(m, 'age in years'));
}

function findAddresses(text: string, tokens: Token[], add: Add): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    // "Clos Ceirios", "Heol y Felin"
    if (STREET_PREFIXES.has(t.text)) {
      const n = tokens[i + 1];
      if (n && n.cap && gapIs(text, t, n, /^ $/)) {
        const num = /\d{1,4}[a-z]?,? $/i.exec(text.slice(Math.max(0, t.start - 8), t.start));
        add(num ? t.start - num[0].length : t.start, n.end, 'ADDRESS', 0.8, 'street name');
      }
      continue;
    }
    if (!t.cap || !STREET_SUFFIXES.has(t.text) || i === 0) continue;
    // "St" is also "Saint": only a street when it ends a name
    if (
      (t.text === 'St' || t.text === 'Dr') &&
      tokens[i + 1]?.cap &&
      gapIs(text, t, tokens[i + 1] as Token, /^ $/)
    )
      continue;
    let j = i - 1;
    let start = -1;
    let words = 0;
    while (j >= 0 && words < 3) {
      const p = tokens[j];
      const next = tokens[j + 1];
      if (!p || !next || !gapIs(text, p, next, /^ ?$/) || !p.cap || STREET_SUFFIXES.has(p.text)) break;
      if (TITLES.has(p.text) || NOT_NAMES.has(p.text)) break;
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
    const num = /(?:(?:flat|apartment|unit)\s+(?=[\w/]{0,5}\d)[\w/]{1,6},?\s+)?\d{1,4}[a-z]?,?\s+$/i.exec(
      before,
    );
    if (hills && !num) continue;
    const s = num ? start - num[0].length : start;
    add(s, t.end, 'ADDRESS', num ? 0.9 : 0.75, num ? 'house number and street' : 'street name');
  }
  // "Flat 2F1, 9 Balfour Crescent" style lead-ins are covered above; standalone "Flat 3" lines too
  each(/\b(?:Flat|Apartment) \d{1,4}[A-Z]?\d?\b/g, text, (m) =>
    add(m.index, m.index + m[0].length, 'ADDRESS', 0.7, 'flat number'),
  );
}

// Large national bodies and fellowships: naming them identifies no one.
const NATIONAL_ORGS =
  /^(?:The )?(?:Alcoholics Anonymous|Narcotics Anonymous|Gamblers Anonymous|Cocaine Anonymous|Overeaters Anonymous|Al-Anon|Samaritans|Salvation Army|Citizens Advice|SMART Recovery|Breathing Space|Turning Point|Change Grow Live|Scottish Recovery Network|Job ?Centre(?: Plus)?|Jobcentre(?: Plus)?|Social Services|Mental Health Awareness Week|Premier League|Red Cross|British Red Cross|Age UK|Shelter|Mind)$/;

// "Through the Gate", "Over the Wall": a capitalised preposition may take "the" inside a name
const TITLE_PREPOSITIONS =
  /^(?:Through|On|In|Of|Across|Over|Under|Beyond|Behind|By|At|For|Into|Round|Around|Along)$/;

const CONNECTORS = new Set(['of', 'and', 'for', '&', 'de', 'y', 'in']);
const BUSINESS_NOUNS =
  /^ (?:takeaway|shop|café|cafe|pub|restaurant|salon|bar|chippy|garage|bakery|gym|factory|warehouse|store|hotel|diner)\b/i;

function findOrganisations(text: string, tokens: Token[], add: Add): void {
  // runs of capitalised words on one line: "Harbour Lights Veterans Hub", "Dearnebrook Miners' Welfare"
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !t.cap || t.text === 'I' || CONTRACTION.test(t.text)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const a = tokens[j] as Token;
      const b = tokens[j + 1] as Token;
      if (b.cap && b.text !== 'I' && !CONTRACTION.test(b.text) && gapIs(text, a, b, /^(?:['’]? |-| & )$/)) {
        j++;
        continue;
      }
      const c = tokens[j + 2];
      if (
        c &&
        c.cap &&
        !b.cap &&
        (CONNECTORS.has(b.text) || (b.text === 'the' && TITLE_PREPOSITIONS.test(a.text))) &&
        gapIs(text, a, b, /^ $/) &&
        gapIs(text, b, c, /^ $/)
      ) {
        j += 2;
        continue;
      }
      break;
    }
    classifyRun(text, tokens, i, j, add);
    i = j + 1;
  }
  each(/\b(?:HMP|HMYOI|YOI|HMIP) [A-Z][\p{L}'’-]{1,30}/gu, text, (m) =>
    add(m.index, m.index + m[0].length, 'FACILITY', 0.9, 'prison'),
  );
  each(/\bWard (?:\d{1,3}[A-Z]?|[A-Z][\p{L}'’-]{1,30})/gu, text, (m) =>
    add(m.index, m.index + m[0].length, 'FACILITY', 0.85, 'hospital ward'),
  );
  each(/\b(?:St|Saint) [A-Z][\p{L}-]{1,30}['’]s\b/gu, text, (m) =>
    add(m.index, m.index + m[0].length, 'FACILITY', 0.7, 'named place'),
  );
}

function classifyRun(text: string, tokens: Token[], i: number, j: number, add: Add): void {
  const first = tokens[i];
  const last = tokens[j];
  if (!first || !last) return;
  const lastWord = stripPossessive(last.text);
  const run = tokens.slice(i, j + 1);
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
  // "The NHS Trust", "Liverpool FC": generic words or a big place before the suffix identify no one
  const named = run.filter(
    (t, k) =>
      k !== run.length - 1 &&
      !CONNECTORS.has(t.text) &&
      !/^(?:The|A|An)$/.test(t.text) &&
      !NOT_NAMES.has(t.text) &&
      !PLACES.has(stripPossessive(t.text)),
  );
  if (named.length === 0 && j > i) return;
  if (FACILITY_SUFFIXES.has(lastWord) || lastWord === 'General' || lastWord === 'Royal') {
    if (j > i || lastWord === 'General')
      add(start, last.end, 'FACILITY', 0.8, `named ${lastWord.toLowerCase()}`);
    return;
  }
  if (ORG_SUFFIXES.has(lastWord) && j > i) {
    add(start, last.end, 'ORGANISATION', 0.75, 'named organisation');
    return;
  }
  if (TITLES.has(first.text)) return;
  // "opened the Golden Lotus takeaway"
  if (j > i && BUSINESS_NOUNS.test(text.slice(last.end, last.end + 12))) {
    add(start, last.end, 'FACILITY', 0.7, 'named business');
    return;
  }
  // "a group called Pier Pressure", "a charity called Second Gate", "a project, Open Hands Welcome"
  const before = text.slice(Math.max(0, first.start - 40), first.start);
  const called = /\b(?:called|named|known as)\s+$/i.test(before);
  const orgIntro =
    /\b(?:group|charity|club|project|service|organisation|organization|network|page|channel|company|firm|team|place|centre|society|thing|collective|café|cafe)(?:(?: now)?,?\s+(?:called\s+)?|\b[^.,;:!?\n]{0,25},\s+)$/i.test(
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
  // "my boss at Fenland Frozen Foods", "it's Cal from Scouse Steps"
  if (fromAt && j > i && !first.sentenceStart) {
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

function findPeople(text: string, lc: string | null, tokens: Token[], add: Add): void {
  const known = new Set<string>();
  const person = (start: number, end: number, confidence: number, reason: string): void =>
    add(start, end, 'PERSON', confidence, reason);

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
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    // "my name is X" and "call me X" name a person whatever the word; "it's X" needs a name-like X
    const explicit = /^(?:my name|names|name['’]s|call me|i['’]m called)/i.test(m[0]);
    if (isUpper(w[0])) {
      if (
        (explicit && !isCommonWord(w)) ||
        (isNameLike(w) && !isAmbiguousName(w)) ||
        (isUnknownProper(w) && /^(?:[,.!]| (?:from|here|and))/.test(after))
      )
        known.add(stripPossessive(w));
    } else if (!ALL_WORDS.has(w.toLowerCase()) && /^[,.!]/.test(after) && w.length >= 3) {
      known.add(w);
    }
  });
  // "Gareth here, filming"
  each(/(?:^|[.,!]\s)([A-Z][\p{L}'’-]{1,30}) here\b/gmu, text, (m) => {
    const w = m[1] ?? '';
    if (isNameLike(w) || isUnknownProper(w)) known.add(w);
  });

  // names that only context revealed ("Will and I met"): their other capitalised uses are the same person
  const learned = new Set<string>();
  const informal = (text.match(/(?:^|[\s.,])i(?:'m|’m|'ve|’ve|'d|’d)?\s/g)?.length ?? 0) >= 2;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const base = stripPossessive(t.text);
    const nextIsSurname =
      next !== undefined &&
      next.cap &&
      gapIs(text, t, next, /^ $/) &&
      !isCommonWord(next.text) &&
      !NOT_NAMES.has(next.text) &&
      !PLACES.has(next.text) &&
      !ORG_SUFFIXES.has(next.text) &&
      !FACILITY_SUFFIXES.has(next.text) &&
      !isAcronym(next.text);
    const end = nextIsSurname && next ? next.end : t.end;

    if (t.cap && TITLES.has(t.text) && next && next.cap && gapIs(text, t, next, /^\.? $/)) {
      if (isCommonWord(next.text) && !isNameLike(next.text) && !isUnknownProper(next.text)) continue;
      let e = next.end;
      const after = tokens[i + 2];
      if (
        after &&
        after.cap &&
        gapIs(text, next, after, /^ $/) &&
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
      if (
        informal &&
        !known.has(base) &&
        FIRST_NAMES_LOWER.has(base) &&
        !ALL_WORDS.has(base) &&
        !INFORMAL.has(base) &&
        base.length >= 3
      ) {
        person(t.start, t.start + base.length, 0.55, 'first name written in lowercase');
      } else if (known.has(base)) {
        person(t.start, t.start + base.length, 0.7, 'name given earlier in the text');
      }
      continue;
    }
    if (known.has(base)) {
      person(t.start, end, 0.85, 'name given earlier in the text');
      continue;
    }
    // "Kerry Walsh": a place name that is also a first name, followed by a surname
    if (PLACES.has(base) && nextIsSurname && next && isUnknownProper(next.text)) {
      person(t.start, end, 0.6, 'first name and surname');
      continue;
    }
    if (isAcronym(t.text) || NOT_NAMES.has(base) || PLACES.has(base) || CONTRACTION.test(t.text)) continue;
    const relation =
      prev !== undefined && RELATION_NOUNS.has(prev.text.toLowerCase()) && gapIs(text, prev, t, /^,? $/);
    if (isStrongFirstName(base)) {
      // a name that starts an organisation ("Ruby's Diner") is handled as the organisation
      person(t.start, end, 0.8, 'first name');
      continue;
    }
    if (isNameLike(base)) {
      // "Ring Shona": a sentence-initial word before a clear first name is not part of the name
      if (t.sentenceStart && next && isStrongFirstName(next.text)) continue;
      // Hope, Grace, Will, Dawn, Bill: a name only when the context says so
      const midSentence =
        !t.sentenceStart && !(next && next.cap && gapIs(text, t, next, /^ $/) && !nextIsSurname);
      const followedByVerb =
        next !== undefined &&
        gapIs(text, t, next, /^,? $/) &&
        PERSON_VERBS.has(next.text.toLowerCase()) &&
        !t.sentenceStart;
      const vocative =
        prev !== undefined &&
        /, $/.test(text.slice(prev.end, t.start)) &&
        /^[.!?]/.test(text.slice(t.end, t.end + 1));
      // "Will and I met", "Grace, our daughter, is three"
      const after = text.slice(t.end, t.end + 40);
      const pairedWithMe = /^ and (?:i|me)\b/i.test(after);
      const described =
        /^, (?:my|our|his|her|their) (?:\w+ )?\w+,/.test(after) &&
        RELATION_NOUNS.has(/^, \w+ (?:\w+ )?(\w+),/.exec(after)?.[1] ?? '');
      if (
        nextIsSurname ||
        relation ||
        (midSentence && !isMonthOrDay(base)) ||
        followedByVerb ||
        vocative ||
        pairedWithMe ||
        described
      ) {
        person(t.start, end, 0.6, 'name in context');
        if (!isMonthOrDay(base)) learned.add(base);
      }
      continue;
    }
    // "Tendai Pryce": two unknown capitalised words mid-sentence have the shape of a full name
    if (
      !t.sentenceStart &&
      isUnknownProper(base) &&
      nextIsSurname &&
      next &&
      isUnknownProper(next.text) &&
      !(tokens[i + 2]?.cap && gapIs(text, next, tokens[i + 2] as Token, /^ $/))
    ) {
      person(t.start, end, 0.55, 'capitalised first name and surname');
      i++;
      continue;
    }
    if (isUnknownProper(base)) {
      const vocative =
        prev !== undefined &&
        /, $/.test(text.slice(prev.end, t.start)) &&
        /^[.!?]/.test(text.slice(t.end, t.end + 1));
      const byVerb =
        next !== undefined && gapIs(text, t, next, /^,? $/) && PERSON_VERBS.has(next.text.toLowerCase());
      const appositive =
        prev !== undefined &&
        /, $/.test(text.slice(prev.end, t.start)) &&
        /^,/.test(text.slice(t.end, t.end + 1));
      if (relation || vocative || (byVerb && !t.sentenceStart) || (appositive && !t.sentenceStart)) {
        person(t.start, end, 0.55, 'capitalised name in context');
      }
    }
  }
  if (learned.size > 0) {
    for (const t of tokens) {
      if (t.cap && learned.has(stripPossessive(t.text)))
        person(t.start, t.start + stripPossessive(t.text).length, 0.55, 'name found elsewhere in the text');
    }
  }
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
