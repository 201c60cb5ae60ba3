import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../../contracts/activities.js';
import { auditEvents, mailOutbox } from '../../kernel/kernel.tables.js';
import { startMailSender } from '../../kernel/mail.js';
import { addPerson, firstOrganisationId, signInAsNewAdmin, type SignedIn } from '../../testing/factories.js';
import { listenForMail, unfolded } from '../../testing/smtp.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createActivity, rosterOf, signUp, threeWeeklySessions } from './activities.factories.js';

// "A place has come up" goes at once, so it carries its own one-click link: stop offering me places
// from this waiting list. These tests follow it from the mail to the waiting lists it empties.

let t: TestApp;
let coordinator: SignedIn;
let booked: SignedIn;
let offered: SignedIn;
let behind: SignedIn;
let activity: Activity;
const title = 'Walk and talk';

beforeAll(async () => {
  t = await createTestApp();
  const admin = await signInAsNewAdmin(t.app, t.context);
  const org = await firstOrganisationId(t.app, admin);
  coordinator = await addPerson(t.app, admin, org, 'coordinator');
  booked = await addPerson(t.app, admin, org, 'member', 'Booked Bea');
  offered = await addPerson(t.app, admin, org, 'member', 'Offered Ola');
  behind = await addPerson(t.app, admin, org, 'member', 'Behind Bo');
  // One place a week for three weeks: Bea books each, Ola waits first and Bo second on each.
  activity = await createActivity(t, coordinator, {
    organisationId: org,
    title,
    capacity: 1,
    schedule: threeWeeklySessions(),
  });
  expect(activity.occurrences).toHaveLength(3);
  for (const session of activity.occurrences) {
    for (const who of [booked, offered, behind]) await signUp(t, who, session.id);
  }
}, 120_000);
afterAll(async () => t.close());

function session(i: number): string {
  const id = activity.occurrences[i]?.id;
  if (!id) throw new Error(`no session ${i}`);
  return id;
}

async function cancelPlace(who: SignedIn, occurrenceId: string) {
  const response = await t.as(who, {
    method: 'DELETE',
    url: `/api/activities/occurrences/${occurrenceId}/sign-up`,
  });
  expect(response.statusCode, response.body).toBe(200);
}

/** Each "A place has come up" mail to someone, as queued. */
async function placeMails(who: SignedIn) {
  return t.context.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.to, who.email), eq(mailOutbox.subject, `A place has come up: ${title}`)));
}

/** A uuid as a stop link writes it: its 16 bytes in base64url. */
function packed(id: string): string {
  return Buffer.from(id.replaceAll('-', ''), 'hex').toString('base64url');
}

/** What the unsubscribe page is told of Ola's link: the waiting list it stops, and whether they are on it. */
function offersState(onList: boolean) {
  return { channel: 'email', receivingNews: onList, stops: { kind: 'waiting-list', what: title } };
}

async function statusOn(occurrenceId: string, who: SignedIn) {
  const people = await rosterOf(t, coordinator, occurrenceId);
  return people.find((p) => p.personId === who.personId);
}

describe('stopping place offers from the link in "A place has come up"', () => {
  let token = '';

  it('carries List-Unsubscribe headers and one plain line with the link, which opens a confirm page', async () => {
    await cancelPlace(booked, session(0));
    const [mail, ...more] = await placeMails(offered);
    expect(more).toHaveLength(0);
    expect(mail?.deliver).toBe('now');
    const { publicUrl } = t.context.config;
    const oneClick = new RegExp(
      `^${publicUrl}/api/unsubscribe/(waiting-list\\.${packed(activity.id)}\\.${packed(offered.personId)}\\.[\\w-]{22})$`,
    );
    token = oneClick.exec(mail?.listUnsubscribe ?? '')?.[1] ?? '';
    expect(token).not.toBe('');
    expect(mail?.text).toContain(
      `To stop being offered places from this waiting list, open this link (one click, no sign-in; it takes you off the list):\n${publicUrl}/unsubscribe/${token}\n`,
    );

    // What a mail program sees: the headers of RFC 8058, sent by the real mail sender over SMTP.
    const smtp = await listenForMail();
    const sender = startMailSender(t.context.db, {
      smtpUrl: smtp.smtpUrl,
      from: 'Cairn <no-reply@cairn.invalid>',
      intervalMs: 50,
      log: () => undefined,
    });
    try {
      const toOla = () => smtp.received.filter((r) => r.to.includes(offered.email));
      await expect.poll(() => toOla().length, { timeout: 10_000 }).toBe(2);
      const mails = toOla().map(unfolded);
      const place = mails.find((m) => m.includes('Subject: A place has come up'));
      const invitation = mails.find((m) => m !== place);
      expect(place).toContain(`List-Unsubscribe: <${publicUrl}/api/unsubscribe/${token}>`);
      expect(place).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
      // Account mail (the invitation that made Ola's account) carries no unsubscribe.
      expect(invitation).toContain('Subject: ');
      expect(invitation).not.toContain('List-Unsubscribe');
    } finally {
      await sender.stop();
      await smtp.close();
    }

    // The page a person opens asks before it changes anything.
    const page = await t.as(null, { method: 'GET', url: `/api/unsubscribe/${token}` });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toEqual(offersState(true));
    expect((await statusOn(session(1), offered))?.status).toBe('waiting');
  });

  it('cannot be turned on another person, or forged', async () => {
    const forBo = token.replace(packed(offered.personId), packed(behind.personId));
    expect(forBo).not.toBe(token);
    const forgeries = [
      forBo,
      token.replace(packed(activity.id), packed(session(1))),
      `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`,
      token.replace('waiting-list.', 'news.'),
      token.split('.').slice(0, -1).join('.'),
    ];
    for (const forged of forgeries) {
      for (const method of ['GET', 'POST'] as const) {
        const refused = await t.as(null, { method, url: `/api/unsubscribe/${forged}` });
        expect(refused.statusCode, `${method} ${forged}`).toBe(404);
        expect(refused.headers['content-type']).toContain('application/problem+json');
      }
    }
    for (const i of [1, 2]) expect((await statusOn(session(i), behind))?.status).toBe('waiting');
    for (const i of [1, 2]) expect((await statusOn(session(i), offered))?.status).toBe('waiting');
  });

  it('takes the person off every coming waiting list of the activity when a mail program POSTs, keeping their place', async () => {
    const stopped = await t.as(null, {
      method: 'POST',
      url: `/api/unsubscribe/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(stopped.statusCode, stopped.body).toBe(200);
    expect(stopped.json()).toEqual(offersState(false));
    expect((await statusOn(session(0), offered))?.status).toBe('booked');
    for (const i of [1, 2]) {
      expect((await statusOn(session(i), offered))?.status).toBe('cancelled');
      // Bo, behind them, moves up and stays on the list.
      expect(await statusOn(session(i), behind)).toMatchObject({ status: 'waiting', waitingPosition: 1 });
    }

    // The next place goes to Bo; Ola is offered nothing more.
    await cancelPlace(booked, session(1));
    expect((await statusOn(session(1), behind))?.status).toBe('booked');
    expect(await placeMails(offered)).toHaveLength(1);
    expect(await placeMails(behind)).toHaveLength(1);

    // A second click (a browser after the mail program) changes nothing and records nothing more.
    const again = await t.as(null, { method: 'POST', url: `/api/unsubscribe/${token}` });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ receivingNews: false });
    const audited = await t.context.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'activity.waiting_list.left_by_link'),
          eq(auditEvents.subjectId, activity.id),
        ),
      );
    expect(audited.map((e) => ({ actor: e.actorId, details: e.details }))).toEqual([
      { actor: offered.personId, details: { places: 2 } },
    ]);
  });

  it('says how to wait again rather than putting the person back on the list', async () => {
    const undo = await t.as(null, { method: 'DELETE', url: `/api/unsubscribe/${token}` });
    expect(undo.statusCode).toBe(409);
    expect(undo.headers['content-type']).toContain('application/problem+json');
    expect(undo.json<{ detail: string }>().detail).toBe(
      "This link cannot put you back on the waiting list. To wait for a place again, sign up for the session on the “What's on” page.",
    );
    expect((await statusOn(session(2), offered))?.status).toBe('cancelled');
    // Signing up again is their own choice, and puts them back on the list, where the link works again.
    await signUp(t, offered, session(2));
    const page = await t.as(null, { method: 'GET', url: `/api/unsubscribe/${token}` });
    expect(page.json()).toMatchObject({ receivingNews: true });
  });
});
