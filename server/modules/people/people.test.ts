import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_PASSWORD,
  addPerson,
  firstOrganisationId,
  latestLinkToken,
  signInAsNewAdmin,
  uniqueEmail,
  type SignedIn,
} from '../../testing/factories.js';
import { cookieOf, createTestApp, type TestApp } from '../../testing/test-app.js';
import { auditEvents, invite, membershipIdOf } from './people.factories.js';

let t: TestApp;
let admin: SignedIn;
let organisationId: string;
let coordinator: SignedIn;
let member: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
  coordinator = await addPerson(t.app, admin, organisationId, 'coordinator');
  member = await addPerson(t.app, coordinator, organisationId, 'member');
});
afterAll(async () => t.close());

describe('signing in', () => {
  it('signs in with the right password and answers /api/me with memberships and roles', async () => {
    const me = await t.as(coordinator, { method: 'GET', url: '/api/me' });
    expect(me.statusCode).toBe(200);
    const body = me.json<{ roles: string[]; memberships: { organisationId: string }[] }>();
    expect(body.roles).toEqual(['coordinator']);
    expect(body.memberships[0]?.organisationId).toBe(organisationId);
  });

  it('sets an httpOnly SameSite cookie', async () => {
    const response = await t.as(null, {
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: member.email, password: TEST_PASSWORD },
    });
    const cookie = response.cookies.find((c) => c.name === 'cairn_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
  });

  it('refuses a wrong password with the same answer as an unknown email', async () => {
    const wrong = await t.as(null, {
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: member.email, password: 'not-the-password' },
    });
    const unknown = await t.as(null, {
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'nobody@test.example', password: 'not-the-password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json<{ detail: string }>().detail).toBe(wrong.json<{ detail: string }>().detail);
  });

  it('limits sign-in attempts for one email', async () => {
    const email = uniqueEmail('limited');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await t.as(null, {
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password: 'wrong-guess' },
      });
      statuses.push(r.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('signs out and the old cookie no longer works', async () => {
    const session = await t.as(null, {
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: member.email, password: TEST_PASSWORD },
    });
    const cookie = cookieOf(session);
    expect((await t.as({ cookie }, { method: 'POST', url: '/api/auth/sign-out' })).statusCode).toBe(200);
    expect((await t.as({ cookie }, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
  });
});

describe('invitations and roles', () => {
  it('shows an invitation, then refuses it once accepted', async () => {
    const { email, token } = await invite(t, coordinator, organisationId, { role: 'peer_supporter' });
    const shown = await t.as(null, { method: 'GET', url: `/api/invitations/${token}` });
    expect(shown.json()).toMatchObject({ email, role: 'peer_supporter', hasAccount: false });
    const weak = await t.as(null, {
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { displayName: 'New Peer', password: 'password123' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('password');
    const accepted = await t.as(null, {
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { displayName: 'New Peer', password: TEST_PASSWORD },
    });
    expect(accepted.json<{ roles: string[] }>().roles).toEqual(['peer_supporter']);
    expect((await t.as(null, { method: 'GET', url: `/api/invitations/${token}` })).statusCode).toBe(404);
  });

  it('lets an existing person accept only while signed in as themselves', async () => {
    const person = await addPerson(t.app, coordinator, organisationId, 'member');
    const { token } = await invite(t, admin, organisationId, { email: person.email, role: 'facilitator' });
    const accept = (who: SignedIn | null) =>
      t.as(who, { method: 'POST', url: `/api/invitations/${token}/accept`, payload: {} });
    expect((await accept(null)).statusCode).toBe(401);
    expect((await accept(coordinator)).statusCode).toBe(401);
    const themselves = await accept(person);
    expect(themselves.json<{ roles: string[] }>().roles.sort()).toEqual(['facilitator', 'member']);
  });

  it('lets a coordinator change and remove roles, but not give partnership admin', async () => {
    const person = await addPerson(t.app, coordinator, organisationId, 'member', 'Changeable');
    const membershipId = await membershipIdOf(t, coordinator, organisationId, person.personId);
    const promote = await t.as(coordinator, {
      method: 'PATCH',
      url: `/api/memberships/${membershipId}`,
      payload: { role: 'facilitator' },
    });
    expect(promote.json()).toMatchObject({ role: 'facilitator', displayName: 'Changeable' });
    const tooFar = await t.as(coordinator, {
      method: 'PATCH',
      url: `/api/memberships/${membershipId}`,
      payload: { role: 'partnership_admin' },
    });
    expect(tooFar.statusCode).toBe(403);
    const removed = await t.as(coordinator, {
      method: 'DELETE',
      url: `/api/memberships/${membershipId}`,
    });
    expect(removed.statusCode).toBe(200);
    // That was their last membership: their sessions ended with it, so the next request is signed out.
    expect((await t.as(person, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    expect(
      (await t.as(person, { method: 'GET', url: `/api/organisations/${organisationId}/members` })).statusCode,
    ).toBe(401);
    const removal = (await auditEvents(t, admin)).find(
      (event) => event.action === 'membership.removed' && event.subjectId === membershipId,
    );
    expect(removal?.details).toMatchObject({ sessionsEnded: true });
  });

  it('keeps a person signed in while they still hold another membership, and lets them sign in again', async () => {
    const person = await addPerson(t.app, coordinator, organisationId, 'member', 'Two Hats');
    const { token } = await invite(t, admin, organisationId, { email: person.email, role: 'facilitator' });
    expect(
      (await t.as(person, { method: 'POST', url: `/api/invitations/${token}/accept`, payload: {} }))
        .statusCode,
    ).toBe(200);
    const memberships = (await t.as(person, { method: 'GET', url: '/api/me' })).json<{
      memberships: { id: string; role: string }[];
    }>().memberships;
    const [first, second] = memberships;
    if (!first || !second) throw new Error('expected two memberships');
    expect((await t.as(admin, { method: 'DELETE', url: `/api/memberships/${first.id}` })).statusCode).toBe(
      200,
    );
    const stillIn = await t.as(person, { method: 'GET', url: '/api/me' });
    expect(stillIn.statusCode).toBe(200);
    expect(stillIn.json<{ roles: string[] }>().roles).toEqual([second.role]);
    expect((await t.as(admin, { method: 'DELETE', url: `/api/memberships/${second.id}` })).statusCode).toBe(
      200,
    );
    expect((await t.as(person, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    // Their account is still theirs: signed in again, they hold no roles but can see and download their data.
    const again = await t.as(null, {
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: person.email, password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json<{ roles: string[] }>().roles).toEqual([]);
  });

  it('lets only a partnership admin appoint a safeguarding lead', async () => {
    const byCoordinator = await t.as(coordinator, {
      method: 'POST',
      url: `/api/organisations/${organisationId}/invitations`,
      payload: { email: uniqueEmail('lead'), role: 'safeguarding_lead' },
    });
    expect(byCoordinator.statusCode).toBe(403);
    const byAdmin = await t.as(admin, {
      method: 'POST',
      url: `/api/organisations/${organisationId}/invitations`,
      payload: { email: uniqueEmail('lead'), role: 'safeguarding_lead' },
    });
    expect(byAdmin.statusCode).toBe(201);
  });

  it('keeps at least one partnership admin', async () => {
    const me = await t.as(admin, { method: 'GET', url: '/api/me' });
    const membershipId = me.json<{ memberships: { id: string }[] }>().memberships[0]?.id;
    const response = await t.as(admin, {
      method: 'DELETE',
      url: `/api/memberships/${membershipId}`,
      headers: { 'accept-language': 'ur' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json<{ detail: string }>().detail).toBe(
      'ہر شراکت داری میں کم از کم ایک منتظم ضروری ہے۔ پہلے کسی اور کو منتظم بنائیں۔',
    );
  });
});

describe('organisations', () => {
  it('lets a partnership admin add an organisation, once per name', async () => {
    const created = await t.as(admin, {
      method: 'POST',
      url: '/api/organisations',
      payload: { name: 'Seaview Peer Network' },
    });
    expect(created.statusCode).toBe(201);
    const again = await t.as(admin, {
      method: 'POST',
      url: '/api/organisations',
      payload: { name: 'seaview peer network' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ detail: string }>().detail).toBe(
      'There is already an organisation called seaview peer network in this partnership.',
    );
    const list = await t.as(member, {
      method: 'GET',
      url: '/api/organisations',
    });
    expect(list.json<{ organisations: { name: string }[] }>().organisations.map((o) => o.name)).toContain(
      'Seaview Peer Network',
    );
  });
});

describe('my account', () => {
  it('changes the display name', async () => {
    const person = await addPerson(t.app, coordinator, organisationId, 'member');
    const response = await t.as(person, {
      method: 'PATCH',
      url: '/api/me',
      payload: { displayName: '  Robin  ' },
    });
    expect(response.json<{ person: { displayName: string } }>().person.displayName).toBe('Robin');
  });

  it('keeps a mobile number for urgent messages, changed on its own, and refuses one that is not', async () => {
    const person = await addPerson(t.app, coordinator, organisationId, 'member', 'Morag');
    const patch = (payload: object) => t.as(person, { method: 'PATCH', url: '/api/me', payload });
    const saved = await patch({ mobileNumber: '07700 900 555' });
    expect(saved.json<{ person: { displayName: string; mobileNumber: string } }>().person).toMatchObject({
      displayName: 'Morag',
      mobileNumber: '+447700900555',
    });
    const wrong = await patch({ mobileNumber: 'call me' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('mobileNumber');
    // A landline would take the texts and nobody would read them.
    const landline = await patch({ mobileNumber: '01382 123456' });
    expect(landline.statusCode).toBe(400);
    expect(landline.json<{ detail: string }>().detail).toContain('That looks like a landline');
    // An empty change names nothing to change.
    expect((await patch({})).statusCode).toBe(400);
    const me = await t.as(person, { method: 'GET', url: '/api/me' });
    expect(me.json<{ person: { mobileNumber: string } }>().person.mobileNumber).toBe('+447700900555');
    const removed = await patch({ mobileNumber: '' });
    expect(removed.json<{ person: { mobileNumber: string | null } }>().person.mobileNumber).toBeNull();
  });

  it('changes the password, keeping this session and ending the others', async () => {
    const person = await addPerson(t.app, coordinator, organisationId, 'member');
    const other = await t.as(null, {
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: person.email, password: TEST_PASSWORD },
    });
    const wrong = await t.as(person, {
      method: 'POST',
      url: '/api/me/password',
      payload: { currentPassword: 'nope-nope-nope', newPassword: 'a-brand-new-password' },
    });
    expect(wrong.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('currentPassword');
    const changed = await t.as(person, {
      method: 'POST',
      url: '/api/me/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-password' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await t.as(person, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    expect((await t.as({ cookie: cookieOf(other) }, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
  });

  it('resets a forgotten password from the emailed link, once', async () => {
    const person = await addPerson(t.app, coordinator, organisationId, 'member');
    const unknown = await t.as(null, {
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: 'nobody-here@test.example' },
    });
    expect(unknown.statusCode).toBe(202);
    await t.as(null, { method: 'POST', url: '/api/auth/password-reset', payload: { email: person.email } });
    const token = await latestLinkToken(t.app, person.email, 'reset-password');
    const done = await t.as(null, {
      method: 'POST',
      url: '/api/auth/password-reset/complete',
      payload: { token, password: 'reset-and-renewed' },
    });
    expect(done.statusCode).toBe(200);
    const again = await t.as(null, {
      method: 'POST',
      url: '/api/auth/password-reset/complete',
      payload: { token, password: 'another-new-password' },
    });
    expect(again.statusCode).toBe(404);
    const signIn = await t.as(null, {
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: person.email, password: 'reset-and-renewed' },
    });
    expect(signIn.statusCode).toBe(200);
    // Two clicks at once still use the link only once.
    await t.as(null, { method: 'POST', url: '/api/auth/password-reset', payload: { email: person.email } });
    const second = await latestLinkToken(t.app, person.email, 'reset-password');
    const both = await Promise.all(
      ['first-new-password', 'other-new-password'].map((password) =>
        t.as(null, {
          method: 'POST',
          url: '/api/auth/password-reset/complete',
          payload: { token: second, password },
        }),
      ),
    );
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 404]);
  });

  it('retires every older reset link once a newer one has been used', async () => {
    const person = await addPerson(t.app, coordinator, organisationId, 'member');
    for (let i = 0; i < 2; i++) {
      await t.as(null, { method: 'POST', url: '/api/auth/password-reset', payload: { email: person.email } });
    }
    const [newer, older] = (await t.outbox(person.email))
      .map((message) => message.text.match(/\/reset-password\/([A-Za-z0-9_-]+)/)?.[1])
      .filter((token) => token !== undefined);
    expect(newer).toBeDefined();
    expect(older).toBeDefined();
    const done = await t.as(null, {
      method: 'POST',
      url: '/api/auth/password-reset/complete',
      payload: { token: newer, password: 'the-newest-password' },
    });
    expect(done.statusCode).toBe(200);
    const stale = await t.as(null, {
      method: 'POST',
      url: '/api/auth/password-reset/complete',
      payload: { token: older, password: 'an-older-link-password' },
    });
    expect(stale.statusCode).toBe(404);
  });

  it('downloads everything held about me as JSON', async () => {
    const response = await t.as(member, { method: 'GET', url: '/api/me/data' });
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="cairn-my-data-/);
    const data = response.json<{ people: { account: { email: string }; memberships: unknown[] } }>();
    expect(data.people.account.email).toBe(member.email);
    expect(data.people.memberships.length).toBeGreaterThan(0);
  });

  it('erases a person on request once an admin completes it, and audits both steps', async () => {
    const person = await addPerson(t.app, coordinator, organisationId, 'member', 'To Be Erased');
    const asked = await t.as(person, {
      method: 'POST',
      url: '/api/me/erasure-requests',
      payload: { reason: 'Moving on' },
    });
    expect(asked.statusCode).toBe(201);
    const twice = await t.as(person, {
      method: 'POST',
      url: '/api/me/erasure-requests',
      payload: {},
    });
    expect(twice.statusCode).toBe(409);
    const requestId = asked.json<{ id: string }>().id;
    const list = await t.as(admin, {
      method: 'GET',
      url: '/api/admin/erasure-requests',
    });
    expect(list.json<{ requests: { id: string; personName: string }[] }>().requests).toContainEqual(
      expect.objectContaining({ id: requestId, personName: 'To Be Erased' }),
    );
    const done = await t.as(admin, {
      method: 'POST',
      url: `/api/admin/erasure-requests/${requestId}`,
      payload: { decision: 'complete', outcome: 'Erased as asked' },
    });
    expect(done.json()).toMatchObject({ status: 'completed' });
    expect((await t.as(person, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    const signIn = await t.as(null, {
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: person.email, password: TEST_PASSWORD },
    });
    expect(signIn.statusCode).toBe(401);
    const actions = (await auditEvents(t, admin)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['person.erasure_requested', 'person.erased']));
  });
});

describe('the audit log is append-only', () => {
  it('refuses updates and deletes at the database', async () => {
    const { sql } = await import('drizzle-orm');
    await expect(t.context.db.execute(sql`delete from audit_events`)).rejects.toThrow();
    await expect(t.context.db.execute(sql`update audit_events set action = 'x'`)).rejects.toThrow();
  });
});

describe('every route refuses a role that must be refused', () => {
  const uuid = '00000000-0000-4000-8000-000000000000';
  type Case = {
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    route: string;
    url: () => string;
    payload?: object;
  };
  const signedInOnly: Case[] = [
    { method: 'GET', route: '/api/me', url: () => '/api/me' },
    { method: 'PATCH', route: '/api/me', url: () => '/api/me', payload: { displayName: 'X' } },
    {
      method: 'POST',
      route: '/api/me/password',
      url: () => '/api/me/password',
      payload: { currentPassword: 'x', newPassword: 'long-enough-1' },
    },
    { method: 'GET', route: '/api/me/data', url: () => '/api/me/data' },
    { method: 'GET', route: '/api/me/erasure-requests', url: () => '/api/me/erasure-requests' },
    { method: 'POST', route: '/api/me/erasure-requests', url: () => '/api/me/erasure-requests', payload: {} },
    { method: 'GET', route: '/api/organisations', url: () => '/api/organisations' },
  ];
  const coordinatorOnly: Case[] = [
    {
      method: 'GET',
      route: '/api/organisations/:organisationId/members',
      url: () => `/api/organisations/${organisationId}/members`,
    },
    {
      method: 'POST',
      route: '/api/organisations/:organisationId/invitations',
      url: () => `/api/organisations/${organisationId}/invitations`,
      payload: { email: 'x@test.example', role: 'member' },
    },
  ];
  const adminOnly: Case[] = [
    {
      method: 'POST',
      route: '/api/organisations',
      url: () => '/api/organisations',
      payload: { name: 'Another org' },
    },
    { method: 'GET', route: '/api/admin/erasure-requests', url: () => '/api/admin/erasure-requests' },
    {
      method: 'POST',
      route: '/api/admin/erasure-requests/:requestId',
      url: () => `/api/admin/erasure-requests/${uuid}`,
      payload: { decision: 'refuse', outcome: 'x' },
    },
    { method: 'GET', route: '/api/admin/audit', url: () => '/api/admin/audit' },
  ];

  it.each([...signedInOnly, ...coordinatorOnly, ...adminOnly])(
    '$method $route refuses a signed-out visitor',
    async (c) => {
      const response = await t.as(null, {
        method: c.method,
        url: c.url(),
        ...(c.payload ? { payload: c.payload } : {}),
      });
      expect(response.statusCode).toBe(401);
    },
  );

  it.each([...coordinatorOnly, ...adminOnly])('$method $route refuses a member', async (c) => {
    const response = await t.as(member, {
      method: c.method,
      url: c.url(),
      ...(c.payload ? { payload: c.payload } : {}),
    });
    expect(response.statusCode).toBe(404);
  });

  it.each(adminOnly)('$method $route refuses a coordinator', async (c) => {
    const response = await t.as(coordinator, {
      method: c.method,
      url: c.url(),
      ...(c.payload ? { payload: c.payload } : {}),
    });
    expect(response.statusCode).toBe(404);
  });

  it('refuses a member changing or removing memberships', async () => {
    const membershipId = await membershipIdOf(t, coordinator, organisationId, coordinator.personId);
    const change = await t.as(member, {
      method: 'PATCH',
      url: `/api/memberships/${membershipId}`,
      payload: { role: 'coordinator' },
    });
    const remove = await t.as(member, {
      method: 'DELETE',
      url: `/api/memberships/${membershipId}`,
    });
    expect([change.statusCode, remove.statusCode]).toEqual([404, 404]);
  });

  it("refuses a coordinator of another partnership's organisation", async () => {
    // A coordinator of this organisation cannot see a different organisation they do not coordinate.
    const orgs = await t.as(coordinator, {
      method: 'GET',
      url: '/api/organisations',
    });
    expect(orgs.json<{ organisations: unknown[] }>().organisations.length).toBeGreaterThan(0);
    const response = await t.as(coordinator, {
      method: 'GET',
      url: `/api/organisations/${uuid}/members`,
    });
    expect(response.statusCode).toBe(404);
  });

  it('shows the development outbox only to this machine', async () => {
    const remote = await t.as(null, { method: 'GET', url: '/api/dev/outbox', remoteAddress: '192.0.2.7' });
    expect(remote.statusCode).toBe(404);
    expect((await t.as(null, { method: 'GET', url: '/api/dev/outbox' })).statusCode).toBe(200);
  });

  it('refuses the development outbox to a page that renamed itself to this machine (DNS rebinding)', async () => {
    const rebound = await t.as(null, {
      method: 'GET',
      url: '/api/dev/outbox',
      headers: { host: 'attacker.example:3000' },
    });
    expect(rebound.statusCode).toBe(404);
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000']) {
      const own = await t.as(null, { method: 'GET', url: '/api/dev/outbox', headers: { host } });
      expect(own.statusCode, host).toBe(200);
    }
  });

  it('hides the development outbox in production', async () => {
    const production = await createTestApp({ devOutbox: false });
    try {
      expect((await production.app.inject({ method: 'GET', url: '/api/dev/outbox' })).statusCode).toBe(404);
    } finally {
      await production.close();
    }
  });
});
