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

describe('the reset links one account is sent', () => {
  const complete = (token: string, password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/complete',
      payload: { token, password },
    });
  const linksTo = async (email: string) =>
    (await t.outbox(email))
      .map((message) => /\/reset-password\/([A-Za-z0-9_-]+)/.exec(message.text)?.[1])
      .filter((token): token is string => token !== undefined);

  it('lets only the newest link work: an earlier one dies as soon as a new one is sent', async () => {
    const person = await addPerson(t.app, admin, organisationId, 'member');
    await askForReset(person.email);
    const [first] = await linksTo(person.email);
    await askForReset(person.email);
    const [newest, older] = await linksTo(person.email);
    expect(older).toBe(first);
    expect(newest).not.toBe(first);
    if (!first || !newest) throw new Error('expected two links');
    const stale = await complete(first, 'an-older-link-password');
    expect(stale.statusCode).toBe(404);
    expect(stale.json<{ detail: string }>().detail).toContain('newest reset email');
    expect((await complete(newest, 'the-newest-password')).statusCode).toBe(200);
  });

  it('sends at most three an hour however many requests arrive at once, each answered alike', async () => {
    const person = await addPerson(t.app, admin, organisationId, 'member');
    const answers = await Promise.all(Array.from({ length: 6 }, () => askForReset(person.email)));
    expect(answers.map((answer) => answer.statusCode)).toEqual(Array(6).fill(202));
    const links = await linksTo(person.email);
    expect(links).toHaveLength(3);
    // Of the three, only the last one sent still works.
    const results = [];
    for (const link of links.slice(1))
      results.push((await complete(link, 'a-capped-new-password')).statusCode);
    expect(results).toEqual([404, 404]);
    expect((await complete(links[0] ?? '', 'a-capped-new-password')).statusCode).toBe(200);
  });
});
