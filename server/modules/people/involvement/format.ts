// Dates and hours as the involvement record shows them.

import { londonDate } from '../../../../contracts/calendar.js';

export const DAY_MS = 86_400_000;

/** The London calendar date of an instant, as YYYY-MM-DD. */
export function isoDay(at: Date): string {
  return londonDate(at);
}

/** 2026-03-14 → 14 March 2026. */
export function longDate(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Hours kept to two decimal places. */
export const roundHours = (hours: number) => Math.round(hours * 100) / 100;

/** The fields a partial change actually sends (a field left out, or undefined, is left as it is). */
export function sentFields<T extends object>(input: T): T {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as T;
}
