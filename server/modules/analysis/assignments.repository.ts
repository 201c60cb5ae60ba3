import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../kernel/db.js';
import { assignments } from './analysis.tables.js';

export type AssignmentRow = typeof assignments.$inferSelect;

export function findAssignments(db: DbOrTx, projectId: string) {
  return db
    .select()
    .from(assignments)
    .where(eq(assignments.projectId, projectId))
    .orderBy(asc(assignments.assignedAt));
}

/** Gives the story to the coder; giving it again changes nothing. Returns whether a row was added. */
export async function insertAssignment(
  db: DbOrTx,
  row: { projectId: string; storyId: string; coderId: string; assignedBy: string },
): Promise<boolean> {
  const added = await db.insert(assignments).values(row).onConflictDoNothing().returning();
  return added.length > 0;
}

/** Returns whether there was an assignment to remove. */
export async function deleteAssignment(
  db: DbOrTx,
  key: { projectId: string; storyId: string; coderId: string },
): Promise<boolean> {
  const removed = await db
    .delete(assignments)
    .where(
      and(
        eq(assignments.projectId, key.projectId),
        eq(assignments.storyId, key.storyId),
        eq(assignments.coderId, key.coderId),
      ),
    )
    .returning();
  return removed.length > 0;
}
