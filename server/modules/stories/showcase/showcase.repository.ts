import { and, asc, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Channel } from '../../../../contracts/stories.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { showcaseVersion, stories, storyCollectionItems, storyCollections } from '../stories.tables.js';

/**
 * What the public searches: the title and text they can read. The title as first written may name
 * people or places, so a search must never find a story by it. (The same expression as the
 * stories_search_idx index, which can then answer.)
 */
const searchDocument = sql`to_tsvector('english', coalesce(${stories.safeTitle}, '') || ' ' || coalesce(${stories.approvedText}, ''))`;

/** Stories the public may read: approved, public consent that has not expired, not held. */
function publicCondition(now: Date) {
  return and(
    eq(stories.status, 'approved'),
    eq(stories.consentTier, 'public'),
    eq(stories.safeguardingHold, false),
    sql`${stories.approvedText} is not null`,
    or(isNull(stories.consentExpiresAt), gt(stories.consentExpiresAt, now)),
  );
}

/**
 * The showcase's version (the triggers of migrations 0044 and 0046 move it with every change that
 * could alter what the showcase shows); undefined if its row is missing, when nothing may be kept.
 */
export async function findShowcaseVersion(db: DbOrTx): Promise<number | undefined> {
  const [row] = await db.select({ version: showcaseVersion.version }).from(showcaseVersion);
  return row?.version;
}

/** What the public list shows of a story, and when its consent ends (the list must change then). */
const listedColumns = {
  id: stories.id,
  safeTitle: stories.safeTitle,
  channel: stories.channel,
  approvedText: stories.approvedText,
  approvedAt: stories.approvedAt,
  updatedAt: stories.updatedAt,
  consentExpiresAt: stories.consentExpiresAt,
};

export type PublicStoriesQuery = {
  q?: string | undefined;
  channel?: Channel | undefined;
  theme?: string | undefined;
  limit: number;
};

export async function findPublicStories(db: DbOrTx, query: PublicStoriesQuery) {
  const conditions = [publicCondition(new Date())];
  if (query.channel) conditions.push(eq(stories.channel, query.channel));
  if (query.theme) conditions.push(sql`${stories.themes} @> ARRAY[${query.theme}]::text[]`);
  if (query.q) conditions.push(sql`${searchDocument} @@ websearch_to_tsquery('english', ${query.q})`);
  return db
    .select(listedColumns)
    .from(stories)
    .where(and(...conditions))
    .orderBy(desc(stories.approvedAt))
    .limit(query.limit);
}

export async function findPublicStory(db: DbOrTx, id: string) {
  const [row] = await db
    .select()
    .from(stories)
    .where(and(eq(stories.id, id), publicCondition(new Date())));
  return row;
}
// --- collections ----------------------------------------------------------------------------------

export async function insertCollection(db: DbOrTx, values: typeof storyCollections.$inferInsert) {
  const [row] = await db.insert(storyCollections).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findCollection(db: DbOrTx, id: string) {
  const [row] = await db.select().from(storyCollections).where(eq(storyCollections.id, id));
  return row;
}

/** Collections with the number of their stories the public may read now. */
export async function findCollectionsWithPublicCounts(db: DbOrTx) {
  return db
    .select({
      id: storyCollections.id,
      title: storyCollections.title,
      description: storyCollections.description,
      storyCount: sql<number>`count(${stories.id})::int`,
    })
    .from(storyCollections)
    .leftJoin(storyCollectionItems, eq(storyCollectionItems.collectionId, storyCollections.id))
    .leftJoin(stories, and(eq(stories.id, storyCollectionItems.storyId), publicCondition(new Date())))
    .groupBy(storyCollections.id)
    .orderBy(desc(storyCollections.createdAt));
}

export async function findPublicStoriesOfCollection(db: DbOrTx, collectionId: string) {
  return db
    .select({ story: stories })
    .from(storyCollectionItems)
    .innerJoin(stories, eq(stories.id, storyCollectionItems.storyId))
    .where(and(eq(storyCollectionItems.collectionId, collectionId), publicCondition(new Date())))
    .orderBy(asc(storyCollectionItems.addedAt));
}

export async function addToCollection(db: DbOrTx, collectionId: string, storyId: string) {
  await db.insert(storyCollectionItems).values({ collectionId, storyId }).onConflictDoNothing();
}

export async function removeFromCollection(db: DbOrTx, collectionId: string, storyId: string) {
  await db
    .delete(storyCollectionItems)
    .where(
      and(eq(storyCollectionItems.collectionId, collectionId), eq(storyCollectionItems.storyId, storyId)),
    );
}
