import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../kernel/db.js';
import { stories, storyMedia } from '../stories.tables.js';

export async function insertMedia(db: DbOrTx, values: typeof storyMedia.$inferInsert) {
  const [row] = await db.insert(storyMedia).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findMediaOfStory(db: DbOrTx, storyId: string) {
  return db
    .select()
    .from(storyMedia)
    .where(eq(storyMedia.storyId, storyId))
    .orderBy(asc(storyMedia.createdAt));
}

export async function findMedia(db: DbOrTx, storyId: string, mediaId: string) {
  const [row] = await db
    .select()
    .from(storyMedia)
    .where(and(eq(storyMedia.storyId, storyId), eq(storyMedia.id, mediaId)));
  return row;
}

export async function deleteMediaOfStory(db: DbOrTx, storyId: string) {
  return db.delete(storyMedia).where(eq(storyMedia.storyId, storyId)).returning({ path: storyMedia.path });
}

export async function setTranscript(
  db: DbOrTx,
  id: string,
  values: { title: string; draftEncrypted: string; segments: unknown[] },
) {
  const now = new Date();
  const [row] = await db
    .update(stories)
    .set({
      title: values.title,
      draftEncrypted: values.draftEncrypted,
      transcriptSegments: values.segments,
      draftRevision: sql`${stories.draftRevision} + 1`,
      draftSavedAt: now,
      updatedAt: now,
    })
    .where(and(eq(stories.id, id), eq(stories.status, 'draft')))
    .returning();
  return row;
}
