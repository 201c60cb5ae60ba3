import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, firstOrganisationId, signInAsNewAdmin, type SignedIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createCafe } from './cafes.factories.js';

let t: TestApp;
let admin: SignedIn;
let organisationId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
});
afterAll(async () => t.close());

const join = (
  payload: Record<string, unknown>,
  headers: Record<string, string> = {},
  who: SignedIn | null = null,
) => t.as(who, { method: 'POST', url: '/api/cafes/join', payload, headers });

type Problem = { title: string; detail: string; errors?: { path: string; message: string }[] };

describe('joining a café in the visitor’s language (Accept-Language)', () => {
  it('answers a wrong code in Welsh, or in Urdu, with the problem’s title too', async () => {
    const welsh = await join({ code: 'ZZZZZZ' }, { 'accept-language': 'cy-GB,cy;q=0.9,en;q=0.5' });
    expect(welsh.statusCode).toBe(404);
    expect(welsh.headers['content-language']).toBe('cy');
    expect(welsh.json<Problem>()).toMatchObject({
      title: 'Heb ei ganfod',
      detail: 'Does dim caffi ar agor gyda’r cod yna. Gwiriwch y cod sydd i’w weld yn yr ystafell.',
    });
    const urdu = await join({ code: 'ZZZZZZ' }, { 'accept-language': 'ur-PK' });
    expect(urdu.json<Problem>().detail).toBe(
      'اس کوڈ کے ساتھ کوئی کھلا کیفے نہیں ہے۔ کمرے میں دکھایا گیا کوڈ چیک کریں۔',
    );
  });

  it('falls back to English for a language Cairn does not offer, and for none', async () => {
    const asked: Record<string, string>[] = [{ 'accept-language': 'fr-FR,de;q=0.8' }, {}];
    for (const headers of asked) {
      const answer = await join({ code: 'ZZZZZZ' }, headers);
      expect(answer.json<Problem>().detail).toBe(
        'There is no open café with that code. Check the code shown in the room.',
      );
    }
  });

  it('translates the contract’s own field messages, found by their English words', async () => {
    const answer = await join(
      { code: 'kt4', contact: 'not a way to reach anyone', postcodeDistrict: 'DD4 1AB' },
      { 'accept-language': 'cy' },
    );
    expect(answer.statusCode).toBe(400);
    const problem = answer.json<Problem>();
    expect(problem.title).toBe('Mae angen newid rhai atebion');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { path: 'code', message: 'Rhowch y cod chwe llythyren sydd i’w weld yn yr ystafell, fel KT4-9RB' },
        {
          path: 'contact',
          message: 'Rhowch gyfeiriad e-bost neu rif ffôn symudol, fel 07700 900123, neu gadewch hwn yn wag',
        },
        { path: 'postcodeDistrict', message: 'Rhowch ran gyntaf cod post yn unig, fel DD4' },
      ]),
    );
    // The summary is written again from the translated field messages.
    expect(problem.detail).toContain('code: Rhowch y cod chwe llythyren');
  });

  it('names a table that is not there in Urdu, with its number', async () => {
    const facilitator = await addPerson(t.app, admin, organisationId, 'facilitator');
    const cafe = await createCafe(t, facilitator, { organisationId, tables: 2 });
    const answer = await join({ code: cafe.joinCode, tableNumber: 7 }, { 'accept-language': 'ur' });
    expect(answer.statusCode).toBe(400);
    expect(answer.json<Problem>().errors).toEqual([
      { path: 'tableNumber', message: 'میز نمبر 7 موجود نہیں ہے۔' },
    ]);
  });

  it('says how long to wait with the plural form each language needs', async () => {
    const limited = await createTestApp({ joinLimitPerMinute: 1 });
    try {
      const wrong = { method: 'POST' as const, url: '/api/cafes/join', payload: { code: 'ZZZZZZ' } };
      await limited.app.inject(wrong);
      const blocked = await limited.app.inject({ ...wrong, headers: { 'accept-language': 'cy' } });
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json<Problem>().detail).toMatch(
        /^Gormod o godau anghywir\. Gwiriwch y cod sydd i’w weld yn yr ystafell\. Arhoswch \d+ eiliad a rhowch gynnig arall arni\.$/,
      );
    } finally {
      await limited.close();
    }
  });
});
