/**
 * Recurring schedules in Europe/London wall-clock time. An occurrence keeps its local start time
 * across the clock changes (18:00 stays 18:00: 18:00Z in winter, 17:00Z in summer).
 */
import { addDays } from '../../../contracts/calendar.js';

export const LONDON = 'Europe/London';

export type Frequency = 'once' | 'weekly' | 'fortnightly' | 'monthly';
export type Schedule = {
  startsOn: string;
  endsOn: string | null;
  startTime: string;
  durationMinutes: number;
  frequency: Frequency;
};

/** Never more occurrences than this from one schedule (about four years weekly). */
export const MAX_OCCURRENCES = 200;

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Europe/London offset from UTC at an instant, in minutes (0 in GMT, 60 in BST). */
export function londonOffsetMinutes(at: Date): number {
  const parts = Object.fromEntries(londonParts.formatToParts(at).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant of a Europe/London wall-clock time. A time skipped when clocks go forward is read as
 * the same time in GMT (it falls an hour later on the clock); a repeated time takes its first, BST, instance.
 */
export function londonToUtc(date: string, time: string): Date {
  const naive = Date.parse(`${date}T${time}:00Z`);
  const first = londonOffsetMinutes(new Date(naive - 60 * 60_000));
  const candidate = new Date(naive - first * 60_000);
  const second = londonOffsetMinutes(candidate);
  if (second === first) return candidate;
  const other = new Date(naive - second * 60_000);
  // Only a skipped time fails both ways round; it keeps the offset from before the change.
  return londonOffsetMinutes(other) === second ? other : candidate;
}

/** The nth weekday (1..4, or -1 for last) of a month, or null when the month has no such day. */
function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): string | null {
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month, 1));
    const offset = (weekday - first.getUTCDay() + 7) % 7;
    const day = 1 + offset + (nth - 1) * 7;
    const result = new Date(Date.UTC(year, month, day));
    return result.getUTCMonth() === month ? result.toISOString().slice(0, 10) : null;
  }
  const last = new Date(Date.UTC(year, month + 1, 0));
  const back = (last.getUTCDay() - weekday + 7) % 7;
  return new Date(Date.UTC(year, month, last.getUTCDate() - back)).toISOString().slice(0, 10);
}

/** Monthly schedules repeat "the 2nd Tuesday"; a start in the fifth week means "the last Tuesday". */
export function monthlyRule(startsOn: string): { weekday: number; nth: number } {
  const date = new Date(`${startsOn}T00:00:00Z`);
  const nth = Math.ceil(date.getUTCDate() / 7);
  return { weekday: date.getUTCDay(), nth: nth === 5 ? -1 : nth };
}

/** The local dates of every occurrence, first to last (inclusive of `endsOn`). */
export function occurrenceDates(schedule: Schedule): string[] {
  const end = schedule.endsOn ?? schedule.startsOn;
  const dates: string[] = [];
  if (schedule.frequency === 'once') return [schedule.startsOn];
  if (schedule.frequency === 'monthly') {
    const { weekday, nth } = monthlyRule(schedule.startsOn);
    const start = new Date(`${schedule.startsOn}T00:00:00Z`);
    for (let i = 0; dates.length < MAX_OCCURRENCES; i++) {
      const year = start.getUTCFullYear() + Math.floor((start.getUTCMonth() + i) / 12);
      const month = (start.getUTCMonth() + i) % 12;
      const date = nthWeekdayOfMonth(year, month, weekday, nth);
      if (date === null) continue;
      if (date > end) break;
      if (date >= schedule.startsOn) dates.push(date);
    }
    return dates;
  }
  const step = schedule.frequency === 'weekly' ? 7 : 14;
  for (
    let date = schedule.startsOn;
    date <= end && dates.length < MAX_OCCURRENCES;
    date = addDays(date, step)
  ) {
    dates.push(date);
  }
  return dates;
}

/** Every occurrence as UTC instants. */
export function expandSchedule(schedule: Schedule): { startsAt: Date; endsAt: Date }[] {
  return occurrenceDates(schedule).map((date) => {
    const startsAt = londonToUtc(date, schedule.startTime);
    return { startsAt, endsAt: new Date(startsAt.getTime() + schedule.durationMinutes * 60_000) };
  });
}

/** An instant as Europe/London local date-time in iCalendar form, e.g. 20270302T180000. */
export function toLondonLocal(at: Date): string {
  const local = new Date(at.getTime() + londonOffsetMinutes(at) * 60_000);
  return local.toISOString().slice(0, 19).replace(/[-:]/g, '');
}
