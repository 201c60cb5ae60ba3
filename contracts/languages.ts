/**
 * The languages Cairn offers, shared by the server (Accept-Language, a member's stored choice) and the
 * web app (the switch, the browser's preference). No validation library here: the web's first page
 * reads this file, and the schema for a stored choice lives in people.ts.
 *
 * To offer another language, add it here and give it catalogues in locales/ (docs/translating.md).
 */
export const LANGUAGE_CODES = ['en', 'cy', 'ur'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export interface Language {
  code: LanguageCode;
  /** The BCP 47 tag for `<html lang>` and for Intl (dates, numbers, plural rules). */
  tag: string;
  /** The language's name in itself, as a person looking for it would recognise it. */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: readonly Language[] = [
  { code: 'en', tag: 'en-GB', name: 'English', dir: 'ltr' },
  { code: 'cy', tag: 'cy', name: 'Cymraeg', dir: 'ltr' },
  { code: 'ur', tag: 'ur', name: 'اردو', dir: 'rtl' },
];

/** English is the source every catalogue is translated from, and what anyone gets when nothing matches. */
export const SOURCE_LANGUAGE = 'en' satisfies LanguageCode;

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

export function languageOf(code: LanguageCode): Language {
  return LANGUAGES.find((language) => language.code === code) ?? (LANGUAGES[0] as Language);
}

/**
 * The first offered language among a person's preferences, most wanted first ("cy-GB", "en"): matched
 * on the primary subtag, so a Welsh speaker whose browser says cy-GB gets Welsh. Only languages in
 * `offered` count (a partnership's choice; every language by default). Null when none is offered.
 */
export function pickLanguage(
  preferences: readonly string[],
  offered: readonly LanguageCode[] = LANGUAGE_CODES,
): LanguageCode | null {
  for (const preference of preferences) {
    const primary = preference.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguageCode(primary) && offered.includes(primary)) return primary;
  }
  return null;
}

/** A saved choice of language, if it is one Cairn and the partnership offer; else null. */
export function offeredLanguage(
  saved: string | null | undefined,
  offered: readonly LanguageCode[] = LANGUAGE_CODES,
): LanguageCode | null {
  return isLanguageCode(saved) && offered.includes(saved) ? saved : null;
}

/**
 * The language ranges of an Accept-Language header, most wanted first (RFC 9110 §12.5.4): quality
 * values order them, ties keep the header's order, and ranges with q=0 ("not this one") are left out.
 */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [range = '', ...parameters] = part.trim().split(';');
      const quality = parameters
        .map((parameter) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(parameter)?.[1])
        .find((value) => value !== undefined);
      return { range: range.trim(), quality: quality === undefined ? 1 : Number(quality), index };
    })
    .filter((entry) => entry.range !== '' && entry.range !== '*' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.range);
}
