import format, { type CompiledMessage } from 'icu-minify/format';
import { describe, expect, it } from 'vitest';
import { MESSAGE_FORMAT_OPTIONS } from '../../../contracts/message-format.js';
import type { Translate } from '../../lib/i18n/i18n.js';
import cy from '../../lib/i18n/messages/cy.json' with { type: 'json' };
import ur from '../../lib/i18n/messages/ur.json' with { type: 'json' };
import { startIn, whenIn } from './activities-api.js';

/** The words of a language's compiled catalogue, as the app says them. */
function wordsOf(catalogue: object, tag: string): Translate {
  const compiled = catalogue as Record<string, CompiledMessage>;
  const say = (key: string, values?: Record<string, string | number | Date>) => {
    const message = compiled[key];
    if (message === undefined) throw new Error(`${key} is not in the ${tag} catalogue`);
    const result = format(message, tag, values, MESSAGE_FORMAT_OPTIONS);
    return Array.isArray(result) ? result.join('') : String(result);
  };
  return say as Translate;
}

describe('a member’s places, when they are, in their language', () => {
  // 18:05 UTC on 2 March is 18:05 in London; 17:00 UTC on 6 July is 18:00 there (summer time).
  const MARCH = '2027-03-02T18:05:00Z';
  const JULY = { startsAt: '2027-07-06T17:00:00Z', endsAt: '2027-07-06T19:00:00Z' };

  it('writes a place’s start in Welsh, in UK time on a 24-hour clock', () => {
    const t = wordsOf(cy, 'cy');
    expect(startIn(t, 'cy', MARCH)).toBe('Dydd Mawrth, 2 Mawrth, 18:05');
    expect(whenIn(t, 'cy', JULY.startsAt, JULY.endsAt)).toBe('Dydd Mawrth, 6 Gorffennaf, 18:00 tan 20:00');
  });

  it('writes it in Urdu, with Urdu’s comma', () => {
    const t = wordsOf(ur, 'ur');
    expect(startIn(t, 'ur', MARCH)).toBe('منگل، 2 مارچ، 18:05');
    expect(whenIn(t, 'ur', JULY.startsAt, JULY.endsAt)).toBe('منگل، 6 جولائی، 18:00 سے 20:00 تک');
  });
});
