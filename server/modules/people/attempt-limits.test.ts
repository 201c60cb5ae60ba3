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
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { FAILED_SIGN_IN_PER_ADDRESS, RESET_COMPLETION_PER_LINK } from './attempt-limits.js';

let t: TestApp;
let admin: SignedIn;
let organisationId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
});
afterAll(async () => t.close());

/** A sign-in from `address` (each test uses its own, as different networks would). */
const signInFrom = (address: string, email: string, password = 'a-wrong-guess') =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    remoteAddress: address,
    payload: { email, password },
  });

describe('sign-in limits', () => {
  it('refuses password spraying: many emails from one address meet a 429 well before 50', async () => {
    const statuses: number[] = [];
    let refusal: Awaited<ReturnType<typeof signInFrom>> | undefined;
    for (let i = 0; i < 50; i++) {
      const response = await signInFrom('198.51.100.7', uniqueEmail(`spray${i}`));
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        refusal = response;
        break;
      }
    }
    expect(statuses).toHaveLength(FAILED_SIGN_IN_PER_ADDRESS.max + 1);
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
    expect(refusal?.headers['content-type']).toContain('application/problem+json');
    expect(Number(refusal?.headers['retry-after'])).toBeGreaterThan(500);
    expect(refusal?.json<{ detail: string }>().detail).toBe(
      'Too many failed sign-ins from your network. Wait 10 minutes and try again.',
    );
    // Another network is not held up.
    expect((await signInFrom('198.51.100.70', uniqueEmail('elsewhere'))).statusCode).toBe(401);
  });

  it('does not count sign-ins that succeed, so a room on one Wi-Fi can sign in', async () => {
    const person = await addPerson(t.app, admin, organisationId, 'member');
    const address = '198.51.100.8';
    for (let i = 0; i < 15; i++)
      expect((await signInFrom(address, uniqueEmail('typo'))).statusCode).toBe(401);
    for (let i = 0; i < 10; i++) {
      expect((await signInFrom(address, person.email, TEST_PASSWORD)).statusCode).toBe(200);
    }
    for (let i = 0; i < 5; i++) expect((await signInFrom(address, uniqueEmail('typo'))).statusCode).toBe(401);
    expect((await signInFrom(address, uniqueEmail('typo'))).statusCode).toBe(429);
  });

  it('counts across app instances on one database', async () => {
    const peer = await t.createPeer();
    try {
      const address = '198.51.100.9';
      for (let i = 0; i < FAILED_SIGN_IN_PER_ADDRESS.max; i++) {
        expect((await signInFrom(address, uniqueEmail('first-instance'))).statusCode).toBe(401);
      }
      const onPeer = await peer.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        remoteAddress: address,
        payload: { email: uniqueEmail('second-instance'), password: 'a-wrong-guess' },
      });
      expect(onPeer.statusCode).toBe(429);
    } finally {
      await peer.close();
    }
  });
});

describe('password reset limits', () => {
  it('limits choosing a new password per link, so people sharing an address do not block each other', async () => {
    const address = '203.0.113.20';
    const people = [
      await addPerson(t.app, admin, organisationId, 'member'),
      await addPerson(t.app, admin, organisationId, 'member'),
    ];
    const tokens: string[] = [];
    for (const person of people) {
      const asked = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset',
        remoteAddress: address,
        payload: { email: person.email },
      });
      expect(asked.statusCode).toBe(202);
      tokens.push(await latestLinkToken(t.app, person.email, 'reset-password'));
    }
    const complete = (token: string | undefined, password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/complete',
        remoteAddress: address,
        payload: { token, password },
      });
    // Ten weak passwords tried with the first link use up that link's tries…
    for (let i = 0; i < RESET_COMPLETION_PER_LINK.max; i++) {
      expect((await complete(tokens[0], 'password123')).statusCode).toBe(400);
    }
    const refused = await complete(tokens[0], 'a-strong-new-passphrase');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    // …and the second person, behind the same address, still resets with theirs.
    expect((await complete(tokens[1], 'a-strong-new-passphrase')).statusCode).toBe(200);
  });

  it('limits reset requests from one address whatever the email', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset',
        remoteAddress: '203.0.113.21',
        payload: { email: uniqueEmail(`reset${i}`) },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.indexOf(429)).toBe(20);
  });
});
