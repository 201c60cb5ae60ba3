import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../kernel/db.js';
import {
  applications,
  assignments,
  briefingDownloads,
  codebooks,
  codes,
  keyMessages,
  memos,
  projects,
} from './analysis.tables.js';

/** Stories given to code where `column` (the coder, or who gave them) is the person. */
function assignmentsWhere(
  db: DbOrTx,
  column: typeof assignments.coderId | typeof assignments.assignedBy,
  personId: string,
) {
  return db
    .select({ project: projects.title, storyId: assignments.storyId, at: assignments.assignedAt })
    .from(assignments)
    .innerJoin(projects, eq(projects.id, assignments.projectId))
    .where(eq(column, personId))
    .orderBy(asc(assignments.assignedAt));
}

/** Everything the analysis tables hold that points at one person, with the project it belongs to. */
export async function findPersonalData(db: DbOrTx, personId: string) {
  const [coded, decided, given, gave, written, messages, started, codebooksMade, downloads] =
    await Promise.all([
      db
        .select({
          project: projects.title,
          storyId: applications.storyId,
          code: codes.name,
          at: applications.createdAt,
        })
        .from(applications)
        .innerJoin(projects, eq(projects.id, applications.projectId))
        .innerJoin(codes, eq(codes.id, applications.codeId))
        .where(eq(applications.coderId, personId))
        .orderBy(asc(applications.createdAt)),
      db
        .select({ project: projects.title, code: codes.name, decision: applications.decision })
        .from(applications)
        .innerJoin(projects, eq(projects.id, applications.projectId))
        .innerJoin(codes, eq(codes.id, applications.codeId))
        .where(eq(applications.decidedBy, personId))
        .orderBy(asc(applications.createdAt)),
      assignmentsWhere(db, assignments.coderId, personId),
      assignmentsWhere(db, assignments.assignedBy, personId),
      db
        .select({ project: projects.title, body: memos.body, at: memos.createdAt })
        .from(memos)
        .innerJoin(projects, eq(projects.id, memos.projectId))
        .where(eq(memos.authorId, personId))
        .orderBy(asc(memos.createdAt)),
      db
        .select({ project: projects.title, text: keyMessages.text, at: keyMessages.createdAt })
        .from(keyMessages)
        .innerJoin(projects, eq(projects.id, keyMessages.projectId))
        .where(eq(keyMessages.createdBy, personId))
        .orderBy(asc(keyMessages.createdAt)),
      db
        .select({ title: projects.title, at: projects.createdAt })
        .from(projects)
        .where(eq(projects.createdBy, personId))
        .orderBy(asc(projects.createdAt)),
      db
        .select({ name: codebooks.name, at: codebooks.createdAt })
        .from(codebooks)
        .where(eq(codebooks.createdBy, personId))
        .orderBy(asc(codebooks.createdAt)),
      db
        .select({
          project: projects.title,
          audience: briefingDownloads.audience,
          format: briefingDownloads.format,
          purpose: briefingDownloads.purpose,
          at: briefingDownloads.downloadedAt,
        })
        .from(briefingDownloads)
        .innerJoin(projects, eq(projects.id, briefingDownloads.projectId))
        .where(eq(briefingDownloads.downloadedBy, personId))
        .orderBy(asc(briefingDownloads.downloadedAt)),
    ]);
  return { coded, decided, given, gave, written, messages, started, codebooksMade, downloads };
}

/**
 * Puts `pseudonym` in place of the person wherever the analysis tables point at them, and deletes the
 * stories still given to them. Returns how many rows of each kind changed.
 */
export async function pseudonymisePerson(db: DbOrTx, personId: string, pseudonym: string) {
  const count = (rows: unknown[]) => rows.length;
  const coded = count(
    await db
      .update(applications)
      .set({ coderId: pseudonym })
      .where(eq(applications.coderId, personId))
      .returning({ id: applications.id }),
  );
  await db.update(applications).set({ decidedBy: pseudonym }).where(eq(applications.decidedBy, personId));
  const unassigned = count(
    await db
      .delete(assignments)
      .where(eq(assignments.coderId, personId))
      .returning({ id: assignments.storyId }),
  );
  await db.update(assignments).set({ assignedBy: pseudonym }).where(eq(assignments.assignedBy, personId));
  const memosKept = count(
    await db
      .update(memos)
      .set({ authorId: pseudonym })
      .where(eq(memos.authorId, personId))
      .returning({ id: memos.id }),
  );
  await db.update(keyMessages).set({ createdBy: pseudonym }).where(eq(keyMessages.createdBy, personId));
  await db.update(projects).set({ createdBy: pseudonym }).where(eq(projects.createdBy, personId));
  await db.update(codebooks).set({ createdBy: pseudonym }).where(eq(codebooks.createdBy, personId));
  const downloads = count(
    await db
      .update(briefingDownloads)
      .set({ downloadedBy: pseudonym })
      .where(eq(briefingDownloads.downloadedBy, personId))
      .returning({ id: briefingDownloads.id }),
  );
  return { coded, unassigned, memosKept, downloads };
}
