import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  InvolvementEntry,
  MyInvolvementResponse,
  Opportunity,
  TrainingRecord,
} from '../../../../contracts/people.js';
import {
  addPerson,
  firstOrganisationId,
  signInAsNewAdmin,
  type SignedIn,
} from '../../../testing/factories.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import {
  COURSE,
  addTraining,
  auditEvents,
  createOpportunity,
  createOrganisation,
  day,
  recordEntry,
} from '../people.factories.js';
import { recordInvolvement, remindTrainingRefreshes } from './index.js';

type Problem = { detail: string; errors?: { path: string; message: string }[] };

// Shared by every test, and never changed by one: who acts, and who is refused.
let t: TestApp;
let dir: string;
let admin: SignedIn;
let orgA: string;
let orgB: string;
let coordinatorA: SignedIn;
let otherMemberA: SignedIn;
let coordinatorB: SignedIn;
let memberB: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  dir = mkdtempSync(join(tmpdir(), 'cairn-involvement-'));
  admin = await signInAsNewAdmin(t.app, t.context);
  orgA = await firstOrganisationId(t.app, admin);
  orgB = (await createOrganisation(t, admin, { name: 'Other Org' })).id;
  coordinatorA = await addPerson(t.app, admin, orgA, 'coordinator');
  otherMemberA = await addPerson(t.app, admin, orgA, 'member');
  coordinatorB = await addPerson(t.app, admin, orgB, 'coordinator');
  memberB = await addPerson(t.app, admin, orgB, 'member');
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t.close();
});

/** A member of organisation A, new to this test. */
const newMemberA = (displayName?: string) => addPerson(t.app, admin, orgA, 'member', displayName);

/**
 * A member of organisation A with a record: a course of their own, one their coordinator added
 * (no refresh), and two interview panels of 2.5 hours, in February 2026 and June 2025.
 */
async function newMemberWithRecord(displayName: string): Promise<SignedIn> {
  const person = await newMemberA(displayName);
  await addTraining(t, person);
  await addTraining(
    t,
    coordinatorA,
    { kind: 'safeguarding', title: 'Safeguarding adults', refreshDueOn: null },
    { personId: person.personId },
  );
  await recordEntry(t, coordinatorA, orgA, { personId: person.personId });
  await recordEntry(t, coordinatorA, orgA, {
    personId: person.personId,
    occurredOn: '2025-06-01',
    activity: 'Too early',
  });
  return person;
}

/**
 * Sends every reminder already due at these moments, so that a test counts only the reminders
 * its own training makes (the claim is across the whole database).
 */
async function sendPendingReminders(...moments: Date[]): Promise<void> {
  for (const now of moments) await remindTrainingRefreshes(t.context, now);
}

const REMINDER_SUBJECT = 'Your training is due for a refresh';
const reminderMails = async (to: string) =>
  (await t.outbox(to)).filter((m) => m.subject === REMINDER_SUBJECT);

describe('training records', () => {
  it('lets a person add and see their own training', async () => {
    const person = await newMemberA();
    const added = await t.as(person, { method: 'POST', url: '/api/me/training', payload: COURSE });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json<TrainingRecord>()).toMatchObject({ ...COURSE, personId: person.personId });
    const list = await t.as(person, { method: 'GET', url: '/api/me/training' });
    expect(list.json<{ training: TrainingRecord[] }>().training.map((r) => r.title)).toEqual([COURSE.title]);
  });

  it('lets coordinators of the person’s organisation add and see it; others get 404, anonymous 401', async () => {
    const person = await newMemberA();
    await addTraining(t, person);
    const url = `/api/people/${person.personId}/training`;
    const byCoordinator = await t.as(coordinatorA, {
      method: 'POST',
      url,
      payload: { ...COURSE, kind: 'safeguarding', title: 'Safeguarding adults', refreshDueOn: null },
    });
    expect(byCoordinator.statusCode, byCoordinator.body).toBe(201);
    const seen = await t.as(coordinatorA, { method: 'GET', url });
    expect(seen.json<{ training: TrainingRecord[] }>().training).toHaveLength(2);
    for (const who of [coordinatorB, otherMemberA, memberB]) {
      expect((await t.as(who, { method: 'GET', url })).statusCode).toBe(404);
      expect((await t.as(who, { method: 'POST', url, payload: COURSE })).statusCode).toBe(404);
    }
    expect((await t.as(null, { method: 'GET', url })).statusCode).toBe(401);
    expect((await t.as(null, { method: 'GET', url: '/api/me/training' })).statusCode).toBe(401);
    // Someone else cannot delete a person's record either.
    const id = seen.json<{ training: TrainingRecord[] }>().training[0]?.id ?? '';
    expect((await t.as(otherMemberA, { method: 'DELETE', url: `/api/training/${id}` })).statusCode).toBe(404);
  });

  it('explains bad input field by field', async () => {
    const person = await newMemberA();
    const response = await t.as(person, {
      method: 'POST',
      url: '/api/me/training',
      payload: { kind: 'juggling', title: '', completedOn: 'last spring', surprise: 1 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const paths = response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['kind', 'title', 'provider', 'completedOn', '']));
    const backwards = await t.as(person, {
      method: 'POST',
      url: '/api/me/training',
      payload: { ...COURSE, refreshDueOn: '2024-01-01' },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('refreshDueOn');
  });

  it('reminds the person once, a month before the refresh date', async () => {
    const inSeventyDays = () => new Date(Date.now() + 70 * 86_400_000);
    await sendPendingReminders(new Date(), inSeventyDays());
    const person = await addPerson(t.app, admin, orgA, 'peer_supporter', 'Refresh Due');
    await addTraining(t, person, { title: 'Boundaries refresher', refreshDueOn: day(12) });
    await addTraining(t, person, { title: 'Not yet due', refreshDueOn: day(90) });
    expect(await remindTrainingRefreshes(t.context)).toBe(1);
    expect(await remindTrainingRefreshes(t.context)).toBe(0);
    const mails = await reminderMails(person.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain('Boundaries refresher');
    // The 90-day one is warned about once it comes within the month, and only then.
    expect(await remindTrainingRefreshes(t.context, inSeventyDays())).toBe(1);
    expect(await remindTrainingRefreshes(t.context, inSeventyDays())).toBe(0);
  });
});

describe('the involvement log', () => {
  const entry = (personId: string, extra: object = {}) => ({
    personId,
    occurredOn: '2026-02-10',
    activity: 'Interview panel for a peer worker',
    role: 'interview_panel_member',
    hours: 2.5,
    expensesPence: 460,
    paymentChoice: 'voucher',
    ...extra,
  });

  it('lets coordinators record entries for their own organisation’s people, with the voucher warning', async () => {
    const person = await newMemberA('Robin Ness');
    const url = `/api/organisations/${orgA}/involvement`;
    const response = await t.as(coordinatorA, { method: 'POST', url, payload: entry(person.personId) });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json<{ entry: InvolvementEntry; paymentWarning: string }>();
    expect(body.paymentWarning).toMatch(/Vouchers can count as earnings for benefits/);
    expect(body.entry).toMatchObject({ personName: 'Robin Ness', hours: 2.5, paymentChoice: 'voucher' });

    const outsider = await t.as(coordinatorA, {
      method: 'POST',
      url,
      payload: entry(memberB.personId),
      headers: { 'accept-language': 'cy' },
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json<{ errors: { path: string; message: string }[] }>().errors).toEqual([
      { path: 'personId', message: 'Dewiswch rywun sy’n aelod o’r sefydliad hwn' },
    ]);
    for (const who of [coordinatorB, person]) {
      const refused = await t.as(who, { method: 'POST', url, payload: entry(person.personId) });
      expect(refused.statusCode).toBe(404);
    }
    expect((await t.as(null, { method: 'POST', url, payload: entry(person.personId) })).statusCode).toBe(401);
  });

  it('refuses bad entries with field errors', async () => {
    const response = await t.as(coordinatorA, {
      method: 'POST',
      url: `/api/organisations/${orgA}/involvement`,
      payload: entry(otherMemberA.personId, {
        hours: 25,
        expensesPence: 1.5,
        paymentChoice: 'crypto',
        role: 'wizard',
        occurredOn: 'yesterday',
      }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const paths = response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['hours', 'expensesPence', 'paymentChoice', 'role', 'occurredOn']),
    );
    const range = await t.as(coordinatorA, {
      method: 'GET',
      url: `/api/organisations/${orgA}/involvement?from=2026-03-01&to=2026-01-01`,
    });
    expect(range.statusCode).toBe(400);
    expect(range.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('querystring.to');
  });

  it('lists the organisation’s log for its coordinators only, with the warning', async () => {
    const person = await newMemberA();
    const recorded = await recordEntry(t, coordinatorA, orgA, { personId: person.personId });
    const url = `/api/organisations/${orgA}/involvement?from=2026-01-01&to=2026-12-31`;
    const list = await t.as(coordinatorA, { method: 'GET', url });
    expect(list.statusCode).toBe(200);
    const body = list.json<{ entries: InvolvementEntry[]; paymentWarning: string }>();
    expect(body.paymentWarning).toMatch(/Vouchers can count as earnings/);
    expect(body.entries).toContainEqual(recorded);
    for (const who of [coordinatorB, person])
      expect((await t.as(who, { method: 'GET', url })).statusCode).toBe(404);
    expect((await t.as(null, { method: 'GET', url })).statusCode).toBe(401);
  });

  it('exports a finance CSV: quoted, safe from formulas, with a byte-order mark', async () => {
    const person = await newMemberA('Robin Firth');
    await recordEntry(t, coordinatorA, orgA, { personId: person.personId });
    const tricky = await newMemberA('=HYPERLINK("http://x.example","pay")');
    await recordEntry(t, coordinatorA, orgA, {
      personId: tricky.personId,
      occurredOn: '2026-02-11',
      activity: '+SUM(A1:A9) and a "quote"',
      hours: 1.25,
      expensesPence: 1234,
      paymentChoice: 'cash',
      role: 'peer_educator',
    });
    // Outside the range: left out.
    await recordEntry(t, coordinatorA, orgA, {
      personId: person.personId,
      occurredOn: '2025-06-01',
      activity: 'Too early',
    });
    const url = `/api/organisations/${orgA}/involvement.csv?from=2026-02-01&to=2026-02-28`;
    const response = await t.as(coordinatorA, { method: 'GET', url });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="involvement-.*\.csv"/);
    expect(response.headers['cairn-payment-warning']).toMatch(/Vouchers can count as earnings/);
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('"Date","Name","Activity","Role","Hours","Expenses (£)","Payment choice"');
    expect(lines).toContain(
      '"2026-02-10","Robin Firth","Interview panel for a peer worker","Interview panel member","2.50","4.60","Voucher"',
    );
    expect(lines).toContain(
      `"2026-02-11","'=HYPERLINK(""http://x.example"",""pay"")","'+SUM(A1:A9) and a ""quote""","Peer educator","1.25","12.34","Cash"`,
    );
    expect(response.body).not.toContain('Too early');
    for (const who of [coordinatorB, person])
      expect((await t.as(who, { method: 'GET', url })).statusCode).toBe(404);
    expect((await t.as(null, { method: 'GET', url })).statusCode).toBe(401);
  });
});

describe('opportunities', () => {
  it('lets coordinators post opportunities for their own organisation', async () => {
    const payload = {
      organisationId: orgA,
      title: 'Peer researcher',
      role: 'peer_researcher',
      description: 'Help shape and run our survey.',
      commitment: 'Four hours a month',
      closesOn: day(30),
    };
    const response = await t.as(coordinatorA, { method: 'POST', url: '/api/opportunities', payload });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<Opportunity>()).toMatchObject({ open: true, mayCoordinate: true, interestCount: 0 });
    for (const who of [coordinatorB, otherMemberA]) {
      expect((await t.as(who, { method: 'POST', url: '/api/opportunities', payload })).statusCode).toBe(404);
    }
    const past = await t.as(coordinatorA, {
      method: 'POST',
      url: '/api/opportunities',
      payload: { ...payload, closesOn: '2020-01-01', role: 'boss' },
    });
    expect(past.statusCode).toBe(400);
    expect(past.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['role']);
  });

  it('shows open opportunities across the partnership; members express interest, coordinators read it (audited)', async () => {
    const opportunity = await createOpportunity(t, coordinatorA, { organisationId: orgA });
    const interested = await addPerson(t.app, admin, orgB, 'member');
    const list = await t.as(interested, { method: 'GET', url: '/api/opportunities' });
    expect(list.json<{ opportunities: Opportunity[] }>().opportunities.map((o) => o.id)).toContain(
      opportunity.id,
    );
    const interest = await t.as(interested, {
      method: 'POST',
      url: `/api/opportunities/${opportunity.id}/interest`,
      payload: { note: 'I did research at college' },
    });
    expect(interest.statusCode, interest.body).toBe(200);
    expect(interest.json<Opportunity>()).toMatchObject({ interested: true, interestCount: 0 });

    const interestsUrl = `/api/opportunities/${opportunity.id}/interests`;
    for (const who of [interested, coordinatorB, otherMemberA]) {
      expect((await t.as(who, { method: 'GET', url: interestsUrl })).statusCode).toBe(404);
    }
    expect((await t.as(null, { method: 'GET', url: interestsUrl })).statusCode).toBe(401);
    const read = await t.as(coordinatorA, { method: 'GET', url: interestsUrl });
    expect(read.json()).toMatchObject({
      interests: [
        { person: { id: interested.personId }, email: interested.email, note: 'I did research at college' },
      ],
    });
    expect((await auditEvents(t, admin)).map((e) => e.action)).toContain('opportunity.interests.read');
    expect((await t.as(null, { method: 'GET', url: '/api/opportunities' })).statusCode).toBe(401);
  });
});

describe('my involvement record', () => {
  it('shows a person their own roles, hours by role and training, with the voucher warning', async () => {
    const person = await newMemberWithRecord('Skye Rennie');
    const response = await t.as(person, { method: 'GET', url: '/api/me/involvement' });
    expect(response.statusCode, response.body).toBe(200);
    const record = response.json<MyInvolvementResponse>();
    expect(record.paymentWarning).toMatch(/Vouchers can count as earnings/);
    expect(record.roles).toEqual([expect.objectContaining({ role: 'member' })]);
    expect(record.entries.every((e) => e.personId === person.personId)).toBe(true);
    expect(record.hours.total).toBe(5);
    expect(record.hours.byRole).toEqual([
      { role: 'interview_panel_member', label: 'Interview panel member', hours: 5 },
    ]);
    expect(record.hours.byRoleAndYear.map((r) => [r.year, r.hours])).toEqual([
      [2026, 2.5],
      [2025, 2.5],
    ]);
    expect(record.training.map((r) => r.title).sort()).toEqual([COURSE.title, 'Safeguarding adults']);
    const newcomer = await newMemberA();
    const other = await t.as(newcomer, { method: 'GET', url: '/api/me/involvement' });
    expect(other.json<MyInvolvementResponse>().entries).toEqual([]);
    expect((await t.as(null, { method: 'GET', url: '/api/me/involvement' })).statusCode).toBe(401);
    expect((await t.as(null, { method: 'GET', url: '/api/me/involvement.pdf' })).statusCode).toBe(401);
  });

  it('renders a PDF to attach to an application', async () => {
    const person = await newMemberWithRecord('Robin Ness');
    const response = await t.as(person, { method: 'GET', url: '/api/me/involvement.pdf' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const file = join(dir, 'involvement.pdf');
    writeFileSync(file, response.rawPayload);
    const text = execFileSync('pdftotext', [file, '-']).toString();
    expect(text).toContain('Record of time given');
    expect(text).not.toMatch(/involvement/i);
    expect(text).toContain('Robin Ness');
    expect(text).toContain('Interview panel member');
    expect(text).toContain('Introduction to peer support');
    expect(text).toContain('1 May 2025');
    expect(text).toMatch(/Produced by Cairn on \d{1,2} \w+ \d{4}/);
    // Payments stay out of a document meant for employers.
    expect(text).not.toContain('Voucher');
  });

  it('exports and erases training, involvement and interests with the rest of the person’s data', async () => {
    const opportunity = await createOpportunity(t, coordinatorA, { organisationId: orgA });
    const interested = await addPerson(t.app, admin, orgB, 'member');
    await t.as(interested, {
      method: 'POST',
      url: `/api/opportunities/${opportunity.id}/interest`,
      payload: { note: 'Count me in' },
    });
    const data = (await t.as(interested, { method: 'GET', url: '/api/me/data' })).json<{
      people: { opportunityInterests: unknown[]; training: unknown[]; involvement: unknown[] };
    }>();
    expect(data.people.opportunityInterests).toHaveLength(1);
    const person = await newMemberWithRecord('Erin Ward');
    const mine = (await t.as(person, { method: 'GET', url: '/api/me/data' })).json<{
      people: { training: unknown[]; involvement: unknown[] };
    }>();
    expect(mine.people.training).toHaveLength(2);
    expect(mine.people.involvement).toHaveLength(2);
    const handler = t.context.personalData.handlers().find((h) => h.module === 'people');
    const summary = await handler?.erase(t.context.db, person.personId);
    expect(summary).toMatch(/2 training records and 0 expressions of interest deleted/);
    expect(summary).toMatch(/2 involvement log entries kept without a name/);
    const csv = await t.as(coordinatorA, {
      method: 'GET',
      url: `/api/organisations/${orgA}/involvement.csv?from=2026-02-01&to=2026-02-28`,
    });
    expect(csv.body).not.toContain('Erin Ward');
    expect(csv.body).toContain('"Former member"');
  });
});

describe('changing training records and log entries', () => {
  const longDay = (iso: string) =>
    new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  /** A peer supporter in organisation A with one course of their own. */
  async function newPeerWithCourse(fields: { completedOn?: string } = {}) {
    const person = await addPerson(t.app, admin, orgA, 'peer_supporter', 'Morven Tay');
    const record = await addTraining(t, person, {
      title: 'Boundaries basics',
      kind: 'boundaries',
      ...fields,
    });
    return { person, record };
  }

  it('lets a person change their own training, and their coordinator too (audited); others get 404', async () => {
    const { person, record } = await newPeerWithCourse();
    const url = `/api/training/${record.id}`;
    const own = await t.as(person, {
      method: 'PATCH',
      url,
      payload: { provider: 'Tay Learning', certificateNote: '' },
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json<TrainingRecord>()).toMatchObject({
      id: record.id,
      title: 'Boundaries basics',
      provider: 'Tay Learning',
      certificateNote: '',
    });
    const byCoordinator = await t.as(coordinatorA, {
      method: 'PATCH',
      url,
      payload: { title: 'Boundaries in peer work', kind: 'peer_support', completedOn: '2025-06-01' },
    });
    expect(byCoordinator.statusCode, byCoordinator.body).toBe(200);
    expect(byCoordinator.json<TrainingRecord>()).toMatchObject({
      title: 'Boundaries in peer work',
      kind: 'peer_support',
      completedOn: '2025-06-01',
      refreshDueOn: COURSE.refreshDueOn,
    });
    const audited = (await auditEvents(t, admin)).filter((e) => e.subjectId === record.id);
    expect(audited.map((e) => e.action)).toEqual(['training.changed']);
    expect(audited[0]?.details).toMatchObject({
      personId: person.personId,
      fields: ['kind', 'title', 'completedOn'],
    });

    for (const who of [coordinatorB, otherMemberA, memberB]) {
      const refused = await t.as(who, { method: 'PATCH', url, payload: { title: 'Taken over' } });
      expect(refused.statusCode).toBe(404);
      expect(refused.headers['content-type']).toContain('application/problem+json');
    }
    expect((await t.as(null, { method: 'PATCH', url, payload: { title: 'Taken over' } })).statusCode).toBe(
      401,
    );
    const missing = await t.as(person, {
      method: 'PATCH',
      url: '/api/training/00000000-0000-4000-8000-000000000000',
      payload: { title: 'Nowhere' },
    });
    expect(missing.statusCode).toBe(404);
    const list = await t.as(person, { method: 'GET', url: '/api/me/training' });
    expect(list.json<{ training: TrainingRecord[] }>().training[0]?.title).toBe('Boundaries in peer work');
  });

  it('refuses bad changes with a clear problem and changes nothing', async () => {
    const { person, record } = await newPeerWithCourse({ completedOn: '2025-06-01' });
    const url = `/api/training/${record.id}`;
    const before = (await t.as(person, { method: 'GET', url: '/api/me/training' })).body;
    const cases: [object, string, RegExp][] = [
      [{}, '', /Send at least one field to change/],
      [{ title: '   ', kind: 'juggling' }, 'title', /Give the course a title/],
      [{ completedOn: '2026-02-01', refreshDueOn: '2026-01-01' }, 'refreshDueOn', /must come after/],
      // Only one date sent: checked against the stored completion date (2025-06-01).
      [{ refreshDueOn: '2025-05-01' }, 'refreshDueOn', /must come after/],
      [{ completedOn: '2027-06-01' }, 'refreshDueOn', /must come after/],
      [{ personId: memberB.personId }, '', /not accepted here: personId/],
    ];
    for (const [payload, path, message] of cases) {
      const response = await t.as(person, { method: 'PATCH', url, payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = response.json<Problem>();
      expect(problem.detail).toMatch(message);
      expect(problem.errors?.map((e) => e.path)).toContain(path);
    }
    expect((await t.as(person, { method: 'GET', url: '/api/me/training' })).body).toBe(before);
  });

  it('reminds about a new refresh date once, and not again for other changes', async () => {
    await sendPendingReminders(new Date());
    const person = await addPerson(t.app, admin, orgA, 'peer_supporter', 'Morven Tay');
    const due = await addTraining(t, person, {
      title: 'Safeguarding refresher',
      kind: 'safeguarding',
      refreshDueOn: day(10),
    });
    const patch = (payload: object) =>
      t.as(person, { method: 'PATCH', url: `/api/training/${due.id}`, payload });

    expect(await remindTrainingRefreshes(t.context)).toBe(1);
    expect(await reminderMails(person.email)).toHaveLength(1);
    // Changing something else, or "changing" the date to the same day, does not send it again.
    expect((await patch({ provider: 'Another college', refreshDueOn: day(10) })).statusCode).toBe(200);
    expect(await remindTrainingRefreshes(t.context)).toBe(0);
    // A new date is a new reminder, sent once.
    expect((await patch({ refreshDueOn: day(20) })).statusCode).toBe(200);
    expect(await remindTrainingRefreshes(t.context)).toBe(1);
    expect(await remindTrainingRefreshes(t.context)).toBe(0);
    const mails = await reminderMails(person.email);
    expect(mails).toHaveLength(2);
    expect(mails.some((m) => m.text.includes(longDay(day(20))))).toBe(true);
    // The link goes to the person's own involvement page.
    expect(mails.every((m) => m.text.includes('/involvement\n') && !m.text.includes('/me/'))).toBe(true);
    // Moving back to the first date is a change too: reminded once more.
    expect((await patch({ refreshDueOn: day(10) })).statusCode).toBe(200);
    expect(await remindTrainingRefreshes(t.context)).toBe(1);
    expect(await remindTrainingRefreshes(t.context)).toBe(0);
    // No refresh date: nothing to remind about.
    expect((await patch({ refreshDueOn: null })).statusCode).toBe(200);
    expect(await remindTrainingRefreshes(t.context)).toBe(0);
    expect(await reminderMails(person.email)).toHaveLength(3);
  });

  it('lets the person or their coordinator delete a training record (audited for the coordinator)', async () => {
    const { person, record } = await newPeerWithCourse();
    const url = `/api/training/${record.id}`;
    for (const who of [coordinatorB, memberB])
      expect((await t.as(who, { method: 'DELETE', url })).statusCode).toBe(404);
    const removed = await t.as(coordinatorA, { method: 'DELETE', url });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(
      (await auditEvents(t, admin)).filter((e) => e.subjectId === record.id).map((e) => e.action),
    ).toEqual(['training.removed']);
    expect((await t.as(person, { method: 'PATCH', url, payload: { title: 'Gone' } })).statusCode).toBe(404);
    expect((await t.as(person, { method: 'DELETE', url })).statusCode).toBe(404);
  });

  it('lets coordinators correct their own organisation’s log entries only (audited), with the warning', async () => {
    const person = await addPerson(t.app, admin, orgA, 'peer_supporter', 'Morven Tay');
    const created = await t.as(coordinatorA, {
      method: 'POST',
      url: `/api/organisations/${orgA}/involvement`,
      payload: {
        personId: person.personId,
        occurredOn: '2026-04-20',
        activity: 'Peer support drop-in',
        role: 'peer_supporter',
        hours: 2,
        expensesPence: 300,
        paymentChoice: 'declined',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const entry = created.json<{ entry: InvolvementEntry }>().entry;
    const url = `/api/involvement/${entry.id}`;
    const listed = async () =>
      (
        await t.as(coordinatorA, {
          method: 'GET',
          url: `/api/organisations/${orgA}/involvement?from=2026-04-01&to=2026-05-31`,
        })
      )
        .json<{ entries: InvolvementEntry[] }>()
        .entries.find((e) => e.id === entry.id);

    for (const who of [coordinatorB, memberB, person, otherMemberA]) {
      const refused = await t.as(who, { method: 'PATCH', url, payload: { hours: 9 } });
      expect(refused.statusCode).toBe(404);
      expect(refused.headers['content-type']).toContain('application/problem+json');
    }
    expect((await t.as(null, { method: 'PATCH', url, payload: { hours: 9 } })).statusCode).toBe(401);
    expect(await listed()).toEqual(entry);

    const changed = await t.as(coordinatorA, {
      method: 'PATCH',
      url,
      payload: {
        occurredOn: '2026-04-21',
        activity: 'Peer support drop-in and training',
        hours: 3.25,
        expensesPence: 0,
        paymentChoice: 'voucher',
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const body = changed.json<{ entry: InvolvementEntry; paymentWarning: string }>();
    expect(body.paymentWarning).toMatch(/Vouchers can count as earnings for benefits/);
    const expected = {
      ...entry,
      occurredOn: '2026-04-21',
      activity: 'Peer support drop-in and training',
      hours: 3.25,
      expensesPence: 0,
      paymentChoice: 'voucher',
    };
    expect(body.entry).toEqual(expected);
    expect(await listed()).toEqual(expected);
    const audited = (await auditEvents(t, admin)).filter((e) => e.subjectId === entry.id);
    expect(audited.map((e) => e.action).sort()).toEqual(['involvement.changed', 'involvement.recorded']);
    expect(audited.find((e) => e.action === 'involvement.changed')?.details).toMatchObject({
      personId: person.personId,
      organisationId: orgA,
      fields: ['occurredOn', 'activity', 'hours', 'expensesPence', 'paymentChoice'],
    });

    // Bad input: a problem that says what to fix, and the entry stays as it was.
    const cases: [object, string[], RegExp][] = [
      [{}, [''], /Send at least one field to change/],
      [
        { hours: 30, expensesPence: -1, paymentChoice: 'crypto', activity: '' },
        ['hours', 'expensesPence', 'paymentChoice', 'activity'],
        /hours: Hours for one entry must be 24 or fewer/,
      ],
      [{ hours: 1.234 }, ['hours'], /two decimal places/],
      [{ occurredOn: 'last Tuesday' }, ['occurredOn'], /Enter a date like/],
      [{ personId: otherMemberA.personId }, [''], /not accepted here: personId/],
    ];
    for (const [payload, paths, message] of cases) {
      const response = await t.as(coordinatorA, { method: 'PATCH', url, payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = response.json<Problem>();
      expect(problem.detail).toMatch(message);
      expect(problem.errors?.map((e) => e.path)).toEqual(expect.arrayContaining(paths));
    }
    expect(await listed()).toEqual(expected);
  });

  it('sends entries from a co-production meeting back to the meeting; role hours are corrected here', async () => {
    const person = await addPerson(t.app, admin, orgA, 'peer_supporter', 'Morven Tay');
    const meetingId = '11111111-1111-4111-8111-111111111111';
    const fromMeeting = await recordInvolvement(t.context.db, {
      personId: person.personId,
      organisationId: orgA,
      occurredOn: '2026-03-04',
      activity: 'Co-production meeting: Recovery voices',
      role: 'coproduction_group_member',
      hours: 2,
      expensesPence: 460,
      paymentChoice: 'cash',
      source: { kind: 'coproduction_meeting', id: meetingId },
    });
    for (const method of ['PATCH', 'DELETE'] as const) {
      const refused = await t.as(coordinatorA, {
        method,
        url: `/api/involvement/${fromMeeting}`,
        ...(method === 'PATCH' ? { payload: { hours: 3 } } : {}),
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json<Problem>().detail).toBe(
        'This entry comes from the co-production meeting on 4 March 2026. Change the attendance on that ' +
          'meeting instead, so the meeting and the log agree.',
      );
    }
    // The meeting's date is written for the reader's language.
    const inWelsh = await t.as(coordinatorA, {
      method: 'DELETE',
      url: `/api/involvement/${fromMeeting}`,
      headers: { 'accept-language': 'cy' },
    });
    expect(inWelsh.json<Problem>().detail).toBe(
      'Daw’r cofnod hwn o’r cyfarfod cyd-gynhyrchu ar 4 Mawrth 2026. Newidiwch bresenoldeb y cyfarfod hwnnw ' +
        'yn lle hynny, fel bod y cyfarfod a’r log yn cytuno.',
    );
    // Still 404 for other organisations: a conflict must not reveal the entry.
    expect(
      (
        await t.as(coordinatorB, {
          method: 'PATCH',
          url: `/api/involvement/${fromMeeting}`,
          payload: { hours: 3 },
        })
      ).statusCode,
    ).toBe(404);

    // Hours worked in a volunteering role live only in the log: corrected here, still linked to the role.
    const roleHours = await recordInvolvement(t.context.db, {
      personId: person.personId,
      organisationId: orgA,
      occurredOn: '2026-03-05',
      activity: 'Volunteering: Café kitchen',
      role: 'other',
      hours: 4,
      expensesPence: 0,
      paymentChoice: 'declined',
      source: { kind: 'activities_role', id: meetingId },
    });
    const corrected = await t.as(coordinatorA, {
      method: 'PATCH',
      url: `/api/involvement/${roleHours}`,
      payload: { hours: 3.5 },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json<{ entry: InvolvementEntry }>().entry).toMatchObject({
      hours: 3.5,
      source: 'activities_role',
      sourceId: meetingId,
    });
  });
});
