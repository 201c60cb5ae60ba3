import type { Activity, Occurrence } from '../../../contracts/activities.js';
// The same zone as contracts/activities.ts's TIME_ZONE, from the module that needs no validation library.
import { CALENDAR_TIME_ZONE as TIME_ZONE } from '../../../contracts/calendar.js';
import { dateInWords } from '../../lib/i18n/dates.js';
import type { Translate } from '../../lib/i18n/i18n.js';
import { activitiesStrings } from '../../lib/strings/activities.js';

// The pages call the API through the declared endpoints (contracts/activities.endpoints.ts) with
// callEndpoint; what they share is here: the query keys, and dates and times in UK time.

export const keys = {
  all: ['activities'] as const,
  publicProgramme: (organisationId: string) => ['activities', 'public', organisationId] as const,
  programme: (organisationId: string) => ['activities', 'programme', organisationId] as const,
  mySignUps: ['activities', 'me', 'sign-ups'] as const,
  proposals: (organisationId: string) => ['activities', 'proposals', organisationId] as const,
  roster: (occurrenceId: string) => ['activities', 'roster', occurrenceId] as const,
  reach: (organisationId: string) => ['activities', 'reach', organisationId] as const,
  targets: (organisationId: string) => ['activities', 'targets', organisationId] as const,
  myOutreach: (organisationId: string) => ['activities', 'my-outreach', organisationId] as const,
  roles: (organisationId: string) => ['activities', 'roles', organisationId] as const,
  applications: (roleId: string) => ['activities', 'applications', roleId] as const,
  partners: (organisationId: string) => ['activities', 'partners', organisationId] as const,
  signpostPeople: (organisationId: string) => ['activities', 'signpost-people', organisationId] as const,
};

// --- dates and times, always in Europe/London ------------------------------------------------------

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});
const isoDayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** "Tuesday 3 March, 18:00 to 20:00" in UK time. */
export function whenInWords(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  return activitiesStrings.common.timeRange(
    dayFormat.format(start),
    timeFormat.format(start),
    timeFormat.format(new Date(endsAt)),
  );
}

/** "18:00 to 19:30" in UK time. */
export function timesInWords(startsAt: string, endsAt: string): string {
  return `${timeFormat.format(new Date(startsAt))} to ${timeFormat.format(new Date(endsAt))}`;
}

/** "Tuesday 3 March" in UK time. */
export function dayInWords(iso: string): string {
  return dayFormat.format(new Date(iso));
}

/** The Monday that starts the UK week holding this moment, as 2027-03-01. */
export function weekStart(iso: string): string {
  const day = isoDayFormat.format(new Date(iso));
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

const weekdayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, weekday: 'short' });
const WEEKDAY_NUMBERS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The UK day of the week a moment falls on, Sunday 0 to Saturday 6 (a late session is still that day). */
export function ukWeekday(iso: string): number {
  return WEEKDAY_NUMBERS[weekdayFormat.format(new Date(iso))] ?? new Date(iso).getUTCDay();
}

// --- the same in the reader's language (the translated pages), still in UK time ----------------------

/** Twenty-four hours, as UK timetables are written, in every language. */
const timesByTag = new Map<string, Intl.DateTimeFormat>();
function timeIn(tag: string, date: Date): string {
  let format = timesByTag.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, {
      timeZone: TIME_ZONE,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    timesByTag.set(tag, format);
  }
  return format.format(date);
}

/** The day, start and end of a session in UK time, written in the language of `tag`. */
export function sessionTimesIn(t: Translate, tag: string, startsAt: string, endsAt: string) {
  const start = new Date(startsAt);
  return {
    day: dateInWords(t, tag, start, { timeZone: TIME_ZONE, weekday: true }),
    from: timeIn(tag, start),
    to: timeIn(tag, new Date(endsAt)),
  };
}

/** "Tuesday 3 March, 18:00 to 20:00" in UK time, in the language of `tag`. */
export function whenIn(t: Translate, tag: string, startsAt: string, endsAt: string): string {
  return t('activities.session.when', sessionTimesIn(t, tag, startsAt, endsAt));
}

/** "Tuesday 3 March, 18:00" in UK time, in the language of `tag`. */
export function startIn(t: Translate, tag: string, iso: string): string {
  const start = new Date(iso);
  return t('activities.member.startsAt', {
    day: dateInWords(t, tag, start, { timeZone: TIME_ZONE, weekday: true }),
    time: timeIn(tag, start),
  });
}

/** A week's Monday (2027-03-01) in words in the language of `tag`: "Monday 1 March". */
export function mondayIn(t: Translate, tag: string, monday: string): string {
  return dateInWords(t, tag, new Date(`${monday}T00:00:00Z`), { timeZone: 'UTC', weekday: true });
}

export interface Session {
  activity: Activity;
  occurrence: Occurrence;
}

/** Occurrences that have not yet ended, soonest first. */
export function upcomingSessions(activities: readonly Activity[], now = Date.now()): Session[] {
  return activities
    .flatMap((activity) => activity.occurrences.map((occurrence) => ({ activity, occurrence })))
    .filter(({ occurrence }) => new Date(occurrence.endsAt).getTime() >= now)
    .sort((a, b) => a.occurrence.startsAt.localeCompare(b.occurrence.startsAt));
}

/** Sessions grouped by the UK week they fall in, in order. */
export function byWeek(sessions: readonly Session[]): { monday: string; sessions: Session[] }[] {
  const weeks = new Map<string, Session[]>();
  for (const session of sessions) {
    const monday = weekStart(session.occurrence.startsAt);
    const list = weeks.get(monday) ?? [];
    list.push(session);
    weeks.set(monday, list);
  }
  return [...weeks].map(([monday, list]) => ({ monday, sessions: list }));
}
