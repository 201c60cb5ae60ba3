import { addDays, londonToday } from '../../contracts/calendar.js';

/** Today as a London calendar date, like 2026-03-14: the same day the server checks against. */
export function today(): string {
  return londonToday();
}

/** A calendar date some days from today. */
export function daysFromToday(days: number): string {
  return addDays(londonToday(), days);
}

/** The UK financial year that holds today: 6 April to 5 April. */
export function currentFinancialYear(): { from: string; to: string } {
  const now = londonToday();
  const year = Number(now.slice(0, 4));
  const start = now.slice(5) >= '04-06' ? year : year - 1;
  return { from: `${start}-04-06`, to: `${start + 1}-04-05` };
}
