import { describe, expect, it } from 'vitest';
import { findPii, redact } from './deidentify.js';

const flagged = (text: string): string[] => findPii(text).map((f) => f.text);
const people = (text: string): string[] =>
  findPii(text)
    .filter((f) => f.type === 'PERSON')
    .map((f) => f.text);

// fresh stories written for these tests, not taken from the development set
describe('names', () => {
  it('finds first names, full names and titled names', () => {
    const text =
      'My worker, Priya Chandran, rang me on Monday. Dr Mensah had already seen me, and Mrs Doyle from next door brought soup.';
    expect(people(text)).toEqual(expect.arrayContaining(['Priya Chandran', 'Dr Mensah', 'Mrs Doyle']));
  });

  it('decides names that are also words by context', () => {
    const text =
      'Hope (interviewer): How are you?\nParticipant: I have hope now. I will be fine. My mate Will came round, and Grace said I looked well.';
    const found = people(text);
    expect(found).toContain('Hope');
    expect(found).toContain('Will');
    expect(found).toContain('Grace');
    // the ordinary words stay
    const words = findPii(text).map((f) => text.slice(f.start, f.end));
    expect(words).not.toContain('hope');
    expect(words).not.toContain('will');
  });

  it('takes names from speaker labels and finds them again in the text', () => {
    const text = 'Tendai: I am tired.\nSadie: Thank you, Tendai.\nTendai: It is fine.';
    expect(people(text).filter((p) => p === 'Tendai')).toHaveLength(3);
    expect(people(text)).toContain('Sadie');
  });

  it('finds lowercase names in informal writing', () => {
    expect(people('so yeah me and dave were talking and i said i would share')).toContain('dave');
  });

  it('does not flag countries, big cities, regions or ordinary words', () => {
    const text =
      'I moved from Glasgow to London, then Dundee, and now I live in Kent. England felt cold. I went to Scotland and Wales on a bus with my mum.';
    expect(findPii(text)).toEqual([]);
  });

  it('leaves national bodies, big clubs, acronyms and generic services alone', () => {
    const text =
      'During Mental Health Awareness Week the NHS Trust ran a session. My GP said the SSRIs would take six weeks. At Alcoholics Anonymous we say the Serenity Prayer, and I joined Narcotics Anonymous too. I love Liverpool FC.';
    expect(findPii(text)).toEqual([]);
  });

  it('keeps titles and family names with the name', () => {
    expect(people('My Auntie Pat came round, and Sister Mary prayed for me.')).toEqual([
      'Auntie Pat',
      'Sister Mary',
    ]);
  });

  it('finds facilities and small organisations', () => {
    const text =
      'I was on Ward 7 at Riverside Hospital, then Elmwood Surgery took me on. A group called Quiet Harbour helped, and I now volunteer at Northgate Food Bank Trust.';
    expect(flagged(text)).toEqual(
      expect.arrayContaining([
        'Ward 7',
        'Riverside Hospital',
        'Elmwood Surgery',
        'Quiet Harbour',
        'Northgate Food Bank Trust',
      ]),
    );
  });

  it('finds street addresses', () => {
    expect(flagged('I got a flat at 14 Albert Road last year.')).toContain('14 Albert Road');
    expect(flagged('We lived on Clos Ceirios for years.')).toContain('Clos Ceirios');
  });
});

describe('redact', () => {
  it('replaces each finding with its replacement and generalises facilities', () => {
    const text = 'Ring Shona on 07700 900112 at Oakwood Hospital.';
    const findings = findPii(text);
    expect(redact(text, findings)).toBe('Ring [PERSON] on [PHONE] at [hospital].');
  });

  it('copes with overlapping and out-of-range findings', () => {
    expect(
      redact('abcdef', [
        { start: 1, end: 3, replacement: '[X]' },
        { start: 2, end: 4, replacement: '[Y]' },
        { start: 5, end: 99, replacement: '[Z]' },
      ]),
    ).toBe('a[X][Y]e[Z]');
  });
});
