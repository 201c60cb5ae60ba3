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

const join = (
  payload: Record<string, unknown>,
  headers: Record<string, string> = {},
  who: SignedIn | null = null,
) => t.as(who, { method: 'POST', url: '/api/cafes/join', payload, headers });

type Problem = { title: string; detail: string; errors?: { path: string; message: string }[] };

describe('a member’s language', () => {
  it('is stored with their account, comes back with who they are, and can be forgotten', async () => {
    const member = await addPerson(t.app, admin, organisationId, 'member');
    const before = await t.as(member, { method: 'GET', url: '/api/me' });
    expect(before.json<MeResponse>().person.language).toBeNull();

    const chosen = await t.as(member, {
      method: 'PUT',
      url: '/api/me/language',
      payload: { language: 'cy' },
    });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json<MeResponse>().person.language).toBe('cy');
    expect((await t.as(member, { method: 'GET', url: '/api/me' })).json<MeResponse>().person.language).toBe(
      'cy',
    );

    // Their own choice wins over what the browser asks for: a problem reaches them in Welsh.
    const refused = await join({ code: 'ZZZZZZ' }, { 'accept-language': 'en-GB,en;q=0.9' }, member);
    expect(refused.json<Problem>().detail).toBe(
      'Does dim caffi ar agor gyda’r cod yna. Gwiriwch y cod sydd i’w weld yn yr ystafell.',
    );

    const forgotten = await t.as(member, {
      method: 'PUT',
      url: '/api/me/language',
      payload: { language: null },
    });
    expect(forgotten.json<MeResponse>().person.language).toBeNull();
  });

  it('must be one Cairn offers, and needs a session', async () => {
    const member = await addPerson(t.app, admin, organisationId, 'member');
    const unknown = await t.as(member, {
      method: 'PUT',
      url: '/api/me/language',
      payload: { language: 'fr' },
    });
    expect(unknown.statusCode).toBe(400);
    const visitor = await t.as(null, { method: 'PUT', url: '/api/me/language', payload: { language: 'cy' } });
    expect(visitor.statusCode).toBe(401);
  });

  it('is in the download of everything held about them', async () => {
    const member = await addPerson(t.app, admin, organisationId, 'member');
    await t.as(member, { method: 'PUT', url: '/api/me/language', payload: { language: 'ur' } });
    const data = await t.as(member, { method: 'GET', url: '/api/me/data' });
    expect(data.json<{ people: { account: { language: string } } }>().people.account.language).toBe('ur');
  });
});
