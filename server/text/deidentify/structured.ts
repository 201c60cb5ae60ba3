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
const PHONE_CANDIDATE = /(?<![\d+])(?:\+|00)?[\d(][\d ()-]{7,18}\d(?!\d)/g;
const NHS_CANDIDATE = /(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)/g;
const NI_CANDIDATE = /(?<![\p{L}\p{N}])[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![\p{L}\p{N}])/gu;
const POSTCODE_CANDIDATE =
  /(?<![A-Za-z0-9])(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) ?\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])/gi;

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
