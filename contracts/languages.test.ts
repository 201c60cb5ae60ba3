import { describe, expect, it } from 'vitest';
import { acceptedLanguages, pickLanguage } from './languages.js';

describe('choosing a language from a person’s preferences', () => {
  it('reads Accept-Language most wanted first, by quality, leaving out what is refused', () => {
    expect(acceptedLanguages('en-GB;q=0.4, cy-GB, ur;q=0.8, fr;q=0, *;q=0.1')).toEqual([
      'cy-GB',
      'ur',
      'en-GB',
    ]);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });

  it('takes the first offered language, matched on its primary subtag', () => {
    expect(pickLanguage(['pl-PL', 'cy-GB', 'en'])).toBe('cy');
    expect(pickLanguage(['ur_PK'])).toBe('ur');
    expect(pickLanguage(['EN-gb'])).toBe('en');
  });

  it('has nothing to offer when no preference is a language Cairn has', () => {
    expect(pickLanguage(['pl', 'pa-Arab'])).toBeNull();
    expect(pickLanguage([])).toBeNull();
  });
});
