import { describe, expect, it } from 'vitest';
import { findPii } from './deidentify.js';
import { isUkPhoneNumber, isValidNhsNumber, isValidNiNumber, isValidPostcode } from './validators.js';

const typesIn = (text: string): string[] => findPii(text).map((f) => `${f.type}:${f.text}`);

describe('NHS numbers', () => {
  it('accepts numbers with a valid modulus-11 check digit, spaced or not', () => {
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('999-208-7315')).toBe(true);
  });
  it('rejects a wrong check digit, a check digit of 10, wrong lengths and all-zero', () => {
    expect(isValidNhsNumber('943 476 5918')).toBe(false);
    expect(isValidNhsNumber('4857773456')).toBe(false);
    expect(isValidNhsNumber('0000000000')).toBe(false);
    expect(isValidNhsNumber('1111111111')).toBe(false);
    expect(isValidNhsNumber('94347659')).toBe(false);
    expect(isValidNhsNumber('94347659190')).toBe(false);
    expect(isValidNhsNumber('943 476 591X')).toBe(false);
  });
  it('is found in text, and an invalid ten-digit number without context is not', () => {
    expect(typesIn('my NHS number is 943 476 5919, on the letter')).toContain('NHS_NUMBER:943 476 5919');
    expect(typesIn('reference 943 476 5918 on the parcel')).not.toContain('NHS_NUMBER:943 476 5918');
    // a mistyped number written straight after "NHS number" still identifies someone
    expect(isValidNhsNumber('4852039171')).toBe(false);
    expect(typesIn('NHS number 4852039171, address')).toContain('NHS_NUMBER:4852039171');
  });
});

describe('postcodes', () => {
  const shapes = ['M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'W1A 0AX', 'EC1A 1BB', 'GIR 0AA'];
  it.each(shapes)('accepts %s with and without the space', (pc) => {
    expect(isValidPostcode(pc)).toBe(true);
    expect(isValidPostcode(pc.replace(' ', ''))).toBe(true);
    expect(isValidPostcode(pc.toLowerCase())).toBe(true);
  });
  it('rejects impossible letters and shapes', () => {
    expect(isValidPostcode('QA1 1AA')).toBe(false); // Q never first
    expect(isValidPostcode('AI1 1AA')).toBe(false); // I never second
    expect(isValidPostcode('M1 1CI')).toBe(false); // C and I never in the inward code
    expect(isValidPostcode('M1')).toBe(false);
    expect(isValidPostcode('12345')).toBe(false);
  });
  it('is found in text in every shape', () => {
    for (const pc of shapes) expect(typesIn(`We meet near ${pc} on Fridays.`)).toContain(`POSTCODE:${pc}`);
    expect(typesIn('We meet near EH65PX on Fridays.')).toContain('POSTCODE:EH65PX');
  });
});

describe('National Insurance numbers', () => {
  it('accepts valid prefixes and suffixes, spaced or not', () => {
    expect(isValidNiNumber('JT 48 27 19 B')).toBe(true);
    expect(isValidNiNumber('AB123456C')).toBe(true);
    expect(isValidNiNumber('ze 40 18 27 c')).toBe(true);
  });
  it('rejects unused prefixes and bad suffixes', () => {
    for (const bad of [
      'DA123456A',
      'AD123456A',
      'QQ123456C',
      'AO123456A',
      'BG123456A',
      'GB123456A',
      'NK123456A',
      'TN123456A',
      'ZZ123456A',
      'AB123456E',
      'AB12345C',
    ]) {
      expect(isValidNiNumber(bad)).toBe(false);
    }
  });
  it('finds NI numbers in text, including example prefixes after "NI number"', () => {
    expect(typesIn('my National Insurance, it is JT 48 27 19 B, I know it')).toContain(
      'NI_NUMBER:JT 48 27 19 B',
    );
    expect(typesIn('She made me read my NI number out, QQ538821A.')).toContain('NI_NUMBER:QQ538821A');
  });
});

describe('phone numbers', () => {
  it.each([
    '07700 900112',
    '07700900112',
    '+44 7700 900112',
    '+447700900112',
    '0044 7700 900112',
    '+44 (0)7700 900112',
    '020 7946 0321',
    '0161 496 0742',
    '028 9649 6214',
    '01632 960815',
    '0800 83 85 87',
    '0808 157 0000',
  ])('recognises %s', (phone) => {
    expect(isUkPhoneNumber(phone)).toBe(true);
    expect(typesIn(`Ring me on ${phone} any time.`)).toContain(`PHONE:${phone}`);
  });
  it('rejects numbers that are too short or not UK', () => {
    expect(isUkPhoneNumber('0770 0900')).toBe(false);
    expect(isUkPhoneNumber('12345678901')).toBe(false);
    expect(isUkPhoneNumber('07700 900112 5')).toBe(false);
  });
});

describe('emails, URLs and handles', () => {
  it('finds them', () => {
    expect(typesIn('email hello@leedscarerscircle.example.org at two')).toContain(
      'EMAIL:hello@leedscarerscircle.example.org',
    );
    expect(typesIn("I'm @zoe.unfiltered on everything.")).toContain('URL_OR_HANDLE:@zoe.unfiltered');
    expect(typesIn('see scousesteps.example.com for the blog')).toContain(
      'URL_OR_HANDLE:scousesteps.example.com',
    );
    expect(typesIn('the page https://example.org/recovery?x=1, then')).toContain(
      'URL_OR_HANDLE:https://example.org/recovery?x=1',
    );
  });
});

describe('dates, dates of birth and ages', () => {
  it.each([
    ['sober since the 9th of October 2021.', '9th of October 2021'],
    ['therapy started 14/02/2021.', '14/02/2021'],
    ['on 2019-04-16 I collapsed', '2019-04-16'],
    ['started on 11th March 2022 and', '11th March 2022'],
    ['last time was in June 2022, the night', 'June 2022'],
    ['He is out on the 19th. His officer', '19th'],
    ['we met on October 9th, 2021 at', 'October 9th, 2021'],
    ['I started on 1 September 2023.', '1 September 2023'],
  ])('finds a date in "%s"', (text, date) => {
    expect(findPii(text).map((f) => f.text)).toContain(date);
  });
  it('types a date after "date of birth" or "birthday" as DATE_OF_BIRTH', () => {
    expect(typesIn('date of birth 12.07.1986, NHS number')).toContain('DATE_OF_BIRTH:12.07.1986');
    expect(typesIn('on my birthday, 22 August, which')).toContain('DATE_OF_BIRTH:22 August');
  });
  it('does not flag a bare year', () => {
    expect(findPii('The worst of it was in 2016.')).toEqual([]);
  });
  it('finds exact ages but not times or durations', () => {
    expect(typesIn("I'd been drinking since I was 15, properly")).toContain('AGE:15');
    expect(typesIn('I am 72 years old and sober')).toContain('AGE:72');
    expect(typesIn('Daniel was nineteen. He came home')).toContain('AGE:nineteen');
    expect(typesIn('At 19 I took an overdose')).toContain('AGE:19');
    expect(findPii('at four in the morning').filter((f) => f.type === 'AGE')).toEqual([]);
    expect(findPii('I was 10 minutes late').filter((f) => f.type === 'AGE')).toEqual([]);
    expect(findPii('I was there at 7 every day').filter((f) => f.type === 'AGE')).toEqual([]);
  });
});
