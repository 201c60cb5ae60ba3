import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../kernel/db.js';
import {
  applications,
  codebooks,
  codes,
  keyMessages,
  memos,
  projects,
  projectStories,
  themes,
} from './analysis.tables.js';

export type CodebookRow = typeof codebooks.$inferSelect;
export type CodeRow = typeof codes.$inferSelect;
export type ProjectRow = typeof projects.$inferSelect;
export type ApplicationRow = typeof applications.$inferSelect;
export type MemoRow = typeof memos.$inferSelect;
export type ThemeRow = typeof themes.$inferSelect;
export type KeyMessageRow = typeof keyMessages.$inferSelect;

async function one<T>(rows: Promise<T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error('insert returned nothing');
  return row;
}

// --- codebooks and codes ---

export function insertCodebook(db: DbOrTx, values: typeof codebooks.$inferInsert) {
  return one(db.insert(codebooks).values(values).returning());
}

export async function findCodebook(db: DbOrTx, id: string) {
  const [row] = await db.select().from(codebooks).where(eq(codebooks.id, id));
  return row;
}

export function findCodebooksOfOrganisations(db: DbOrTx, organisationIds: string[]) {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(codebooks)
    .where(inArray(codebooks.organisationId, organisationIds))
    .orderBy(asc(codebooks.createdAt));
}

export function insertCode(db: DbOrTx, values: typeof codes.$inferInsert) {
  return one(db.insert(codes).values(values).returning());
}

export function findCodes(db: DbOrTx, codebookId: string) {
  return db
    .select()
    .from(codes)
    .where(eq(codes.codebookId, codebookId))
    .orderBy(asc(codes.position), asc(codes.name));
}

export async function findCode(db: DbOrTx, codebookId: string, id: string) {
  const [row] = await db
    .select()
    .from(codes)
    .where(and(eq(codes.codebookId, codebookId), eq(codes.id, id)));
  return row;
}

export async function updateCode(db: DbOrTx, id: string, values: Partial<typeof codes.$inferInsert>) {
  await db.update(codes).set(values).where(eq(codes.id, id));
}

/** Moves every application (in every project) from one code to another: nothing is lost in a merge. */
export async function moveApplications(db: DbOrTx, fromCodeId: string, toCodeId: string) {
  const moved = await db
    .update(applications)
    .set({ codeId: toCodeId })
    .where(eq(applications.codeId, fromCodeId))
    .returning({ id: applications.id });
  return moved.length;
}

// --- projects ---

export function insertProject(db: DbOrTx, values: typeof projects.$inferInsert) {
  return one(db.insert(projects).values(values).returning());
}

export async function findProject(db: DbOrTx, id: string) {
  const [row] = await db.select().from(projects).where(eq(projects.id, id));
  return row;
}

export function findProjectsOfOrganisations(db: DbOrTx, organisationIds: string[]) {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      project: projects,
      stories: sql<number>`(select count(*)::int from ${projectStories} where ${projectStories.projectId} = ${projects.id})`,
    })
    .from(projects)
    .where(inArray(projects.organisationId, organisationIds))
    .orderBy(desc(projects.createdAt));
}

export async function updateProject(db: DbOrTx, id: string, values: Partial<typeof projects.$inferInsert>) {
  // An empty change (PATCH {}) changes nothing; SQL has no UPDATE without a column to set.
  if (Object.values(values).every((value) => value === undefined)) return;
  await db.update(projects).set(values).where(eq(projects.id, id));
}

export function findProjectStories(db: DbOrTx, projectId: string) {
  return db
    .select()
    .from(projectStories)
    .where(eq(projectStories.projectId, projectId))
    .orderBy(asc(projectStories.addedAt));
}

export async function addProjectStories(
  db: DbOrTx,
  rows: { projectId: string; storyId: string; versionId: string }[],
) {
  if (rows.length > 0) await db.insert(projectStories).values(rows).onConflictDoNothing();
}

// --- applications ---

export function insertApplication(db: DbOrTx, values: typeof applications.$inferInsert) {
  return one(db.insert(applications).values(values).returning());
}

export async function insertSuggestions(db: DbOrTx, rows: (typeof applications.$inferInsert)[]) {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(applications)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: applications.id });
  return inserted.length;
}

export async function findApplication(db: DbOrTx, projectId: string, id: string) {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.projectId, projectId), eq(applications.id, id)));
  return row;
}

export function findApplications(db: DbOrTx, projectId: string, storyIds?: string[]) {
  if (storyIds?.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(applications)
    .where(
      and(
        eq(applications.projectId, projectId),
        storyIds ? inArray(applications.storyId, storyIds) : undefined,
      ),
    )
    .orderBy(asc(applications.storyId), asc(applications.start), asc(applications.createdAt));
}

export async function deleteApplication(db: DbOrTx, id: string) {
  await db.delete(applications).where(eq(applications.id, id));
}

export async function decideSuggestion(
  db: DbOrTx,
  id: string,
  decision: 'accepted' | 'rejected',
  decidedBy: string,
) {
  await db.update(applications).set({ decision, decidedBy }).where(eq(applications.id, id));
}

// --- memos, themes, key messages ---

export function insertMemo(db: DbOrTx, values: typeof memos.$inferInsert) {
  return one(db.insert(memos).values(values).returning());
}

export function findMemos(db: DbOrTx, projectId: string) {
  return db.select().from(memos).where(eq(memos.projectId, projectId)).orderBy(asc(memos.createdAt));
}

/** Memos on the given stories, codings, codes or messages only. */
export function findMemosOn(db: DbOrTx, projectId: string, targetIds: string[]) {
  return db
    .select()
    .from(memos)
    .where(and(eq(memos.projectId, projectId), inArray(memos.targetId, targetIds)))
    .orderBy(asc(memos.createdAt));
}

export function insertTheme(db: DbOrTx, values: typeof themes.$inferInsert) {
  return one(db.insert(themes).values(values).returning());
}

export function findThemes(db: DbOrTx, projectId: string) {
  return db.select().from(themes).where(eq(themes.projectId, projectId)).orderBy(asc(themes.createdAt));
}

export function insertKeyMessage(db: DbOrTx, values: typeof keyMessages.$inferInsert) {
  return one(db.insert(keyMessages).values(values).returning());
}

export function findKeyMessages(db: DbOrTx, projectId: string) {
  return db
    .select()
    .from(keyMessages)
    .where(eq(keyMessages.projectId, projectId))
    .orderBy(asc(keyMessages.createdAt));
}
