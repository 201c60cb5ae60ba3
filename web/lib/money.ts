import { strings } from './strings.js';

const moneyFormat = new Intl.NumberFormat(strings.locale, { style: 'currency', currency: 'GBP' });

/** Pence as pounds in words and figures, like "£4.50". */
export function formatPence(pence: number): string {
  return moneyFormat.format(pence / 100);
}

/** "£4.50", "4.5" or "4" → pence; null when it is not an amount of money. Empty is 0. */
export function poundsToPence(text: string): number | null {
  const cleaned = text.replace(/[£,\s]/g, '');
  if (cleaned === '') return 0;
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}
