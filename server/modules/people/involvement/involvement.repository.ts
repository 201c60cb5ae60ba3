import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../kernel/db.js';
import {
  involvementEntries,
  memberships,
  opportunities,
  opportunityInterests,
  organisations,
  people,
  trainingRecords,
} from '../people.tables.js';

export type TrainingRow = typeof trainingRecords.$inferSelect;
export type OpportunityRow = typeof opportunities.$inferSelect;
export type InvolvementInsert = typeof involvementEntries.$inferInsert;

// --- training -------------------------------------------------------------------------------------

export async function insertTraining(db: DbOrTx, values: typeof trainingRecords.$inferInsert) {
  const [row] = await db.insert(trainingRecords).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findTraining(db: DbOrTx, id: string) {
  const [row] = await db.select().from(trainingRecords).where(eq(trainingRecords.id, id));
  return row;
}

export async function findTrainingOfPerson(db: DbOrTx, personId: string) {
  return db
    .select()
    .from(trainingRecords)
    .where(eq(trainingRecords.personId, personId))
    .orderBy(desc(trainingRecords.completedOn), asc(trainingRecords.title));
}

/**
 * Changes a training record. A new refresh date clears the reminder mark, so the reminder for the new
 * date is sent (once) even if an earlier date was warned about and the date later moves back to it.
 */
export async function updateTraining(
  db: DbOrTx,
  id: string,
  changes: Partial<
    Pick<TrainingRow, 'kind' | 'title' | 'provider' | 'completedOn' | 'refreshDueOn' | 'certificateNote'>
  >,
  options: { rearmReminder: boolean },
) {
  const [row] = await db
    .update(trainingRecords)
    .set(options.rearmReminder ? { ...changes, refreshReminderSentFor: null } : changes)
    .where(eq(trainingRecords.id, id))
    .returning();
  return row;
}

export async function deleteTraining(db: DbOrTx, id: string) {
  await db.delete(trainingRecords).where(eq(trainingRecords.id, id));
}

export async function deleteTrainingOfPerson(db: DbOrTx, personId: string): Promise<number> {
  const rows = await db
    .delete(trainingRecords)
    .where(eq(trainingRecords.personId, personId))
    .returning({ id: trainingRecords.id });
  return rows.length;
}

/**
 * Claims training whose refresh falls between `today` and `until` and whose holder has not been
 * warned about that date. Claim and mark are one statement (SKIP LOCKED), so two app instances
 * never warn twice.
 */
export async function claimRefreshesDueBetween(db: DbOrTx, today: string, until: string) {
  return db
    .update(trainingRecords)
    .set({ refreshReminderSentFor: sql`${trainingRecords.refreshDueOn}` })
    .where(
      inArray(
        trainingRecords.id,
        db
          .select({ id: trainingRecords.id })
          .from(trainingRecords)
          .where(
            and(
              gte(trainingRecords.refreshDueOn, today),
              lte(trainingRecords.refreshDueOn, until),
              sql`${trainingRecords.refreshReminderSentFor} is distinct from ${trainingRecords.refreshDueOn}`,
            ),
          )
          .for('update', { skipLocked: true }),
      ),
    )
    .returning();
}

// --- involvement log ------------------------------------------------------------------------------

const entryColumns = {
  id: involvementEntries.id,
  personId: involvementEntries.personId,
  personName: people.displayName,
  organisationId: involvementEntries.organisationId,
  organisationName: organisations.name,
  occurredOn: involvementEntries.occurredOn,
  activity: involvementEntries.activity,
  role: involvementEntries.role,
  hours: involvementEntries.hours,
  expensesPence: involvementEntries.expensesPence,
  paymentChoice: involvementEntries.paymentChoice,
  source: involvementEntries.source,
  sourceId: involvementEntries.sourceId,
};

function selectEntries(db: DbOrTx) {
  return db
    .select(entryColumns)
    .from(involvementEntries)
    .innerJoin(organisations, eq(organisations.id, involvementEntries.organisationId))
    .leftJoin(people, eq(people.id, involvementEntries.personId));
}

export async function insertInvolvement(db: DbOrTx, values: InvolvementInsert[]): Promise<string[]> {
  if (values.length === 0) return [];
  const rows = await db.insert(involvementEntries).values(values).returning({ id: involvementEntries.id });
  return rows.map((r) => r.id);
}

export async function findEntry(db: DbOrTx, id: string) {
  const [row] = await selectEntries(db).where(eq(involvementEntries.id, id));
  return row;
}

export async function updateEntry(
  db: DbOrTx,
  id: string,
  changes: Partial<
    Pick<InvolvementInsert, 'occurredOn' | 'activity' | 'role' | 'hours' | 'expensesPence' | 'paymentChoice'>
  >,
) {
  await db.update(involvementEntries).set(changes).where(eq(involvementEntries.id, id));
}

export async function deleteEntry(db: DbOrTx, id: string) {
  await db.delete(involvementEntries).where(eq(involvementEntries.id, id));
}

export async function deleteEntriesFromSource(db: DbOrTx, source: string, sourceId: string) {
  await db
    .delete(involvementEntries)
    .where(and(eq(involvementEntries.source, source), eq(involvementEntries.sourceId, sourceId)));
}

export type EntryRow = Awaited<ReturnType<typeof findEntriesOfPerson>>[number];

export async function findEntriesOfPerson(db: DbOrTx, personId: string) {
  return selectEntries(db)
    .where(eq(involvementEntries.personId, personId))
    .orderBy(desc(involvementEntries.occurredOn), desc(involvementEntries.createdAt));
}

export async function findEntriesOfOrganisation(
  db: DbOrTx,
  organisationId: string,
  range: { from: string; to: string },
) {
  return selectEntries(db)
    .where(
      and(
        eq(involvementEntries.organisationId, organisationId),
        gte(involvementEntries.occurredOn, range.from),
        lte(involvementEntries.occurredOn, range.to),
      ),
    )
    .orderBy(asc(involvementEntries.occurredOn), asc(people.displayName), asc(involvementEntries.createdAt));
}

/** Unlinks the person from their entries; the figures stay for the organisation's accounts. */
export async function unlinkEntriesOfPerson(db: DbOrTx, personId: string): Promise<number> {
  const rows = await db
    .update(involvementEntries)
    .set({ personId: null })
    .where(eq(involvementEntries.personId, personId))
    .returning({ id: involvementEntries.id });
  return rows.length;
}

/** Organisations where the person holds any membership. */
export async function findOrganisationIdsOfPerson(db: DbOrTx, personId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ organisationId: memberships.organisationId })
    .from(memberships)
    .where(eq(memberships.personId, personId));
  return rows.map((r) => r.organisationId);
}

// --- opportunities --------------------------------------------------------------------------------

export async function insertOpportunity(db: DbOrTx, values: typeof opportunities.$inferInsert) {
  const [row] = await db.insert(opportunities).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findOpportunity(db: DbOrTx, id: string) {
  const [row] = await db.select().from(opportunities).where(eq(opportunities.id, id));
  return row;
}

/** Open opportunities of these organisations, and also closed ones of `alsoClosedFor`. */
export async function findOpportunitiesOf(
  db: DbOrTx,
  organisationIds: string[],
  today: string,
  alsoClosedFor: string[],
) {
  if (organisationIds.length === 0) return [];
  const closedToo =
    alsoClosedFor.length > 0 ? inArray(opportunities.organisationId, alsoClosedFor) : undefined;
  return db
    .select()
    .from(opportunities)
    .where(
      and(
        inArray(opportunities.organisationId, organisationIds),
        closedToo ? or(gte(opportunities.closesOn, today), closedToo) : gte(opportunities.closesOn, today),
      ),
    )
    .orderBy(asc(opportunities.closesOn), asc(opportunities.title));
}

export async function findInterestsOf(db: DbOrTx, opportunityIds: string[]) {
  if (opportunityIds.length === 0) return [];
  return db
    .select()
    .from(opportunityInterests)
    .where(inArray(opportunityInterests.opportunityId, opportunityIds))
    .orderBy(asc(opportunityInterests.createdAt));
}

/** Expresses interest once; saying it again updates the note. */
export async function upsertInterest(
  db: DbOrTx,
  values: { opportunityId: string; personId: string; note: string },
) {
  await db
    .insert(opportunityInterests)
    .values(values)
    .onConflictDoUpdate({
      target: [opportunityInterests.opportunityId, opportunityInterests.personId],
      set: { note: values.note },
    });
}

export async function findInterestsOfPerson(db: DbOrTx, personId: string) {
  return db
    .select({
      title: opportunities.title,
      note: opportunityInterests.note,
      createdAt: opportunityInterests.createdAt,
    })
    .from(opportunityInterests)
    .innerJoin(opportunities, eq(opportunities.id, opportunityInterests.opportunityId))
    .where(eq(opportunityInterests.personId, personId))
    .orderBy(asc(opportunityInterests.createdAt));
}

export async function deleteInterestsOfPerson(db: DbOrTx, personId: string): Promise<number> {
  const rows = await db
    .delete(opportunityInterests)
    .where(eq(opportunityInterests.personId, personId))
    .returning({ id: opportunityInterests.id });
  return rows.length;
}

/** People who are still around (not erased): for mail. */
export async function findLivePerson(db: DbOrTx, personId: string) {
  const [row] = await db
    .select({
      id: people.id,
      email: people.email,
      displayName: people.displayName,
      language: people.language,
    })
    .from(people)
    .where(and(eq(people.id, personId), isNull(people.erasedAt)));
  return row;
}
