import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPerson,
  firstOrganisationId,
  latestLinkToken,
  signInAsNewAdmin,
  uniqueEmail,
  type SignedIn,
} from '../../testing/factories.js';
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

const askForReset = (email: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email } });

/** What an answer shows a caller: its status, body and headers, less the ones that differ every time. */
function visible(response: Awaited<ReturnType<typeof askForReset>>) {
  const { date: _date, ...headers } = response.headers;
  return { status: response.statusCode, body: response.body, headers };
}

describe('asking for a password reset', () => {
  it('answers a known email exactly as an unknown one', async () => {
    const person = await addPerson(t.app, admin, organisationId, 'member');
    const known = await askForReset(person.email);
    const unknown = await askForReset(uniqueEmail('nobody'));
    expect(known.statusCode).toBe(202);
    expect(visible(known)).toEqual(visible(unknown));
    expect(await latestLinkToken(t.app, person.email, 'reset-password')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  // The answer must not wait for the account to be looked up and the link stored: otherwise a known
  // email is answered later than an unknown one. Here the link's table is locked while the request
  // is answered, which needs a second connection (PostgreSQL; PGlite has one).
  it.runIf(process.env.DATABASE_URL)('answers before it stores the link and queues the mail', async () => {
    const person = await addPerson(t.app, admin, organisationId, 'member');
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`lock table password_resets in exclusive mode`);
      const answered = askForReset(person.email).then((answer) => answer.statusCode);
      const waited = new Promise((resolve) => setTimeout(() => resolve('still waiting after 5 s'), 5000));
      expect(await Promise.race([answered, waited])).toBe(202);
    });
    expect(await latestLinkToken(t.app, person.email, 'reset-password')).toBeTruthy();
  });
});
