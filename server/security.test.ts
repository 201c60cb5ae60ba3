import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactRoute, describeMailFailure } from './kernel/mail.js';
import { maskUrlForLog } from './kernel/http.js';
import { createStory } from './modules/stories/stories.factories.js';
import {
  addPerson,
  firstOrganisationId,
  latestLinkToken,
  signInAsNewAdmin,
  uniqueEmail,
  type SignedIn,
} from './testing/factories.js';
import { createTestApp, type TestApp } from './testing/test-app.js';

/**
 * Each finding of the attack on Cairn (issue #19, "Hardening"), replayed as it was made, so none can
 * come back. Run on the embedded database and, with DATABASE_URL, on PostgreSQL. Three are replayed
 * where they need a setting of their own: every route × every caller in access-matrix.test.ts (a
 * second partnership included); a transcript read while /api/health keeps answering within 100 ms
 * in stories/media/story-media.test.ts; two instances seeding an empty PostgreSQL in demo.test.ts;
 * and a restore into a data directory that is not there yet in cli.test.ts.
 */

let t: TestApp;
let admin: SignedIn;
let organisationId: string;

beforeAll(async () => {
  t = await createTestApp({ dataDir: mkdtempSync(join(tmpdir(), 'cairn-security-')) });
  admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
});
afterAll(async () => t.close());

/** A request from its own client address, as the rate limits see it. */
const from = (address: string) => ({ remoteAddress: address });

describe('password spraying and shared addresses', () => {
  it('meets a 429 long before 50 different emails have been tried from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: uniqueEmail('sprayed'), password: 'Winter2026!' },
        ...from('203.0.113.50'),
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) break;
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.length).toBeLessThanOrEqual(21);
  });

  it('keeps counters as keyed hashes: no address, email, nor a hash anyone could work out', async () => {
    const rows = await t.context.db.execute(sql`select key from rate_limit_counters`);
    const keys = rowsOf<{ key: string }>(rows).map((row) => row.key);
    expect(keys.length).toBeGreaterThan(0);
    const plain = createHash('sha256').update('203.0.113.50').digest('hex');
    expect(keys.some((key) => key.includes('203.0.113') || key.includes('@') || key.endsWith(plain))).toBe(
      false,
    );
  });

  it('limits choosing a new password per link, so bad links from a shared address block nobody', async () => {
    const person = await addPerson(t.app, admin, organisationId, 'member');
    for (let i = 0; i < 12; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/complete',
        payload: { token: `not-a-real-link-${i}-${'x'.repeat(30)}`, password: 'a-guess-at-a-password' },
        ...from('198.51.100.7'),
      });
    }
    await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: person.email } });
    const token = await latestLinkToken(t.app, person.email, 'reset-password');
    const done = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/complete',
      payload: { token, password: 'a-new-and-long-password' },
      ...from('198.51.100.7'),
    });
    expect(done.statusCode).toBe(200);
  });
});

describe('reset links', () => {
  it('answers a reset request for a known email exactly as for an unknown one', async () => {
    const person = await addPerson(t.app, admin, organisationId, 'member');
    const ask = (email: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email } });
    const [known, unknown] = [await ask(person.email), await ask(uniqueEmail('nobody'))];
    const { date: _known, ...knownHeaders } = known.headers;
    const { date: _unknown, ...unknownHeaders } = unknown.headers;
    expect([known.statusCode, known.body, knownHeaders]).toEqual([
      unknown.statusCode,
      unknown.body,
      unknownHeaders,
    ]);
  });

  it('kills every earlier link when a newer one is sent, and every other link when one is used', async () => {
    const person = await addPerson(t.app, admin, organisationId, 'member');
    const ask = () =>
      t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: person.email } });
    const complete = (token: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/complete',
        payload: { token, password: 'chosen-from-a-link' },
      });
    await ask();
    const older = await latestLinkToken(t.app, person.email, 'reset-password');
    await ask();
    const newer = await latestLinkToken(t.app, person.email, 'reset-password');
    expect((await complete(older)).statusCode).toBe(404);
    expect((await complete(newer)).statusCode).toBe(200);
    expect((await complete(newer)).statusCode).toBe(404);
  });
});

describe('the development outbox', () => {
  it('answers only requests addressed to this machine by name (no DNS rebinding)', async () => {
    const outbox = (host: string) =>
      t.app.inject({ method: 'GET', url: '/api/dev/outbox', headers: { host } });
    expect((await outbox('attacker.example')).statusCode).toBe(404);
    expect((await outbox('attacker.example:3000')).statusCode).toBe(404);
    expect((await outbox('localhost:3000')).statusCode).toBe(200);
  });
});

describe('input PostgreSQL cannot store, and empty changes', () => {
  it('refuses a NUL character in any text field, query or path with the field named, never a 500', async () => {
    const bodies = [
      { url: '/api/stories', payload: { organisationId, title: 'Bad\u0000title', text: 'Words' } },
      { url: '/api/organisations', payload: { name: 'Name\u0000here' } },
      { url: '/api/cafes', payload: { organisationId, title: 'Café\u0000', purpose: 'x' } },
    ];
    for (const { url, payload } of bodies) {
      const response = await t.as(admin, { method: 'POST', url, payload });
      expect(response.statusCode, url).toBe(400);
      expect(response.json<{ errors: { path: string }[] }>().errors[0]?.path).toMatch(/^(title|name)$/);
    }
    const profile = await t.as(admin, {
      method: 'PATCH',
      url: '/api/me',
      payload: { displayName: 'Sam\u0000' },
    });
    expect(profile.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('displayName');
    const search = await t.as(admin, { method: 'GET', url: '/api/stories/search?q=walk%00ing' });
    expect(search.statusCode).toBe(400);
    expect(search.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('query.q');
    const story = await createStory(t, admin, {
      organisationId,
      channel: 'video_interview',
      storytellerNames: ['Kerry'],
    });
    const upload = await t.as(admin, {
      method: 'PUT',
      url: `/api/stories/${story.id}/transcript?filename=inter%00view.vtt`,
      headers: { 'content-type': 'text/vtt' },
      payload: 'WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n',
    });
    expect(upload.statusCode).toBe(400);
  });

  it('answers an empty change (PATCH {}) with 400, on a project and a café idea as everywhere', async () => {
    for (const url of [
      `/api/analysis/projects/${randomUUID()}`,
      `/api/cafes/${randomUUID()}/ideas/${randomUUID()}`,
      '/api/me',
    ]) {
      const response = await t.as(admin, { method: 'PATCH', url, payload: {} });
      expect(response.statusCode, url).toBe(400);
      expect(response.json<{ detail: string }>().detail).toContain('Say what to change');
    }
  });
});

describe('one upload stalling an instance', () => {
  it('refuses a transcript of 100,000 cues with a message saying what to do', async () => {
    const story = await createStory(t, admin, {
      organisationId,
      channel: 'video_interview',
      storytellerNames: ['Kim'],
    });
    const stamp = (ms: number) => new Date(ms).toISOString().slice(11, 23);
    const cues = Array.from(
      { length: 100_000 },
      (_, i) => `${stamp(i * 1000)} --> ${stamp(i * 1000 + 900)}\nYes ${i}\n`,
    );
    const refused = await t.as(admin, {
      method: 'PUT',
      url: `/api/stories/${story.id}/transcript?filename=interview.vtt`,
      headers: { 'content-type': 'text/vtt' },
      payload: `WEBVTT\n\n${cues.join('\n')}`,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ detail: string }>().detail).toContain('more than 20,000 cues');
  });
});

describe('the café live connection', () => {
  it('refuses a WebSocket opened from any origin but CAIRN_PUBLIC_URL', async () => {
    const open = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'GET',
        url: `/api/cafes/${randomUUID()}/live`,
        headers: { connection: 'Upgrade', upgrade: 'websocket', ...headers },
      });
    for (const origin of ['https://evil.example', 'http://attacker.example']) {
      const response = await open({ origin, host: new URL(origin).host });
      expect(response.statusCode, origin).toBe(403);
    }
    expect((await open({ origin: t.config.publicUrl })).statusCode).not.toBe(403);
  });
});

describe('what the logs keep', () => {
  it('masks every token in a path by one rule, the two that were logged in clear among them', () => {
    const token = 'Yq3v_8Kp0ZrT2mLx9wB4nC6dE1fG5hJ7kQ0sU2yA3bc';
    expect(maskUrlForLog(`/api/activities/feeds/${token}/calendar.ics`)).toBe(
      '/api/activities/feeds/[token]/calendar.ics',
    );
    expect(maskUrlForLog(`/api/coproduction/unsubscribe/${token}`)).toBe(
      '/api/coproduction/unsubscribe/[token]',
    );
    expect(maskUrlForLog(`/api/some/new/route/${token}?q=secret`)).toBe('/api/some/new/route/[token]');
  });

  it("logs a mail server's refusal by its codes, not its reply, which repeats the address", () => {
    const rejection = Object.assign(
      new Error("Can't send mail - all recipients were rejected: 550 <kim@example.org>"),
      {
        code: 'EENVELOPE',
        responseCode: 550,
        command: 'RCPT TO',
        response: '550 5.1.1 <kim@example.org>: Recipient address rejected: Kim Lee has left',
      },
    );
    const described = describeMailFailure(rejection);
    expect(described).toBe(
      'the mail server refused the recipient or the sender (EENVELOPE, 550, at RCPT TO)',
    );
    expect(described).not.toMatch(/kim|rejected/i);
  });
});

describe('texts', () => {
  it('texts only mobiles: a landline is refused where it is typed, and never routed a text', async () => {
    expect(contactRoute('01382 123456')).toBeNull();
    expect(contactRoute('0800 123 4567')).toBeNull();
    expect(contactRoute('07911 123456')).toEqual({ channel: 'text', address: '+447911123456' });
    const signUp = await t.app.inject({
      method: 'POST',
      url: `/api/cafes/${randomUUID()}/sign-ups`,
      payload: { name: 'Robin', contact: '01382 123456' },
    });
    expect(signUp.statusCode).toBe(400);
    expect(signUp.json<{ errors: { path: string; message: string }[] }>().errors[0]).toMatchObject({
      path: 'contact',
      message: expect.stringContaining('landline'),
    });
  });
});

describe('sessions and partnerships', () => {
  it("ends a person's sessions when their last membership is removed, refused on the next request", async () => {
    const person = await addPerson(t.app, admin, organisationId, 'member');
    expect((await t.as(person, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    const me = (await t.as(person, { method: 'GET', url: '/api/me' })).json<{
      memberships: { id: string }[];
    }>();
    const removed = await t.as(admin, { method: 'DELETE', url: `/api/memberships/${me.memberships[0]?.id}` });
    expect(removed.statusCode).toBe(200);
    expect((await t.as(person, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
  });
});

/** Rows of a raw query's result, whichever driver answered (node-postgres or PGlite). */
function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? []);
}
