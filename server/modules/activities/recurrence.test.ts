import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine } from './ical.js';
import { expandSchedule, londonToUtc, occurrenceDates } from './recurrence.js';

describe('recurrence in Europe/London', () => {
  it('keeps a weekly Tuesday 18:00 at 18:00 local across the clocks going forward (28 March 2027)', () => {
    const occurrences = expandSchedule({
      startsOn: '2027-03-02',
      endsOn: '2027-04-27',
      startTime: '18:00',
      durationMinutes: 90,
      frequency: 'weekly',
    });
    expect(occurrences.map((o) => o.startsAt.toISOString())).toEqual([
      '2027-03-02T18:00:00.000Z',
      '2027-03-09T18:00:00.000Z',
      '2027-03-16T18:00:00.000Z',
      '2027-03-23T18:00:00.000Z',
      '2027-03-30T17:00:00.000Z',
      '2027-04-06T17:00:00.000Z',
      '2027-04-13T17:00:00.000Z',
      '2027-04-20T17:00:00.000Z',
      '2027-04-27T17:00:00.000Z',
    ]);
    expect(occurrences[0]?.endsAt.toISOString()).toBe('2027-03-02T19:30:00.000Z');
  });

  it('goes back to GMT at the end of October, and handles fortnightly and monthly rules', () => {
    const fortnightly = expandSchedule({
      startsOn: '2026-10-13',
      endsOn: '2026-11-10',
      startTime: '10:30',
      durationMinutes: 60,
      frequency: 'fortnightly',
    });
    expect(fortnightly.map((o) => o.startsAt.toISOString())).toEqual([
      '2026-10-13T09:30:00.000Z',
      '2026-10-27T10:30:00.000Z',
      '2026-11-10T10:30:00.000Z',
    ]);
    // The second Tuesday of each month.
    expect(
      occurrenceDates({
        startsOn: '2027-01-12',
        endsOn: '2027-05-31',
        startTime: '13:00',
        durationMinutes: 60,
        frequency: 'monthly',
      }),
    ).toEqual(['2027-01-12', '2027-02-09', '2027-03-09', '2027-04-13', '2027-05-11']);
    // A fifth-week start means "the last Friday".
    expect(
      occurrenceDates({
        startsOn: '2027-01-29',
        endsOn: '2027-04-30',
        startTime: '13:00',
        durationMinutes: 60,
        frequency: 'monthly',
      }),
    ).toEqual(['2027-01-29', '2027-02-26', '2027-03-26', '2027-04-30']);
  });

  it('reads a time skipped by the clock change forward as an hour later on the clock', () => {
    expect(londonToUtc('2027-03-28', '01:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(londonToUtc('2027-10-31', '01:30').toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });
});

describe('iCalendar writer', () => {
  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
  });

  it('writes a calendar that ical.js reads back, with TZID times and a VTIMEZONE', () => {
    const text = buildCalendar('Test, with; specials', [
      {
        uid: 'one@cairn',
        summary: 'Peer group; café, and chat',
        description: 'Line one\nLine two '.repeat(10),
        location: 'Room 1',
        startsAt: new Date('2027-03-30T17:00:00Z'),
        endsAt: new Date('2027-03-30T18:30:00Z'),
        cancelled: false,
      },
    ]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n|\r/);
    const component = new ICAL.Component(ICAL.parse(text));
    const timezone = component.getFirstSubcomponent('vtimezone');
    expect(timezone?.getFirstPropertyValue('tzid')).toBe('Europe/London');
    const vevent = component.getFirstSubcomponent('vevent');
    if (!vevent || !timezone) throw new Error('no event');
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe('Peer group; café, and chat');
    expect(event.description).toContain('Line one\nLine two');
    expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/London');
    expect(event.startDate.toString()).toBe('2027-03-30T18:00:00');
    const zone = new ICAL.Timezone(timezone);
    event.startDate.zone = zone;
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-30T17:00:00.000Z');
  });
});
