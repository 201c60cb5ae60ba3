// One-call creators for the activities module's tests: each goes through the API as a person would,
// and fails loudly if a step is refused, so a test reads as what it checks.
import type { Activity, Occurrence, Proposal, Reach, Roster, SignUp } from '../../../contracts/activities.js';
import type { Role } from '../../../contracts/people.js';
import { latestLinkToken, type SignedIn } from '../../testing/factories.js';
import type { TestApp } from '../../testing/test-app.js';

type Answer = { statusCode: number; body: string; json<T>(): T };

function expectStatus<T>(step: string, response: Answer, status: number): T {
  if (response.statusCode !== status) {
    throw new Error(`${step} answered ${response.statusCode}: ${response.body}`);
  }
  return response.json<T>();
}

/** The date `days` days from today, as YYYY-MM-DD. */
export function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

let organisations = 0;
/** A new organisation in the admin's partnership; the admin holds every role in it. */
export async function createOrganisation(t: TestApp, admin: SignedIn, name?: string): Promise<string> {
  organisations += 1;
  const created = await t.as(admin, {
    method: 'POST',
    url: '/api/organisations',
    payload: { name: name ?? `Organisation ${organisations}` },
  });
  return expectStatus<{ id: string }>('creating an organisation', created, 201).id;
}

/** Invites someone who already has an account into another organisation, and accepts as them. */
export async function joinOrganisation(
  t: TestApp,
  inviter: SignedIn,
  who: SignedIn,
  organisationId: string,
  role: Role = 'member',
): Promise<void> {
  const invited = await t.as(inviter, {
    method: 'POST',
    url: `/api/organisations/${organisationId}/invitations`,
    payload: { email: who.email, role },
  });
  expectStatus('inviting', invited, 201);
  const token = await latestLinkToken(t.app, who.email, 'invitations');
  const accepted = await t.as(who, { method: 'POST', url: `/api/invitations/${token}/accept`, payload: {} });
  expectStatus('accepting an invitation', accepted, 200);
}

/**
 * An activity made by `who`: unless `fields` say otherwise a peer group with 3 places, step-free
 * with a hearing loop, meeting once at 18:00 a week from today.
 */
export async function createActivity(
  t: TestApp,
  who: SignedIn,
  fields: { organisationId: string } & Record<string, unknown>,
): Promise<Activity> {
  const created = await t.as(who, {
    method: 'POST',
    url: '/api/activities',
    payload: {
      title: 'Peer support group',
      kind: 'peer_group',
      venue: 'Harbour, 12 Quay Street',
      accessInformation: 'Step-free; hearing loop',
      capacity: 3,
      schedule: { startsOn: inDays(7), startTime: '18:00', durationMinutes: 90 },
      ...fields,
    },
  });
  return expectStatus<Activity>('creating an activity', created, 201);
}

/** A schedule of three sessions, a week apart from a week today, at 18:00 for an hour. */
export function threeWeeklySessions() {
  return {
    startsOn: inDays(7),
    startTime: '18:00',
    durationMinutes: 60,
    frequency: 'weekly',
    endsOn: inDays(21),
  };
}

/** The activity's first session. */
export function firstSession(activity: Activity): Occurrence {
  const occurrence = activity.occurrences[0];
  if (!occurrence) throw new Error(`${activity.title} has no sessions`);
  return occurrence;
}

/** Signs `who` up for a session: booked, or waiting when it is full. */
export async function signUp(t: TestApp, who: SignedIn, occurrenceId: string): Promise<SignUp> {
  const response = await t.as(who, {
    method: 'POST',
    url: `/api/activities/occurrences/${occurrenceId}/sign-up`,
  });
  return expectStatus<SignUp>('signing up', response, 201);
}

/** Everyone signed up for a session, in queue order, as someone running the programme sees them. */
export async function rosterOf(t: TestApp, who: SignedIn, occurrenceId: string): Promise<Roster['people']> {
  const response = await t.as(who, {
    method: 'GET',
    url: `/api/activities/occurrences/${occurrenceId}/sign-ups`,
  });
  return expectStatus<Roster>('reading the roster', response, 200).people;
}

/** Calls a session off, telling everyone signed up why. */
export async function cancelSession(t: TestApp, who: SignedIn, occurrenceId: string, reason: string) {
  const response = await t.as(who, {
    method: 'POST',
    url: `/api/activities/occurrences/${occurrenceId}/cancel`,
    payload: { reason },
  });
  return expectStatus<Roster>('cancelling a session', response, 200);
}

/** A proposal for a new activity, made by `who`. */
export async function createProposal(
  t: TestApp,
  who: SignedIn,
  fields: { organisationId: string; title: string } & Record<string, unknown>,
): Promise<Proposal> {
  const response = await t.as(who, { method: 'POST', url: '/api/activities/proposals', payload: fields });
  return expectStatus<Proposal>('proposing an activity', response, 201);
}

/** The area and community `who` tells an organisation they are a member of. */
export async function giveArea(
  t: TestApp,
  who: SignedIn,
  organisationId: string,
  answer: { postcodeDistrict: string | null; community: string | null },
): Promise<void> {
  const response = await t.as(who, {
    method: 'PUT',
    url: `/api/activities/organisations/${organisationId}/my-outreach`,
    payload: answer,
  });
  expectStatus('giving an area', response, 200);
}

/** The areas and communities an organisation aims to reach. */
export async function setTargets(
  t: TestApp,
  coordinator: SignedIn,
  organisationId: string,
  targets: { areas: string[]; communities: string[] },
): Promise<{ areas: string[]; communities: string[] }> {
  const response = await t.as(coordinator, {
    method: 'PUT',
    url: `/api/activities/organisations/${organisationId}/outreach-targets`,
    payload: targets,
  });
  return expectStatus('setting outreach targets', response, 200);
}

/** The organisation's reach view, as its coordinator sees it. */
export async function reachOf(t: TestApp, coordinator: SignedIn, organisationId: string): Promise<Reach> {
  const response = await t.as(coordinator, {
    method: 'GET',
    url: `/api/activities/organisations/${organisationId}/reach`,
  });
  return expectStatus<Reach>('reading the reach view', response, 200);
}

/** A social enterprise role, made by a coordinator. */
export async function createRole(
  t: TestApp,
  coordinator: SignedIn,
  fields: { organisationId: string; title: string; kind: 'work_placement' | 'volunteering' } & Record<
    string,
    unknown
  >,
): Promise<{ id: string }> {
  const response = await t.as(coordinator, { method: 'POST', url: '/api/activities/roles', payload: fields });
  return expectStatus('creating a role', response, 201);
}

/** A partner organisation people may be signposted to, added by a coordinator. */
export async function createPartner(
  t: TestApp,
  coordinator: SignedIn,
  fields: { organisationId: string; name: string; kind: string } & Record<string, unknown>,
): Promise<{ id: string }> {
  const response = await t.as(coordinator, {
    method: 'POST',
    url: '/api/activities/partners',
    payload: fields,
  });
  return expectStatus('adding a partner', response, 201);
}
