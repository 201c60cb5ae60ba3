import {
  TIME_ZONE,
  type Activity,
  type Occurrence,
  type Proposal,
  type Roster,
  type SignUp,
} from '../../../contracts/activities.js';
import type { Actor } from '../../kernel/access.js';
import type { DbOrTx } from '../../kernel/db.js';
import { notFound } from '../../kernel/errors.js';
import { findPersonSummary } from '../people/index.js';
import * as repo from './activities.repository.js';
import type * as communityRepo from './community.repository.js';

// Rows as the API answers them.

const FORMER_MEMBER = 'Former member';

/** Display names of people; someone erased shows as "Former member". */
export async function namesOf(db: DbOrTx, personIds: Iterable<string>): Promise<Map<string, string>> {
  const ids = [...new Set(personIds)];
  const people = await Promise.all(ids.map((id) => findPersonSummary(db, id)));
  return new Map(ids.map((id, i) => [id, people[i]?.displayName ?? FORMER_MEMBER]));
}

// --- proposals ------------------------------------------------------------------------------------

export async function toProposals(db: DbOrTx, actor: Actor, rows: repo.ProposalRow[]): Promise<Proposal[]> {
  const supports = await repo.findSupports(
    db,
    rows.map((r) => r.id),
  );
  const names = await namesOf(
    db,
    rows.flatMap((r) => (r.proposedBy ? [r.proposedBy] : [])),
  );
  return rows.map((r) => {
    const mine = supports.filter((s) => s.proposalId === r.id);
    return {
      id: r.id,
      organisationId: r.organisationId,
      title: r.title,
      description: r.description,
      kind: r.kind,
      proposedBy: r.proposedBy ? (names.get(r.proposedBy) ?? FORMER_MEMBER) : FORMER_MEMBER,
      status: r.status,
      supporters: mine.length,
      supportedByMe: mine.some((s) => s.personId === actor.personId),
      response:
        r.respondedAt && r.responseReason !== null
          ? { reason: r.responseReason, respondedAt: r.respondedAt.toISOString(), activityId: r.activityId }
          : null,
      createdAt: r.createdAt.toISOString(),
    };
  });
}

export async function toProposal(db: DbOrTx, actor: Actor, row: repo.ProposalRow): Promise<Proposal> {
  const [proposal] = await toProposals(db, actor, [row]);
  if (!proposal) throw new Error('proposal missing');
  return proposal;
}

// --- activities -----------------------------------------------------------------------------------

/** Activities with their occurrences and how full each is. */
export async function toActivities(db: DbOrTx, rows: repo.ActivityRow[], from?: Date): Promise<Activity[]> {
  const occurrences = await repo.findOccurrences(
    db,
    rows.map((r) => r.id),
    from,
  );
  const counts = await repo.countSignUps(
    db,
    occurrences.map((o) => o.id),
  );
  const countOf = (occurrenceId: string, status: string) =>
    counts.find((c) => c.occurrenceId === occurrenceId && c.status === status)?.n ?? 0;
  return rows.map((r) => ({
    id: r.id,
    organisationId: r.organisationId,
    title: r.title,
    description: r.description,
    kind: r.kind,
    venue: r.venue,
    accessInformation: r.accessInformation,
    capacity: r.capacity,
    isPublic: r.isPublic,
    frequency: r.frequency,
    startTime: r.startTime,
    timeZone: TIME_ZONE,
    occurrences: occurrences
      .filter((o) => o.activityId === r.id)
      .map((o): Occurrence => {
        const booked = countOf(o.id, 'booked');
        return {
          id: o.id,
          activityId: o.activityId,
          startsAt: o.startsAt.toISOString(),
          endsAt: o.endsAt.toISOString(),
          cancelled: o.cancelledAt !== null,
          cancelReason: o.cancelReason,
          booked,
          waiting: countOf(o.id, 'waiting'),
          placesLeft: Math.max(0, r.capacity - booked),
        };
      }),
  }));
}

/** One activity with its sessions, as `toActivities` shapes them. */
export async function toActivity(db: DbOrTx, row: repo.ActivityRow): Promise<Activity> {
  const [activity] = await toActivities(db, [row]);
  if (!activity) throw notFound('activity');
  return activity;
}

// --- sign-ups -------------------------------------------------------------------------------------

/** Each waiting sign-up's place in the queue (1 is next); `rows` in queue order. */
function waitingPositions(rows: repo.SignUpRow[]): Map<string, number> {
  return new Map(rows.filter((r) => r.status === 'waiting').map((r, i) => [r.id, i + 1]));
}

export async function toSignUp(db: DbOrTx, row: repo.SignUpRow): Promise<SignUp> {
  const occurrence = await repo.findOccurrence(db, row.occurrenceId);
  const activity = occurrence ? await repo.findActivity(db, occurrence.activityId) : undefined;
  if (!occurrence || !activity) throw notFound('session');
  const positions = waitingPositions(await repo.findSignUpsOfOccurrence(db, row.occurrenceId));
  return {
    id: row.id,
    occurrenceId: row.occurrenceId,
    activityId: activity.id,
    title: activity.title,
    startsAt: occurrence.startsAt.toISOString(),
    status: row.status,
    waitingPosition: positions.get(row.id) ?? null,
    attended: row.attended,
  };
}

/** Everyone signed up for a session, in queue order; `rows` are all its sign-ups. */
export async function toRoster(db: DbOrTx, occurrenceId: string, rows: repo.SignUpRow[]): Promise<Roster> {
  const names = await namesOf(
    db,
    rows.map((r) => r.personId),
  );
  const positions = waitingPositions(rows);
  return {
    occurrenceId,
    people: rows.map((r) => ({
      personId: r.personId,
      displayName: names.get(r.personId) ?? FORMER_MEMBER,
      status: r.status,
      waitingPosition: positions.get(r.id) ?? null,
      attended: r.attended,
    })),
  };
}

// --- roles, partners and signposting --------------------------------------------------------------

export function toRole(row: communityRepo.RoleRow, appliedByMe: boolean) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    title: row.title,
    description: row.description,
    kind: row.kind,
    hoursPerWeek: row.hoursPerWeek,
    appliedByMe,
  };
}

export async function toApplications(db: DbOrTx, rows: communityRepo.ApplicationRow[]) {
  const names = await namesOf(
    db,
    rows.map((r) => r.personId),
  );
  return rows.map((r) => ({
    id: r.id,
    roleId: r.roleId,
    personId: r.personId,
    displayName: names.get(r.personId) ?? FORMER_MEMBER,
    message: r.message,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function toApplication(db: DbOrTx, row: communityRepo.ApplicationRow) {
  const [application] = await toApplications(db, [row]);
  if (!application) throw new Error('application missing');
  return application;
}

export function toPartner(row: communityRepo.PartnerRow) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    kind: row.kind,
    offers: row.offers,
    contact: row.contact,
    website: row.website,
  };
}

export function toSignpost(row: communityRepo.SignpostRow) {
  return {
    id: row.id,
    partnerId: row.partnerId,
    personId: row.personId,
    consent: row.consent,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}
