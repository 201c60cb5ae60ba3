/**
 * Calendar dates in Cairn are Europe/London dates, on the server and in the browser alike: a
 * self-assessment made at 00:30 BST is dated that day, not the day before as UTC would have it.
 */
export const CALENDAR_TIME_ZONE = 'Europe/London';

// en-CA formats a date as YYYY-MM-DD.
const londonDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: CALENDAR_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The London calendar date of an instant, like 2026-03-14. */
export function londonDate(instant: Date): string {
  return londonDay.format(instant);
}

/** Today's date in London. */
export function londonToday(now: Date = new Date()): string {
  return londonDate(now);
}

/** A calendar date moved by whole days (negative goes back); dates have no time zone once written down. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The iCalendar (RFC 5545) feeds. Plain routes, not declared endpoints: they answer text/calendar,
 * not JSON. The server and the links to them read their paths from here, apart from the endpoints,
 * so a public page can link to a feed without loading the validation library.
 */
export const calendarPaths = {
  organisation: '/api/activities/public/organisations/:organisationId/calendar.ics',
  personal: '/api/activities/feeds/:token/calendar.ics',
} as const;
