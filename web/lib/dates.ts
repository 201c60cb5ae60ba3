function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today as a calendar date in the reader's own time zone, like 2026-03-14. */
export function today(): string {
  return isoDay(new Date());
}

/** A calendar date some days from today. */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return isoDay(date);
}

/** The UK financial year that holds today: 6 April to 5 April. */
export function currentFinancialYear(): { from: string; to: string } {
  const now = new Date();
  const year = now.getFullYear();
  const afterStart = now.getMonth() > 3 || (now.getMonth() === 3 && now.getDate() >= 6);
  const start = afterStart ? year : year - 1;
  return { from: `${start}-04-06`, to: `${start + 1}-04-05` };
}
