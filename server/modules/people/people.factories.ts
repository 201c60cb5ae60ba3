// One-call set-up for the people module's tests, through the API as a person would do it.
// (People themselves, signed in with a role, come from server/testing/factories.ts: addPerson.)
import type { LightMyRequestResponse } from 'fastify';
import type {
  AuditEvent,
  CreateInvolvementEntryRequest,
  CreateOpportunityRequest,
  CreateTrainingRequest,
  InvolvementEntry,
  Opportunity,
  Organisation,
  Role,
  TrainingRecord,
} from '../../../contracts/people.js';
import { latestLinkToken, uniqueEmail, type SignedIn } from '../../testing/factories.js';
import type { TestApp } from '../../testing/test-app.js';

function expectStatus(response: LightMyRequestResponse, status: number, what: string): void {
  if (response.statusCode !== status) {
    throw new Error(`${what} failed (${response.statusCode}): ${response.body}`);
  }
}

/** A date `offset` days from today, as YYYY-MM-DD. */
export const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A partnership admin adds an organisation to their partnership. */
export async function createOrganisation(
  t: TestApp,
  admin: SignedIn,
  fields: { name: string },
): Promise<Organisation> {
  const response = await t.as(admin, { method: 'POST', url: '/api/organisations', payload: fields });
  expectStatus(response, 201, 'creating an organisation');
  return response.json<Organisation>();
}

/** Invites someone (a new address unless `email` is given) and returns the token from the emailed link. */
export async function invite(
  t: TestApp,
  inviter: SignedIn,
  organisationId: string,
  fields: { role: Role; email?: string },
): Promise<{ email: string; token: string }> {
  const email = fields.email ?? uniqueEmail('invitee');
  const response = await t.as(inviter, {
    method: 'POST',
    url: `/api/organisations/${organisationId}/invitations`,
    payload: { email, role: fields.role },
  });
  expectStatus(response, 201, 'inviting');
  return { email, token: await latestLinkToken(t.app, email, 'invitations') };
}

/** The id of a person's membership of an organisation, as its coordinator sees it. */
export async function membershipIdOf(
  t: TestApp,
  coordinator: SignedIn,
  organisationId: string,
  personId: string,
): Promise<string> {
  const response = await t.as(coordinator, {
    method: 'GET',
    url: `/api/organisations/${organisationId}/members`,
  });
  expectStatus(response, 200, 'listing members');
  const members = response.json<{ members: { membershipId: string; personId: string }[] }>().members;
  const id = members.find((m) => m.personId === personId)?.membershipId;
  if (!id) throw new Error(`no membership of ${personId} in ${organisationId}`);
  return id;
}

/** A course as the tests record it, unless they say otherwise. */
export const COURSE = {
  kind: 'peer_support',
  title: 'Introduction to peer support',
  provider: 'Harbour College',
  completedOn: '2025-05-01',
  refreshDueOn: '2027-05-01',
  certificateNote: 'Certificate in the office file',
} as const satisfies CreateTrainingRequest;

/** Records a course: the person's own, or, given `personId`, someone else's (as their coordinator). */
export async function addTraining(
  t: TestApp,
  who: SignedIn,
  fields: Partial<CreateTrainingRequest> = {},
  options: { personId?: string } = {},
): Promise<TrainingRecord> {
  const url = options.personId ? `/api/people/${options.personId}/training` : '/api/me/training';
  const response = await t.as(who, { method: 'POST', url, payload: { ...COURSE, ...fields } });
  expectStatus(response, 201, 'adding training');
  return response.json<TrainingRecord>();
}

/** A coordinator records an entry in their organisation's involvement log. */
export async function recordEntry(
  t: TestApp,
  coordinator: SignedIn,
  organisationId: string,
  fields: Partial<CreateInvolvementEntryRequest> & { personId: string },
): Promise<InvolvementEntry> {
  const response = await t.as(coordinator, {
    method: 'POST',
    url: `/api/organisations/${organisationId}/involvement`,
    payload: {
      occurredOn: '2026-02-10',
      activity: 'Interview panel for a peer worker',
      role: 'interview_panel_member',
      hours: 2.5,
      expensesPence: 460,
      paymentChoice: 'voucher',
      ...fields,
    },
  });
  expectStatus(response, 201, 'recording involvement');
  return response.json<{ entry: InvolvementEntry }>().entry;
}

/** A coordinator posts an opportunity, open for the next month unless `closesOn` says otherwise. */
export async function createOpportunity(
  t: TestApp,
  coordinator: SignedIn,
  fields: Partial<CreateOpportunityRequest> & { organisationId: string },
): Promise<Opportunity> {
  const response = await t.as(coordinator, {
    method: 'POST',
    url: '/api/opportunities',
    payload: {
      title: 'Peer researcher',
      role: 'peer_researcher',
      description: 'Help shape and run our survey.',
      commitment: 'Four hours a month',
      closesOn: day(30),
      ...fields,
    },
  });
  expectStatus(response, 201, 'creating an opportunity');
  return response.json<Opportunity>();
}

/** The partnership's audit log as its admin reads it, newest first. */
export async function auditEvents(t: TestApp, admin: SignedIn): Promise<AuditEvent[]> {
  const response = await t.as(admin, { method: 'GET', url: '/api/admin/audit?limit=200' });
  expectStatus(response, 200, 'reading the audit log');
  return response.json<{ events: AuditEvent[] }>().events;
}
