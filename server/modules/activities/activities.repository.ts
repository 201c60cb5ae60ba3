import { and, asc, count, eq, gt, gte, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../kernel/db.js';
import {
  activities,
  activityFeedTokens,
  activityOccurrences,
  activityProposalSupports,
  activityProposals,
  activitySignUps,
} from './activities.tables.js';
import { first, none } from './rows.js';

// The programme's data: proposals, activities and their sessions, sign-ups and calendar links.

export type ProposalRow = typeof activityProposals.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;
export type OccurrenceRow = typeof activityOccurrences.$inferSelect;
export type SignUpRow = typeof activitySignUps.$inferSelect;

// --- proposals ------------------------------------------------------------------------------------

export async function insertProposal(db: DbOrTx, values: typeof activityProposals.$inferInsert) {
  return first(await db.insert(activityProposals).values(values).returning(), 'proposal');
}

export async function findProposal(db: DbOrTx, id: string) {
  const [row] = await db.select().from(activityProposals).where(eq(activityProposals.id, id));
  return row;
}

/** Locks the proposal, so two coordinators cannot answer it at once. */
export async function lockProposal(db: DbOrTx, id: string) {
  const [row] = await db.select().from(activityProposals).where(eq(activityProposals.id, id)).for('update');
  return row;
}

export async function findProposalsOfOrganisation(db: DbOrTx, organisationId: string) {
  return db
    .select()
    .from(activityProposals)
    .where(eq(activityProposals.organisationId, organisationId))
    .orderBy(asc(activityProposals.createdAt));
}

export async function updateProposal(db: DbOrTx, id: string, values: Partial<ProposalRow>) {
  await db.update(activityProposals).set(values).where(eq(activityProposals.id, id));
}

/** Adds support; false when the person already supports it. */
export async function insertSupport(db: DbOrTx, proposalId: string, personId: string): Promise<boolean> {
  const rows = await db
    .insert(activityProposalSupports)
    .values({ proposalId, personId })
    .onConflictDoNothing()
    .returning();
  return rows.length > 0;
}

export async function findSupports(db: DbOrTx, proposalIds: string[]) {
  if (proposalIds.length === 0) return none<typeof activityProposalSupports.$inferSelect>();
  return db
    .select()
    .from(activityProposalSupports)
    .where(inArray(activityProposalSupports.proposalId, proposalIds));
}

// --- activities and occurrences -------------------------------------------------------------------

export async function insertActivity(db: DbOrTx, values: typeof activities.$inferInsert) {
  return first(await db.insert(activities).values(values).returning(), 'activity');
}

export async function insertOccurrences(db: DbOrTx, values: (typeof activityOccurrences.$inferInsert)[]) {
  if (values.length === 0) return;
  await db.insert(activityOccurrences).values(values);
}

export async function findActivity(db: DbOrTx, id: string) {
  const [row] = await db.select().from(activities).where(eq(activities.id, id));
  return row;
}

/** Changes an activity's details (never its schedule) and answers the row as it now is. */
export async function updateActivity(
  db: DbOrTx,
  id: string,
  values: Partial<
    Pick<
      ActivityRow,
      'title' | 'description' | 'kind' | 'venue' | 'accessInformation' | 'capacity' | 'isPublic'
    >
  >,
) {
  const [row] = await db.update(activities).set(values).where(eq(activities.id, id)).returning();
  return row;
}

export async function findActivitiesOfOrganisation(db: DbOrTx, organisationId: string, publicOnly = false) {
  const conditions = [eq(activities.organisationId, organisationId)];
  if (publicOnly) conditions.push(eq(activities.isPublic, true));
  return db
    .select()
    .from(activities)
    .where(and(...conditions))
    .orderBy(asc(activities.startsOn), asc(activities.title));
}

export async function findActivitiesByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return none<ActivityRow>();
  return db.select().from(activities).where(inArray(activities.id, ids));
}

export async function findOccurrences(db: DbOrTx, activityIds: string[], from?: Date) {
  if (activityIds.length === 0) return none<OccurrenceRow>();
  const conditions = [inArray(activityOccurrences.activityId, activityIds)];
  if (from) conditions.push(gte(activityOccurrences.endsAt, from));
  return db
    .select()
    .from(activityOccurrences)
    .where(and(...conditions))
    .orderBy(asc(activityOccurrences.startsAt));
}

export async function findOccurrence(db: DbOrTx, id: string) {
  const [row] = await db.select().from(activityOccurrences).where(eq(activityOccurrences.id, id));
  return row;
}

/** Locks the occurrence row: every change to its sign-ups happens one at a time, so places never over-book. */
export async function lockOccurrence(db: DbOrTx, id: string) {
  const [row] = await db
    .select()
    .from(activityOccurrences)
    .where(eq(activityOccurrences.id, id))
    .for('update');
  return row;
}

export async function cancelOccurrence(db: DbOrTx, id: string, reason: string) {
  await db
    .update(activityOccurrences)
    .set({ cancelledAt: new Date(), cancelReason: reason })
    .where(eq(activityOccurrences.id, id));
}

/** Booked and waiting counts per occurrence. */
export async function countSignUps(db: DbOrTx, occurrenceIds: string[]) {
  if (occurrenceIds.length === 0) return none<{ occurrenceId: string; status: string; n: number }>();
  return db
    .select({ occurrenceId: activitySignUps.occurrenceId, status: activitySignUps.status, n: count() })
    .from(activitySignUps)
    .where(and(inArray(activitySignUps.occurrenceId, occurrenceIds), ne(activitySignUps.status, 'cancelled')))
    .groupBy(activitySignUps.occurrenceId, activitySignUps.status);
}

export async function findSignUpsOfOccurrence(db: DbOrTx, occurrenceId: string) {
  return db
    .select()
    .from(activitySignUps)
    .where(eq(activitySignUps.occurrenceId, occurrenceId))
    .orderBy(asc(activitySignUps.queue));
}

export async function findSignUp(db: DbOrTx, occurrenceId: string, personId: string) {
  const [row] = await db
    .select()
    .from(activitySignUps)
    .where(and(eq(activitySignUps.occurrenceId, occurrenceId), eq(activitySignUps.personId, personId)));
  return row;
}

export async function insertSignUp(db: DbOrTx, values: typeof activitySignUps.$inferInsert) {
  return first(await db.insert(activitySignUps).values(values).returning(), 'sign-up');
}

/** The person's places on the waiting lists of an activity's sessions still to come. */
function waitingForActivity(db: DbOrTx, activityId: string, personId: string, now: Date) {
  const comingSessions = db
    .select({ id: activityOccurrences.id })
    .from(activityOccurrences)
    .where(and(eq(activityOccurrences.activityId, activityId), gt(activityOccurrences.startsAt, now)));
  return and(
    eq(activitySignUps.personId, personId),
    eq(activitySignUps.status, 'waiting'),
    inArray(activitySignUps.occurrenceId, comingSessions),
  );
}

/** How many of an activity's coming sessions the person is waiting for a place at. */
export async function countWaitingForActivity(db: DbOrTx, activityId: string, personId: string, now: Date) {
  const [row] = await db
    .select({ n: count() })
    .from(activitySignUps)
    .where(waitingForActivity(db, activityId, personId, now));
  return row?.n ?? 0;
}

/**
 * Takes the person off the waiting list of every coming session of an activity (their booked
 * places stay); answers how many places they gave up. No place frees up, so nobody is promoted.
 */
export async function leaveWaitingLists(db: DbOrTx, activityId: string, personId: string, now: Date) {
  const rows = await db
    .update(activitySignUps)
    .set({ status: 'cancelled' })
    .where(waitingForActivity(db, activityId, personId, now))
    .returning({ id: activitySignUps.id });
  return rows.length;
}

/** Sets a sign-up's status; a new booking or waiting place goes to the back of the queue. */
export async function setSignUpStatus(
  db: DbOrTx,
  id: string,
  status: SignUpRow['status'],
  options: { requeue?: boolean } = {},
) {
  await db
    .update(activitySignUps)
    .set(
      options.requeue
        ? { status, queue: sql`nextval(pg_get_serial_sequence('activity_sign_ups', 'queue'))` }
        : { status },
    )
    .where(eq(activitySignUps.id, id));
}

export async function setAttendance(db: DbOrTx, occurrenceId: string, attendedPersonIds: string[]) {
  await db
    .update(activitySignUps)
    .set({
      attended:
        attendedPersonIds.length === 0
          ? false
          : sql`${activitySignUps.personId} in (${sql.join(
              attendedPersonIds.map((id) => sql`${id}::uuid`),
              sql`, `,
            )})`,
    })
    .where(and(eq(activitySignUps.occurrenceId, occurrenceId), eq(activitySignUps.status, 'booked')));
}

export async function findSignUpsOfPerson(db: DbOrTx, personId: string) {
  return db
    .select({ signUp: activitySignUps, occurrence: activityOccurrences })
    .from(activitySignUps)
    .innerJoin(activityOccurrences, eq(activityOccurrences.id, activitySignUps.occurrenceId))
    .where(eq(activitySignUps.personId, personId))
    .orderBy(asc(activityOccurrences.startsAt));
}

// --- feeds ----------------------------------------------------------------------------------------

export async function upsertFeedToken(db: DbOrTx, personId: string, tokenHash: string) {
  await db
    .insert(activityFeedTokens)
    .values({ personId, tokenHash })
    .onConflictDoUpdate({ target: activityFeedTokens.personId, set: { tokenHash, createdAt: new Date() } });
}

export async function findPersonByFeedToken(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(activityFeedTokens).where(eq(activityFeedTokens.tokenHash, tokenHash));
  return row?.personId;
}
