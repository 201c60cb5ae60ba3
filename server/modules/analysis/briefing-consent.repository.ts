import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../kernel/db.js';
import {
  applications,
  briefingDownloadQuotes,
  briefingDownloads,
  consentNotices,
  keyMessages,
  projects,
} from './analysis.tables.js';

export type BriefingDownloadRow = typeof briefingDownloads.$inferSelect;
export type BriefingDownloadQuoteRow = typeof briefingDownloadQuotes.$inferSelect;
export type ConsentNoticeRow = typeof consentNotices.$inferSelect;

// --- the download log ---

/** Records a download and the consent each of its quotes rested on, in the caller's transaction. */
export async function insertBriefingDownload(
  db: DbOrTx,
  download: typeof briefingDownloads.$inferInsert,
  quotes: Omit<typeof briefingDownloadQuotes.$inferInsert, 'downloadId'>[],
) {
  const [row] = await db.insert(briefingDownloads).values(download).returning();
  if (!row) throw new Error('insert returned nothing');
  if (quotes.length > 0)
    await db.insert(briefingDownloadQuotes).values(quotes.map((q) => ({ ...q, downloadId: row.id })));
  return row;
}

export function findDownloadsOfProject(db: DbOrTx, projectId: string) {
  return db
    .select()
    .from(briefingDownloads)
    .where(eq(briefingDownloads.projectId, projectId))
    .orderBy(desc(briefingDownloads.downloadedAt));
}

export function findQuotesOfDownloads(db: DbOrTx, downloadIds: string[]) {
  if (downloadIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(briefingDownloadQuotes)
    .where(inArray(briefingDownloadQuotes.downloadId, downloadIds));
}

// --- what the consent check looks at ---

/** Every quote in every key message, with the message's audience and the quote's place in it (from 1). */
export function findKeyMessageQuotes(db: DbOrTx) {
  return db
    .select({
      projectId: keyMessages.projectId,
      keyMessageId: keyMessages.id,
      audience: keyMessages.audience,
      applicationId: applications.id,
      storyId: applications.storyId,
    })
    .from(keyMessages)
    .innerJoin(applications, sql`${applications.id} = any(${keyMessages.quoteApplicationIds})`);
}

/** Every quote of every downloaded briefing, with whom the briefing was made for. */
export function findDownloadedQuotes(db: DbOrTx) {
  return db
    .select({
      projectId: briefingDownloads.projectId,
      downloadId: briefingDownloads.id,
      audience: briefingDownloads.audience,
      partnerOrganisationId: briefingDownloads.partnerOrganisationId,
      purpose: briefingDownloads.purpose,
      storyId: briefingDownloadQuotes.storyId,
    })
    .from(briefingDownloadQuotes)
    .innerJoin(briefingDownloads, eq(briefingDownloads.id, briefingDownloadQuotes.downloadId));
}

// --- consent notices ---

/**
 * Records a notice unless this change of consent was already noticed for this story and project.
 * Returns the new row, or undefined when another run (or another app instance) got there first: a
 * concurrent insert of the same key waits for the first transaction and then does nothing.
 */
export async function insertConsentNoticeOnce(db: DbOrTx, values: typeof consentNotices.$inferInsert) {
  const [row] = await db.insert(consentNotices).values(values).onConflictDoNothing().returning();
  return row;
}

export function findConsentNotices(db: DbOrTx, projectId: string) {
  return db
    .select()
    .from(consentNotices)
    .where(eq(consentNotices.projectId, projectId))
    .orderBy(desc(consentNotices.detectedAt));
}

/** Downloads already listed in a notice about this story, so a later notice does not list them again. */
export async function findNoticedDownloadIds(db: DbOrTx, projectId: string, storyId: string) {
  const rows = await db
    .select({ downloadIds: consentNotices.downloadIds })
    .from(consentNotices)
    .where(and(eq(consentNotices.projectId, projectId), eq(consentNotices.storyId, storyId)));
  return new Set(rows.flatMap((r) => r.downloadIds));
}

/**
 * The people who worked on a project: who started it, coded in it, wrote its key messages or
 * downloaded its briefings. Whether they still analyse for the organisation is checked by the caller.
 */
export async function findProjectWorkers(db: DbOrTx, projectId: string) {
  const result = await db
    .select({ personId: projects.createdBy })
    .from(projects)
    .where(eq(projects.id, projectId))
    .union(
      db
        .selectDistinct({ personId: sql<string>`${applications.coderId}` })
        .from(applications)
        .where(and(eq(applications.projectId, projectId), eq(applications.source, 'person'))),
    )
    .union(
      db
        .selectDistinct({ personId: keyMessages.createdBy })
        .from(keyMessages)
        .where(eq(keyMessages.projectId, projectId)),
    )
    .union(
      db
        .selectDistinct({ personId: briefingDownloads.downloadedBy })
        .from(briefingDownloads)
        .where(eq(briefingDownloads.projectId, projectId)),
    );
  return new Set(result.map((r) => r.personId).filter((id): id is string => id !== null));
}
