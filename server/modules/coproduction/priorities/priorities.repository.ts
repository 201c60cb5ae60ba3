import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../kernel/db.js';
import { commitmentUpdates, commitments, priorities } from '../coproduction.tables.js';
import { none } from '../no-rows.js';

export type PriorityRow = typeof priorities.$inferSelect;
export type CommitmentRow = typeof commitments.$inferSelect;

/** Returns undefined when a café priority was already imported (the unique index decides, even under races). */
export async function insertPriority(db: DbOrTx, values: typeof priorities.$inferInsert) {
  const [row] = await db.insert(priorities).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updatePriority(
  db: DbOrTx,
  id: string,
  values: Partial<Pick<PriorityRow, 'title' | 'text' | 'published'>>,
) {
  if (Object.keys(values).length === 0) return;
  await db.update(priorities).set(values).where(eq(priorities.id, id));
}

export async function findPriority(db: DbOrTx, id: string) {
  const [row] = await db.select().from(priorities).where(eq(priorities.id, id));
  return row;
}

export async function findPrioritiesByCafePriorityIds(db: DbOrTx, cafePriorityIds: string[]) {
  if (cafePriorityIds.length === 0) return none<PriorityRow>();
  return db.select().from(priorities).where(inArray(priorities.cafePriorityId, cafePriorityIds));
}

export async function findPrioritiesByKeyMessageIds(db: DbOrTx, keyMessageIds: string[]) {
  if (keyMessageIds.length === 0) return none<PriorityRow>();
  return db.select().from(priorities).where(inArray(priorities.keyMessageId, keyMessageIds));
}

export async function findPrioritiesOfPartnership(db: DbOrTx, partnershipId: string, publishedOnly: boolean) {
  const conditions = [eq(priorities.partnershipId, partnershipId)];
  if (publishedOnly) conditions.push(eq(priorities.published, true));
  return db
    .select()
    .from(priorities)
    .where(and(...conditions))
    .orderBy(desc(priorities.createdAt));
}

export async function insertCommitment(db: DbOrTx, values: typeof commitments.$inferInsert) {
  const [row] = await db.insert(commitments).values(values).returning();
  if (!row) throw new Error('commitment not inserted');
  return row;
}

export async function findCommitment(db: DbOrTx, id: string) {
  const [row] = await db.select().from(commitments).where(eq(commitments.id, id));
  return row;
}

/** Locks the commitment, so two changes to its status are told one after the other, never both as new. */
export async function lockCommitment(db: DbOrTx, id: string) {
  const [row] = await db.select().from(commitments).where(eq(commitments.id, id)).for('update');
  return row;
}

export async function updateCommitment(
  db: DbOrTx,
  id: string,
  values: Partial<typeof commitments.$inferInsert>,
) {
  if (Object.keys(values).length === 0) return;
  await db.update(commitments).set(values).where(eq(commitments.id, id));
}

export async function findCommitmentsOfPriorities(db: DbOrTx, priorityIds: string[]) {
  if (priorityIds.length === 0) return none<CommitmentRow>();
  return db
    .select()
    .from(commitments)
    .where(inArray(commitments.priorityId, priorityIds))
    .orderBy(asc(commitments.createdAt));
}

export async function insertCommitmentUpdate(db: DbOrTx, values: typeof commitmentUpdates.$inferInsert) {
  const [row] = await db.insert(commitmentUpdates).values(values).returning();
  if (!row) throw new Error('update not inserted');
  return row;
}

export async function findUpdatesOfCommitments(db: DbOrTx, commitmentIds: string[]) {
  if (commitmentIds.length === 0) return none<typeof commitmentUpdates.$inferSelect>();
  return db
    .select()
    .from(commitmentUpdates)
    .where(inArray(commitmentUpdates.commitmentId, commitmentIds))
    .orderBy(asc(commitmentUpdates.happenedOn), asc(commitmentUpdates.createdAt));
}
