import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse } from '../../../contracts/people.js';
import { addPerson, firstOrganisationId, signInAsNewAdmin, type SignedIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let admin: SignedIn;
let organisationId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
});
afterAll(async () => t.close());

const setLanguages = (who: SignedIn, languages: string[]) =>
  t.as(who, { method: 'PUT', url: '/api/admin/languages', payload: { languages } });
const me = async (who: SignedIn) => (await t.as(who, { method: 'GET', url: '/api/me' })).json<MeResponse>();
type Problem = { detail: string; errors?: { path: string; message: string }[] };

describe('the languages a partnership offers', () => {
  it('are all three at first, and only an admin changes them, keeping English, audited', async () => {
    expect((await me(admin)).partnership?.languages).toEqual(['en', 'cy', 'ur']);
    const member = await addPerson(t.app, admin, organisationId, 'member');
    expect((await setLanguages(member, ['en'])).statusCode).toBe(404);
    const withoutEnglish = await setLanguages(admin, ['cy']);
    expect(withoutEnglish.statusCode).toBe(400);
    expect(withoutEnglish.json<Problem>().errors?.[0]?.message).toMatch(/^Keep English/);
    expect((await setLanguages(admin, ['en', 'fr'])).statusCode).toBe(400);

    const set = await setLanguages(admin, ['en', 'cy']);
    expect(set.statusCode, set.body).toBe(200);
    expect((await me(member)).partnership?.languages).toEqual(['en', 'cy']);
    const audit = await t.as(admin, { method: 'GET', url: '/api/admin/audit?limit=5' });
    expect(audit.body).toContain('partnership.languages_changed');
    expect((await setLanguages(admin, ['en', 'cy', 'ur'])).statusCode).toBe(200);
  });

  it('limit what members choose, what Accept-Language picks, and the language of their mail', async () => {
    const member = await addPerson(t.app, admin, organisationId, 'member', 'Farah');
    const chose = await t.as(member, { method: 'PUT', url: '/api/me/language', payload: { language: 'ur' } });
    expect(chose.json<MeResponse>().person.language).toBe('ur');

    expect((await setLanguages(admin, ['en', 'cy'])).statusCode).toBe(200);
    // Their choice is no longer offered: they read English, and cannot choose Urdu again.
    expect((await me(member)).person.language).toBeNull();
    const refused = await t.as(member, {
      method: 'PUT',
      url: '/api/me/language',
      payload: { language: 'ur' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<Problem>().errors?.[0]?.path).toBe('language');

    // A browser asking for Urdu first gets the next offered language it asks for, or English.
    const join = (acceptLanguage: string) =>
      t.as(member, {
        method: 'POST',
        url: '/api/cafes/join',
        payload: { code: 'ZZZZZZ' },
        headers: { 'accept-language': acceptLanguage },
      });
    expect((await join('ur,cy;q=0.8')).json<Problem>().detail).toBe(
      'Does dim caffi ar agor gyda’r cod yna. Gwiriwch y cod sydd i’w weld yn yr ystafell.',
    );
    expect((await join('ur')).json<Problem>().detail).toBe(
      'There is no open café with that code. Check the code shown in the room.',
    );

    // Mail falls back to English too.
    const asked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: member.email },
    });
    expect(asked.statusCode).toBe(202);
    await expect
      .poll(async () => (await t.outbox(member.email)).map((mail) => mail.subject))
      .toContain('Reset your Cairn password');

    // Offered again, their saved choice counts again.
    expect((await setLanguages(admin, ['en', 'cy', 'ur'])).statusCode).toBe(200);
    expect((await me(member)).person.language).toBe('ur');
  });

  it('are all that signed-out pages offer, and what a visitor is answered in', async () => {
    const visitor = (acceptLanguage?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/cafes/join',
        payload: { code: 'ZZZZZZ' },
        headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
      });
    const offered = async () =>
      (await t.app.inject({ method: 'GET', url: '/api/public/languages' })).json<{ languages: string[] }>();
    expect(await offered()).toEqual({ languages: ['en', 'cy', 'ur'] });
    expect((await visitor('ur')).json<Problem>().detail).toBe(
      'اس کوڈ کے ساتھ کوئی کھلا کیفے نہیں ہے۔ کمرے میں دکھایا گیا کوڈ چیک کریں۔',
    );

    try {
      expect((await setLanguages(admin, ['en', 'cy'])).statusCode).toBe(200);
      // At once, for the next visitor: only what the partnership chose.
      expect(await offered()).toEqual({ languages: ['en', 'cy'] });
      // A browser that prefers a language not offered: the next it asks for that is, else English.
      expect((await visitor('ur')).json<Problem>().detail).toBe(
        'There is no open café with that code. Check the code shown in the room.',
      );
      expect((await visitor('ur-PK, cy;q=0.5')).json<Problem>().detail).toBe(
        'Does dim caffi ar agor gyda’r cod yna. Gwiriwch y cod sydd i’w weld yn yr ystafell.',
      );
      expect((await setLanguages(admin, ['en'])).statusCode).toBe(200);
      expect(await offered()).toEqual({ languages: ['en'] });
      expect((await visitor('cy')).json<Problem>().detail).toBe(
        'There is no open café with that code. Check the code shown in the room.',
      );
    } finally {
      expect((await setLanguages(admin, ['en', 'cy', 'ur'])).statusCode).toBe(200);
    }
    expect(await offered()).toEqual({ languages: ['en', 'cy', 'ur'] });
  });
});
