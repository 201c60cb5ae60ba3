import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { coproductionAnswers } from '../../../contracts/coproduction.answers.js';
import {
  PublicPriorityPageSchema,
  PublicYouSaidWeDidSchema,
  type CharterCommitment,
  type Group,
  type Meeting,
  type PowerSharing,
  type Priority,
  type PublicPriority,
  type PublicPriorityPage,
  type PublicYouSaidWeDid,
  type Seat,
} from '../../../contracts/coproduction.js';
import { addPerson, firstOrganisationId, signInAsNewAdmin, type SignedIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { hashToken } from '../../kernel/crypto.js';
import { message, say, sayDate } from '../../kernel/i18n.js';
import { mailOutbox } from '../../kernel/kernel.tables.js';
import { prioritySubscriptions } from './coproduction.tables.js';
import { insertUnsubscribeLink } from './priorities/subscriptions.repository.js';
import {
  addCommitment,
  changeCommitment,
  createCharterCommitment,
  createGroup,
  createKeyMessage,
  createOrganisation,
  createPriority,
  createPriorityWithCommitment,
  createSeat,
  importCafePriority,
  newsTo,
  notificationsOf,
  recordMeeting,
  sendCafePriority,
  subscribe,
  unsubscribeTokenIn,
} from './coproduction.factories.js';

// The people are shared; everything a test reads or counts, it makes itself.
let t: TestApp;
let admin: SignedIn;
let orgA: string;
let orgB: string;
let partnershipId: string;
let coordinatorA: SignedIn;
let facilitatorA: SignedIn;
let memberA: SignedIn;
let otherMemberA: SignedIn;
let coordinatorB: SignedIn;
let memberB: SignedIn;

/** Someone new in `organisationId`, for a test that counts what they have. */
const newPerson = (organisationId: string, displayName?: string) =>
  addPerson(t.app, admin, organisationId, 'member', displayName);

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  orgA = await firstOrganisationId(t.app, admin);
  orgB = await createOrganisation(t, admin, 'Second Org');
  coordinatorA = await addPerson(t.app, admin, orgA, 'coordinator');
  facilitatorA = await addPerson(t.app, admin, orgA, 'facilitator');
  memberA = await addPerson(t.app, admin, orgA, 'member', 'Member Alex');
  otherMemberA = await addPerson(t.app, admin, orgA, 'member');
  coordinatorB = await addPerson(t.app, admin, orgB, 'coordinator');
  memberB = await addPerson(t.app, admin, orgB, 'member');
  const me = await t.as(admin, { method: 'GET', url: '/api/me' });
  partnershipId = me.json<{ partnership: { id: string } }>().partnership.id;
});
afterAll(async () => t.close());

describe('groups and meetings', () => {
  it('lets facilitators run a group that its members may read, and nobody else', async () => {
    const member = await newPerson(orgA, 'Member Sam');
    const response = await t.as(facilitatorA, {
      method: 'POST',
      url: '/api/coproduction/groups',
      payload: {
        organisationId: orgA,
        name: 'Monthly group',
        rhythm: 'monthly',
        memberIds: [member.personId],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const group = response.json<Group>();
    expect(group.members.map((m) => m.displayName)).toEqual(['Member Sam']);

    const read = await t.as(member, { method: 'GET', url: `/api/coproduction/groups/${group.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json<Group>().mayManage).toBe(false);
    const listed = await t.as(member, { method: 'GET', url: '/api/coproduction/groups' });
    expect(listed.json<{ groups: { id: string }[] }>().groups.map((g) => g.id)).toEqual([group.id]);

    for (const who of [otherMemberA, coordinatorB]) {
      const refused = await t.as(who, { method: 'GET', url: `/api/coproduction/groups/${group.id}` });
      expect(refused.statusCode).toBe(404);
    }
    const signedOut = await t.as(null, { method: 'GET', url: `/api/coproduction/groups/${group.id}` });
    expect(signedOut.statusCode).toBe(401);
    const byMember = await t.as(member, {
      method: 'POST',
      url: '/api/coproduction/groups',
      payload: { organisationId: orgA, name: 'Not mine' },
    });
    expect(byMember.statusCode).toBe(404);
    const otherOrg = await t.as(coordinatorB, {
      method: 'PATCH',
      url: `/api/coproduction/groups/${group.id}`,
      payload: { name: 'Taken over' },
    });
    expect(otherOrg.statusCode).toBe(404);
  });

  it('records a meeting with attendance, decisions and actions, and warns that vouchers count as earnings', async () => {
    const group = await createGroup(t, facilitatorA, { organisationId: orgA, memberIds: [memberA.personId] });
    const response = await t.as(facilitatorA, {
      method: 'POST',
      url: `/api/coproduction/groups/${group.id}/meetings`,
      payload: {
        heldOn: '2026-01-07',
        agenda: 'Weekend support',
        minutes: 'We talked about Saturdays.',
        decisions: ['Take weekend support to the board'],
        attendance: [{ personId: memberA.personId, hours: 2, expensesPence: 460, paymentChoice: 'voucher' }],
        actions: [{ text: 'Write to the board', ownerOrganisationId: orgA, dueOn: '2026-02-01' }],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const meeting = response.json<Meeting>();
    expect(meeting.paymentWarning).toMatch(/Vouchers can count as earnings for benefits/);
    expect(meeting.attendance).toEqual([
      {
        personId: memberA.personId,
        displayName: 'Member Alex',
        hours: 2,
        expensesPence: 460,
        paymentChoice: 'voucher',
      },
    ]);
    const actionId = meeting.actions[0]?.id ?? '';
    const done = await t.as(facilitatorA, {
      method: 'PATCH',
      url: `/api/coproduction/actions/${actionId}`,
      payload: { status: 'done' },
    });
    expect(done.json<Meeting>().actions[0]?.status).toBe('done');
    const byMember = await t.as(memberA, {
      method: 'PATCH',
      url: `/api/coproduction/actions/${actionId}`,
      payload: { status: 'open' },
    });
    expect(byMember.statusCode).toBe(404);
    const read = await t.as(memberA, { method: 'GET', url: `/api/coproduction/meetings/${meeting.id}` });
    expect(read.statusCode).toBe(200);
    const outsider = await t.as(otherMemberA, {
      method: 'GET',
      url: `/api/coproduction/meetings/${meeting.id}`,
    });
    expect(outsider.statusCode).toBe(404);
    const docs = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(docs.body).toContain('Vouchers can count as earnings for benefits');
  });

  it('explains bad input field by field and saves nothing', async () => {
    const group = await createGroup(t, facilitatorA, { organisationId: orgA, memberIds: [memberA.personId] });
    const response = await t.as(facilitatorA, {
      method: 'POST',
      url: `/api/coproduction/groups/${group.id}/meetings`,
      payload: {
        heldOn: 'last Tuesday',
        attendance: [{ personId: memberA.personId, hours: -1, paymentChoice: 'bitcoin' }],
        surprise: true,
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const paths = response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['heldOn', 'attendance.0.hours', 'attendance.0.paymentChoice', '']),
    );
    const outsider = await t.as(facilitatorA, {
      method: 'POST',
      url: `/api/coproduction/groups/${group.id}/meetings`,
      payload: { heldOn: '2026-02-04', attendance: [{ personId: memberB.personId }] },
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('attendance.0.personId');
    const after = await t.as(facilitatorA, { method: 'GET', url: `/api/coproduction/groups/${group.id}` });
    expect(after.json<Group>().meetings).toEqual([]);
  });

  it('puts attendance with hours or expenses in the involvement log, replacing it when the meeting is saved again', async () => {
    const group = await createGroup(t, facilitatorA, { organisationId: orgA });
    type Entry = { personId: string; hours: number; expensesPence: number; source: string; sourceId: string };
    let meetingId = '';
    const logOf = async (date: string) => {
      const response = await t.as(coordinatorA, {
        method: 'GET',
        url: `/api/organisations/${orgA}/involvement?from=${date}&to=${date}`,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ entries: Entry[] }>().entries.filter((e) => e.sourceId === meetingId);
    };
    const payload = {
      heldOn: '2026-03-04',
      attendance: [
        { personId: otherMemberA.personId, hours: 2, expensesPence: 460, paymentChoice: 'voucher' as const },
        { personId: facilitatorA.personId },
      ],
    };
    meetingId = (await recordMeeting(t, facilitatorA, group.id, payload)).id;
    expect(await logOf('2026-03-04')).toEqual([
      expect.objectContaining({
        personId: otherMemberA.personId,
        hours: 2,
        expensesPence: 460,
        source: 'coproduction_meeting',
        sourceId: meetingId,
      }),
    ]);
    for (let save = 0; save < 2; save++) {
      const saved = await t.as(facilitatorA, {
        method: 'PUT',
        url: `/api/coproduction/meetings/${meetingId}`,
        payload: {
          ...payload,
          heldOn: '2026-03-05',
          attendance: [
            { personId: otherMemberA.personId, hours: 2.5, expensesPence: 460, paymentChoice: 'cash' },
            { personId: facilitatorA.personId, hours: 1 },
          ],
        },
      });
      expect(saved.statusCode, saved.body).toBe(200);
    }
    expect(await logOf('2026-03-04')).toEqual([]);
    const log = await logOf('2026-03-05');
    expect(log.map((e) => [e.personId, e.hours]).sort()).toEqual(
      [
        [otherMemberA.personId, 2.5],
        [facilitatorA.personId, 1],
      ].sort(),
    );
    const mine = await t.as(otherMemberA, { method: 'GET', url: '/api/me/involvement' });
    const sources = mine.json<{ entries: { sourceId: string }[] }>().entries.map((e) => e.sourceId);
    expect(sources.filter((id) => id === meetingId)).toHaveLength(1);
  });
});

describe('seats and power sharing', () => {
  it('lets coordinators keep their own organisation’s seats only', async () => {
    const response = await t.as(coordinatorA, {
      method: 'POST',
      url: '/api/coproduction/seats',
      payload: { organisationId: orgA, kind: 'interview_panel', bodyName: 'Peer worker panel' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const seat = response.json<Seat>();
    expect(seat.vacant).toBe(true);
    for (const who of [coordinatorB, facilitatorA, memberA]) {
      const patch = await t.as(who, {
        method: 'PATCH',
        url: `/api/coproduction/seats/${seat.id}`,
        payload: { bodyName: 'Changed' },
      });
      expect(patch.statusCode).toBe(404);
    }
    const intoB = await t.as(coordinatorA, {
      method: 'POST',
      url: '/api/coproduction/seats',
      payload: { organisationId: orgB, kind: 'board', bodyName: 'Their board' },
    });
    expect(intoB.statusCode).toBe(404);
    const badTerm = await t.as(coordinatorA, {
      method: 'PATCH',
      url: `/api/coproduction/seats/${seat.id}`,
      payload: { termStart: '2026-05-01', termEnd: '2026-01-01' },
      headers: { 'accept-language': 'ur' },
    });
    expect(badTerm.statusCode).toBe(400);
    expect(badTerm.json<{ errors: { path: string; message: string }[] }>().errors).toEqual([
      { path: 'termEnd', message: 'مدت شروع ہونے کے بعد ختم ہونی چاہیے' },
    ]);
  });

  it('shows vacancies to the partnership as opportunities; coordinators see who is interested', async () => {
    const seat = await createSeat(t, coordinatorA, {
      organisationId: orgA,
      kind: 'interview_panel',
      bodyName: 'Peer worker panel',
    });
    const filled = await createSeat(t, coordinatorA, {
      organisationId: orgA,
      holderPersonId: memberA.personId,
    });
    const opportunities = await t.as(memberB, { method: 'GET', url: '/api/coproduction/opportunities' });
    const offered = opportunities.json<{ seats: Seat[] }>().seats.map((s) => s.id);
    expect(offered).toContain(seat.id);
    expect(offered).not.toContain(filled.id);
    const interest = await t.as(memberB, {
      method: 'POST',
      url: `/api/coproduction/seats/${seat.id}/interest`,
      payload: { note: 'I would love to help choose' },
    });
    expect(interest.statusCode).toBe(201);
    expect(interest.json<Seat>().interested).toBe(true);
    const signedOut = await t.as(null, {
      method: 'POST',
      url: `/api/coproduction/seats/${seat.id}/interest`,
      payload: {},
    });
    expect(signedOut.statusCode).toBe(401);

    const list = await t.as(coordinatorA, {
      method: 'GET',
      url: `/api/coproduction/seats/${seat.id}/interest`,
    });
    expect(list.json<{ interests: { email: string; note: string }[] }>().interests).toEqual([
      expect.objectContaining({ email: memberB.email, note: 'I would love to help choose' }),
    ]);
    for (const who of [memberB, coordinatorB, facilitatorA]) {
      const refused = await t.as(who, { method: 'GET', url: `/api/coproduction/seats/${seat.id}/interest` });
      expect(refused.statusCode).toBe(404);
    }
  });

  it('tells a member, in Welsh or Urdu, that a seat they are interested in has just been filled', async () => {
    const filled = await createSeat(t, coordinatorA, {
      organisationId: orgA,
      holderPersonId: memberA.personId,
    });
    const interested = (language: string) =>
      t.as(memberB, {
        method: 'POST',
        url: `/api/coproduction/seats/${filled.id}/interest`,
        payload: { note: 'I would like to help' },
        headers: { 'accept-language': language },
      });
    const welsh = await interested('cy');
    expect(welsh.statusCode).toBe(409);
    expect(welsh.json<{ detail: string }>().detail).toBe(
      'Mae rhywun wedi cymryd y sedd hon. Edrychwch ar y cyfleoedd eraill, neu gofynnwch i’r cydlynydd am yr un nesaf.',
    );
    expect((await interested('ur')).json<{ detail: string }>().detail).toBe(
      'یہ نشست پُر ہو چکی ہے۔ دوسرے مواقع دیکھیں، یا اگلے موقع کے بارے میں کوآرڈینیٹر سے پوچھیں۔',
    );
    // Nobody's interest was kept for a seat already held.
    const list = await t.as(coordinatorA, {
      method: 'GET',
      url: `/api/coproduction/seats/${filled.id}/interest`,
    });
    expect(list.json<{ interests: unknown[] }>().interests).toEqual([]);
  });

  it('summarises where power is shared for anyone in the partnership, without naming holders', async () => {
    // An organisation of its own, so the counts are this test's alone.
    const orgP = await createOrganisation(t, admin, 'Power Org');
    const coordinator = await addPerson(t.app, admin, orgP, 'coordinator');
    const holder = await newPerson(orgP, 'Seat Holder');
    await createSeat(t, coordinator, { organisationId: orgP, kind: 'interview_panel', bodyName: 'Panel' });
    await createSeat(t, coordinator, { organisationId: orgP, holderPersonId: holder.personId });
    const group = await createGroup(t, coordinator, { organisationId: orgP, memberIds: [holder.personId] });
    const meeting = await recordMeeting(t, coordinator, group.id, {
      decisions: ['Take weekend support to the board'],
      actions: [{ text: 'Write to the board', status: 'done' }],
    });
    expect(meeting.actions.map((a) => a.status)).toEqual(['done']);

    const response = await t.as(memberB, {
      method: 'GET',
      url: `/api/coproduction/organisations/${orgP}/power-sharing`,
    });
    expect(response.statusCode).toBe(200);
    const summary = response.json<PowerSharing>();
    expect(summary.seats).toMatchObject({ total: 2, filled: 1, vacant: 1 });
    expect(summary.groups).toEqual([
      expect.objectContaining({ name: 'Monthly group', members: 1, decisions: 1, actionsDone: 1 }),
    ]);
    expect(summary.summary).toContain('Power Org has 2 seats for people with lived experience');
    expect(summary.summary).toContain('1 group met 1 time in the last year.');
    expect(summary.summary).not.toMatch(/co-production/i);
    const seats = await t.as(memberB, {
      method: 'GET',
      url: `/api/coproduction/organisations/${orgP}/seats`,
    });
    expect(seats.json<{ seats: Seat[] }>().seats.map((s) => s.holder)).toEqual([null, null]);
    const forCoordinator = await t.as(coordinator, {
      method: 'GET',
      url: `/api/coproduction/organisations/${orgP}/seats`,
    });
    expect(forCoordinator.json<{ seats: Seat[] }>().seats.map((s) => s.holder?.displayName)).toContain(
      'Seat Holder',
    );
    const signedOut = await t.as(null, {
      method: 'GET',
      url: `/api/coproduction/organisations/${orgP}/power-sharing`,
    });
    expect(signedOut.statusCode).toBe(401);
  });
});

describe('the Working Together charter', () => {
  it('dates a self-assessment by London: made at 00:30 BST it may be dated that day, not the next', async () => {
    const commitment = await createCharterCommitment(t, coordinatorA, orgA);
    const send = (assessedOn: string) =>
      t.as(coordinatorA, {
        method: 'POST',
        url: `/api/coproduction/charter/commitments/${commitment.id}/assessments`,
        payload: { rung: 'consultation', assessedOn, evidence: 'Agreed at the night-shift meeting' },
      });
    // 23:30 UTC on 1 July 2026 is 00:30 on 2 July in London (BST).
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-07-01T23:30:00Z') });
    try {
      const today = await send('2026-07-02');
      expect(today.statusCode, today.body).toBe(201);
      const tomorrow = await send('2026-07-03');
      expect(tomorrow.statusCode).toBe(400);
      expect(tomorrow.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
        'assessedOn',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps self-assessments over time, for the organisation’s own coordinators to add', async () => {
    const commitment = await createCharterCommitment(t, coordinatorA, orgA);
    for (const [rung, assessedOn] of [
      ['consultation', '2025-06-01'],
      ['informing', '2025-03-01'],
      ['co_design', '2025-11-01'],
    ] as const) {
      const response = await t.as(coordinatorA, {
        method: 'POST',
        url: `/api/coproduction/charter/commitments/${commitment.id}/assessments`,
        payload: { rung, assessedOn, evidence: `Evidence for ${rung}` },
      });
      expect(response.statusCode, response.body).toBe(201);
    }
    const refused = await t.as(coordinatorB, {
      method: 'POST',
      url: `/api/coproduction/charter/commitments/${commitment.id}/assessments`,
      payload: { rung: 'co_production', assessedOn: '2025-12-01', evidence: 'Not theirs' },
    });
    expect(refused.statusCode).toBe(404);
    const noEvidence = await t.as(coordinatorA, {
      method: 'POST',
      url: `/api/coproduction/charter/commitments/${commitment.id}/assessments`,
      payload: { rung: 'rung_eight', assessedOn: '2025-12-01', evidence: '' },
    });
    expect(
      noEvidence
        .json<{ errors: { path: string }[] }>()
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(['evidence', 'rung']);

    const history = await t.as(memberB, {
      method: 'GET',
      url: `/api/coproduction/charter/commitments/${commitment.id}/history`,
    });
    const body = history.json<{ assessments: { rung: string; step: number }[]; ladder: string[] }>();
    expect(body.assessments.map((a) => [a.rung, a.step])).toEqual([
      ['informing', 3],
      ['consultation', 4],
      ['co_design', 6],
    ]);
    expect(body.ladder[0]).toBe('coercion');

    const partnership = await t.as(memberB, { method: 'GET', url: '/api/coproduction/charter' });
    const orgs = partnership.json<{ organisations: { id: string; commitments: CharterCommitment[] }[] }>()
      .organisations;
    const inA = orgs.find((o) => o.id === orgA)?.commitments.find((c) => c.id === commitment.id);
    expect(inA?.latest?.rung).toBe('co_design');
    expect(orgs.find((o) => o.id === orgB)?.commitments.map((c) => c.id)).not.toContain(commitment.id);
  });
});

describe('You said, we did', () => {
  it('lets coordinators add priorities and commitments for their own organisation only', async () => {
    const created = await t.as(coordinatorA, {
      method: 'POST',
      url: '/api/coproduction/priorities',
      payload: {
        organisationId: orgA,
        title: 'Support at weekends',
        text: 'Saturdays are hard.',
        published: true,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const priority = created.json<Priority>();
    const withCommitment = await t.as(coordinatorA, {
      method: 'POST',
      url: `/api/coproduction/priorities/${priority.id}/commitments`,
      payload: { ownerOrganisationId: orgB, description: 'Open on Saturdays', dueOn: '2026-06-01' },
    });
    expect(withCommitment.statusCode, withCommitment.body).toBe(201);
    expect(withCommitment.json<Priority>().commitments).toEqual([
      expect.objectContaining({
        ownerOrganisationId: orgB,
        description: 'Open on Saturdays',
        status: 'planned',
      }),
    ]);

    const notTheirs = await t.as(coordinatorB, {
      method: 'POST',
      url: '/api/coproduction/priorities',
      payload: { organisationId: orgA, title: 'Not theirs' },
    });
    expect(notTheirs.statusCode).toBe(404);
    const sneaky = await t.as(memberA, {
      method: 'POST',
      url: `/api/coproduction/priorities/${priority.id}/commitments`,
      payload: { ownerOrganisationId: orgA, description: 'Sneaky' },
    });
    expect(sneaky.statusCode).toBe(404);
    const unpublish = await t.as(coordinatorB, {
      method: 'PATCH',
      url: `/api/coproduction/priorities/${priority.id}`,
      payload: { published: false },
    });
    expect(unpublish.statusCode).toBe(404);
    expect((await t.as(null, { method: 'GET', url: '/api/coproduction/priorities' })).statusCode).toBe(401);
  });

  it('refuses to decline without a reason', async () => {
    const { priority, commitment } = await createPriorityWithCommitment(t, coordinatorA, orgA);
    const response = await changeCommitment(t, coordinatorA, commitment.id, { status: 'declined' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<{ errors: { path: string; message: string }[] }>().errors).toEqual([
      { path: 'declinedReason', message: expect.stringContaining('Say why') },
    ]);
    const onCreate = await t.as(coordinatorA, {
      method: 'POST',
      url: `/api/coproduction/priorities/${priority.id}/commitments`,
      payload: {
        ownerOrganisationId: orgA,
        description: 'Evening clinic',
        status: 'declined',
        declinedReason: '',
      },
    });
    expect(onCreate.statusCode).toBe(400);
    const progress = await changeCommitment(t, coordinatorA, commitment.id, { progress: 101 });
    expect(progress.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('progress');
  });

  it('tells each subscriber exactly once per change of status, and never by message after they stop news', async () => {
    const subscriber = await newPerson(orgA);
    const { priority, commitment } = await createPriorityWithCommitment(t, coordinatorA, orgA, orgB);
    const setStatus = (who: SignedIn, payload: object) => changeCommitment(t, who, commitment.id, payload);
    const subscribed = await t.as(subscriber, {
      method: 'PUT',
      url: `/api/coproduction/priorities/${priority.id}/subscription`,
    });
    expect(subscribed.json()).toEqual({ subscribed: true });
    // Subscribing twice is still one subscription.
    await subscribe(t, subscriber, priority.id);

    // The owner organisation's coordinator may change it too.
    expect((await setStatus(coordinatorB, { status: 'in_progress', progress: 20 })).statusCode).toBe(200);
    expect(await newsTo(t, subscriber.email)).toHaveLength(1);
    expect(await notificationsOf(t, subscriber)).toHaveLength(1);

    // Nothing new, or only new wording, is no news.
    await setStatus(coordinatorA, { status: 'in_progress' });
    await setStatus(coordinatorA, { progress: 20, description: 'Open on Saturdays, 10 till 2' });
    expect(await newsTo(t, subscriber.email)).toHaveLength(1);
    expect(await notificationsOf(t, subscriber)).toHaveLength(1);
    // How far it has got is news, even when the status stays the same.
    expect((await setStatus(coordinatorA, { progress: 60 })).statusCode).toBe(200);
    const progress = await newsTo(t, subscriber.email);
    expect(progress).toHaveLength(2);
    expect(progress[0]?.text).toContain(
      'Second Org promised: Open on Saturdays, 10 till 2. It is now 60% done.',
    );
    expect(progress[0]?.text).toContain('/unsubscribe/');
    expect(await notificationsOf(t, subscriber)).toHaveLength(2);

    const declined = await setStatus(coordinatorA, {
      status: 'declined',
      declinedReason: 'No staff cover at weekends yet.',
    });
    expect(declined.statusCode).toBe(200);
    const mails = await newsTo(t, subscriber.email);
    expect(mails).toHaveLength(3);
    const latest = mails[0];
    expect(latest?.text).toContain('No staff cover at weekends yet.');
    expect(latest?.text).toContain(`/you-said-we-did/priorities/${priority.id}`);
    const token = unsubscribeTokenIn(latest);
    const notes = await notificationsOf(t, subscriber);
    expect(notes).toHaveLength(3);
    expect(notes[0]?.text).toContain('declined');
    const toOthers = (await notificationsOf(t, otherMemberA)).filter((n) => n.commitmentId === commitment.id);
    expect(toOthers).toEqual([]);

    // Only the hash of the token is stored.
    const stored = await t.context.db.execute(sql`select key from news_recipients`);
    expect(JSON.stringify(stored)).not.toContain(token);

    // The link in the message stops all news to that address, signed out.
    const unsubscribe = await t.as(null, { method: 'POST', url: `/api/unsubscribe/${token}` });
    expect(unsubscribe.statusCode).toBe(200);
    expect(unsubscribe.json()).toEqual({ channel: 'email', receivingNews: false });
    const again = await t.as(null, { method: 'POST', url: `/api/unsubscribe/${token}` });
    expect(again.statusCode).toBe(200);
    const unknown = await t.as(null, { method: 'POST', url: '/api/unsubscribe/not-a-real-token-at-all' });
    expect(unknown.statusCode).toBe(404);

    // No more messages; the priority is still followed in Cairn, so the note appears there.
    await setStatus(coordinatorA, { status: 'done' });
    expect(await newsTo(t, subscriber.email)).toHaveLength(3);
    expect(await notificationsOf(t, subscriber)).toHaveLength(4);
    const view = await t.as(subscriber, {
      method: 'GET',
      url: `/api/coproduction/priorities/${priority.id}`,
    });
    expect(view.json<Priority>()).toMatchObject({ subscribed: true });
    expect(view.json<Priority>().commitments[0]).toMatchObject({
      status: 'done',
      progress: 100,
      declinedReason: null,
    });
  });

  it('links news to the priority it is about: its public page once published, a clear 404 when it is not', async () => {
    const member = await newPerson(orgA);
    await sendCafePriority(t, facilitatorA, orgA, {
      title: 'Links café',
      idea: 'A quiet room after groups',
      voters: [{ contact: '07700 900777' }, { contact: 'quiet@example.org' }, { as: member }],
    });
    const priority = await importCafePriority(t, coordinatorA, orgA, 'A quiet room after groups');
    const publicPath = `/you-said-we-did/priorities/${priority.id}`;
    const publicUrl = `${t.context.config.publicUrl}${publicPath}`;
    // The link each piece of news carries, newest first, whether it goes alone or in the day’s message.
    const linksTo = async (address: string) =>
      (
        await t.context.db
          .select({ link: sql<string>`${mailOutbox.digestItem}->>'link'` })
          .from(mailOutbox)
          .where(and(eq(mailOutbox.to, address), isNotNull(mailOutbox.digestItem)))
          .orderBy(sql`${mailOutbox.createdAt} desc`)
      ).map((row) => row.link);

    // Not published yet: someone who left only a number cannot sign in, so they get the public page
    // of the priority, which will show it once published; a member gets its page in Cairn.
    const text = (await t.outbox('+447700900777'))[0]?.text ?? '';
    expect(text).toContain(publicUrl);
    expect(await linksTo('+447700900777')).toEqual([publicUrl]);
    const inCairn = `${t.context.config.publicUrl}/coproduction/priorities/${priority.id}`;
    expect(await linksTo(member.email)).toEqual([inCairn]);
    // An email that goes on its own, not in the day's gathered message, carries the same link in its
    // words: the member opens the priority in Cairn; someone who left only an address is told the
    // public page will show it once it is published.
    expect((await newsTo(t, member.email))[0]?.text).toContain(
      `Open it in Cairn (sign in if asked): ${inCairn}\n`,
    );
    const alone = (await newsTo(t, 'quiet@example.org'))[0]?.text ?? '';
    expect(alone).toContain(
      `Once it is published, everything that was said and done will be here: ${publicUrl}\n`,
    );
    expect(alone).not.toContain(inCairn);
    const api = `/api/coproduction/public/priorities/${priority.id}`;
    const hidden = await t.as(null, { method: 'GET', url: api });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.headers['content-type']).toContain('application/problem+json');
    expect(hidden.json<{ detail: string }>().detail).toContain('This priority could not be found');

    // Published, with a promise and what has happened so far: everyone's link opens that priority.
    const published = await t.as(coordinatorA, {
      method: 'PATCH',
      url: `/api/coproduction/priorities/${priority.id}`,
      payload: { published: true },
    });
    expect(published.statusCode, published.body).toBe(200);
    const commitment = await addCommitment(t, coordinatorA, priority.id, {
      ownerOrganisationId: orgB,
      description: 'Keep the garden room free after every group',
    });
    const evidence = await t.as(coordinatorA, {
      method: 'POST',
      url: `/api/coproduction/commitments/${commitment.id}/updates`,
      payload: { text: 'The room is booked every Tuesday and Thursday.', happenedOn: '2026-03-07' },
    });
    expect(evidence.statusCode, evidence.body).toBe(201);
    const [promiseMail, evidenceMail] = (await newsTo(t, member.email)).slice(0, 2).reverse();
    expect(promiseMail?.text).toContain('has made a promise in answer to this');
    expect(evidenceMail?.text).toContain('What has happened so far');
    for (const mail of [promiseMail, evidenceMail]) {
      expect(mail?.text).toContain(`See everything that was said and done: ${publicUrl}\n`);
    }
    expect((await linksTo(member.email)).slice(0, 2)).toEqual([publicUrl, publicUrl]);
    expect((await linksTo('+447700900777')).slice(0, 2)).toEqual([publicUrl, publicUrl]);

    // The page behind the link, for anyone without signing in: the one priority, its promise and evidence.
    const open = await t.as(null, { method: 'GET', url: api });
    expect(open.statusCode, open.body).toBe(200);
    const page = open.json<PublicPriorityPage>();
    expect(page).toMatchObject({
      partnershipId,
      priority: { id: priority.id, title: 'A quiet room after groups', source: 'cafe', state: 'open' },
    });
    expect(page.priority.commitments).toEqual([
      expect.objectContaining({
        description: 'Keep the garden room free after every group',
        ownerOrganisationName: 'Second Org',
        updates: [expect.objectContaining({ text: 'The room is booked every Tuesday and Thursday.' })],
      }),
    ]);
    expect(open.body).not.toContain(member.email);
    expect(open.body).not.toContain('900777');
    // Checked on the page without zod (coproduction.answers.ts), as the schema checks it.
    expect(coproductionAnswers.youSaidWeDidPriority.safeParse(page)).toEqual({
      success: true,
      data: PublicPriorityPageSchema.parse(page),
    });
    for (const broken of [
      { ...page, partnershipId: undefined },
      { ...page, priority: { ...page.priority, commitments: [{}] } },
    ]) {
      expect(PublicPriorityPageSchema.safeParse(broken).success).toBe(false);
      expect(coproductionAnswers.youSaidWeDidPriority.safeParse(broken)).toEqual({ success: false });
    }

    // An unknown priority, or one taken off the public page: not found.
    const unknown = '/api/coproduction/public/priorities/00000000-0000-4000-8000-000000000000';
    expect((await t.as(null, { method: 'GET', url: unknown })).statusCode).toBe(404);
    await t.as(coordinatorA, {
      method: 'PATCH',
      url: `/api/coproduction/priorities/${priority.id}`,
      payload: { published: false },
    });
    expect((await t.as(null, { method: 'GET', url: api })).statusCode).toBe(404);
  });

  it('gives each public priority one state, so the summary figures add up to the priorities shown', async () => {
    const published = (title: string) =>
      createPriority(t, coordinatorA, { organisationId: orgA, title, published: true });
    const waiting = await published('Nothing promised yet');
    const mixed = await published('One done, one under way');
    const finished = await published('One done, one said no to');
    const refused = await published('Every commitment said no to');
    const under = await addCommitment(t, coordinatorA, mixed.id, {
      ownerOrganisationId: orgA,
      description: 'A',
    });
    const doneToo = await addCommitment(t, coordinatorA, mixed.id, {
      ownerOrganisationId: orgA,
      description: 'B',
    });
    expect((await changeCommitment(t, coordinatorA, under.id, { status: 'in_progress' })).statusCode).toBe(
      200,
    );
    expect((await changeCommitment(t, coordinatorA, doneToo.id, { status: 'done' })).statusCode).toBe(200);
    const done = await addCommitment(t, coordinatorA, finished.id, {
      ownerOrganisationId: orgA,
      description: 'C',
    });
    expect((await changeCommitment(t, coordinatorA, done.id, { status: 'done' })).statusCode).toBe(200);
    const no = { status: 'declined', declinedReason: 'No room on Sundays.' } as const;
    await addCommitment(t, coordinatorA, finished.id, { ownerOrganisationId: orgA, description: 'D', ...no });
    await addCommitment(t, coordinatorA, refused.id, { ownerOrganisationId: orgA, description: 'E', ...no });

    const response = await t.as(null, {
      method: 'GET',
      url: `/api/coproduction/public/partnerships/${partnershipId}`,
    });
    expect(response.statusCode).toBe(200);
    const { priorities } = response.json<PublicYouSaidWeDid>();
    const stateOf = (id: string) => priorities.find((p) => p.id === id)?.state;
    expect(stateOf(waiting.id)).toBe('open');
    expect(stateOf(mixed.id)).toBe('open');
    expect(stateOf(finished.id)).toBe('done');
    expect(stateOf(refused.id)).toBe('declined');
    // The page's figures partition the whole: every priority counted once, in one state.
    const counts = { open: 0, done: 0, declined: 0 };
    for (const priority of priorities) counts[priority.state] += 1;
    expect(counts.open + counts.done + counts.declined).toBe(priorities.length);
    // The commitments' own counts add up to the commitments listed.
    for (const priority of priorities) {
      expect(priority.done + priority.open + priority.declined).toBe(priority.commitments.length);
    }
  });

  it('shows the public only published priorities, with what changed and why things were declined', async () => {
    const subscriber = await newPerson(orgA, 'Quiet Subscriber');
    const { priority, commitment } = await createPriorityWithCommitment(t, coordinatorA, orgA);
    await subscribe(t, subscriber, priority.id);
    expect((await changeCommitment(t, coordinatorA, commitment.id, { status: 'done' })).statusCode).toBe(200);
    const draft = await createPriority(t, coordinatorA, {
      organisationId: orgA,
      title: 'A draft nobody should see yet',
    });
    const evening = await addCommitment(t, coordinatorA, priority.id, {
      ownerOrganisationId: orgA,
      description: 'Evening clinic',
      dueOn: '2028-02-29',
      status: 'declined',
      declinedReason: 'The building closes at six.',
    });
    const update = await t.as(coordinatorA, {
      method: 'POST',
      url: `/api/coproduction/commitments/${commitment.id}/updates`,
      payload: { text: 'Fourteen people came on the first Saturday.', happenedOn: '2026-03-07' },
    });
    expect(update.statusCode, update.body).toBe(201);

    const response = await t.as(null, {
      method: 'GET',
      url: `/api/coproduction/public/partnerships/${partnershipId}`,
    });
    expect(response.statusCode).toBe(200);
    const page = response.json<PublicYouSaidWeDid>();
    const shown = page.priorities.find((p) => p.id === priority.id);
    expect(shown).toMatchObject({
      title: 'Support at weekends',
      state: 'done',
      done: 1,
      open: 0,
      declined: 1,
    });
    expect(shown?.commitments.find((c) => c.id === evening.id)?.declinedReason).toBe(
      'The building closes at six.',
    );
    expect(page.priorities.map((p) => p.id)).not.toContain(draft.id);
    expect(response.body).toContain('Fourteen people came on the first Saturday.');
    expect(response.body).not.toContain('A draft nobody should see yet');
    expect(response.body).not.toContain(subscriber.email);
    expect(response.body).not.toContain('Quiet Subscriber');

    // The public page checks this answer without zod (coproduction.answers.ts): on the server's real
    // answer it agrees with the contract's schema, field for field, due date and update included.
    expect(coproductionAnswers.youSaidWeDid.safeParse(page)).toEqual({
      success: true,
      data: PublicYouSaidWeDidSchema.parse(page),
    });
    const card = page.priorities.find((p) => p.id === priority.id) as PublicPriority;
    const done = card.commitments.find(
      (c) => c.id === commitment.id,
    ) as PublicPriority['commitments'][number];
    expect(card.commitments.map((c) => c.dueOn)).toContain('2028-02-29');
    expect(done.updates).toHaveLength(1);
    // And refuses what the schema refuses: a field missing, a wrong kind, an unknown value, a bad id or date.
    const { state: _state, ...stateless } = card;
    const withCommitment = (change: object) => ({
      ...page,
      priorities: [{ ...card, commitments: [{ ...done, ...change }] }],
    });
    for (const broken of [
      { ...page, partnershipId: 'ours' },
      { ...page, organisations: [{ id: orgA }] },
      { ...page, priorities: [stateless] },
      { ...page, priorities: [{ ...card, source: 'rumour' }] },
      { ...page, priorities: [{ ...card, done: '1' }] },
      withCommitment({ status: 'maybe' }),
      withCommitment({ dueOn: '2027-02-29' }),
      withCommitment({ declinedReason: undefined }),
      withCommitment({ progress: 50.5 }),
      withCommitment({ updates: [{ ...done.updates[0], happenedOn: '7 March' }] }),
      null,
      [],
    ]) {
      expect(PublicYouSaidWeDidSchema.safeParse(broken).success).toBe(false);
      expect(coproductionAnswers.youSaidWeDid.safeParse(broken)).toEqual({ success: false });
    }

    // Everything else stays behind sign-in.
    for (const url of [
      '/api/coproduction/priorities',
      `/api/coproduction/priorities/${priority.id}`,
      '/api/coproduction/opportunities',
      `/api/coproduction/organisations/${orgA}/charter`,
      '/api/coproduction/notifications',
    ]) {
      expect((await t.as(null, { method: 'GET', url })).statusCode).toBe(401);
    }
    const unknown = await t.as(null, {
      method: 'GET',
      url: '/api/coproduction/public/partnerships/00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('imports a café priority once, however often it is asked', async () => {
    // One participant leaves an email, one a mobile number written the way people write them, and a
    // member joins signed in and leaves no contact: they hear back in Cairn.
    const member = await newPerson(orgA);
    await sendCafePriority(t, facilitatorA, orgA, {
      title: 'Recovery in Riverside',
      idea: 'A walking group on Sundays',
      voters: [{ contact: 'ash@example.org' }, { contact: '07700 900123' }, { as: member }],
    });

    type CafePriorities = { cafePriorities: { id: string; text: string; importedAs: string | null }[] };
    const listCafePriorities = async () => {
      const list = await t.as(coordinatorA, {
        method: 'GET',
        url: `/api/coproduction/organisations/${orgA}/cafe-priorities`,
      });
      expect(list.statusCode, list.body).toBe(200);
      return list.json<CafePriorities>().cafePriorities;
    };
    const cafePriority = (await listCafePriorities()).find((p) => p.text === 'A walking group on Sundays');
    expect(cafePriority?.importedAs).toBeNull();
    const url = `/api/coproduction/organisations/${orgA}/cafe-priorities/${cafePriority?.id}/import`;
    expect((await t.as(memberA, { method: 'POST', url })).statusCode).toBe(404);
    expect((await t.as(coordinatorB, { method: 'POST', url })).statusCode).toBe(404);
    const answers = await Promise.all([1, 2, 3].map(() => t.as(coordinatorA, { method: 'POST', url })));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
    expect(new Set(answers.map((r) => r.json<Priority>().id)).size).toBe(1);
    const imported = answers[0]?.json<Priority>();
    expect(imported).toMatchObject({
      source: 'cafe',
      sourceRef: 'Recovery in Riverside',
      title: 'A walking group on Sundays',
    });
    const count = await t.context.db.execute(
      sql`select count(*)::int as n from coproduction_priorities where cafe_priority_id = ${cafePriority?.id ?? ''}`,
    );
    expect(JSON.stringify(count)).toContain('"n":1');
    const after = (await listCafePriorities()).find((p) => p.id === cafePriority?.id);
    expect(after?.importedAs).toBe(imported?.id);

    // Everyone who asked to hear back is told once that it has been taken forward, however often
    // the import was asked for: by email, by text, and the signed-in member at their email.
    const broughtIn = 'You said, we did: “A walking group on Sundays” has been taken forward';
    for (const address of ['ash@example.org', member.email]) {
      const told = await newsTo(t, address);
      expect(told.map((m) => m.subject)).toEqual([broughtIn]);
      expect(told[0]?.text).toContain('What you said at Recovery in Riverside has been passed on');
      expect(told[0]?.text).toContain('/unsubscribe/');
    }
    const firstText = await t.outbox('+447700900123');
    expect(firstText).toHaveLength(1);
    expect(firstText[0]?.text).toMatch(/^You said, we did: “A walking group on Sundays” has been passed on/);
    expect(firstText[0]?.text).toContain('/unsubscribe/');
    // Nothing happened to a commitment yet, so there is no note in Cairn.
    expect(await notificationsOf(t, member)).toEqual([]);

    // The participant who left a contact hears when an organisation promises something, and once
    // when a commitment's status changes.
    const commitment = await addCommitment(t, coordinatorA, imported?.id ?? '', {
      ownerOrganisationId: orgA,
      description: 'Start a Sunday walking group in the spring',
      dueOn: '2027-04-04',
    });
    const promised = await t.outbox('ash@example.org');
    expect(promised).toHaveLength(2);
    expect(promised[0]?.text).toContain(
      'has made a promise in answer to this: Start a Sunday walking group in the spring. ' +
        'They aim to do it by Sunday, 4 April 2027.',
    );
    expect(promised[0]?.text).toContain('/unsubscribe/');
    const promisedText = (await t.outbox('+447700900123'))[0]?.text ?? '';
    expect(promisedText).toMatch(
      /^You said, we did: “A walking group on Sundays”: .+ promised Start a Sunday/,
    );
    expect(promisedText.length).toBeLessThanOrEqual(320);
    const started = await changeCommitment(t, coordinatorA, commitment.id, { status: 'in_progress' });
    expect(started.statusCode, started.body).toBe(200);
    const toAsh = await t.outbox('ash@example.org');
    expect(toAsh).toHaveLength(3);
    expect(toAsh[0]?.text).toContain('/unsubscribe/');
    // The mobile number gets one short text, in international form, with its own way to stop.
    const texts = await t.outbox('+447700900123');
    expect(texts).toHaveLength(3);
    expect(texts[0]).toMatchObject({ channel: 'text', subject: '' });
    expect(texts[0]?.text).toMatch(/^You said, we did: “A walking group on Sundays” is now in progress\./);
    expect(texts[0]?.text.length).toBeLessThanOrEqual(320);
    const token = unsubscribeTokenIn(texts[0]);
    const stopped = await t.as(null, { method: 'POST', url: `/api/unsubscribe/${token}` });
    expect(stopped.statusCode, stopped.body).toBe(200);
    const done = await changeCommitment(t, coordinatorA, commitment.id, { status: 'done', progress: 100 });
    expect(done.statusCode, done.body).toBe(200);
    expect(await t.outbox('+447700900123')).toHaveLength(3);
    const memberNotices = (await notificationsOf(t, member)).filter((n) => n.commitmentId === commitment.id);
    expect(memberNotices).toHaveLength(3);
    expect(await newsTo(t, member.email)).toHaveLength(4);
    expect(await t.outbox('ash@example.org')).toHaveLength(4);
  });

  it('tells someone known only by a contact in the language of the café page they left it on', async () => {
    // Three participants leave a contact: one reading the join page in Welsh, one in Urdu (a mobile
    // number), one in English.
    await sendCafePriority(t, facilitatorA, orgA, {
      title: 'Caffi Adferiad',
      idea: 'Grŵp cerdded ar ddydd Sul',
      voters: [
        { contact: 'cymraeg@example.org', language: 'cy-GB' },
        { contact: '07700 900456', language: 'ur' },
        { contact: 'saesneg@example.org', language: 'en-GB,en;q=0.9' },
      ],
    });
    const priorityId = (await importCafePriority(t, coordinatorA, orgA, 'Grŵp cerdded ar ddydd Sul')).id;

    // Taken forward: each hears it in their own language, the way to stop news included.
    const [welsh] = await t.outbox('cymraeg@example.org');
    expect(welsh?.subject).toBe(
      'Dywedoch chi, gwnaethon ni: mae “Grŵp cerdded ar ddydd Sul” wedi’i symud ymlaen',
    );
    expect(welsh?.text).toContain('Mae’r hyn a ddywedoch chi yn Caffi Adferiad wedi’i rannu');
    expect(welsh?.text).toContain(say(message('news.footer.mail', { page: '' }), 'cy').slice(0, 40));
    const [urdu] = await t.outbox('+447700900456');
    expect(urdu?.text).toMatch(
      /^آپ نے کہا، ہم نے کیا: “Grŵp cerdded ar ddydd Sul” مقامی خدمات تک پہنچا دیا گیا ہے۔/,
    );
    expect(urdu?.text).toContain('/unsubscribe/');
    const [english] = await t.outbox('saesneg@example.org');
    expect(english?.subject).toBe('You said, we did: “Grŵp cerdded ar ddydd Sul” has been taken forward');

    // A promise with a date: the date is written for each language.
    const commitment = await addCommitment(t, coordinatorA, priorityId, {
      ownerOrganisationId: orgA,
      description: 'Dechrau grŵp cerdded',
      dueOn: '2027-04-04',
    });
    const [promised] = await t.outbox('cymraeg@example.org');
    expect(promised?.subject).toBe('Dywedoch chi, gwnaethon ni: newyddion am “Grŵp cerdded ar ddydd Sul”');
    expect(promised?.text).toContain('wedi gwneud addewid mewn ymateb i hyn: Dechrau grŵp cerdded.');
    expect(promised?.text).toContain(`Maen nhw’n anelu at ei wneud erbyn ${sayDate('2027-04-04', 'cy')}.`);
    expect((await t.outbox('saesneg@example.org'))[0]?.text).toContain(
      `They aim to do it by ${sayDate('2027-04-04', 'en')}.`,
    );

    // Once the partnership stops offering Welsh, the Welsh reader hears English, as members do.
    const offer = (languages: string[]) =>
      t.as(admin, { method: 'PUT', url: '/api/admin/languages', payload: { languages } });
    expect((await offer(['en', 'ur'])).statusCode).toBe(200);
    try {
      const started = await changeCommitment(t, coordinatorA, commitment.id, {
        status: 'in_progress',
        progress: 20,
      });
      expect(started.statusCode, started.body).toBe(200);
      expect((await t.outbox('cymraeg@example.org'))[0]?.text).toContain(
        'This is now in progress (20% done so far).',
      );
      expect((await t.outbox('+447700900456'))[0]?.text).toMatch(
        /^آپ نے کہا، ہم نے کیا: “Grŵp cerdded ar ddydd Sul” اب جاری ہے۔/,
      );
    } finally {
      expect((await offer(['en', 'cy', 'ur'])).statusCode).toBe(200);
    }
  });

  it('tells subscribers what has been done so far on a commitment, and not by message after they stop news', async () => {
    const stays = await newPerson(orgA);
    const leaves = await newPerson(orgA);
    const { priority, commitment } = await createPriorityWithCommitment(t, coordinatorA, orgA, orgB);
    for (const who of [stays, leaves]) await subscribe(t, who, priority.id);
    const addUpdate = async (who: SignedIn, text: string) => {
      const response = await t.as(who, {
        method: 'POST',
        url: `/api/coproduction/commitments/${commitment.id}/updates`,
        payload: { text, happenedOn: '2026-03-07' },
      });
      expect(response.statusCode, response.body).toBe(201);
    };

    // The owner organisation's coordinator may add what happened; everyone subscribed hears it once.
    await addUpdate(coordinatorB, 'Fourteen people came on the first Saturday.');
    for (const who of [stays, leaves]) {
      const news = await newsTo(t, who.email);
      expect(news).toHaveLength(1);
      expect(news[0]?.subject).toBe('You said, we did: news on “Support at weekends”');
      expect(news[0]?.text).toContain(
        'Second Org promised: Open on Saturdays. What has happened so far: Fourteen people came on the first Saturday.',
      );
      expect(news[0]?.text).toContain(`/you-said-we-did/priorities/${priority.id}`);
      const notes = await notificationsOf(t, who);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({ commitmentId: commitment.id });
      expect(notes[0]?.text).toContain('Fourteen people came on the first Saturday.');
    }
    expect((await notificationsOf(t, otherMemberA)).filter((n) => n.commitmentId === commitment.id)).toEqual(
      [],
    );

    // One click on the link in the email, and that person hears nothing more.
    const [latest] = await newsTo(t, leaves.email);
    const stopped = await t.as(null, {
      method: 'POST',
      url: `/api/unsubscribe/${unsubscribeTokenIn(latest)}`,
    });
    expect(stopped.statusCode, stopped.body).toBe(200);
    await addUpdate(coordinatorA, 'Now open every Saturday, 10 till 2.');
    expect(await newsTo(t, stays.email)).toHaveLength(2);
    expect(await notificationsOf(t, stays)).toHaveLength(2);
    expect(await newsTo(t, leaves.email)).toHaveLength(1);
    // What they see when they sign in is not a message: it still appears.
    expect(await notificationsOf(t, leaves)).toHaveLength(2);

    // A priority's own link, from a message sent before news was gathered, still stops that priority.
    const legacy = 'an-old-link-from-an-earlier-message';
    const [subscription] = await t.context.db
      .select({ id: prioritySubscriptions.id })
      .from(prioritySubscriptions)
      .where(
        and(
          eq(prioritySubscriptions.priorityId, priority.id),
          eq(prioritySubscriptions.personId, stays.personId),
        ),
      );
    await insertUnsubscribeLink(t.context.db, {
      tokenHash: hashToken(legacy),
      subscriptionId: subscription?.id ?? '',
    });
    const old = await t.as(null, { method: 'POST', url: `/api/coproduction/unsubscribe/${legacy}` });
    expect(old.json()).toEqual({ subscribed: false });

    // Someone who may not change the commitment adds nothing, and nobody hears anything.
    const refused = await t.as(memberA, {
      method: 'POST',
      url: `/api/coproduction/commitments/${commitment.id}/updates`,
      payload: { text: 'Not mine to say', happenedOn: '2026-03-08' },
    });
    expect(refused.statusCode).toBe(404);
    expect(await newsTo(t, stays.email)).toHaveLength(2);
  });

  it('brings a key message from analysis in once, for the organisation’s own coordinators only', async () => {
    const text = 'Fund weekend peer activities: people feel most alone on Sundays.';
    await createKeyMessage(t, coordinatorA, memberA, orgA, {
      project: 'What helps on Sundays',
      story: 'The Sunday walks gave me people to talk to. I felt I belonged somewhere again.',
      text,
    });

    // Another organisation's coordinator and a member of this one see nothing.
    for (const who of [coordinatorB, memberA]) {
      const refused = await t.as(who, {
        method: 'GET',
        url: `/api/coproduction/organisations/${orgA}/key-messages`,
      });
      expect(refused.statusCode).toBe(404);
    }
    type KeyMessages = {
      keyMessages: {
        id: string;
        text: string;
        projectTitle: string;
        stories: number;
        importedAs: string | null;
      }[];
    };
    const listKeyMessages = async () => {
      const listed = await t.as(coordinatorA, {
        method: 'GET',
        url: `/api/coproduction/organisations/${orgA}/key-messages`,
      });
      expect(listed.statusCode, listed.body).toBe(200);
      expect(listed.body).not.toContain('Sunday walks gave me');
      return listed.json<KeyMessages>().keyMessages;
    };
    const keyMessage = (await listKeyMessages()).find((m) => m.text === text);
    expect(keyMessage).toMatchObject({ projectTitle: 'What helps on Sundays', stories: 1, importedAs: null });

    const url = `/api/coproduction/organisations/${orgA}/key-messages/${keyMessage?.id}/import`;
    const refusedImport = await t.as(coordinatorB, { method: 'POST', url });
    expect(refusedImport.statusCode).toBe(404);
    const answers = await Promise.all([1, 2, 3].map(() => t.as(coordinatorA, { method: 'POST', url })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 201]);
    const imported = answers[0]?.json<Priority>();
    expect(imported).toMatchObject({
      source: 'key_message',
      sourceRef: 'What helps on Sundays',
      keyMessageId: keyMessage?.id,
      title: text,
      published: false,
    });
    expect(imported?.text).toContain('from 1 story of lived experience');
    expect(new Set(answers.map((a) => a.json<Priority>().id)).size).toBe(1);
    const after = (await listKeyMessages()).find((m) => m.id === keyMessage?.id);
    expect(after?.importedAs).toBe(imported?.id);
  });
});

describe('personal data', () => {
  it('exports what the module holds about a person and erases it', async () => {
    const person = await newPerson(orgA);
    const group = await createGroup(t, facilitatorA, { organisationId: orgA, memberIds: [person.personId] });
    await recordMeeting(t, facilitatorA, group.id, { attendance: [{ personId: person.personId, hours: 2 }] });
    await createSeat(t, coordinatorA, { organisationId: orgA, holderPersonId: person.personId });
    const { priority, commitment } = await createPriorityWithCommitment(t, coordinatorA, orgA);
    await subscribe(t, person, priority.id);
    expect((await changeCommitment(t, coordinatorA, commitment.id, { status: 'done' })).statusCode).toBe(200);

    type Export = {
      coproduction: {
        groups: string[];
        meetingsAttended: unknown[];
        seatsHeld: unknown[];
        subscriptions: unknown[];
        notifications: unknown[];
      };
    };
    const data = (await t.as(person, { method: 'GET', url: '/api/me/data' })).json<Export>();
    expect(data.coproduction.groups).toEqual(['Monthly group']);
    expect(data.coproduction.meetingsAttended).toHaveLength(1);
    expect(data.coproduction.seatsHeld).toHaveLength(1);
    expect(data.coproduction.subscriptions).toHaveLength(1);
    expect(data.coproduction.notifications).toHaveLength(1);
    const handler = t.context.personalData.handlers().find((h) => h.module === 'coproduction');
    const summary = await handler?.erase(t.context.db, person.personId);
    expect(summary).toMatch(/1 group memberships/);
    expect(summary).toMatch(/1 meeting attendances kept without a name/);
    expect(summary).toMatch(/1 seats made vacant/);
    expect(summary).toMatch(/1 subscriptions and their notifications deleted/);
    const after = (await t.as(person, { method: 'GET', url: '/api/me/data' })).json<Export>();
    expect(after.coproduction).toMatchObject({
      groups: [],
      meetingsAttended: [],
      seatsHeld: [],
      subscriptions: [],
      notifications: [],
    });
  });
});
