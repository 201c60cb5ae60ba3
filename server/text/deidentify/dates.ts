// Dates: numeric ("12/03/2019"), written out ("the 3rd of May", "March 2017", "the twentieth of
// February"), a season or festival with its year, and dates of birth (a date after "born" or "DOB").
import { MONTHS } from '../lexicons.js';
import { each, lowerVariant } from './regex.js';
import type { Add } from './types.js';

const MONTH_RE =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY_RE = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const WEEKDAY_RE = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,? )';

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
// "March 2017", "the December of 2017"
const DATE_MONTH_YEAR = new RegExp(
  `\\b(?:${MONTHS.filter((m) => m.length > 3).join('|')}) (?:of )?(?:19|20)\\d{2}\\b`,
  'g',
);
const DATE_ORDINAL =
  /\bthe (?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?! (?:century|centuries|floor|time|anniversary|birthday|step|place|hole|minute|street))/gi;
// whole words: "Dobson" and "reborn" are not a date of birth
const DOB_CONTEXT = /\b(?:date of birth|d\.?o\.?b\b\.?|born|birthday|birth date)/i;
const DATE_DAY_MONTH_LC = lowerVariant(DATE_DAY_MONTH);
const DATE_ORDINAL_LC = lowerVariant(DATE_ORDINAL);
const WEEKDAY_BEFORE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? $/i;

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

export function findDates(text: string, lc: string | null, add: Add): void {
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
  // "Friday the 23rd": the day of the week is part of the date
  each(lc ? DATE_ORDINAL_LC : DATE_ORDINAL, lc ?? text, (m) => {
    const weekday = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    dated(
      weekday ? m.index - weekday[0].length : m.index + 4,
      m.index + m[0].length,
      0.6,
      'day of the month',
    );
  });
}
