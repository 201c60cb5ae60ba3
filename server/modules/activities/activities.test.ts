import ICAL from 'ical.js';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REACH_COLUMNS,
  type Activity,
  type Count,
  type Proposal,
  type Reach,
  type Roster,
  type SignUp,
} from '../../../contracts/activities.js';
import { addPerson, firstOrganisationId, signInAsNewAdmin, type SignedIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { suppressColumn } from './activities.community.js';

let t: TestApp;
let admin: SignedIn;
let orgA: string;
let orgB: string;
let coordinatorA: SignedIn;
let facilitatorA: SignedIn;
let peerA: SignedIn;
let memberA: SignedIn;
let coordinatorB: SignedIn;
let crowd: SignedIn[];

const as = (who: SignedIn | null, options: InjectOptions) =>
  t.app.inject(who ? { ...options, headers: { ...options.headers, cookie: who.cookie } } : options);

type Mail = { to: string; subject: string; text: string };
async function mailTo(email: string, subjectStart: string): Promise<Mail[]> {
  const outbox = await t.app.inject({ method: 'GET', url: '/api/dev/outbox' });
  return outbox
    .json<{ messages: Mail[] }>()
    .messages.filter((m) => m.to === email && m.subject.startsWith(subjectStart));
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function createActivity(who: SignedIn, overrides: Record<string, unknown> = {}): Promise<Activity> {
  const response = await as(who, {
    method: 'POST',
    url: '/api/activities',
    payload: {
      organisationId: orgA,
      title: 'Peer support group',
      kind: 'peer_group',
      venue: 'Harbour, 12 Quay Street',
      accessInformation: 'Step-free; hearing loop',
      capacity: 3,
      schedule: { startsOn: inDays(7), startTime: '18:00', durationMinutes: 90 },
      ...overrides,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Activity>();
}

function firstOccurrence(activity: Activity) {
  const occurrence = activity.occurrences[0];
  if (!occurrence) throw new Error('no occurrence');
  return occurrence;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  orgA = await firstOrganisationId(t.app, admin);
  const created = await as(admin, {
    method: 'POST',
    url: '/api/organisations',
    payload: { name: 'Other Org' },
  });
  expect(created.statusCode, created.body).toBe(201);
  orgB = created.json<{ id: string }>().id;
  coordinatorA = await addPerson(t.app, admin, orgA, 'coordinator');
  facilitatorA = await addPerson(t.app, admin, orgA, 'facilitator');
  peerA = await addPerson(t.app, admin, orgA, 'peer_supporter');
  memberA = await addPerson(t.app, admin, orgA, 'member', 'Member Alex');
  coordinatorB = await addPerson(t.app, admin, orgB, 'coordinator');
  crowd = [];
  for (let i = 0; i < 10; i++) crowd.push(await addPerson(t.app, admin, orgA, 'member', `Crowd ${i}`));
}, 120_000);
afterAll(async () => t.close());

describe('bad input', () => {
  it('answers 400 problem+json with a message for each field', async () => {
    const response = await as(coordinatorA, {
      method: 'POST',
      url: '/api/activities',
      payload: {
        organisationId: orgA,
        title: '',
        kind: 'juggling',
        capacity: 0,
        schedule: { startsOn: '2027-13-01', startTime: '25:00', durationMinutes: 60, frequency: 'weekly' },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const paths = response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['title', 'kind', 'capacity', 'schedule.startsOn', 'schedule.startTime']),
    );
    const noEnd = await as(coordinatorA, {
      method: 'POST',
      url: '/api/activities',
      payload: {
        organisationId: orgA,
        title: 'Weekly',
        kind: 'walk',
        capacity: 5,
        schedule: { startsOn: '2027-03-02', startTime: '18:00', durationMinutes: 60, frequency: 'weekly' },
      },
    });
    expect(noEnd.statusCode).toBe(400);
    expect(noEnd.json<{ errors: { path: string; message: string }[] }>().errors).toEqual([
      { path: 'schedule.endsOn', message: 'Say when a repeating activity ends' },
    ]);
    const extra = await as(memberA, {
      method: 'PUT',
      url: `/api/activities/organisations/${orgA}/my-outreach`,
      payload: { postcodeDistrict: 'DD4 1AB', community: null },
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('postcodeDistrict');
  });
});

describe('proposals', () => {
  it('lets members propose and support once; a coordinator answers with a reason all see; accepted becomes an activity', async () => {
    const created = await as(memberA, {
      method: 'POST',
      url: '/api/activities/proposals',
      payload: {
        organisationId: orgA,
        title: 'Saturday café',
        description: 'Weekends are hard',
        kind: 'social_event',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const proposal = created.json<Proposal>();
    expect(proposal).toMatchObject({ status: 'open', supporters: 0, proposedBy: 'Member Alex' });

    const support = await as(crowd[0] ?? null, {
      method: 'POST',
      url: `/api/activities/proposals/${proposal.id}/support`,
    });
    expect(support.statusCode, support.body).toBe(200);
    expect(support.json<Proposal>()).toMatchObject({ supporters: 1, supportedByMe: true });
    const again = await as(crowd[0] ?? null, {
      method: 'POST',
      url: `/api/activities/proposals/${proposal.id}/support`,
    });
    expect(again.statusCode).toBe(409);
    expect(
      (await as(coordinatorB, { method: 'POST', url: `/api/activities/proposals/${proposal.id}/support` }))
        .statusCode,
    ).toBe(200); // same partnership: anyone in it may support

    // Only the organisation's coordinator answers; members and other coordinators are refused.
    for (const who of [memberA, facilitatorA, coordinatorB]) {
      const refused = await as(who, {
        method: 'POST',
        url: `/api/activities/proposals/${proposal.id}/response`,
        payload: { response: 'declined', reason: 'No' },
      });
      expect(refused.statusCode).toBe(404);
    }
    const noReason = await as(coordinatorA, {
      method: 'POST',
      url: `/api/activities/proposals/${proposal.id}/response`,
      payload: { response: 'not_now', reason: '' },
    });
    expect(noReason.statusCode).toBe(400);
    const noSchedule = await as(coordinatorA, {
      method: 'POST',
      url: `/api/activities/proposals/${proposal.id}/response`,
      payload: { response: 'accepted', reason: 'Yes' },
    });
    expect(noSchedule.statusCode).toBe(400);

    const accepted = await as(coordinatorA, {
      method: 'POST',
      url: `/api/activities/proposals/${proposal.id}/response`,
      payload: {
        response: 'accepted',
        reason: 'Lots of support: we start next month.',
        activity: {
          capacity: 20,
          venue: 'The café',
          schedule: {
            startsOn: '2027-01-09',
            startTime: '14:00',
            durationMinutes: 120,
            frequency: 'fortnightly',
            endsOn: '2027-02-06',
          },
        },
      },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const answered = accepted.json<Proposal>();
    expect(answered.status).toBe('accepted');
    const activityId = answered.response?.activityId;
    if (!activityId) throw new Error('no activity');

    // Everyone in the partnership sees the reason.
    const seen = await as(crowd[1] ?? null, {
      method: 'GET',
      url: `/api/activities/organisations/${orgA}/proposals`,
    });
    const listed = seen.json<{ proposals: Proposal[] }>().proposals.find((p) => p.id === proposal.id);
    expect(listed?.response?.reason).toBe('Lots of support: we start next month.');
    expect(listed?.supporters).toBe(2);

    const activity = await as(memberA, { method: 'GET', url: `/api/activities/${activityId}` });
    expect(activity.json<Activity>()).toMatchObject({
      title: 'Saturday café',
      kind: 'social_event',
      capacity: 20,
    });
    expect(activity.json<Activity>().occurrences.map((o) => o.startsAt)).toEqual([
      '2027-01-09T14:00:00.000Z',
      '2027-01-23T14:00:00.000Z',
      '2027-02-06T14:00:00.000Z',
    ]);
    const twice = await as(coordinatorA, {
      method: 'POST',
      url: `/api/activities/proposals/${proposal.id}/response`,
      payload: { response: 'declined', reason: 'Changed my mind' },
    });
    expect(twice.statusCode).toBe(409);
  });
});

describe('recurrence through the API', () => {
  it('keeps a weekly Tuesday 18:00 session at 18:00 London time across 28 March 2027', async () => {
    const activity = await createActivity(facilitatorA, {
      title: 'Tuesday group',
      schedule: {
        startsOn: '2027-03-02',
        startTime: '18:00',
        durationMinutes: 90,
        frequency: 'weekly',
        endsOn: '2027-04-13',
      },
    });
    expect(activity.occurrences.map((o) => o.startsAt)).toEqual([
      '2027-03-02T18:00:00.000Z',
      '2027-03-09T18:00:00.000Z',
      '2027-03-16T18:00:00.000Z',
      '2027-03-23T18:00:00.000Z',
      '2027-03-30T17:00:00.000Z',
      '2027-04-06T17:00:00.000Z',
      '2027-04-13T17:00:00.000Z',
    ]);
    expect(activity.timeZone).toBe('Europe/London');
  });
});

describe('sign-up and the waiting list', () => {
  let activity: Activity;
  let occurrenceId: string;

  it('books exactly 3 of 10 parallel sign-ups and queues 7 in order, never over-booking', async () => {
    activity = await createActivity(coordinatorA, { title: 'Small group' });
    occurrenceId = firstOccurrence(activity).id;
    const responses = await Promise.all(
      crowd.map((who) =>
        as(who, { method: 'POST', url: `/api/activities/occurrences/${occurrenceId}/sign-up` }),
      ),
    );
    for (const r of responses) expect(r.statusCode, r.body).toBe(201);
    const results = responses.map((r) => r.json<SignUp>());
    expect(results.filter((r) => r.status === 'booked')).toHaveLength(3);
    expect(results.filter((r) => r.status === 'waiting')).toHaveLength(7);

    const roster = await as(coordinatorA, {
      method: 'GET',
      url: `/api/activities/occurrences/${occurrenceId}/sign-ups`,
    });
    expect(roster.statusCode).toBe(200);
    const people = roster.json<Roster>().people;
    // Queue order: the three booked came first, then the waiting list numbered 1..7.
    expect(people.map((p) => p.status)).toEqual([...Array(3).fill('booked'), ...Array(7).fill('waiting')]);
    expect(people.map((p) => p.waitingPosition)).toEqual([null, null, null, 1, 2, 3, 4, 5, 6, 7]);

    const again = await as(crowd[0] ?? null, {
      method: 'POST',
      url: `/api/activities/occurrences/${occurrenceId}/sign-up`,
    });
    expect(again.statusCode).toBe(409);
    const detail = await as(memberA, { method: 'GET', url: `/api/activities/${activity.id}` });
    expect(firstOccurrence(detail.json<Activity>())).toMatchObject({ booked: 3, waiting: 7, placesLeft: 0 });
  });

  it('promotes exactly the first person waiting when a booked place is cancelled, with one notice', async () => {
    const before = (
      await as(coordinatorA, { method: 'GET', url: `/api/activities/occurrences/${occurrenceId}/sign-ups` })
    ).json<Roster>().people;
    const leaver = crowd.find((c) => c.personId === before[0]?.personId);
    const next = crowd.find((c) => c.personId === before[3]?.personId);
    const second = crowd.find((c) => c.personId === before[4]?.personId);
    if (!leaver || !next || !second) throw new Error('people missing');

    const cancelled = await as(leaver, {
      method: 'DELETE',
      url: `/api/activities/occurrences/${occurrenceId}/sign-up`,
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json<SignUp>().status).toBe('cancelled');

    const after = (
      await as(coordinatorA, { method: 'GET', url: `/api/activities/occurrences/${occurrenceId}/sign-ups` })
    ).json<Roster>().people;
    expect(after.filter((p) => p.status === 'booked').map((p) => p.personId)).toEqual([
      before[1]?.personId,
      before[2]?.personId,
      next.personId,
    ]);
    expect(after.filter((p) => p.status === 'waiting')).toHaveLength(6);
    expect(after.find((p) => p.personId === second.personId)?.waitingPosition).toBe(1);

    const notices = await mailTo(next.email, 'A place has come up');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text).toContain('Small group');
    const all = await t.app.inject({ method: 'GET', url: '/api/dev/outbox' });
    expect(
      all
        .json<{ messages: Mail[] }>()
        .messages.filter((m) => m.subject === 'A place has come up: Small group'),
    ).toHaveLength(1);

    // Members see their own sign-ups only, and not the roster.
    const mine = await as(next, { method: 'GET', url: '/api/activities/me/sign-ups' });
    expect(mine.json<{ signUps: SignUp[] }>().signUps).toEqual([
      expect.objectContaining({ occurrenceId, status: 'booked', title: 'Small group' }),
    ]);
    const memberSees = await as(memberA, { method: 'GET', url: '/api/activities/me/sign-ups' });
    expect(memberSees.json<{ signUps: SignUp[] }>().signUps).toEqual([]);
    for (const who of [memberA, coordinatorB]) {
      const refused = await as(who, {
        method: 'GET',
        url: `/api/activities/occurrences/${occurrenceId}/sign-ups`,
      });
      expect(refused.statusCode).toBe(404);
    }
    expect((await as(null, { method: 'GET', url: '/api/activities/me/sign-ups' })).statusCode).toBe(401);
  });

  it('takes attendance for people booked, and refuses others', async () => {
    const roster = (
      await as(coordinatorA, { method: 'GET', url: `/api/activities/occurrences/${occurrenceId}/sign-ups` })
    ).json<Roster>().people;
    const booked = roster.filter((p) => p.status === 'booked').map((p) => p.personId);
    const taken = await as(facilitatorA, {
      method: 'PUT',
      url: `/api/activities/occurrences/${occurrenceId}/attendance`,
      payload: { attendedPersonIds: booked.slice(0, 2) },
    });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(
      taken
        .json<Roster>()
        .people.filter((p) => p.status === 'booked')
        .map((p) => p.attended),
    ).toEqual([true, true, false]);
    const outsider = await as(facilitatorA, {
      method: 'PUT',
      url: `/api/activities/occurrences/${occurrenceId}/attendance`,
      payload: { attendedPersonIds: [memberA.personId] },
    });
    expect(outsider.statusCode).toBe(400);
    const byMember = await as(memberA, {
      method: 'PUT',
      url: `/api/activities/occurrences/${occurrenceId}/attendance`,
      payload: { attendedPersonIds: [] },
    });
    expect(byMember.statusCode).toBe(404);
  });

  it('lets a coordinator cancel a session, telling everyone signed up, and no one else', async () => {
    const other = await createActivity(coordinatorA, { title: 'Cancelled walk', kind: 'walk' });
    const id = firstOccurrence(other).id;
    const [one, two] = crowd;
    if (!one || !two) throw new Error('crowd');
    for (const who of [one, two]) {
      expect(
        (await as(who, { method: 'POST', url: `/api/activities/occurrences/${id}/sign-up` })).statusCode,
      ).toBe(201);
    }
    for (const who of [memberA, coordinatorB]) {
      const refused = await as(who, {
        method: 'POST',
        url: `/api/activities/occurrences/${id}/cancel`,
        payload: { reason: 'Nope' },
      });
      expect(refused.statusCode).toBe(404);
    }
    const done = await as(coordinatorA, {
      method: 'POST',
      url: `/api/activities/occurrences/${id}/cancel`,
      payload: { reason: 'The leader is unwell' },
    });
    expect(done.statusCode, done.body).toBe(200);
    for (const who of [one, two]) {
      const mail = await mailTo(who.email, 'Cancelled: Cancelled walk');
      expect(mail).toHaveLength(1);
      expect(mail[0]?.text).toContain('The leader is unwell');
    }
    expect(await mailTo(memberA.email, 'Cancelled:')).toEqual([]);
    const late = await as(memberA, { method: 'POST', url: `/api/activities/occurrences/${id}/sign-up` });
    expect(late.statusCode).toBe(409);
  });

  it('keeps coordinators to their own organisation', async () => {
    const refused = await as(coordinatorB, {
      method: 'POST',
      url: '/api/activities',
      payload: {
        organisationId: orgA,
        title: 'Not mine',
        kind: 'walk',
        capacity: 5,
        schedule: { startsOn: inDays(3), startTime: '10:00', durationMinutes: 60 },
      },
    });
    expect(refused.statusCode).toBe(404);
    const byMember = await as(memberA, {
      method: 'POST',
      url: '/api/activities',
      payload: {
        organisationId: orgA,
        title: 'Mine',
        kind: 'walk',
        capacity: 5,
        schedule: { startsOn: inDays(3), startTime: '10:00', durationMinutes: 60 },
      },
    });
    expect(byMember.statusCode).toBe(404);
    expect((await as(null, { method: 'GET', url: `/api/activities/organisations/${orgA}` })).statusCode).toBe(
      401,
    );
  });
});

describe('public programme and calendars', () => {
  it('shows the public programme and organisation calendar without sign-in, and hides private activities', async () => {
    await createActivity(coordinatorA, {
      title: 'Café; shift, with "quotes" and a very long description that needs folding',
      kind: 'cafe_shift',
      description: 'Ä'.repeat(120),
      schedule: {
        startsOn: '2027-03-16',
        startTime: '18:00',
        durationMinutes: 60,
        frequency: 'weekly',
        endsOn: '2027-04-06',
      },
    });
    await createActivity(coordinatorA, {
      title: 'Private therapy',
      kind: 'therapy_session',
      isPublic: false,
    });

    const programme = await as(null, {
      method: 'GET',
      url: `/api/activities/public/organisations/${orgA}/programme`,
    });
    expect(programme.statusCode, programme.body).toBe(200);
    const titles = programme.json<{ activities: Activity[] }>().activities.map((a) => a.title);
    expect(titles).toContain('Small group');
    expect(titles).not.toContain('Private therapy');
    expect(programme.body).not.toContain('Crowd');

    const feed = await as(null, {
      method: 'GET',
      url: `/api/activities/public/organisations/${orgA}/calendar.ics`,
    });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    const text = feed.body;
    expect(text).not.toContain('Private therapy');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text.split('\r\n').slice(0, -1).join('')).not.toMatch(/\n/);

    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = calendar.getFirstSubcomponent('vtimezone');
    if (!zone) throw new Error('no VTIMEZONE');
    const timezone = new ICAL.Timezone(zone);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const cafe = events.filter((e) => e.summary.startsWith('Café; shift'));
    expect(cafe.map((e) => e.summary)[0]).toBe(
      'Café; shift, with "quotes" and a very long description that needs folding',
    );
    expect(cafe.map((e) => e.startDate.toString())).toEqual([
      '2027-03-16T18:00:00',
      '2027-03-23T18:00:00',
      '2027-03-30T18:00:00',
      '2027-04-06T18:00:00',
    ]);
    for (const e of cafe) {
      expect(e.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/London');
      expect(e.uid).toMatch(/@cairn$/);
      expect(e.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
      e.startDate.zone = timezone;
    }
    expect(cafe.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      '2027-03-16T18:00:00.000Z',
      '2027-03-23T18:00:00.000Z',
      '2027-03-30T17:00:00.000Z',
      '2027-04-06T17:00:00.000Z',
    ]);
    expect(cafe[0]?.description).toBe('Ä'.repeat(120) + '\n\nAccess: Step-free; hearing loop');
    // A cancelled session stays in the feed, marked as cancelled.
    const walk = events.find((e) => e.summary === 'Cancelled walk');
    expect(walk?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('gives a person a private calendar link that needs its token, and replaces it on request', async () => {
    const who = crowd[3];
    if (!who) throw new Error('crowd');
    expect((await as(null, { method: 'POST', url: '/api/activities/me/calendar-link' })).statusCode).toBe(
      401,
    );
    const link = await as(who, { method: 'POST', url: '/api/activities/me/calendar-link' });
    expect(link.statusCode).toBe(201);
    const path = link.json<{ path: string }>().path;
    const feed = await as(null, { method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    const events = new ICAL.Component(ICAL.parse(feed.body))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Small group']);

    const wrong = await as(null, {
      method: 'GET',
      url: `/api/activities/feeds/${'x'.repeat(43)}/calendar.ics`,
    });
    expect(wrong.statusCode).toBe(404);
    const replaced = await as(who, { method: 'POST', url: '/api/activities/me/calendar-link' });
    expect((await as(null, { method: 'GET', url: path })).statusCode).toBe(404);
    expect((await as(null, { method: 'GET', url: replaced.json<{ path: string }>().path })).statusCode).toBe(
      200,
    );
  });
});

describe('social enterprise roles', () => {
  it('takes applications and records hours worked into the involvement log', async () => {
    const role = await as(coordinatorA, {
      method: 'POST',
      url: '/api/activities/roles',
      payload: {
        organisationId: orgA,
        title: 'Café kitchen placement',
        kind: 'work_placement',
        hoursPerWeek: 12,
      },
    });
    expect(role.statusCode, role.body).toBe(201);
    const roleId = role.json<{ id: string }>().id;
    expect(
      (
        await as(memberA, {
          method: 'POST',
          url: '/api/activities/roles',
          payload: { organisationId: orgA, title: 'X', kind: 'volunteering' },
        })
      ).statusCode,
    ).toBe(404);
    const applied = await as(memberA, {
      method: 'POST',
      url: `/api/activities/roles/${roleId}/applications`,
      payload: { message: 'I love cooking' },
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const applicationId = applied.json<{ id: string }>().id;
    expect(
      (
        await as(memberA, {
          method: 'POST',
          url: `/api/activities/roles/${roleId}/applications`,
          payload: {},
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await as(memberA, { method: 'GET', url: `/api/activities/roles/${roleId}/applications` })).statusCode,
    ).toBe(404);
    const early = await as(coordinatorA, {
      method: 'POST',
      url: `/api/activities/applications/${applicationId}/hours`,
      payload: { occurredOn: '2026-11-02', hours: 4 },
    });
    expect(early.statusCode).toBe(409);
    const accept = await as(coordinatorA, {
      method: 'PATCH',
      url: `/api/activities/applications/${applicationId}`,
      payload: { status: 'accepted' },
    });
    expect(accept.statusCode, accept.body).toBe(200);
    const hours = await as(coordinatorA, {
      method: 'POST',
      url: `/api/activities/applications/${applicationId}/hours`,
      payload: { occurredOn: '2026-11-02', hours: 4.5, paymentChoice: 'cash' },
    });
    expect(hours.statusCode, hours.body).toBe(201);
    const log = await as(memberA, { method: 'GET', url: '/api/me/involvement' });
    expect(log.json<{ hours: { total: number } }>().hours.total).toBe(4.5);
    expect(
      (
        await as(coordinatorB, {
          method: 'POST',
          url: `/api/activities/applications/${applicationId}/hours`,
          payload: { occurredOn: '2026-11-02', hours: 1 },
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('partners and signposting', () => {
  it('refuses signposting without the member’s consent and records it with consent', async () => {
    const partner = await as(coordinatorA, {
      method: 'POST',
      url: '/api/activities/partners',
      payload: {
        organisationId: orgA,
        name: 'Welfare Rights',
        kind: 'local_organisation',
        offers: 'Benefits advice',
      },
    });
    expect(partner.statusCode, partner.body).toBe(201);
    const partnerId = partner.json<{ id: string }>().id;
    const listed = await as(memberA, {
      method: 'GET',
      url: `/api/activities/organisations/${orgA}/partners`,
    });
    expect(listed.json<{ partners: { name: string }[] }>().partners.map((p) => p.name)).toEqual([
      'Welfare Rights',
    ]);

    const refused = await as(peerA, {
      method: 'POST',
      url: `/api/activities/partners/${partnerId}/signposts`,
      payload: { personId: memberA.personId, consent: false },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('consent');
    const missing = await as(peerA, {
      method: 'POST',
      url: `/api/activities/partners/${partnerId}/signposts`,
      payload: { personId: memberA.personId },
    });
    expect(missing.statusCode).toBe(400);
    const byMember = await as(memberA, {
      method: 'POST',
      url: `/api/activities/partners/${partnerId}/signposts`,
      payload: { personId: memberA.personId, consent: true },
    });
    expect(byMember.statusCode).toBe(404);
    const done = await as(peerA, {
      method: 'POST',
      url: `/api/activities/partners/${partnerId}/signposts`,
      payload: { personId: memberA.personId, consent: true, note: 'Wants help with a PIP form' },
    });
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json<{ consent: boolean }>().consent).toBe(true);
  });

  it('lists names, never emails, to those who may signpost, and to nobody else', async () => {
    const url = `/api/activities/organisations/${orgA}/signpost-people`;
    const listed = await as(peerA, { method: 'GET', url });
    expect(listed.statusCode, listed.body).toBe(200);
    const people = listed.json<{ people: { personId: string; displayName: string }[] }>().people;
    expect(people).toContainEqual({ personId: memberA.personId, displayName: 'Member Alex' });
    expect(people.some((p) => p.personId === coordinatorA.personId)).toBe(false);
    expect(listed.body).not.toContain('@');
    for (const who of [memberA, coordinatorB])
      expect((await as(who, { method: 'GET', url })).statusCode).toBe(404);
  });
});

describe('small-number suppression', () => {
  const values = (column: { cells: Count[]; total: Count }) => [
    column.cells.map((c) => c.value),
    column.total.value,
  ];

  it('hides cells under 5, and a second cell or the total when a hidden one could be worked out', () => {
    expect(values(suppressColumn([7, 9]))).toEqual([[7, 9], 16]);
    // 3 alone could be worked out as 12 − 9: the next smallest cell goes too.
    expect(values(suppressColumn([3, 9, 12]))).toEqual([[null, null, 12], 24]);
    // Hidden cells adding up to 4 would reveal a small number, so the 6 is hidden as well.
    expect(values(suppressColumn([2, 0, 6, 2]))).toEqual([[null, null, null, null], 10]);
    // Nothing left to hide: the total goes.
    expect(values(suppressColumn([3]))).toEqual([[null], null]);
    expect(values(suppressColumn([5, 2]))).toEqual([[null, null], 7]);
    expect(values(suppressColumn([1, 1]))).toEqual([[null, null], null]);
    expect(suppressColumn([2]).total).toEqual({ value: null, suppressed: 'fewer than 5' });
  });
});

describe('outreach and reach', () => {
  function countsIn(value: unknown): Count[] {
    if (Array.isArray(value)) return value.flatMap(countsIn);
    if (value && typeof value === 'object') {
      if ('suppressed' in value && 'value' in value) return [value as Count];
      return Object.values(value).flatMap(countsIn);
    }
    return [];
  }

  /** No count under 5 anywhere, and no hidden count can be worked out from a visible total. */
  function expectNothingSmall(reach: Reach) {
    for (const count of countsIn(reach)) {
      if (count.value === null) expect(count.suppressed).toBe('fewer than 5');
      else expect(count.value).toBeGreaterThanOrEqual(5);
    }
    for (const table of [reach.byArea, reach.byCommunity]) {
      for (const column of REACH_COLUMNS) {
        const total = table.total[column].value;
        const hidden = table.rows.filter((r) => r[column].value === null);
        if (total === null || hidden.length === 0) continue;
        const visible = table.rows.reduce((sum, r) => sum + (r[column].value ?? 0), 0);
        expect(hidden.length).toBeGreaterThanOrEqual(2);
        expect(total - visible).toBeGreaterThanOrEqual(5);
      }
    }
  }

  async function reachOf(organisationId: string): Promise<Reach> {
    const response = await as(coordinatorA, {
      method: 'GET',
      url: `/api/activities/organisations/${organisationId}/reach`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Reach>();
  }

  it('lets members give, change and delete their area and community', async () => {
    const url = `/api/activities/organisations/${orgA}/my-outreach`;
    const set = await as(memberA, {
      method: 'PUT',
      url,
      payload: { postcodeDistrict: 'dd4', community: 'Polish' },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ postcodeDistrict: 'DD4', community: 'Polish' });
    const changed = await as(memberA, { method: 'PUT', url, payload: { postcodeDistrict: 'DD1' } });
    expect(changed.json()).toEqual({ postcodeDistrict: 'DD1', community: null });
    expect((await as(memberA, { method: 'DELETE', url })).statusCode).toBe(200);
    expect((await as(memberA, { method: 'GET', url })).json()).toEqual({
      postcodeDistrict: null,
      community: null,
    });
    expect((await as(coordinatorB, { method: 'GET', url })).statusCode).toBe(404);
  });

  it('shows reach against targets with every count under 5 hidden, including derivable totals', async () => {
    const targets = await as(coordinatorA, {
      method: 'PUT',
      url: `/api/activities/organisations/${orgA}/outreach-targets`,
      payload: { areas: ['DD1', 'dd3', 'DD4'], communities: ['Young carers'] },
    });
    expect(targets.statusCode, targets.body).toBe(200);
    expect(targets.json()).toEqual({ areas: ['DD1', 'DD3', 'DD4'], communities: ['Young carers'] });
    // 5 in DD4, 2 in DD1, 3 not given; 5 say "Young carers", 1 "Polish".
    for (const [i, who] of crowd.entries()) {
      const postcodeDistrict = i < 5 ? 'DD4' : i < 7 ? 'DD1' : null;
      const community = i < 5 ? 'Young carers' : i === 5 ? 'Polish' : null;
      const r = await as(who, {
        method: 'PUT',
        url: `/api/activities/organisations/${orgA}/my-outreach`,
        payload: { postcodeDistrict, community },
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    for (const who of [memberA, coordinatorB]) {
      const refused = await as(who, { method: 'GET', url: `/api/activities/organisations/${orgA}/reach` });
      expect(refused.statusCode).toBe(404);
    }
    const response = await as(coordinatorA, {
      method: 'GET',
      url: `/api/activities/organisations/${orgA}/reach`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const reach = response.json<Reach>();
    expectNothingSmall(reach);
    const dd4 = reach.byArea.rows.find((r) => r.label === 'DD4');
    expect(dd4).toMatchObject({ isTarget: true, people: { value: 5, suppressed: null } });
    const dd1 = reach.byArea.rows.find((r) => r.label === 'DD1');
    expect(dd1).toMatchObject({ isTarget: true, people: { value: null, suppressed: 'fewer than 5' } });
    const dd3 = reach.byArea.rows.find((r) => r.label === 'DD3');
    expect(dd3?.people).toEqual({ value: null, suppressed: 'fewer than 5' });
    const carers = reach.byCommunity.rows.find((r) => r.label === 'Young carers');
    expect(carers?.people).toEqual({ value: 5, suppressed: null });
    expect(reach.notes.join(' ')).toContain('not counted');
  });

  it('counts café participants by the area given at join, or a signed-in one’s own area', async () => {
    const created = await as(facilitatorA, {
      method: 'POST',
      url: '/api/cafes',
      payload: {
        organisationId: orgA,
        title: 'What helps in our area?',
        rounds: [{ question: 'What helps?' }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const code = created.json<{ joinCode: string }>().joinCode;
    const join = async (who: SignedIn | null, extra: object = {}) => {
      const joined = await as(who, { method: 'POST', url: '/api/cafes/join', payload: { code, ...extra } });
      expect(joined.statusCode, joined.body).toBe(200);
    };
    for (let i = 0; i < 5; i++) await join(null, { postcodeDistrict: 'dd4', community: 'Young carers' });
    for (let i = 0; i < 5; i++) await join(null, { postcodeDistrict: 'DD3', community: 'Polish' });
    for (let i = 0; i < 6; i++) await join(null);
    // Signed in, giving nothing: their own area (DD4) and community (Young carers) count.
    for (const who of crowd.slice(0, 5)) await join(who);
    // Signed in with nothing on their profile, giving an area at the café.
    const [, , , , , , , unprofiled] = crowd;
    if (!unprofiled) throw new Error('crowd');
    await join(unprofiled, { postcodeDistrict: 'DD1' });
    // A café of another organisation is not counted.
    const other = await as(admin, {
      method: 'POST',
      url: '/api/cafes',
      payload: { organisationId: orgB, title: 'Elsewhere', rounds: [{ question: 'What helps?' }] },
    });
    expect(other.statusCode, other.body).toBe(201);
    for (let i = 0; i < 5; i++) {
      await as(null, {
        method: 'POST',
        url: '/api/cafes/join',
        payload: { code: other.json<{ joinCode: string }>().joinCode, postcodeDistrict: 'DD4' },
      });
    }

    const reach = await reachOf(orgA);
    expectNothingSmall(reach);
    const area = (label: string | null) => reach.byArea.rows.find((r) => r.label === label);
    const community = (label: string | null) => reach.byCommunity.rows.find((r) => r.label === label);
    // 5 gave DD4 at the café and 5 signed-in people have DD4 on their profile.
    expect(area('DD4')?.cafeParticipants).toEqual({ value: 10, suppressed: null });
    expect(area(null)?.cafeParticipants).toEqual({ value: 6, suppressed: null });
    // DD1 has 1: hidden, and DD3 (5) is hidden with it so DD1 cannot be worked out from the total.
    expect(area('DD1')?.cafeParticipants).toEqual({ value: null, suppressed: 'fewer than 5' });
    expect(area('DD3')?.cafeParticipants).toEqual({ value: null, suppressed: 'fewer than 5' });
    expect(reach.byArea.total.cafeParticipants).toEqual({ value: 22, suppressed: null });
    expect(community('Young carers')?.cafeParticipants).toEqual({ value: 10, suppressed: null });
    expect(community('Polish')?.cafeParticipants).toEqual({ value: 5, suppressed: null });
    expect(community(null)?.cafeParticipants).toEqual({ value: 7, suppressed: null });
    // Café participants are not people: the people column is as it was.
    expect(area('DD4')?.people).toEqual({ value: 5, suppressed: null });
    expect(reach.notes.join(' ')).toContain('Café participants count places taken');
  });

  it('counts submitted stories, never drafts or withdrawn ones, with storytellers without an account under not given', async () => {
    const story = async (who: SignedIn, extra: object, submit = true) => {
      const created = await as(who, {
        method: 'POST',
        url: '/api/stories',
        payload: {
          organisationId: orgA,
          title: 'Finding my feet',
          text: 'The walking group got me out of the house on Tuesdays. Now I lead it.',
          ...extra,
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json<{ id: string }>().id;
      if (submit) {
        const submitted = await as(who, { method: 'POST', url: `/api/stories/${id}/submit` });
        expect(submitted.statusCode, submitted.body).toBe(200);
      }
      return id;
    };
    // Five storytellers in DD4 (Young carers) tell one story each.
    for (const who of crowd.slice(0, 5)) await story(who, {});
    const [first, second] = crowd;
    if (!first || !second) throw new Error('crowd');
    // A story taken back is not counted, and nor is a draft.
    const withdrawn = await story(first, { title: 'Changed my mind' });
    const withdrawal = await as(first, {
      method: 'POST',
      url: `/api/stories/${withdrawn}/consent`,
      payload: { action: 'withdraw', method: 'digital' },
    });
    expect(withdrawal.statusCode, withdrawal.body).toBe(201);
    await story(second, { title: 'Still writing' }, false);
    // Six recorded by a peer supporter for storytellers without an account; one told by two people.
    for (let i = 0; i < 5; i++) {
      await story(peerA, { channel: 'one_to_one_interview', storytellerNames: [`Teller ${i}`] });
    }
    await story(peerA, { channel: 'group_sharing', storytellerNames: ['Ailsa', 'Tam'] });

    const reach = await reachOf(orgA);
    expectNothingSmall(reach);
    const notGiven = reach.byArea.rows.find((r) => r.label === null);
    expect(notGiven?.stories).toEqual({ value: 6, suppressed: null });
    // 5 + 6: the withdrawn story and the draft are not counted.
    expect(reach.byArea.total.stories).toEqual({ value: 11, suppressed: null });
    expect(reach.byCommunity.total.stories).toEqual({ value: 11, suppressed: null });
    // DD4 (5) is hidden with the empty target areas, so nothing under 5 can be worked out.
    expect(reach.byArea.rows.find((r) => r.label === 'DD4')?.stories).toEqual({
      value: null,
      suppressed: 'fewer than 5',
    });
    expect(reach.notes.join(' ')).toContain('withdrawn stories are not counted');
  });
});

describe('personal data', () => {
  it('includes sign-ups and the area given in "download my data"', async () => {
    const who = crowd[0];
    if (!who) throw new Error('crowd');
    const response = await as(who, { method: 'GET', url: '/api/me/data' });
    expect(response.statusCode).toBe(200);
    const data = response.json<{
      activities: { signUps: { status: string }[]; areaAndCommunity: { postcodeDistrict: string | null }[] };
    }>();
    expect(data.activities.signUps.length).toBeGreaterThan(0);
    expect(data.activities.areaAndCommunity).toEqual([expect.objectContaining({ postcodeDistrict: 'DD4' })]);
  });
});

describe('editing an activity', () => {
  const patch = (who: SignedIn | null, activityId: string, payload: unknown) =>
    as(who, { method: 'PATCH', url: `/api/activities/${activityId}`, payload: payload as object });
  const roster = async (occurrenceId: string) =>
    (
      await as(coordinatorA, { method: 'GET', url: `/api/activities/occurrences/${occurrenceId}/sign-ups` })
    ).json<Roster>().people;
  const signUpAs = async (who: SignedIn | undefined, occurrenceId: string) => {
    if (!who) throw new Error('crowd');
    const r = await as(who, { method: 'POST', url: `/api/activities/occurrences/${occurrenceId}/sign-up` });
    expect(r.statusCode, r.body).toBe(201);
    return r.json<SignUp>();
  };

  it('lets a facilitator change the details, leaving the rest as it was; others are refused with 404', async () => {
    const activity = await createActivity(coordinatorA, {
      title: 'Art group',
      description: 'Paint and chat',
      isPublic: false,
    });
    const done = await patch(facilitatorA, activity.id, { venue: 'The studio, 3 Mill Lane', isPublic: true });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<Activity>()).toMatchObject({
      id: activity.id,
      title: 'Art group',
      description: 'Paint and chat',
      kind: 'peer_group',
      venue: 'The studio, 3 Mill Lane',
      accessInformation: 'Step-free; hearing loop',
      capacity: 3,
      isPublic: true,
    });
    expect(done.json<Activity>().occurrences).toEqual(activity.occurrences);

    for (const who of [coordinatorB, memberA, peerA]) {
      const refused = await patch(who, activity.id, { title: 'Taken over' });
      expect(refused.statusCode).toBe(404);
      expect(refused.headers['content-type']).toContain('application/problem+json');
    }
    expect((await patch(null, activity.id, { title: 'Anonymous' })).statusCode).toBe(401);
    const after = await as(memberA, { method: 'GET', url: `/api/activities/${activity.id}` });
    expect(after.json<Activity>().title).toBe('Art group');
  });

  it('answers bad changes with 400 problem+json and changes nothing', async () => {
    const activity = await createActivity(coordinatorA, { title: 'Unchanged group' });
    const cases: [unknown, string][] = [
      [{}, ''],
      [{ capacity: 0 }, 'capacity'],
      [{ capacity: 2.5 }, 'capacity'],
      [{ title: '   ' }, 'title'],
      [{ kind: 'juggling' }, 'kind'],
      [{ venue: 'x'.repeat(301) }, 'venue'],
      [{ schedule: { startsOn: inDays(9) } }, ''],
    ];
    for (const [payload, path] of cases) {
      const response = await patch(coordinatorA, activity.id, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const errors = response.json<{ errors: { path: string; message: string }[] }>().errors;
      if (path) expect(errors.map((e) => e.path)).toContain(path);
      for (const e of errors) expect(e.message).not.toBe('');
    }
    const empty = await patch(coordinatorA, activity.id, {});
    expect(empty.json<{ errors: { message: string }[] }>().errors[0]?.message).toMatch(/^Say what to change/);
    const after = await as(coordinatorA, { method: 'GET', url: `/api/activities/${activity.id}` });
    expect(after.json<Activity>()).toEqual(activity);
  });

  it('raising places from 1 to 2 books exactly the first person waiting on each future session, with one notice', async () => {
    const title = 'Capacity group';
    const activity = await createActivity(coordinatorA, {
      title,
      capacity: 1,
      schedule: {
        startsOn: inDays(7),
        startTime: '18:00',
        durationMinutes: 60,
        frequency: 'weekly',
        endsOn: inDays(21),
      },
    });
    const [first, second, third] = activity.occurrences.map((o) => o.id);
    if (!first || !second || !third) throw new Error('occurrences');
    const [a, b, c] = [crowd[7], crowd[8], crowd[9]];
    if (!a || !b || !c) throw new Error('crowd');
    // First session: a booked, b then c waiting. Second: a booked, c waiting. Third: cancelled, b waiting.
    expect((await signUpAs(a, first)).status).toBe('booked');
    expect((await signUpAs(b, first)).status).toBe('waiting');
    expect((await signUpAs(c, first)).status).toBe('waiting');
    await signUpAs(a, second);
    expect((await signUpAs(c, second)).status).toBe('waiting');
    await signUpAs(a, third);
    expect((await signUpAs(b, third)).status).toBe('waiting');
    const cancelled = await as(coordinatorA, {
      method: 'POST',
      url: `/api/activities/occurrences/${third}/cancel`,
      payload: { reason: 'The room is booked' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);

    const raised = await patch(coordinatorA, activity.id, { capacity: 2 });
    expect(raised.statusCode, raised.body).toBe(200);
    expect(raised.json<Activity>().capacity).toBe(2);
    expect(raised.json<Activity>().occurrences.map((o) => [o.booked, o.waiting])).toEqual([
      [2, 1],
      [2, 0],
      [1, 1],
    ]);

    const one = await roster(first);
    expect(one.filter((p) => p.status === 'booked').map((p) => p.personId)).toEqual([a.personId, b.personId]);
    expect(one.find((p) => p.personId === c.personId)).toMatchObject({
      status: 'waiting',
      waitingPosition: 1,
    });
    const two = await roster(second);
    expect(two.filter((p) => p.status === 'booked').map((p) => p.personId)).toEqual([a.personId, c.personId]);
    const three = await roster(third);
    expect(three.find((p) => p.personId === b.personId)?.status).toBe('waiting');

    const subject = `A place has come up: ${title}`;
    const forB = (await mailTo(b.email, subject)).filter((m) => m.subject === subject);
    const forC = (await mailTo(c.email, subject)).filter((m) => m.subject === subject);
    expect(forB).toHaveLength(1);
    expect(forC).toHaveLength(1);
    expect(await mailTo(a.email, subject)).toEqual([]);
  });

  it('lowering places below those booked keeps everyone booked; new sign-ups wait', async () => {
    const activity = await createActivity(coordinatorA, { title: 'Shrinking group', capacity: 3 });
    const id = firstOccurrence(activity).id;
    for (const who of crowd.slice(0, 3)) expect((await signUpAs(who, id)).status).toBe('booked');
    const lowered = await patch(coordinatorA, activity.id, { capacity: 1 });
    expect(lowered.statusCode, lowered.body).toBe(200);
    expect(firstOccurrence(lowered.json<Activity>())).toMatchObject({ booked: 3, waiting: 0, placesLeft: 0 });
    expect((await roster(id)).map((p) => p.status)).toEqual(['booked', 'booked', 'booked']);
    expect((await signUpAs(crowd[3], id)).status).toBe('waiting');
    // A place given up is not passed on while more are booked than the new number of places.
    const leaver = crowd[0];
    if (!leaver) throw new Error('crowd');
    await as(leaver, { method: 'DELETE', url: `/api/activities/occurrences/${id}/sign-up` });
    expect((await roster(id)).filter((p) => p.status === 'booked')).toHaveLength(2);
  });
});
