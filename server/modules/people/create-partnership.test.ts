import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse, PublicPartnerships } from '../../../contracts/people.js';
import { TEST_PASSWORD, signInAsNewAdmin, uniqueEmail, type SignedIn } from '../../testing/factories.js';
import { cookieOf, createTestApp, type TestApp } from '../../testing/test-app.js';
import { createPartnership } from './create-partnership.js';

let t: TestApp;
let firstAdmin: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  firstAdmin = await signInAsNewAdmin(t.app, t.context);
});
afterAll(async () => t.close());

const signIn = async (email: string) => {
  const response = await t.as(null, {
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password: TEST_PASSWORD },
  });
  expect(response.statusCode).toBe(200);
  return { cookie: cookieOf(response) };
};

describe('a second partnership on one server', () => {
  it('has its own organisation and admin, who sees only it; both are listed in public', async () => {
    const email = uniqueEmail('second-admin');
    const created = await createPartnership(t.context, {
      name: 'Riverside Recovery Partnership',
      organisationName: 'Riverside Peer Network',
      admin: { email, password: TEST_PASSWORD, displayName: 'Riverside Admin' },
    });
    const second = await signIn(email);
    const me = (await t.as(second, { method: 'GET', url: '/api/me' })).json<MeResponse>();
    // a new partnership offers every language Cairn has until its admin chooses
    expect(me.partnership).toEqual({
      id: created.partnershipId,
      name: 'Riverside Recovery Partnership',
      languages: ['en', 'cy', 'ur'],
    });
    expect(me.roles).toEqual(['partnership_admin']);
    const organisations = (await t.as(second, { method: 'GET', url: '/api/organisations' })).json<{
      organisations: { id: string; name: string }[];
    }>().organisations;
    expect(organisations).toEqual([expect.objectContaining({ id: created.organisationId })]);

    // Neither admin reaches the other partnership's organisation.
    const firstMe = (await t.as(firstAdmin, { method: 'GET', url: '/api/me' })).json<MeResponse>();
    const firstOrganisation = firstMe.memberships[0]?.organisationId ?? '';
    const refused = await t.as(second, {
      method: 'GET',
      url: `/api/organisations/${firstOrganisation}/members`,
    });
    expect(refused.statusCode).toBe(404);
    const refusedBack = await t.as(firstAdmin, {
      method: 'GET',
      url: `/api/organisations/${created.organisationId}/members`,
    });
    expect(refusedBack.statusCode).toBe(404);

    const listed = (
      await t.as(null, { method: 'GET', url: '/api/public/partnerships' })
    ).json<PublicPartnerships>();
    const ids = listed.partnerships.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining([created.partnershipId, firstMe.partnership?.id]));
  });

  it('refuses a name already taken, an email that already has an account, and a weak password', async () => {
    const admin = (email = uniqueEmail('admin')) => ({
      email,
      password: TEST_PASSWORD,
      displayName: 'Admin',
    });
    await createPartnership(t.context, {
      name: 'Hillside Partnership',
      organisationName: 'Hillside',
      admin: admin(),
    });
    await expect(
      createPartnership(t.context, {
        name: 'hillside partnership',
        organisationName: 'Other',
        admin: admin(),
      }),
    ).rejects.toThrow('There is already a partnership called');
    await expect(
      createPartnership(t.context, {
        name: 'Valley Partnership',
        organisationName: 'Valley',
        admin: admin(firstAdmin.email),
      }),
    ).rejects.toThrow(`There is already an account for ${firstAdmin.email}`);
    await expect(
      createPartnership(t.context, {
        name: 'Valley Partnership',
        organisationName: 'Valley',
        admin: { ...admin(), password: 'short' },
      }),
    ).rejects.toThrow('at least 10 characters');
    await expect(
      createPartnership(t.context, { name: '  ', organisationName: 'Valley', admin: admin() }),
    ).rejects.toThrow('Give the partnership a name');
  });
});
