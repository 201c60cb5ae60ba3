// Identifiers with a fixed shape, found by pattern and confirmed by a validator where one exists: email
// and web addresses, @handles, NHS and National Insurance numbers, UK phone numbers and postcodes.
import { isUkPhoneNumber, isValidNhsNumber, isValidNiNumber, looksLikeNiNumber } from '../validators.js';
import { each } from './regex.js';
import type { Add } from './types.js';

const EMAIL =
  /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'()]{1,2000}/gi;
const BARE_DOMAIN =
  /\b[a-z0-9](?:[a-z0-9-]{0,62})(?:\.[a-z0-9-]{1,63}){0,4}\.(?:com|org|net|uk|io|me|info|biz|co|tv|app|blog|scot|wales|page|site|online)(?:\/[^\s<>"']{0,500})?(?![a-z0-9@])/gi;
const HANDLE = /(?<![\p{L}\p{N}_@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29})/gu;
// dots are allowed between groups ("07700.900.123"), as some people write numbers that way
const PHONE_CANDIDATE = /(?<![\d+.])(?:\+|00)?[\d(][\d ().-]{7,18}\d(?!\d)/g;
// where one group of digits ends and the next begins: a candidate may run on into a number after it
const DIGIT_GROUP_END = /\d(?=[ ().-]+\d)/g;
const NHS_CANDIDATE = /(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)/g;
const NI_CANDIDATE = /(?<![\p{L}\p{N}])[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![\p{L}\p{N}])/gu;
const POSTCODE_CANDIDATE =
  /(?<![A-Za-z0-9])(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) ?\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])/gi;

// Each nation names its ten-digit health number differently: NHS number (England and Wales), CHI number
// (Scotland), Health and Care Number (Northern Ireland)
const HEALTH_NUMBER_CONTEXT =
  /nhs|health (?:service )?(?:number|no)|health (?:and|&) care (?:number|no)|\bh ?(?:&|and) ?c (?:number|no)|\bchi (?:number|no)/i;
// "NI number", "N.I. no.", "national insurance", "insurance number", "NINo"
const NI_CONTEXT = /national insurance|insurance (?:number|no)|\bni\b|\bn\.i\.|nino/i;

/**
 * The UK phone number a candidate opens with, or null. A candidate may run on into the next number ("0113
 * 496 0123 (24 hours)"), so when the whole fails, the longest run of whole digit groups that is a number wins.
 */
function ukPhoneAtStart(candidate: string): string | null {
  const s = candidate.replace(/[\s(.-]+$/, '');
  if (isUkPhoneNumber(s)) return s;
  let best: string | null = null;
  DIGIT_GROUP_END.lastIndex = 0;
  for (let m = DIGIT_GROUP_END.exec(s); m !== null; m = DIGIT_GROUP_END.exec(s)) {
    const prefix = s.slice(0, m.index + 1);
    if (isUkPhoneNumber(prefix)) best = prefix;
  }
  return best;
}

const DOMAIN_HINT = /\.(?:com|org|net|uk|io|me|info|biz|co|tv|app|blog|scot|wales|page|site|online)\b/i;

export function findStructured(text: string, add: Add): void {
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
    else if (HEALTH_NUMBER_CONTEXT.test(before) && !/^0/.test(m[0]))
      add(m.index, m.index + m[0].length, 'NHS_NUMBER', 0.6, 'ten-digit number after "NHS"');
  });
  each(PHONE_CANDIDATE, text, (m) => {
    const s = ukPhoneAtStart(m[0]);
    if (!s) return;
    add(m.index, m.index + s.length, 'PHONE', 0.9, 'UK phone number');
    // what the candidate ran on into may be a number of its own
    PHONE_CANDIDATE.lastIndex = m.index + s.length;
  });
  each(NI_CANDIDATE, text, (m) => {
    const s = m[0];
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const context = NI_CONTEXT.test(before);
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
