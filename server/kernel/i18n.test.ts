import { describe, expect, it } from 'vitest';
import { message, say } from './i18n.js';

describe('plural forms from CLDR', () => {
  it('gives Welsh its six forms and English and Urdu their two', () => {
    const minutes = (n: number, language: 'en' | 'cy' | 'ur') =>
      say(message('limits.waitMinutes', { minutes: n }), language);
    // Welsh: zero 0, one 1, two 2, few 3, many 6, other 4, 5, 7 and up; "munud" softens after 1 and 2.
    expect([0, 1, 2, 3, 4, 6, 7].map((n) => minutes(n, 'cy'))).toEqual([
      'Arhoswch 0 munud a rhowch gynnig arall arni.',
      'Arhoswch 1 funud a rhowch gynnig arall arni.',
      'Arhoswch 2 funud a rhowch gynnig arall arni.',
      'Arhoswch 3 munud a rhowch gynnig arall arni.',
      'Arhoswch 4 munud a rhowch gynnig arall arni.',
      'Arhoswch 6 munud a rhowch gynnig arall arni.',
      'Arhoswch 7 munud a rhowch gynnig arall arni.',
    ]);
    expect([1, 2].map((n) => minutes(n, 'en'))).toEqual([
      'Wait 1 minute and try again.',
      'Wait 2 minutes and try again.',
    ]);
    expect(minutes(5, 'ur')).toBe('5 منٹ انتظار کریں اور پھر دوبارہ کوشش کریں۔');
  });
});

describe('saying a message', () => {
  it('finds a contract’s message by its English words, and leaves other text as it is', () => {
    expect(say('Enter the first part of a postcode only, like DD4', 'cy')).toBe(
      'Rhowch ran gyntaf cod post yn unig, fel DD4',
    );
    expect(say('Some English not yet in the catalogue.', 'cy')).toBe(
      'Some English not yet in the catalogue.',
    );
  });

  it('joins sentences, each in the language asked for', () => {
    const refusal = [message('cafes.join.tooManyWrongCodes'), message('limits.waitSeconds', { seconds: 1 })];
    expect(say(refusal, 'en')).toBe(
      'Too many wrong codes. Check the code shown in the room. Wait 1 second and try again.',
    );
    expect(say(refusal, 'ur')).toBe(
      'بہت زیادہ غلط کوڈ۔ کمرے میں دکھایا گیا کوڈ چیک کریں۔ 1 سیکنڈ انتظار کریں اور پھر دوبارہ کوشش کریں۔',
    );
  });
});
