import { useRegionTag, useRegionWords, type Translate } from './i18n.js';

/**
 * Dates in words in the reader's language. The browser's `Intl` writes them wherever it knows the
 * language; some browsers ship without Welsh (Chromium's reduced locale data), so there the day and
 * month names come from the catalogue (`dates.*`) and the date is put together the same way.
 */
export interface DateWords {
  timeZone: string;
  /** "Tuesday 3 March" rather than "3 March 2027". */
  weekday: boolean;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

const formats = new Map<string, Intl.DateTimeFormat>();
function formatFor(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag} ${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(tag, options);
    formats.set(key, found);
  }
  return found;
}

const speaks = new Map<string, boolean>();
/** Whether this browser's `Intl` can write dates in the language of `tag`. */
function intlSpeaks(tag: string): boolean {
  let known = speaks.get(tag);
  if (known === undefined) {
    known = Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
    speaks.set(tag, known);
  }
  return known;
}

/** The day of the week's name (Sunday 0 to Saturday 6) in the language of `tag`. */
export function weekdayName(t: Translate, tag: string, day: number): string {
  // 1 January 2023 was a Sunday.
  const date = new Date(Date.UTC(2023, 0, 1 + day));
  if (intlSpeaks(tag)) return formatFor(tag, { timeZone: 'UTC', weekday: 'long' }).format(date);
  return t('dates.weekday', { weekday: WEEKDAYS[day] ?? 'sun' });
}

/** "Tuesday 3 March" or "3 March 2027" in the language of `tag`, in the given time zone. */
export function dateInWords(t: Translate, tag: string, date: Date, words: DateWords): string {
  const { timeZone, weekday } = words;
  if (intlSpeaks(tag)) {
    return formatFor(
      tag,
      weekday
        ? { timeZone, weekday: 'long', day: 'numeric', month: 'long' }
        : { timeZone, day: 'numeric', month: 'long', year: 'numeric' },
    ).format(date);
  }
  const parts = Object.fromEntries(
    formatFor('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric' })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  // en-GB writes a numeric day as 08 beside a numeric month: the day is said as 8.
  const day = String(Number(parts.day ?? ''));
  const month = t('dates.month', { month: MONTHS[Number(parts.month) - 1] ?? 'jan' });
  if (!weekday) return t('dates.dayMonthYear', { day, month, year: parts.year ?? '' });
  const name = (parts.weekday ?? '').slice(0, 3).toLowerCase();
  return t('dates.weekdayDayMonth', { weekday: t('dates.weekday', { weekday: name }), day, month });
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** "18:05": a time on the 24-hour clock in UK time, with the digits of the language of `tag`. */
export function timeInWords(tag: string, date: Date): string {
  let clock = clocks.get(tag);
  if (!clock) {
    clock = new Intl.DateTimeFormat(tag, {
      timeZone: 'Europe/London',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clocks.set(tag, clock);
  }
  return clock.format(date);
}

/**
 * Dates ("3 March 2027") and times ("18:05") of a moment given as an ISO string, in the words of the
 * page around the component (English inside a page marked English), in UK time.
 */
export function useDatesInWords(): { date: (iso: string) => string; time: (iso: string) => string } {
  const t = useRegionWords();
  const tag = useRegionTag();
  return {
    date: (iso) => dateInWords(t, tag, new Date(iso), { timeZone: 'Europe/London', weekday: false }),
    time: (iso) => timeInWords(tag, new Date(iso)),
  };
}
