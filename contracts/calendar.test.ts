import { describe, expect, it } from 'vitest';
import { addDays, londonDate, londonToday } from './calendar.js';

describe('London calendar dates', () => {
  it('dates the first hour of a summer day by London, not UTC', () => {
    // 00:30 BST on 1 July is 23:30 UTC on 30 June.
    expect(londonDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(new Date('2026-06-30T23:30:00Z').toISOString().slice(0, 10)).toBe('2026-06-30');
  });

  it('matches UTC in winter, when London is on GMT', () => {
    expect(londonToday(new Date('2026-01-15T23:59:59Z'))).toBe('2026-01-15');
    expect(londonToday(new Date('2026-01-16T00:00:00Z'))).toBe('2026-01-16');
  });

  it('follows the clocks changing at 01:00 UTC on the last Sunday of March', () => {
    expect(londonDate(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-28');
    expect(londonDate(new Date('2026-03-29T23:30:00Z'))).toBe('2026-03-30');
  });

  it('moves dates across months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
