import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cafe } from '../../../contracts/cafes.js';
import type {
  CharterCommitment,
  Group,
  Meeting,
  PowerSharing,
  Priority,
  PublicYouSaidWeDid,
  Seat,
} from '../../../contracts/coproduction.js';
import {
  addConsentedStory,
  addPerson,
  firstOrganisationId,
  signInAsNewAdmin,
  type SignedIn,
} from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

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

const as = (who: SignedIn | null, options: InjectOptions) =>
  t.app.inject(who ? { ...options, headers: { ...options.headers, cookie: who.cookie } } : options);

type Mail = { to: string; subject: string; text: string };
async function mailTo(email: string): Promise<Mail[]> {
  const outbox = await t.app.inject({ method: 'GET', url: '/api/dev/outbox' });
  return outbox
    .json<{ messages: Mail[] }>()
    .messages.filter((m) => m.to === email && m.subject.startsWith('You said, we did'));
}
async function notificationsOf(who: SignedIn) {
  const response = await as(who, { method: 'GET', url: '/api/coproduction/notifications' });
  expect(response.statusCode).toBe(200);
  return response.json<{ notifications: { text: string; commitmentId: string }[] }>().notifications;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  orgA = await firstOrganisationId(t.app, admin);
  const created = await as(admin, {
    method: 'POST',
    url: '/api/organisations',
    payload: { name: 'Second Org' },
  });
  expect(created.statusCode, created.body).toBe(201);
  orgB = created.json<{ id: string }>().id;
  coordinatorA = await addPerson(t.app, admin, orgA, 'coordinator');
  facilitatorA = await addPerson(t.app, admin, orgA, 'facilitator');
  memberA = await addPerson(t.app, admin, orgA, 'member', 'Member Alex');
  otherMemberA = await addPerson(t.app, admin, orgA, 'member');
  coordinatorB = await addPerson(t.app, admin, orgB, 'coordinator');
  memberB = await addPerson(t.app, admin, orgB, 'member');
  const me = await as(admin, { method: 'GET', url: '/api/me' });
  partnershipId = me.json<{ partnership: { id: string } }>().partnership.id;
});
afterAll(async () => t.close());

describe('groups and meetings', () => {
  let group: Group;

  it('lets facilitators run a group that its members may read, and nobody else', async () => {
    const response = await as(facilitatorA, {
      method: 'POST',
      url: '/api/coproduction/groups',
      payload: {
        organisationId: orgA,
        name: 'Monthly group',
        rhythm: 'monthly',
        memberIds: [memberA.personId],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    group = response.json<Group>();
    expect(group.members.map((m) => m.displayName)).toEqual(['Member Alex']);

    const read = await as(memberA, { method: 'GET', url: `/api/coproduction/groups/${group.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json<Group>().mayManage).toBe(false);
    const listed = await as(memberA, { method: 'GET', url: '/api/coproduction/groups' });
    expect(listed.json<{ groups: { id: string }[] }>().groups.map((g) => g.id)).toEqual([group.id]);

    for (const who of [otherMemberA, coordinatorB]) {
      expect((await as(who, { method: 'GET', url: `/api/coproduction/groups/${group.id}` })).statusCode).toBe(
        404,
      );
    }
    expect((await as(null, { method: 'GET', url: `/api/coproduction/groups/${group.id}` })).statusCode).toBe(
      401,
    );
    const byMember = await as(memberA, {
      method: 'POST',
      url: '/api/coproduction/groups',
      payload: { organisationId: orgA, name: 'Not mine' },
    });
    expect(byMember.statusCode).toBe(404);
    const otherOrg = await as(coordinatorB, {
      method: 'PATCH',
      url: `/api/coproduction/groups/${group.id}`,
      payload: { name: 'Taken over' },
    });
    expect(otherOrg.statusCode).toBe(404);
  });

  it('records a meeting with attendance, decisions and actions, and warns that vouchers count as earnings', async () => {
    const response = await as(facilitatorA, {
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
    const done = await as(facilitatorA, {
      method: 'PATCH',
      url: `/api/coproduction/actions/${actionId}`,
      payload: { status: 'done' },
    });
    expect(done.json<Meeting>().actions[0]?.status).toBe('done');
    expect(
      (
        await as(memberA, {
          method: 'PATCH',
          url: `/api/coproduction/actions/${actionId}`,
          payload: { status: 'open' },
        })
      ).statusCode,
    ).toBe(404);
    const read = await as(memberA, { method: 'GET', url: `/api/coproduction/meetings/${meeting.id}` });
    expect(read.statusCode).toBe(200);
    expect(
      (await as(otherMemberA, { method: 'GET', url: `/api/coproduction/meetings/${meeting.id}` })).statusCode,
    ).toBe(404);
    const docs = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(docs.body).toContain('Vouchers can count as earnings for benefits');
  });

  it('explains bad input field by field and saves nothing', async () => {
    const response = await as(facilitatorA, {
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
    const outsider = await as(facilitatorA, {
      method: 'POST',
      url: `/api/coproduction/groups/${group.id}/meetings`,
      payload: { heldOn: '2026-02-04', attendance: [{ personId: memberB.personId }] },
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('attendance.0.personId');
    const after = await as(facilitatorA, { method: 'GET', url: `/api/coproduction/groups/${group.id}` });
    expect(after.json<Group>().meetings).toHaveLength(1);
  });

  it('puts attendance with hours or expenses in the involvement log, replacing it when the meeting is saved again', async () => {
    type Entry = { personId: string; hours: number; expensesPence: number; source: string; sourceId: string };
    const logOf = async (date: string) => {
      const response = await as(coordinatorA, {
        method: 'GET',
        url: `/api/organisations/${orgA}/involvement?from=${date}&to=${date}`,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ entries: Entry[] }>().entries;
    };
    const payload = {
      heldOn: '2026-03-04',
      attendance: [
        { personId: otherMemberA.personId, hours: 2, expensesPence: 460, paymentChoice: 'voucher' },
        { personId: facilitatorA.personId },
      ],
    };
    const created = await as(facilitatorA, {
      method: 'POST',
      url: `/api/coproduction/groups/${group.id}/meetings`,
      payload,
    });
    expect(created.statusCode, created.body).toBe(201);
    const meetingId = created.json<Meeting>().id;
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
      const saved = await as(facilitatorA, {
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
    const mine = await as(otherMemberA, { method: 'GET', url: '/api/me/involvement' });
    const sources = mine.json<{ entries: { sourceId: string }[] }>().entries.map((e) => e.sourceId);
    expect(sources.filter((id) => id === meetingId)).toHaveLength(1);
  });
});

describe('seats and power sharing', () => {
  let seat: Seat;

  it('lets coordinators keep their own organisation’s seats only', async () => {
    const response = await as(coordinatorA, {
      method: 'POST',
      url: '/api/coproduction/seats',
      payload: { organisationId: orgA, kind: 'interview_panel', bodyName: 'Peer worker panel' },
    });
    expect(response.statusCode, response.body).toBe(201);
    seat = response.json<Seat>();
    expect(seat.vacant).toBe(true);
    await as(coordinatorA, {
      method: 'POST',
      url: '/api/coproduction/seats',
      payload: { organisationId: orgA, kind: 'board', bodyName: 'Board', holderPersonId: memberA.personId },
    });
    for (const [who, code] of [
      [coordinatorB, 404],
      [facilitatorA, 404],
      [memberA, 404],
    ] as const) {
      const patch = await as(who, {
        method: 'PATCH',
        url: `/api/coproduction/seats/${seat.id}`,
        payload: { bodyName: 'Changed' },
      });
      expect(patch.statusCode).toBe(code);
    }
    const intoB = await as(coordinatorA, {
      method: 'POST',
      url: '/api/coproduction/seats',
      payload: { organisationId: orgB, kind: 'board', bodyName: 'Their board' },
    });
    expect(intoB.statusCode).toBe(404);
    const badTerm = await as(coordinatorA, {
      method: 'PATCH',
      url: `/api/coproduction/seats/${seat.id}`,
      payload: { termStart: '2026-05-01', termEnd: '2026-01-01' },
    });
    expect(badTerm.statusCode).toBe(400);
  });

  it('shows vacancies to the partnership as opportunities; coordinators see who is interested', async () => {
    const opportunities = await as(memberB, { method: 'GET', url: '/api/coproduction/opportunities' });
    expect(opportunities.json<{ seats: Seat[] }>().seats.map((s) => s.id)).toEqual([seat.id]);
    const interest = await as(memberB, {
      method: 'POST',
      url: `/api/coproduction/seats/${seat.id}/interest`,
      payload: { note: 'I would love to help choose' },
    });
    expect(interest.statusCode).toBe(201);
    expect(interest.json<Seat>().interested).toBe(true);
    expect(
      (await as(null, { method: 'POST', url: `/api/coproduction/seats/${seat.id}/interest`, payload: {} }))
        .statusCode,
    ).toBe(401);

    const list = await as(coordinatorA, {
      method: 'GET',
      url: `/api/coproduction/seats/${seat.id}/interest`,
    });
    expect(list.json<{ interests: { email: string; note: string }[] }>().interests).toEqual([
      expect.objectContaining({ email: memberB.email, note: 'I would love to help choose' }),
    ]);
    for (const who of [memberB, coordinatorB, facilitatorA]) {
      expect(
        (await as(who, { method: 'GET', url: `/api/coproduction/seats/${seat.id}/interest` })).statusCode,
      ).toBe(404);
    }
  });

  it('summarises where power is shared for anyone in the partnership, without naming holders', async () => {
    const response = await as(memberB, {
      method: 'GET',
      url: `/api/coproduction/organisations/${orgA}/power-sharing`,
    });
    expect(response.statusCode).toBe(200);
    const summary = response.json<PowerSharing>();
    expect(summary.seats).toMatchObject({ total: 2, filled: 1, vacant: 1 });
    expect(summary.groups[0]).toMatchObject({
      name: 'Monthly group',
      members: 1,
      decisions: 1,
      actionsDone: 1,
    });
    expect(summary.summary).toContain('2 lived-experience seats');
    const seats = await as(memberB, { method: 'GET', url: `/api/coproduction/organisations/${orgA}/seats` });
    expect(seats.json<{ seats: Seat[] }>().seats.every((s) => s.holder === null)).toBe(true);
    const forCoordinator = await as(coordinatorA, {
      method: 'GET',
      url: `/api/coproduction/organisations/${orgA}/seats`,
    });
    expect(forCoordinator.json<{ seats: Seat[] }>().seats.map((s) => s.holder?.displayName)).toContain(
      'Member Alex',
    );
    expect(
      (await as(null, { method: 'GET', url: `/api/coproduction/organisations/${orgA}/power-sharing` }))
        .statusCode,
    ).toBe(401);
  });
});

describe('the Working Together charter', () => {
  it('keeps self-assessments over time, for the organisation’s own coordinators to add', async () => {
    const created = await as(coordinatorA, {
      method: 'POST',
      url: '/api/coproduction/charter/commitments',
      payload: {
        organisationId: orgA,
        level: 'organisational',
        text: 'People who use services help recruit staff.',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const commitment = created.json<CharterCommitment>();
    for (const [rung, assessedOn] of [
      ['consultation', '2025-06-01'],
      ['informing', '2025-03-01'],
      ['co_design', '2025-11-01'],
    ] as const) {
      const response = await as(coordinatorA, {
        method: 'POST',
        url: `/api/coproduction/charter/commitments/${commitment.id}/assessments`,
        payload: { rung, assessedOn, evidence: `Evidence for ${rung}` },
      });
      expect(response.statusCode, response.body).toBe(201);
    }
    const refused = await as(coordinatorB, {
      method: 'POST',
      url: `/api/coproduction/charter/commitments/${commitment.id}/assessments`,
      payload: { rung: 'co_production', assessedOn: '2025-12-01', evidence: 'Not theirs' },
    });
    expect(refused.statusCode).toBe(404);
    const noEvidence = await as(coordinatorA, {
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

    const history = await as(memberB, {
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

    const partnership = await as(memberB, { method: 'GET', url: '/api/coproduction/charter' });
    const orgs = partnership.json<{ organisations: { id: string; commitments: CharterCommitment[] }[] }>()
      .organisations;
    expect(orgs.find((o) => o.id === orgA)?.commitments[0]?.latest?.rung).toBe('co_design');
    expect(orgs.find((o) => o.id === orgB)?.commitments).toEqual([]);
  });
});

describe('You said, we did', () => {
  let priority: Priority;
  let commitmentId: string;

  const setStatus = (who: SignedIn, payload: object) =>
    as(who, { method: 'PATCH', url: `/api/coproduction/commitments/${commitmentId}`, payload });

  it('lets coordinators add priorities and commitments for their own organisation only', async () => {
    const created = await as(coordinatorA, {
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
    priority = created.json<Priority>();
    const withCommitment = await as(coordinatorA, {
      method: 'POST',
      url: `/api/coproduction/priorities/${priority.id}/commitments`,
      payload: { ownerOrganisationId: orgB, description: 'Open on Saturdays', dueOn: '2026-06-01' },
    });
    expect(withCommitment.statusCode, withCommitment.body).toBe(201);
    commitmentId = withCommitment.json<Priority>().commitments[0]?.id ?? '';

    expect(
      (
        await as(coordinatorB, {
          method: 'POST',
          url: '/api/coproduction/priorities',
          payload: { organisationId: orgA, title: 'Not theirs' },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await as(memberA, {
          method: 'POST',
          url: `/api/coproduction/priorities/${priority.id}/commitments`,
          payload: { ownerOrganisationId: orgA, description: 'Sneaky' },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await as(coordinatorB, {
          method: 'PATCH',
          url: `/api/coproduction/priorities/${priority.id}`,
          payload: { published: false },
        })
      ).statusCode,
    ).toBe(404);
    expect((await as(null, { method: 'GET', url: '/api/coproduction/priorities' })).statusCode).toBe(401);
  });

  it('refuses to decline without a reason', async () => {
    const response = await setStatus(coordinatorA, { status: 'declined' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<{ errors: { path: string; message: string }[] }>().errors).toEqual([
      { path: 'declinedReason', message: expect.stringContaining('Say why') },
    ]);
    const onCreate = await as(coordinatorA, {
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
    const progress = await setStatus(coordinatorA, { progress: 101 });
    expect(progress.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('progress');
  });

  it('tells each subscriber exactly once per change of status, and never after they unsubscribe', async () => {
    const subscribed = await as(memberA, {
      method: 'PUT',
      url: `/api/coproduction/priorities/${priority.id}/subscription`,
    });
    expect(subscribed.json()).toEqual({ subscribed: true });
    // Subscribing twice is still one subscription.
    await as(memberA, { method: 'PUT', url: `/api/coproduction/priorities/${priority.id}/subscription` });

    // The owner organisation's coordinator may change it too.
    expect((await setStatus(coordinatorB, { status: 'in_progress', progress: 20 })).statusCode).toBe(200);
    expect(await mailTo(memberA.email)).toHaveLength(1);
    expect(await notificationsOf(memberA)).toHaveLength(1);

    // No change of status, no news.
    await setStatus(coordinatorA, { status: 'in_progress' });
    await setStatus(coordinatorA, { progress: 60, description: 'Open on Saturdays, 10 till 2' });
    expect(await mailTo(memberA.email)).toHaveLength(1);
    expect(await notificationsOf(memberA)).toHaveLength(1);

    expect(
      (
        await setStatus(coordinatorA, {
          status: 'declined',
          declinedReason: 'No staff cover at weekends yet.',
        })
      ).statusCode,
    ).toBe(200);
    const mails = await mailTo(memberA.email);
    expect(mails).toHaveLength(2);
    const latest = mails[0];
    expect(latest?.text).toContain('No staff cover at weekends yet.');
    expect(latest?.text).toContain(`/you-said-we-did/${partnershipId}`);
    const token = latest?.text.match(/\/unsubscribe\/([A-Za-z0-9_-]+)/)?.[1] ?? '';
    expect(token).not.toBe('');
    const notes = await notificationsOf(memberA);
    expect(notes).toHaveLength(2);
    expect(notes[0]?.text).toContain('declined');
    expect(await notificationsOf(otherMemberA)).toEqual([]);

    // Only the hash of the token is stored.
    const stored = await t.context.db.execute(sql`select token_hash from coproduction_unsubscribe_links`);
    expect(JSON.stringify(stored)).not.toContain(token);

    const unsubscribe = await t.app.inject({ method: 'POST', url: `/api/coproduction/unsubscribe/${token}` });
    expect(unsubscribe.statusCode).toBe(200);
    expect(unsubscribe.json()).toEqual({ subscribed: false });
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/coproduction/unsubscribe/${token}` })).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/coproduction/unsubscribe/not-a-real-token-at-all' }))
        .statusCode,
    ).toBe(404);

    await setStatus(coordinatorA, { status: 'done' });
    expect(await mailTo(memberA.email)).toHaveLength(2);
    expect(await notificationsOf(memberA)).toHaveLength(2);
    const view = await as(memberA, { method: 'GET', url: `/api/coproduction/priorities/${priority.id}` });
    expect(view.json<Priority>()).toMatchObject({ subscribed: false });
    expect(view.json<Priority>().commitments[0]).toMatchObject({
      status: 'done',
      progress: 100,
      declinedReason: null,
    });
  });

  it('shows the public only published priorities, with what changed and why things were declined', async () => {
    await as(coordinatorA, {
      method: 'POST',
      url: '/api/coproduction/priorities',
      payload: { organisationId: orgA, title: 'A draft nobody should see yet' },
    });
    const declined = await as(coordinatorA, {
      method: 'POST',
      url: `/api/coproduction/priorities/${priority.id}/commitments`,
      payload: {
        ownerOrganisationId: orgA,
        description: 'Evening clinic',
        status: 'declined',
        declinedReason: 'The building closes at six.',
      },
    });
    const evening = declined.json<Priority>().commitments.find((c) => c.description === 'Evening clinic');
    await as(coordinatorA, {
      method: 'POST',
      url: `/api/coproduction/commitments/${commitmentId}/updates`,
      payload: { text: 'Fourteen people came on the first Saturday.', happenedOn: '2026-03-07' },
    });
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/coproduction/public/partnerships/${partnershipId}`,
    });
    expect(response.statusCode).toBe(200);
    const page = response.json<PublicYouSaidWeDid>();
    expect(page.priorities.map((p) => p.title)).toEqual(['Support at weekends']);
    expect(page.priorities[0]).toMatchObject({ done: 1, open: 0, declined: 1 });
    expect(page.priorities[0]?.commitments.find((c) => c.id === evening?.id)?.declinedReason).toBe(
      'The building closes at six.',
    );
    expect(response.body).toContain('Fourteen people came on the first Saturday.');
    expect(response.body).not.toContain('A draft nobody should see yet');
    expect(response.body).not.toContain(memberA.email);
    expect(response.body).not.toContain('Member Alex');

    // Everything else stays behind sign-in.
    for (const url of [
      '/api/coproduction/priorities',
      `/api/coproduction/priorities/${priority.id}`,
      '/api/coproduction/opportunities',
      `/api/coproduction/organisations/${orgA}/charter`,
      '/api/coproduction/notifications',
    ]) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/coproduction/public/partnerships/00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('imports a café priority once, however often it is asked', async () => {
    const cafe = (
      await as(facilitatorA, {
        method: 'POST',
        url: '/api/cafes',
        payload: {
          organisationId: orgA,
          title: 'Recovery in Riverside',
          rounds: [{ question: 'What helped?' }],
          tables: 1,
        },
      })
    ).json<Cafe>();
    const join = await t.app.inject({
      method: 'POST',
      url: '/api/cafes/join',
      payload: { code: cafe.joinCode, contact: 'ash@example.org' },
    });
    const cookie = join.cookies.find((c) => c.name.startsWith('cairn_p_'));
    const participant = `${cookie?.name}=${cookie?.value}`;
    const control = (action: string) =>
      as(facilitatorA, { method: 'POST', url: `/api/cafes/${cafe.id}/control`, payload: { action } });
    await control('start');
    const idea = await t.app.inject({
      method: 'POST',
      url: `/api/cafes/${cafe.id}/ideas`,
      headers: { cookie: participant },
      payload: { text: 'A walking group on Sundays' },
    });
    const ideaId = idea.json<{ id: string }>().id;
    // A second participant left a mobile number, written the way people write them.
    const joinByPhone = await t.app.inject({
      method: 'POST',
      url: '/api/cafes/join',
      payload: { code: cafe.joinCode, contact: '07700 900123' },
    });
    const phoneCookie = joinByPhone.cookies.find((c) => c.name.startsWith('cairn_p_'));
    // A member joins signed in and leaves no contact: they hear back in Cairn.
    const joinSignedIn = await as(otherMemberA, {
      method: 'POST',
      url: '/api/cafes/join',
      payload: { code: cafe.joinCode },
    });
    expect(joinSignedIn.statusCode, joinSignedIn.body).toBeLessThan(300);
    const memberCookie = joinSignedIn.cookies.find((c) => c.name.startsWith('cairn_p_'));
    await control('open_voting');
    for (const voter of [
      participant,
      `${phoneCookie?.name}=${phoneCookie?.value}`,
      `${memberCookie?.name}=${memberCookie?.value}; ${otherMemberA.cookie}`,
    ]) {
      const voted = await t.app.inject({
        method: 'POST',
        url: `/api/cafes/${cafe.id}/votes`,
        headers: { cookie: voter },
        payload: { ideaId, dots: 2 },
      });
      expect(voted.statusCode, voted.body).toBeLessThan(300);
    }
    await control('close');
    const sent = await as(facilitatorA, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/priorities`,
      payload: { ideaId },
    });
    expect(sent.statusCode, sent.body).toBe(200);

    const list = await as(coordinatorA, {
      method: 'GET',
      url: `/api/coproduction/organisations/${orgA}/cafe-priorities`,
    });
    const cafePriority = list.json<{ cafePriorities: { id: string; importedAs: string | null }[] }>()
      .cafePriorities[0];
    expect(cafePriority?.importedAs).toBeNull();
    const url = `/api/coproduction/organisations/${orgA}/cafe-priorities/${cafePriority?.id}/import`;
    expect((await as(memberA, { method: 'POST', url })).statusCode).toBe(404);
    expect((await as(coordinatorB, { method: 'POST', url })).statusCode).toBe(404);
    const [first, second, third] = await Promise.all([
      as(coordinatorA, { method: 'POST', url }),
      as(coordinatorA, { method: 'POST', url }),
      as(coordinatorA, { method: 'POST', url }),
    ]);
    expect([first, second, third].map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
    const ids = new Set([first, second, third].map((r) => r?.json<Priority>().id));
    expect(ids.size).toBe(1);
    const imported = first.json<Priority>();
    expect(imported).toMatchObject({
      source: 'cafe',
      sourceRef: 'Recovery in Riverside',
      title: 'A walking group on Sundays',
    });
    const count = await t.context.db.execute(
      sql`select count(*)::int as n from coproduction_priorities where cafe_priority_id = ${cafePriority?.id ?? ''}`,
    );
    expect(JSON.stringify(count)).toContain('"n":1');
    const after = await as(coordinatorA, {
      method: 'GET',
      url: `/api/coproduction/organisations/${orgA}/cafe-priorities`,
    });
    expect(
      after.json<{ cafePriorities: { importedAs: string | null }[] }>().cafePriorities[0]?.importedAs,
    ).toBe(imported.id);

    // The participant who left a contact hears once when a commitment's status changes.
    const commitment = await as(coordinatorA, {
      method: 'POST',
      url: `/api/coproduction/priorities/${imported.id}/commitments`,
      payload: { ownerOrganisationId: orgA, description: 'Start a Sunday walking group in the spring.' },
    });
    expect(commitment.statusCode, commitment.body).toBe(201);
    const commitmentId = commitment.json<{ commitments: { id: string }[] }>().commitments[0]?.id;
    const started = await as(coordinatorA, {
      method: 'PATCH',
      url: `/api/coproduction/commitments/${commitmentId}`,
      payload: { status: 'in_progress' },
    });
    expect(started.statusCode, started.body).toBe(200);
    const outbox = (await t.app.inject({ method: 'GET', url: '/api/dev/outbox' })).json<{
      messages: { to: string; text: string; channel: string; subject: string }[];
    }>();
    const toAsh = outbox.messages.filter((m) => m.to === 'ash@example.org');
    expect(toAsh).toHaveLength(1);
    expect(toAsh[0]?.text).toContain('/unsubscribe/');
    // The mobile number gets one short text, in international form, with its own way to stop.
    const texts = outbox.messages.filter((m) => m.to === '+447700900123');
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({ channel: 'text', subject: '' });
    expect(texts[0]?.text).toMatch(/^You said, we did: “A walking group on Sundays” is now in progress\./);
    expect(texts[0]?.text.length).toBeLessThanOrEqual(320);
    const token = /\/unsubscribe\/([\w-]+)/.exec(texts[0]?.text ?? '')?.[1];
    const stopped = await t.app.inject({ method: 'POST', url: `/api/coproduction/unsubscribe/${token}` });
    expect(stopped.statusCode, stopped.body).toBe(200);
    const done = await as(coordinatorA, {
      method: 'PATCH',
      url: `/api/coproduction/commitments/${commitmentId}`,
      payload: { status: 'done', progress: 100 },
    });
    expect(done.statusCode, done.body).toBe(200);
    const later = (await t.app.inject({ method: 'GET', url: '/api/dev/outbox' })).json<{
      messages: { to: string }[];
    }>().messages;
    expect(later.filter((m) => m.to === '+447700900123')).toHaveLength(1);
    const memberNotices = (await notificationsOf(otherMemberA)).filter(
      (n) => n.commitmentId === commitmentId,
    );
    expect(memberNotices).toHaveLength(2);
    const toMember = (await mailTo(otherMemberA.email)).filter((m) => m.subject.includes('A walking group'));
    expect(toMember).toHaveLength(2);
    expect(later.filter((m) => m.to === 'ash@example.org')).toHaveLength(2);
  });
  it('brings a key message from analysis in once, for the organisation’s own coordinators only', async () => {
    // A story with consent for analysis, coded, a theme and a key message for decision makers.
    const storyId = await addConsentedStory(t.app, memberA, {
      organisationId: orgA,
      title: 'The walk that helped',
      text: 'The Sunday walks gave me people to talk to. I felt I belonged somewhere again.',
      tier: 'analysis',
    });
    const project = await as(coordinatorA, {
      method: 'POST',
      url: '/api/analysis/projects',
      payload: { organisationId: orgA, title: 'What helps on Sundays', blind: false },
    });
    expect(project.statusCode, project.body).toBe(201);
    const projectId = project.json<{ id: string; codebookId: string }>().id;
    const codebookId = project.json<{ codebookId: string }>().codebookId;
    await as(coordinatorA, {
      method: 'POST',
      url: `/api/analysis/projects/${projectId}/stories`,
      payload: { storyIds: [storyId] },
    });
    const codes = (
      await as(coordinatorA, { method: 'GET', url: `/api/analysis/codebooks/${codebookId}` })
    ).json<{ codes: { id: string; name: string }[] }>().codes;
    const codeId = codes[0]?.id ?? '';
    const applied = await as(coordinatorA, {
      method: 'POST',
      url: `/api/analysis/projects/${projectId}/applications`,
      payload: { storyId, codeId, start: 0, end: 20, source: 'person' },
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const theme = await as(coordinatorA, {
      method: 'POST',
      url: `/api/analysis/projects/${projectId}/themes`,
      payload: { name: 'Walking together', codeIds: [codeId] },
    });
    const themeId = theme.json<{ themes: { id: string }[] }>().themes[0]?.id;
    const message = await as(coordinatorA, {
      method: 'POST',
      url: `/api/analysis/projects/${projectId}/messages`,
      payload: {
        audience: 'decision_makers',
        text: 'Fund weekend peer activities: people feel most alone on Sundays.',
        themeId,
      },
    });
    expect(message.statusCode, message.body).toBeLessThan(300);

    // Another organisation's coordinator and a member of this one see nothing.
    for (const who of [coordinatorB, memberA]) {
      const refused = await as(who, {
        method: 'GET',
        url: `/api/coproduction/organisations/${orgA}/key-messages`,
      });
      expect(refused.statusCode).toBe(404);
    }
    const listed = await as(coordinatorA, {
      method: 'GET',
      url: `/api/coproduction/organisations/${orgA}/key-messages`,
    });
    expect(listed.statusCode, listed.body).toBe(200);
    const [keyMessage] = listed.json<{
      keyMessages: { id: string; projectTitle: string; stories: number; importedAs: string | null }[];
    }>().keyMessages;
    expect(keyMessage).toMatchObject({ projectTitle: 'What helps on Sundays', stories: 1, importedAs: null });
    expect(listed.body).not.toContain('Sunday walks gave me');

    const url = `/api/coproduction/organisations/${orgA}/key-messages/${keyMessage?.id}/import`;
    const refusedImport = await as(coordinatorB, { method: 'POST', url });
    expect(refusedImport.statusCode).toBe(404);
    const answers = await Promise.all([1, 2, 3].map(() => as(coordinatorA, { method: 'POST', url })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 201]);
    const imported = answers[0]?.json<Priority>();
    expect(imported).toMatchObject({
      source: 'key_message',
      sourceRef: 'What helps on Sundays',
      keyMessageId: keyMessage?.id,
      title: 'Fund weekend peer activities: people feel most alone on Sundays.',
      published: false,
    });
    expect(imported?.text).toContain('from 1 story of lived experience');
    expect(new Set(answers.map((a) => a.json<Priority>().id)).size).toBe(1);
    const after = await as(coordinatorA, {
      method: 'GET',
      url: `/api/coproduction/organisations/${orgA}/key-messages`,
    });
    expect(after.json<{ keyMessages: { importedAs: string | null }[] }>().keyMessages[0]?.importedAs).toBe(
      imported?.id,
    );
  });
});

describe('personal data', () => {
  it('exports what the module holds about a person and erases it', async () => {
    const data = (await as(memberA, { method: 'GET', url: '/api/me/data' })).json<{
      coproduction: {
        groups: string[];
        meetingsAttended: unknown[];
        seatsHeld: unknown[];
        subscriptions: unknown[];
      };
    }>();
    expect(data.coproduction.groups).toEqual(['Monthly group']);
    expect(data.coproduction.meetingsAttended).toHaveLength(1);
    expect(data.coproduction.seatsHeld).toHaveLength(1);
    const handler = t.context.personalData.handlers().find((h) => h.module === 'coproduction');
    const summary = await handler?.erase(t.context.db, memberA.personId);
    expect(summary).toMatch(/1 group memberships/);
    expect(summary).toMatch(/1 meeting attendances kept without a name/);
    const after = (await as(memberA, { method: 'GET', url: '/api/me/data' })).json<{
      coproduction: { groups: string[]; notifications: unknown[]; seatsHeld: unknown[] };
    }>();
    expect(after.coproduction).toMatchObject({ groups: [], notifications: [], seatsHeld: [] });
  });
});
