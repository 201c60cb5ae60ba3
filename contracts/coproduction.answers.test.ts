import { describe, expect, it } from 'vitest';
import { day } from './coproduction.answers.js';
import { DateSchema } from './coproduction.js';

/** Every day of the year in `year`, and the days just past each month's end, written as the API writes them. */
function candidates(year: string): string[] {
  const out: string[] = [];
  for (let month = 0; month <= 13; month++) {
    for (let date = 0; date <= 32; date++) {
      out.push(`${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`);
    }
  }
  return out;
}

describe('the public pages read a calendar date as the contract does', () => {
  it('agrees with the schema on every day, leap years and impossible dates included', () => {
    const values = [
      ...['1900', '2000', '2024', '2026', '2100', '0004', '9999'].flatMap(candidates),
      '2026-3-14',
      '2026-03-14T00:00:00Z',
      ' 2026-03-14',
      '20260314',
      '',
    ];
    let accepted = 0;
    for (const value of values) {
      const read = (() => {
        try {
          return day({ value }, 'value');
        } catch {
          return null;
        }
      })();
      const schema = DateSchema.safeParse(value);
      expect(read, value).toBe(schema.success ? value : null);
      if (read) accepted++;
    }
    // 365 or 366 days in each of the seven years: real dates come through, not only refusals.
    expect(accepted).toBe(365 * 4 + 366 * 3);
    expect(() => day({ value: 20260314 }, 'value')).toThrow();
  });
});
