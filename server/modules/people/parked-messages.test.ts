import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParkedMessage } from '../../../contracts/people.js';
import { MAX_ATTEMPTS, queueMail, queueText, recordDelivery } from '../../kernel/mail.js';
import { mailOutbox } from '../../kernel/kernel.tables.js';
import {
  addPerson,
  firstOrganisationId,
  signInAsNewAdmin,
  uniqueEmail,
  type SignedIn,
} from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { maskRecipient } from './parked-messages.js';
import { auditEvents } from './people.factories.js';

let t: TestApp;
let admin: SignedIn;
let coordinator: SignedIn;
let member: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  const organisationId = await firstOrganisationId(t.app, admin);
  coordinator = await addPerson(t.app, admin, organisationId, 'coordinator');
  member = await addPerson(t.app, coordinator, organisationId, 'member');
});
afterAll(async () => t.close());

/** Queues a message and records its last allowed try as failed, so the outbox parks it. */
async function parkedMessageTo(to: string, failure: string): Promise<string> {
  if (to.includes('@'))
    await queueMail(t.context.db, {
      deliver: 'now',
      language: 'en',
      to,
      subject: 'Your group',
      text: 'Private words',
    });
  else await queueText(t.context.db, { deliver: 'now', language: 'en', to, text: 'Private words' });
  const [row] = await t.context.db.select().from(mailOutbox).where(eq(mailOutbox.to, to));
  if (!row) throw new Error('not queued');
  await recordDelivery(t.context.db, { ...row, attempts: MAX_ATTEMPTS }, failure);
  await t.context.db.update(mailOutbox).set({ attempts: MAX_ATTEMPTS }).where(eq(mailOutbox.id, row.id));
  return row.id;
}

async function parkedList(who: SignedIn): Promise<ParkedMessage[]> {
  const response = await t.as(who, { method: 'GET', url: '/api/admin/parked-messages' });
  expect(response.statusCode).toBe(200);
  return response.json<{ messages: ParkedMessage[] }>().messages;
}

describe('messages that could not be sent', () => {
  it('hides most of an address', () => {
    expect(maskRecipient('kim@example.org')).toBe('k***@example.org');
    expect(maskRecipient('+447700900123')).toBe('+44 7*** ***123');
    expect(maskRecipient('something else')).toBe('***');
  });

  it('shows an admin a parked message, never its text or full address, and sends it again', async () => {
    const to = uniqueEmail('parked');
    const id = await parkedMessageTo(to, `550 <${to}> mailbox unavailable`);
    const listed = (await parkedList(admin)).find((m) => m.id === id);
    expect(listed).toMatchObject({
      channel: 'email',
      recipient: `${to.slice(0, 1)}***${to.slice(to.indexOf('@'))}`,
      attempts: MAX_ATTEMPTS,
      lastError: '550 <[address]> mailbox unavailable',
    });
    expect(JSON.stringify(listed)).not.toContain(to);
    expect(JSON.stringify(listed)).not.toContain('Private words');

    const again = await t.as(admin, { method: 'POST', url: `/api/admin/parked-messages/${id}/retry` });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ requeued: 1 });
    const [row] = await t.context.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    expect(row).toMatchObject({ parkedAt: null, attempts: 0, nextAttemptAt: null, sentAt: null });
    expect((await parkedList(admin)).some((m) => m.id === id)).toBe(false);

    const twice = await t.as(admin, { method: 'POST', url: `/api/admin/parked-messages/${id}/retry` });
    expect(twice.statusCode).toBe(404);
    const events = await auditEvents(t, admin);
    expect(events).toContainEqual(
      expect.objectContaining({
        action: 'mail.parked_retried',
        subjectId: id,
        details: { requeued: 1, scope: 'one' },
      }),
    );
  });

  it('sends every parked message again at once, and audits it', async () => {
    const first = await parkedMessageTo(uniqueEmail('parked-all'), 'connection refused');
    const second = await parkedMessageTo('+447700900987', 'the SMS gateway answered 503');
    const listed = await parkedList(admin);
    expect(listed.find((m) => m.id === second)?.recipient).toBe('+44 7*** ***987');
    expect(listed.map((m) => m.id)).toEqual(expect.arrayContaining([first, second]));

    const again = await t.as(admin, { method: 'POST', url: '/api/admin/parked-messages/retry' });
    expect(again.json<{ requeued: number }>().requeued).toBeGreaterThanOrEqual(2);
    expect(await parkedList(admin)).toEqual([]);
    const events = await auditEvents(t, admin);
    expect(events).toContainEqual(
      expect.objectContaining({ action: 'mail.parked_retried', subjectId: null }),
    );
  });

  it.each([
    ['GET', '/api/admin/parked-messages'],
    ['POST', '/api/admin/parked-messages/retry'],
    ['POST', '/api/admin/parked-messages/00000000-0000-4000-8000-000000000000/retry'],
  ] as const)('%s %s: 401 for a visitor, 404 for a coordinator or member', async (method, url) => {
    expect((await t.as(null, { method, url })).statusCode).toBe(401);
    expect((await t.as(coordinator, { method, url })).statusCode).toBe(404);
    expect((await t.as(member, { method, url })).statusCode).toBe(404);
  });

  it('leaves a parked message parked when a coordinator tries to send it again', async () => {
    const id = await parkedMessageTo(uniqueEmail('still-parked'), 'connection refused');
    expect(
      (await t.as(coordinator, { method: 'POST', url: `/api/admin/parked-messages/${id}/retry` })).statusCode,
    ).toBe(404);
    expect((await parkedList(admin)).some((m) => m.id === id)).toBe(true);
  });
});
