import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../kernel/db.js';
import { charterAssessments, charterCommitments } from '../coproduction.tables.js';
import { none } from '../no-rows.js';

export type CharterCommitmentRow = typeof charterCommitments.$inferSelect;
export type AssessmentRow = typeof charterAssessments.$inferSelect;

export async function insertCharterCommitment(db: DbOrTx, values: typeof charterCommitments.$inferInsert) {
  const [row] = await db.insert(charterCommitments).values(values).returning();
  if (!row) throw new Error('commitment not inserted');
  return row;
}

export async function updateCharterCommitment(
  db: DbOrTx,
  id: string,
  values: Partial<Pick<CharterCommitmentRow, 'level' | 'text'>>,
) {
  if (Object.keys(values).length === 0) return;
  await db.update(charterCommitments).set(values).where(eq(charterCommitments.id, id));
}

export async function findCharterCommitment(db: DbOrTx, id: string) {
  const [row] = await db.select().from(charterCommitments).where(eq(charterCommitments.id, id));
  return row;
}

export async function findCharterCommitmentsOfOrganisations(db: DbOrTx, organisationIds: string[]) {
  if (organisationIds.length === 0) return none<CharterCommitmentRow>();
  return db
    .select()
    .from(charterCommitments)
    .where(inArray(charterCommitments.organisationId, organisationIds))
    .orderBy(asc(charterCommitments.level), asc(charterCommitments.createdAt));
}

export async function insertAssessment(db: DbOrTx, values: typeof charterAssessments.$inferInsert) {
  const [row] = await db.insert(charterAssessments).values(values).returning();
  if (!row) throw new Error('assessment not inserted');
  return row;
}

/** Oldest first: the last one of a commitment is its latest. */
export async function findAssessments(db: DbOrTx, commitmentIds: string[]) {
  if (commitmentIds.length === 0) return none<AssessmentRow>();
  return db
    .select()
    .from(charterAssessments)
    .where(inArray(charterAssessments.commitmentId, commitmentIds))
    .orderBy(asc(charterAssessments.assessedOn), asc(charterAssessments.createdAt));
}
