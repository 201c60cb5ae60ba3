import ICAL from 'ical.js';
import { matchRoutes } from 'react-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { activityAnswers } from '../../../contracts/activities.answers.js';
import {
  PublicProgrammeSchema,
  REACH_COLUMNS,
  type Activity,
  type Count,
  type Proposal,
  type Reach,
  type Roster,
  type SignUp,
} from '../../../contracts/activities.js';
import { activitiesRoutes } from '../../../web/features/activities/routes.js';
import { addPerson, firstOrganisationId, signInAsNewAdmin, type SignedIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  cancelSession,
  createActivity,
  createOrganisation,
  createPartner,
  createProposal,
  createRole,
  firstSession,
  giveArea,
  inDays,
  joinOrganisation,
  reachOf,
  rosterOf,
  setTargets,
  signUp,
  threeWeeklySessions,
} from './activities.factories.js';

let t: TestApp;
let admin: SignedIn;
let orgA: string;
let orgB: string;
let coordinatorA: SignedIn;
let facilitatorA: SignedIn;
let peerA: SignedIn;
let memberA: SignedIn;
let coordinatorB: SignedIn;
/** Ten members of organisation A, "Crowd 0" to "Crowd 9", who sign up, wait and answer in many tests. */
let crowd: SignedIn[];

/** One of the crowd. */
function crowdMember(i: number): SignedIn {
  const who = crowd[i];
  if (!who) throw new Error(`no crowd member ${i}`);
  return who;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  orgA = await firstOrganisationId(t.app, admin);
  orgB = await createOrganisation(t, admin, 'Other Org');
  coordinatorA = await addPerson(t.app, admin, orgA, 'coordinator');
  facilitatorA = await addPerson(t.app, admin, orgA, 'facilitator');
  peerA = await addPerson(t.app, admin, orgA, 'peer_supporter');
  memberA = await addPerson(t.app, admin, orgA, 'member', 'Member Alex');
  coordinatorB = await addPerson(t.app, admin, orgB, 'coordinator');
  crowd = [];
  for (let i = 0; i < 10; i++) crowd.push(await addPerson(t.app, admin, orgA, 'member', `Crowd ${i}`));
}, 120_000);
afterAll(async () => t.close());

/**
 * The one link in a message (besides, in news, the way to stop news), checked to open a page the
 * web app serves to signed-in members.
 */
function linkIn(text: string | undefined): string {
  const links = ((text ?? '').match(/https?:\/\/\S+/g) ?? []).filter(
    (link) => !link.includes('/unsubscribe/'),
  );
  expect(links).toHaveLength(1);
  const url = new URL(links[0] ?? '');
  expect(`${url.origin}`).toBe(new URL(t.context.config.publicUrl).origin);
  expect(matchRoutes(activitiesRoutes, url.pathname), `${url.pathname} is a web route`).not.toBeNull();
  return `${url.pathname}${url.search}`;
}

describe('bad input', () => {
  it('answers 400 problem+json with a message for each field', async () => {
    const response = await t.as(coordinatorA, {
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
    const noEnd = await t.as(coordinatorA, {
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
    const extra = await t.as(memberA, {
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
    const proposal = await createProposal(t, memberA, {
      organisationId: orgA,
      title: 'Saturday café',
      description: 'Weekends are hard',
      kind: 'social_event',
    });
    expect(proposal).toMatchObject({ status: 'open', supporters: 0, proposedBy: 'Member Alex' });

    const support = await t.as(crowdMember(0), {
      method: 'POST',
      url: `/api/activities/proposals/${proposal.id}/support`,
    });
    expect(support.statusCode, support.body).toBe(200);
    expect(support.json<Proposal>()).toMatchObject({ supporters: 1, supportedByMe: true });
    const again = await t.as(crowdMember(0), {
      method: 'POST',
      url: `/api/activities/proposals/${proposal.id}/support`,
    });
    expect(again.statusCode).toBe(409);
    expect(
      (await t.as(coordinatorB, { method: 'POST', url: `/api/activities/proposals/${proposal.id}/support` }))
        .statusCode,
    ).toBe(200); // same partnership: anyone in it may support

    // Only the organisation's coordinator answers; members and other coordinators are refused.
    for (const who of [memberA, facilitatorA, coordinatorB]) {
      const refused = await t.as(who, {
        method: 'POST',
        url: `/api/activities/proposals/${proposal.id}/response`,
        payload: { response: 'declined', reason: 'No' },
      });
      expect(refused.statusCode).toBe(404);
    }
    const noReason = await t.as(coordinatorA, {
      method: 'POST',
      url: `/api/activities/proposals/${proposal.id}/response`,
      payload: { response: 'not_now', reason: '' },
    });
    expect(noReason.statusCode).toBe(400);
    const noSchedule = await t.as(coordinatorA, {
      method: 'POST',
      url: `/api/activities/proposals/${proposal.id}/response`,
      payload: { response: 'accepted', reason: 'Yes' },
    });
    expect(noSchedule.statusCode).toBe(400);

    const accepted = await t.as(coordinatorA, {
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
    const seen = await t.as(crowdMember(1), {
      method: 'GET',
      url: `/api/activities/organisations/${orgA}/proposals`,
    });
    const listed = seen.json<{ proposals: Proposal[] }>().proposals.find((p) => p.id === proposal.id);
    expect(listed?.response?.reason).toBe('Lots of support: we start next month.');
    expect(listed?.supporters).toBe(2);

    const activity = await t.as(memberA, { method: 'GET', url: `/api/activities/${activityId}` });
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

    // The proposer and each supporter hear the answer once, with the reason and where to sign up.
    const toProposer = (await t.outbox(memberA.email)).filter((m) => m.subject.includes('Saturday café'));
    expect(toProposer.map((m) => m.subject)).toEqual(['Your idea “Saturday café” is going ahead']);
    expect(toProposer[0]?.text).toContain('What they said: Lots of support: we start next month.');
    expect(linkIn(toProposer[0]?.text)).toBe(`/activities?organisation=${orgA}`);
    // An answer is news: held for the day's one message, with a one-click way to stop news.
    expect(toProposer[0]).toMatchObject({ heldForDailyNews: true });
    expect(toProposer[0]?.text).toMatch(
      /To stop all news from Cairn, open this link \(one click, no sign-in\):\n\S+\/unsubscribe\/[\w-]{43}/,
    );
    for (const supporter of [crowdMember(0), coordinatorB]) {
      const told = (await t.outbox(supporter.email)).filter((m) => m.subject.includes('Saturday café'));
      expect(told.map((m) => m.subject)).toEqual(['The idea you supported “Saturday café” is going ahead']);
    }
    const twice = await t.as(coordinatorA, {
      method: 'POST',
      url: `/api/activities/proposals/${proposal.id}/response`,
      payload: { response: 'declined', reason: 'Changed my mind' },
    });
    expect(twice.statusCode).toBe(409);
    expect((await t.outbox(memberA.email)).filter((m) => m.subject.includes('Saturday café'))).toHaveLength(
      1,
    );
  });

  it('tells the proposer and supporters, once each, when a proposal cannot happen just now', async () => {
    const [proposer, supporter, bystander] = [crowdMember(2), crowdMember(3), crowdMember(4)];
    const title = 'Evening allotment club';
    const proposal = await createProposal(t, proposer, { organisationId: orgA, title, kind: 'social_event' });
    for (const who of [proposer, supporter]) {
      const support = await t.as(who, {
        method: 'POST',
        url: `/api/activities/proposals/${proposal.id}/support`,
      });
      expect(support.statusCode, support.body).toBe(200);
    }
    const answer = await t.as(coordinatorA, {
      method: 'POST',
      url: `/api/activities/proposals/${proposal.id}/response`,
      payload: {
        response: 'not_now',
        reason: 'The allotment is closed until spring; ask us again in March.',
      },
    });
    expect(answer.statusCode, answer.body).toBe(200);

    const about = async (who: SignedIn) =>
      (await t.outbox(who.email)).filter((m) => m.subject.includes(title));
    const toProposer = await about(proposer);
    expect(toProposer.map((m) => m.subject)).toEqual([`Your idea “${title}” cannot happen just now`]);
    expect(toProposer[0]?.text).toContain('What they said: The allotment is closed until spring');
    expect(linkIn(toProposer[0]?.text)).toBe(`/activities/proposals?organisation=${orgA}`);
    const toSupporter = await about(supporter);
    expect(toSupporter.map((m) => m.subject)).toEqual([
      `The idea you supported “${title}” cannot happen just now`,
    ]);
    expect(await about(bystander)).toEqual([]);
    expect(await about(coordinatorA)).toEqual([]);
  });
});

describe('recurrence through the API', () => {
  it('keeps a weekly Tuesday 18:00 session at 18:00 London time across 28 March 2027', async () => {
    const activity = await createActivity(t, facilitatorA, {
      organisationId: orgA,
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
  it('books exactly 3 of 10 parallel sign-ups and queues 7 in order, never over-booking', async () => {
    const activity = await createActivity(t, coordinatorA, { organisationId: orgA, title: 'Small group' });
    const occurrenceId = firstSession(activity).id;
    const responses = await Promise.all(
      crowd.map((who) =>
        t.as(who, { method: 'POST', url: `/api/activities/occurrences/${occurrenceId}/sign-up` }),
      ),
    );
    for (const r of responses) expect(r.statusCode, r.body).toBe(201);
    const results = responses.map((r) => r.json<SignUp>());
    expect(results.filter((r) => r.status === 'booked')).toHaveLength(3);
    expect(results.filter((r) => r.status === 'waiting')).toHaveLength(7);

    const people = await rosterOf(t, coordinatorA, occurrenceId);
    // Queue order: the three booked came first, then the waiting list numbered 1..7.
    expect(people.map((p) => p.status)).toEqual([...Array(3).fill('booked'), ...Array(7).fill('waiting')]);
    expect(people.map((p) => p.waitingPosition)).toEqual([null, null, null, 1, 2, 3, 4, 5, 6, 7]);

    const again = await t.as(crowdMember(0), {
      method: 'POST',
      url: `/api/activities/occurrences/${occurrenceId}/sign-up`,
    });
    expect(again.statusCode).toBe(409);
    const detail = await t.as(memberA, { method: 'GET', url: `/api/activities/${activity.id}` });
    expect(firstSession(detail.json<Activity>())).toMatchObject({ booked: 3, waiting: 7, placesLeft: 0 });
  });

  it('promotes exactly the first person waiting when a booked place is cancelled, with one notice', async () => {
    const title = 'Waiting list group';
    const activity = await createActivity(t, coordinatorA, { organisationId: orgA, title });
    const occurrenceId = firstSession(activity).id;
    // Three booked, then two waiting.
    const [leaver, stays, alsoStays, next, second] = crowd;
    if (!leaver || !stays || !alsoStays || !next || !second) throw new Error('crowd');
    for (const who of [leaver, stays, alsoStays, next, second]) await signUp(t, who, occurrenceId);
    const before = await rosterOf(t, coordinatorA, occurrenceId);
    expect(before.map((p) => p.personId)).toEqual(
      [leaver, stays, alsoStays, next, second].map((who) => who.personId),
    );

    const cancelled = await t.as(leaver, {
      method: 'DELETE',
      url: `/api/activities/occurrences/${occurrenceId}/sign-up`,
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json<SignUp>().status).toBe('cancelled');

    const after = await rosterOf(t, coordinatorA, occurrenceId);
    expect(after.filter((p) => p.status === 'booked').map((p) => p.personId)).toEqual([
      stays.personId,
      alsoStays.personId,
      next.personId,
    ]);
    expect(after.filter((p) => p.status === 'waiting')).toHaveLength(1);
    expect(after.find((p) => p.personId === second.personId)?.waitingPosition).toBe(1);

    const subject = `A place has come up: ${title}`;
    const notices = (await t.outbox(next.email)).filter((m) => m.subject === subject);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text).toContain(title);
    // The link opens the programme, where the person's own sessions are listed with a way to cancel.
    expect(linkIn(notices[0]?.text)).toBe(`/activities?organisation=${orgA}`);
    expect(matchRoutes(activitiesRoutes, `/activities/${activity.id}`)).toBeNull();
    expect((await t.outbox()).filter((m) => m.subject === subject)).toHaveLength(1);

    // Members see their own sign-ups only, and not the roster.
    const mine = await t.as(next, { method: 'GET', url: '/api/activities/me/sign-ups' });
    expect(mine.json<{ signUps: SignUp[] }>().signUps.filter((s) => s.activityId === activity.id)).toEqual([
      expect.objectContaining({ occurrenceId, status: 'booked', title }),
    ]);
    const memberSees = await t.as(memberA, { method: 'GET', url: '/api/activities/me/sign-ups' });
    expect(
      memberSees.json<{ signUps: SignUp[] }>().signUps.filter((s) => s.activityId === activity.id),
    ).toEqual([]);
    for (const who of [memberA, coordinatorB]) {
      const refused = await t.as(who, {
        method: 'GET',
        url: `/api/activities/occurrences/${occurrenceId}/sign-ups`,
      });
      expect(refused.statusCode).toBe(404);
    }
    expect((await t.as(null, { method: 'GET', url: '/api/activities/me/sign-ups' })).statusCode).toBe(401);
  });

  it('takes attendance for people booked, and refuses others', async () => {
    const activity = await createActivity(t, coordinatorA, { organisationId: orgA, title: 'Register group' });
    const occurrenceId = firstSession(activity).id;
    for (const who of crowd.slice(0, 4)) await signUp(t, who, occurrenceId);
    const roster = await rosterOf(t, coordinatorA, occurrenceId);
    const booked = roster.filter((p) => p.status === 'booked').map((p) => p.personId);
    const taken = await t.as(facilitatorA, {
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
    const outsider = await t.as(facilitatorA, {
      method: 'PUT',
      url: `/api/activities/occurrences/${occurrenceId}/attendance`,
      payload: { attendedPersonIds: [memberA.personId] },
    });
    expect(outsider.statusCode).toBe(400);
    const byMember = await t.as(memberA, {
      method: 'PUT',
      url: `/api/activities/occurrences/${occurrenceId}/attendance`,
      payload: { attendedPersonIds: [] },
    });
    expect(byMember.statusCode).toBe(404);
  });

  it('lets a coordinator cancel a session, telling everyone signed up, and no one else', async () => {
    const other = await createActivity(t, coordinatorA, {
      organisationId: orgA,
      title: 'Cancelled walk',
      kind: 'walk',
    });
    const id = firstSession(other).id;
    const [one, two] = crowd;
    if (!one || !two) throw new Error('crowd');
    for (const who of [one, two]) await signUp(t, who, id);
    for (const who of [memberA, coordinatorB]) {
      const refused = await t.as(who, {
        method: 'POST',
        url: `/api/activities/occurrences/${id}/cancel`,
        payload: { reason: 'Nope' },
      });
      expect(refused.statusCode).toBe(404);
    }
    await cancelSession(t, coordinatorA, id, 'The leader is unwell');
    const twice = await t.as(coordinatorA, {
      method: 'POST',
      url: `/api/activities/occurrences/${id}/cancel`,
      payload: { reason: 'Still unwell' },
      headers: { 'accept-language': 'cy' },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<{ detail: string }>().detail).toBe('Mae’r sesiwn hon wedi’i chanslo’n barod.');
    for (const who of [one, two]) {
      const mail = (await t.outbox(who.email)).filter((m) =>
        m.subject.startsWith('Cancelled: Cancelled walk'),
      );
      expect(mail).toHaveLength(1);
      expect(mail[0]?.text).toContain('The leader is unwell');
    }
    expect((await t.outbox(memberA.email)).filter((m) => m.subject.startsWith('Cancelled:'))).toEqual([]);
    const late = await t.as(memberA, { method: 'POST', url: `/api/activities/occurrences/${id}/sign-up` });
    expect(late.statusCode).toBe(409);
  });

  it('keeps coordinators to their own organisation', async () => {
    const refused = await t.as(coordinatorB, {
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
    const byMember = await t.as(memberA, {
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
    expect(
      (await t.as(null, { method: 'GET', url: `/api/activities/organisations/${orgA}` })).statusCode,
    ).toBe(401);
  });
});

describe('public programme and calendars', () => {
  it('shows the public programme and organisation calendar without sign-in, and hides private activities', async () => {
    await createActivity(t, coordinatorA, {
      organisationId: orgA,
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
    await createActivity(t, coordinatorA, {
      organisationId: orgA,
      title: 'Private therapy',
      kind: 'therapy_session',
      isPublic: false,
    });
    // A public walk someone signed up for, then called off.
    const walk = await createActivity(t, coordinatorA, {
      organisationId: orgA,
      title: 'Rained-off walk',
      kind: 'walk',
    });
    await signUp(t, crowdMember(0), firstSession(walk).id);
    await cancelSession(t, coordinatorA, firstSession(walk).id, 'Storm warning');

    const programme = await t.as(null, {
      method: 'GET',
      url: `/api/activities/public/organisations/${orgA}/programme`,
    });
    expect(programme.statusCode, programme.body).toBe(200);
    const titles = programme.json<{ activities: Activity[] }>().activities.map((a) => a.title);
    expect(titles).toContain('Rained-off walk');
    expect(titles).not.toContain('Private therapy');
    expect(programme.body).not.toContain('Crowd');
    // The public page checks this answer without zod (activities.answers.ts): on the server's real
    // answer it agrees with the contract's schema, field for field, called-off session included.
    const answer = programme.json<z.infer<typeof PublicProgrammeSchema>>();
    expect(activityAnswers.publicProgramme.safeParse(answer)).toEqual({
      success: true,
      data: PublicProgrammeSchema.parse(answer),
    });
    expect(answer.activities.flatMap((a) => a.occurrences)).toContainEqual(
      expect.objectContaining({ cancelled: true, cancelReason: 'Storm warning' }),
    );
    // And refuses what the schema refuses: a field missing, a wrong kind, an unknown value, a bad id.
    const activity = answer.activities[0] as Activity;
    const occurrence = activity.occurrences[0] as Activity['occurrences'][number];
    const { timeZone: _timeZone, ...zoneless } = activity;
    for (const broken of [
      { ...answer, organisation: { id: answer.organisation.id } },
      { ...answer, activities: [zoneless] },
      { ...answer, activities: [{ ...activity, kind: 'rave' }] },
      { ...answer, activities: [{ ...activity, capacity: '12' }] },
      { ...answer, activities: [{ ...activity, occurrences: [{ ...occurrence, activityId: 'seven' }] }] },
      { ...answer, activities: [{ ...activity, occurrences: [{ ...occurrence, startsAt: 'tomorrow' }] }] },
      { ...answer, activities: [{ ...activity, occurrences: [{ ...occurrence, cancelReason: undefined }] }] },
      null,
      [],
    ]) {
      expect(PublicProgrammeSchema.safeParse(broken).success).toBe(false);
      expect(activityAnswers.publicProgramme.safeParse(broken)).toEqual({ success: false });
    }

    const feed = await t.as(null, {
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
    const rainedOff = events.find((e) => e.summary === 'Rained-off walk');
    expect(rainedOff?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('gives a person a private calendar link that needs its token, and replaces it on request', async () => {
    // Someone new, so their calendar holds only the session they sign up for here.
    const who = await addPerson(t.app, admin, orgA, 'member');
    const activity = await createActivity(t, coordinatorA, { organisationId: orgA, title: 'Calendar group' });
    await signUp(t, who, firstSession(activity).id);
    expect((await t.as(null, { method: 'POST', url: '/api/activities/me/calendar-link' })).statusCode).toBe(
      401,
    );
    const link = await t.as(who, { method: 'POST', url: '/api/activities/me/calendar-link' });
    expect(link.statusCode).toBe(201);
    const path = link.json<{ path: string }>().path;
    const feed = await t.as(null, { method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    const events = new ICAL.Component(ICAL.parse(feed.body))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Calendar group']);

    const wrong = await t.as(null, {
      method: 'GET',
      url: `/api/activities/feeds/${'x'.repeat(43)}/calendar.ics`,
    });
    expect(wrong.statusCode).toBe(404);
    const replaced = await t.as(who, { method: 'POST', url: '/api/activities/me/calendar-link' });
    expect((await t.as(null, { method: 'GET', url: path })).statusCode).toBe(404);
    expect(
      (await t.as(null, { method: 'GET', url: replaced.json<{ path: string }>().path })).statusCode,
    ).toBe(200);
  });
});

describe('social enterprise roles', () => {
  it('takes applications and records hours worked into the involvement log', async () => {
    const { id: roleId } = await createRole(t, coordinatorA, {
      organisationId: orgA,
      title: 'Café kitchen placement',
      kind: 'work_placement',
      hoursPerWeek: 12,
    });
    expect(
      (
        await t.as(memberA, {
          method: 'POST',
          url: '/api/activities/roles',
          payload: { organisationId: orgA, title: 'X', kind: 'volunteering' },
        })
      ).statusCode,
    ).toBe(404);
    // Someone new, so their involvement log holds only the hours recorded here.
    const applicant = await addPerson(t.app, admin, orgA, 'member');
    const applied = await t.as(applicant, {
      method: 'POST',
      url: `/api/activities/roles/${roleId}/applications`,
      payload: { message: 'I love cooking' },
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const applicationId = applied.json<{ id: string }>().id;
    expect(
      (
        await t.as(applicant, {
          method: 'POST',
          url: `/api/activities/roles/${roleId}/applications`,
          payload: {},
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await t.as(applicant, { method: 'GET', url: `/api/activities/roles/${roleId}/applications` }))
        .statusCode,
    ).toBe(404);
    const early = await t.as(coordinatorA, {
      method: 'POST',
      url: `/api/activities/applications/${applicationId}/hours`,
      payload: { occurredOn: '2026-11-02', hours: 4 },
    });
    expect(early.statusCode).toBe(409);
    const accept = await t.as(coordinatorA, {
      method: 'PATCH',
      url: `/api/activities/applications/${applicationId}`,
      payload: { status: 'accepted' },
    });
    expect(accept.statusCode, accept.body).toBe(200);
    const hours = await t.as(coordinatorA, {
      method: 'POST',
      url: `/api/activities/applications/${applicationId}/hours`,
      payload: { occurredOn: '2026-11-02', hours: 4.5, paymentChoice: 'cash' },
    });
    expect(hours.statusCode, hours.body).toBe(201);
    const log = await t.as(applicant, { method: 'GET', url: '/api/me/involvement' });
    expect(log.json<{ hours: { total: number } }>().hours.total).toBe(4.5);
    expect(
      (
        await t.as(coordinatorB, {
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
    const { id: partnerId } = await createPartner(t, coordinatorA, {
      organisationId: orgA,
      name: 'Welfare Rights',
      kind: 'local_organisation',
      offers: 'Benefits advice',
    });
    const listed = await t.as(memberA, {
      method: 'GET',
      url: `/api/activities/organisations/${orgA}/partners`,
    });
    expect(listed.json<{ partners: { id: string; name: string }[] }>().partners).toContainEqual(
      expect.objectContaining({ id: partnerId, name: 'Welfare Rights' }),
    );

    const refused = await t.as(peerA, {
      method: 'POST',
      url: `/api/activities/partners/${partnerId}/signposts`,
      payload: { personId: memberA.personId, consent: false },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('consent');
    const missing = await t.as(peerA, {
      method: 'POST',
      url: `/api/activities/partners/${partnerId}/signposts`,
      payload: { personId: memberA.personId },
    });
    expect(missing.statusCode).toBe(400);
    const byMember = await t.as(memberA, {
      method: 'POST',
      url: `/api/activities/partners/${partnerId}/signposts`,
      payload: { personId: memberA.personId, consent: true },
    });
    expect(byMember.statusCode).toBe(404);
    const done = await t.as(peerA, {
      method: 'POST',
      url: `/api/activities/partners/${partnerId}/signposts`,
      payload: { personId: memberA.personId, consent: true, note: 'Wants help with a PIP form' },
    });
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json<{ consent: boolean }>().consent).toBe(true);
  });

  it('lists names, never emails, to those who may signpost, and to nobody else', async () => {
    const url = `/api/activities/organisations/${orgA}/signpost-people`;
    const listed = await t.as(peerA, { method: 'GET', url });
    expect(listed.statusCode, listed.body).toBe(200);
    const people = listed.json<{ people: { personId: string; displayName: string }[] }>().people;
    expect(people).toContainEqual({ personId: memberA.personId, displayName: 'Member Alex' });
    expect(people.some((p) => p.personId === coordinatorA.personId)).toBe(false);
    expect(listed.body).not.toContain('@');
    for (const who of [memberA, coordinatorB])
      expect((await t.as(who, { method: 'GET', url })).statusCode).toBe(404);
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
    const counts = countsIn(reach);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter((c) => (c.value === null ? c.suppressed !== 'fewer than 5' : c.value < 5))).toEqual(
      [],
    );
    // Where a visible total has hidden cells, there are at least two of them, adding up to 5 or more.
    const workedOut = [reach.byArea, reach.byCommunity].flatMap((table) =>
      REACH_COLUMNS.flatMap((column) => {
        const total = table.total[column].value;
        const hidden = table.rows.filter((r) => r[column].value === null);
        if (total === null || hidden.length === 0) return [];
        const visible = table.rows.reduce((sum, r) => sum + (r[column].value ?? 0), 0);
        return hidden.length < 2 || total - visible < 5 ? [{ column, hidden: hidden.length, total }] : [];
      }),
    );
    expect(workedOut).toEqual([]);
  }

  /** A new organisation of the partnership, coordinated by coordinator A, for a reach view of its own. */
  async function organisationToReach(): Promise<string> {
    const organisationId = await createOrganisation(t, admin);
    await joinOrganisation(t, admin, coordinatorA, organisationId, 'coordinator');
    return organisationId;
  }

  /**
   * The crowd as members of the organisation, each signed up for one of its sessions: 5 in DD4 who
   * say "Young carers", 2 in DD1 (one of them "Polish"), and 3 who give no area or community.
   */
  async function crowdWithAreas(organisationId: string): Promise<void> {
    const activity = await createActivity(t, coordinatorA, { organisationId, title: 'Drop-in' });
    for (const [i, who] of crowd.entries()) {
      await joinOrganisation(t, admin, who, organisationId);
      const postcodeDistrict = i < 5 ? 'DD4' : i < 7 ? 'DD1' : null;
      const community = i < 5 ? 'Young carers' : i === 5 ? 'Polish' : null;
      await giveArea(t, who, organisationId, { postcodeDistrict, community });
      await signUp(t, who, firstSession(activity).id);
    }
  }

  it('lets members give, change and delete their area and community', async () => {
    const url = `/api/activities/organisations/${orgA}/my-outreach`;
    const set = await t.as(memberA, {
      method: 'PUT',
      url,
      payload: { postcodeDistrict: 'dd4', community: 'Polish' },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ postcodeDistrict: 'DD4', community: 'Polish' });
    const changed = await t.as(memberA, { method: 'PUT', url, payload: { postcodeDistrict: 'DD1' } });
    expect(changed.json()).toEqual({ postcodeDistrict: 'DD1', community: null });
    expect((await t.as(memberA, { method: 'DELETE', url })).statusCode).toBe(200);
    expect((await t.as(memberA, { method: 'GET', url })).json()).toEqual({
      postcodeDistrict: null,
      community: null,
    });
    expect((await t.as(coordinatorB, { method: 'GET', url })).statusCode).toBe(404);
  });

  it('shows reach against targets with every count under 5 hidden, including derivable totals', async () => {
    const organisationId = await organisationToReach();
    const targets = await setTargets(t, coordinatorA, organisationId, {
      areas: ['DD1', 'dd3', 'DD4'],
      communities: ['Young carers'],
    });
    expect(targets).toEqual({ areas: ['DD1', 'DD3', 'DD4'], communities: ['Young carers'] });
    // 5 in DD4, 2 in DD1, 3 not given; 5 say "Young carers", 1 "Polish".
    await crowdWithAreas(organisationId);
    for (const who of [memberA, coordinatorB]) {
      const refused = await t.as(who, {
        method: 'GET',
        url: `/api/activities/organisations/${organisationId}/reach`,
      });
      expect(refused.statusCode).toBe(404);
    }
    const reach = await reachOf(t, coordinatorA, organisationId);
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
    const organisationId = await organisationToReach();
    await crowdWithAreas(organisationId);
    const inDD4 = crowd.slice(0, 5);
    const unprofiled = crowdMember(7);
    const created = await t.as(coordinatorA, {
      method: 'POST',
      url: '/api/cafes',
      payload: {
        organisationId,
        title: 'What helps in our area?',
        rounds: [{ question: 'What helps?' }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const code = created.json<{ joinCode: string }>().joinCode;
    const join = async (who: SignedIn | null, extra: object = {}) => {
      const joined = await t.as(who, { method: 'POST', url: '/api/cafes/join', payload: { code, ...extra } });
      expect(joined.statusCode, joined.body).toBe(200);
    };
    for (let i = 0; i < 5; i++) await join(null, { postcodeDistrict: 'dd4', community: 'Young carers' });
    for (let i = 0; i < 5; i++) await join(null, { postcodeDistrict: 'DD3', community: 'Polish' });
    for (let i = 0; i < 6; i++) await join(null);
    // Signed in, giving nothing: their own area (DD4) and community (Young carers) count.
    for (const who of inDD4) await join(who);
    // Signed in with nothing on their profile, giving an area at the café.
    await join(unprofiled, { postcodeDistrict: 'DD1' });
    // A café of another organisation is not counted.
    const other = await t.as(admin, {
      method: 'POST',
      url: '/api/cafes',
      payload: { organisationId: orgB, title: 'Elsewhere', rounds: [{ question: 'What helps?' }] },
    });
    expect(other.statusCode, other.body).toBe(201);
    for (let i = 0; i < 5; i++) {
      await t.as(null, {
        method: 'POST',
        url: '/api/cafes/join',
        payload: { code: other.json<{ joinCode: string }>().joinCode, postcodeDistrict: 'DD4' },
      });
    }

    const reach = await reachOf(t, coordinatorA, organisationId);
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
    // Café participants are not people: the people column counts the crowd only.
    expect(area('DD4')?.people).toEqual({ value: 5, suppressed: null });
    expect(reach.notes.join(' ')).toContain('Café participants count places taken');
  });

  it('counts submitted stories, never drafts or withdrawn ones, with storytellers without an account under not given', async () => {
    const organisationId = await organisationToReach();
    await setTargets(t, coordinatorA, organisationId, {
      areas: ['DD1', 'DD3', 'DD4'],
      communities: ['Young carers'],
    });
    await joinOrganisation(t, admin, peerA, organisationId, 'peer_supporter');
    const storytellers = crowd.slice(0, 5);
    for (const who of storytellers) {
      await joinOrganisation(t, admin, who, organisationId);
      await giveArea(t, who, organisationId, { postcodeDistrict: 'DD4', community: 'Young carers' });
    }
    const draft = async (who: SignedIn, extra: object) => {
      const created = await t.as(who, {
        method: 'POST',
        url: '/api/stories',
        payload: {
          organisationId,
          title: 'Finding my feet',
          text: 'The walking group got me out of the house on Tuesdays. Now I lead it.',
          ...extra,
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      return created.json<{ id: string }>().id;
    };
    const story = async (who: SignedIn, extra: object) => {
      const id = await draft(who, extra);
      const submitted = await t.as(who, { method: 'POST', url: `/api/stories/${id}/submit` });
      expect(submitted.statusCode, submitted.body).toBe(200);
      return id;
    };
    // Five storytellers in DD4 (Young carers) tell one story each.
    for (const who of storytellers) await story(who, {});
    const [first, second] = storytellers;
    if (!first || !second) throw new Error('crowd');
    // A story taken back is not counted, and nor is a draft.
    const withdrawn = await story(first, { title: 'Changed my mind' });
    const withdrawal = await t.as(first, {
      method: 'POST',
      url: `/api/stories/${withdrawn}/consent`,
      payload: { action: 'withdraw', method: 'digital' },
    });
    expect(withdrawal.statusCode, withdrawal.body).toBe(201);
    await draft(second, { title: 'Still writing' });
    // Six recorded by a peer supporter for storytellers without an account; one told by two people.
    for (let i = 0; i < 5; i++) {
      await story(peerA, { channel: 'one_to_one_interview', storytellerNames: [`Teller ${i}`] });
    }
    await story(peerA, { channel: 'group_sharing', storytellerNames: ['Ailsa', 'Tam'] });

    const reach = await reachOf(t, coordinatorA, organisationId);
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
    const who = await addPerson(t.app, admin, orgA, 'member');
    const activity = await createActivity(t, coordinatorA, { organisationId: orgA, title: 'My data group' });
    await signUp(t, who, firstSession(activity).id);
    await giveArea(t, who, orgA, { postcodeDistrict: 'DD4', community: null });
    const response = await t.as(who, { method: 'GET', url: '/api/me/data' });
    expect(response.statusCode).toBe(200);
    const data = response.json<{
      activities: { signUps: { status: string }[]; areaAndCommunity: { postcodeDistrict: string | null }[] };
    }>();
    expect(data.activities.signUps).toEqual([expect.objectContaining({ status: 'booked' })]);
    expect(data.activities.areaAndCommunity).toEqual([expect.objectContaining({ postcodeDistrict: 'DD4' })]);
  });
});

describe('editing an activity', () => {
  const patch = (who: SignedIn | null, activityId: string, payload: unknown) =>
    t.as(who, { method: 'PATCH', url: `/api/activities/${activityId}`, payload: payload as object });

  it('lets a facilitator change the details, leaving the rest as it was; others are refused with 404', async () => {
    const activity = await createActivity(t, coordinatorA, {
      organisationId: orgA,
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
    const after = await t.as(memberA, { method: 'GET', url: `/api/activities/${activity.id}` });
    expect(after.json<Activity>().title).toBe('Art group');
  });

  it('answers bad changes with 400 problem+json and changes nothing', async () => {
    const activity = await createActivity(t, coordinatorA, {
      organisationId: orgA,
      title: 'Unchanged group',
    });
    const problemsOf = async (payload: unknown) => {
      const response = await patch(coordinatorA, activity.id, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const errors = response.json<{ errors: { path: string; message: string }[] }>().errors;
      for (const e of errors) expect(e.message).not.toBe('');
      return errors;
    };
    // A field that cannot be so, named in the answer.
    const badFields: [unknown, string][] = [
      [{ capacity: 0 }, 'capacity'],
      [{ capacity: 2.5 }, 'capacity'],
      [{ title: '   ' }, 'title'],
      [{ kind: 'juggling' }, 'kind'],
      [{ venue: 'x'.repeat(301) }, 'venue'],
    ];
    for (const [payload, path] of badFields) {
      expect((await problemsOf(payload)).map((e) => e.path)).toContain(path);
    }
    // Nothing to change, or something that cannot be changed: the whole request is refused.
    expect((await problemsOf({})).length).toBeGreaterThan(0);
    expect((await problemsOf({ schedule: { startsOn: inDays(9) } })).length).toBeGreaterThan(0);
    const empty = await patch(coordinatorA, activity.id, {});
    expect(empty.json<{ errors: { message: string }[] }>().errors[0]?.message).toMatch(/^Say what to change/);
    const after = await t.as(coordinatorA, { method: 'GET', url: `/api/activities/${activity.id}` });
    expect(after.json<Activity>()).toEqual(activity);
  });

  it('raising places from 1 to 2 books exactly the first person waiting on each future session, with one notice', async () => {
    const title = 'Capacity group';
    const activity = await createActivity(t, coordinatorA, {
      organisationId: orgA,
      title,
      capacity: 1,
      schedule: threeWeeklySessions(),
    });
    const [first, second, third] = activity.occurrences.map((o) => o.id);
    if (!first || !second || !third) throw new Error('occurrences');
    const [a, b, c] = [crowdMember(7), crowdMember(8), crowdMember(9)];
    // First session: a booked, b then c waiting. Second: a booked, c waiting. Third: cancelled, b waiting.
    expect((await signUp(t, a, first)).status).toBe('booked');
    expect((await signUp(t, b, first)).status).toBe('waiting');
    expect((await signUp(t, c, first)).status).toBe('waiting');
    await signUp(t, a, second);
    expect((await signUp(t, c, second)).status).toBe('waiting');
    await signUp(t, a, third);
    expect((await signUp(t, b, third)).status).toBe('waiting');
    await cancelSession(t, coordinatorA, third, 'The room is booked');

    const raised = await patch(coordinatorA, activity.id, { capacity: 2 });
    expect(raised.statusCode, raised.body).toBe(200);
    expect(raised.json<Activity>().capacity).toBe(2);
    expect(raised.json<Activity>().occurrences.map((o) => [o.booked, o.waiting])).toEqual([
      [2, 1],
      [2, 0],
      [1, 1],
    ]);

    const one = await rosterOf(t, coordinatorA, first);
    expect(one.filter((p) => p.status === 'booked').map((p) => p.personId)).toEqual([a.personId, b.personId]);
    expect(one.find((p) => p.personId === c.personId)).toMatchObject({
      status: 'waiting',
      waitingPosition: 1,
    });
    const two = await rosterOf(t, coordinatorA, second);
    expect(two.filter((p) => p.status === 'booked').map((p) => p.personId)).toEqual([a.personId, c.personId]);
    const three = await rosterOf(t, coordinatorA, third);
    expect(three.find((p) => p.personId === b.personId)?.status).toBe('waiting');

    const subject = `A place has come up: ${title}`;
    const noticesTo = async (who: SignedIn) =>
      (await t.outbox(who.email)).filter((m) => m.subject === subject);
    expect(await noticesTo(b)).toHaveLength(1);
    expect(await noticesTo(c)).toHaveLength(1);
    expect(await noticesTo(a)).toEqual([]);
  });

  it('lowering places below those booked keeps everyone booked; new sign-ups wait', async () => {
    const activity = await createActivity(t, coordinatorA, {
      organisationId: orgA,
      title: 'Shrinking group',
      capacity: 3,
    });
    const id = firstSession(activity).id;
    for (const who of crowd.slice(0, 3)) expect((await signUp(t, who, id)).status).toBe('booked');
    const lowered = await patch(coordinatorA, activity.id, { capacity: 1 });
    expect(lowered.statusCode, lowered.body).toBe(200);
    expect(firstSession(lowered.json<Activity>())).toMatchObject({ booked: 3, waiting: 0, placesLeft: 0 });
    expect((await rosterOf(t, coordinatorA, id)).map((p) => p.status)).toEqual([
      'booked',
      'booked',
      'booked',
    ]);
    expect((await signUp(t, crowdMember(3), id)).status).toBe('waiting');
    // A place given up is not passed on while more are booked than the new number of places.
    await t.as(crowdMember(0), { method: 'DELETE', url: `/api/activities/occurrences/${id}/sign-up` });
    expect((await rosterOf(t, coordinatorA, id)).filter((p) => p.status === 'booked')).toHaveLength(2);
  });
});
