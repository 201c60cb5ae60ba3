import { strings } from './strings.js';

const dateFormat = new Intl.DateTimeFormat(strings.locale, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const dateTimeFormat = new Intl.DateTimeFormat(strings.locale, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "22 November 2026" */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** "22 Nov 2026, 19:45" */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/** A calendar date ("2026-03-14") in words, read as a date rather than a moment in time. */
export function formatDay(date: string): string {
  return formatDate(`${date}T12:00:00`);
}
