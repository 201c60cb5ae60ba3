import { and, asc, desc, eq, gt, inArray, ne, or, sql } from 'drizzle-orm';
import type { Channel, ConsentTier, StoryStatus } from '../../../contracts/stories.js';
import type { DbOrTx } from '../../kernel/db.js';
import {
  consentEvents,
  stories,
  organisationSupportLines,
  storytellers,
  storyVersions,
} from './stories.tables.js';

export type StoryRow = typeof stories.$inferSelect;
export type ConsentEventRow = typeof consentEvents.$inferSelect;

export type StoryProjection = {
  status?: StoryStatus;
  consentTier?: ConsentTier;
  consentExpiresAt?: Date | null;
};

export async function insertStory(
  db: DbOrTx,
  values: {
    organisationId: string;
    channel: Channel;
    title: string;
    createdBy: string;
    collectedBy: string | null;
    draftEncrypted: string;
    createIdempotencyKey: string | null;
  },
) {
  const [row] = await db.insert(stories).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findStoryByCreateKey(db: DbOrTx, createdBy: string, key: string) {
  const [row] = await db
    .select()
    .from(stories)
    .where(and(eq(stories.createdBy, createdBy), eq(stories.createIdempotencyKey, key)));
  return row;
}

export async function findStory(db: DbOrTx, id: string) {
  const [row] = await db.select().from(stories).where(eq(stories.id, id));
  return row;
}

/**
 * Locks a story's row for the rest of the transaction, so changes that depend on its state
 * (approving, confirming, withholding, recording consent) happen one after another.
 */
export async function lockStory(db: DbOrTx, id: string) {
  const [row] = await db.select().from(stories).where(eq(stories.id, id)).for('update');
  return row;
}

export async function updateStory(
  db: DbOrTx,
  id: string,
  values: Partial<Omit<StoryRow, 'id' | 'createdAt' | 'createdBy'>>,
) {
  const [row] = await db
    .update(stories)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(stories.id, id))
    .returning();
  return row;
}

/** Saves a draft only if nobody saved a newer one since `revision` (optimistic concurrency). */
export async function saveDraftIfCurrent(
  db: DbOrTx,
  id: string,
  values: { title: string; draftEncrypted: string; revision: number },
) {
  const now = new Date();
  const [row] = await db
    .update(stories)
    .set({
      title: values.title,
      draftEncrypted: values.draftEncrypted,
      draftRevision: values.revision + 1,
      draftSavedAt: now,
      updatedAt: now,
    })
    .where(and(eq(stories.id, id), eq(stories.draftRevision, values.revision), eq(stories.status, 'draft')))
    .returning();
  return row;
}

/** Moves a draft to submitted; returns undefined if it was not a draft any more (a concurrent submit won). */
export async function markSubmitted(
  db: DbOrTx,
  id: string,
  values: { submitIdempotencyKey: string | null; safeguardingHold: boolean },
) {
  const now = new Date();
  const [row] = await db
    .update(stories)
    .set({
      submitIdempotencyKey: values.submitIdempotencyKey,
      // A concern raised by hand while it was a draft keeps the story held, whatever the reader finds.
      safeguardingHold: values.safeguardingHold ? true : sql`${stories.safeguardingHold}`,
      status: 'submitted',
      submittedAt: now,
      draftEncrypted: null,
      updatedAt: now,
    })
    .where(and(eq(stories.id, id), eq(stories.status, 'draft')))
    .returning();
  return row;
}

export async function insertStorytellers(
  db: DbOrTx,
  rows: {
    storyId: string;
    personId: string | null;
    nameEncrypted: string | null;
    contactEncrypted: string | null;
    language?: string | null;
  }[],
) {
  if (rows.length > 0) await db.insert(storytellers).values(rows);
}

export async function findStorytellers(db: DbOrTx, storyId: string) {
  return db.select().from(storytellers).where(eq(storytellers.storyId, storyId)).orderBy(storytellers.id);
}

/** The storytellers of several stories at once, in the order `findStorytellers` gives for each. */
export async function findStorytellersOfStories(db: DbOrTx, storyIds: readonly string[]) {
  if (storyIds.length === 0) return [];
  return db
    .select()
    .from(storytellers)
    .where(inArray(storytellers.storyId, [...storyIds]))
    .orderBy(storytellers.id);
}

/** Which of these stories the person told themselves. */
export async function findStoriesToldBy(db: DbOrTx, personId: string, storyIds: string[]) {
  if (storyIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ storyId: storytellers.storyId })
    .from(storytellers)
    .where(and(eq(storytellers.personId, personId), inArray(storytellers.storyId, storyIds)));
  return new Set(rows.map((row) => row.storyId));
}

/** Stories the person told or collected, newest first. */
export async function findStoriesOfPerson(db: DbOrTx, personId: string) {
  const told = db
    .select({ id: storytellers.storyId })
    .from(storytellers)
    .where(eq(storytellers.personId, personId));
  return db
    .select()
    .from(stories)
    .where(or(eq(stories.createdBy, personId), eq(stories.collectedBy, personId), inArray(stories.id, told)))
    .orderBy(desc(stories.updatedAt));
}

/**
 * Stories told to an organisation, per storyteller with an account (personId null for storytellers
 * without one, and for recorded stories with no named storyteller). Counts only stories that were
 * submitted and are still held: never drafts, never withdrawn ones. Each story counts once per group.
 */
export async function countStoriesByStoryteller(db: DbOrTx, organisationId: string) {
  return db
    .select({ personId: storytellers.personId, stories: sql<number>`count(distinct ${stories.id})::int` })
    .from(stories)
    .leftJoin(storytellers, eq(storytellers.storyId, stories.id))
    .where(
      and(
        eq(stories.organisationId, organisationId),
        inArray(stories.status, ['submitted', 'in_review', 'approved']),
      ),
    )
    .groupBy(storytellers.personId);
}

// --- versions -------------------------------------------------------------------------------------

export async function insertVersion(
  db: DbOrTx,
  values: {
    storyId: string;
    kind: 'original' | 'deidentified';
    body: string;
    derivedFrom: string | null;
    decisions: unknown[];
    createdBy: string;
  },
) {
  const [row] = await db.insert(storyVersions).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findVersions(db: DbOrTx, storyId: string) {
  return db
    .select()
    .from(storyVersions)
    .where(eq(storyVersions.storyId, storyId))
    .orderBy(asc(storyVersions.createdAt));
}

export async function markVersionApproved(db: DbOrTx, versionId: string) {
  await db
    .update(storyVersions)
    .set({ approvedByStorytellerAt: new Date() })
    .where(eq(storyVersions.id, versionId));
}

/** Erasure only: versions are otherwise immutable. */
export async function deleteVersionsOfStory(db: DbOrTx, storyId: string) {
  await db.delete(storyVersions).where(eq(storyVersions.storyId, storyId));
}

// --- consent --------------------------------------------------------------------------------------

export async function insertConsentEvent(db: DbOrTx, values: typeof consentEvents.$inferInsert) {
  await db.insert(consentEvents).values(values);
}

/** The consent ledgers of several stories at once, oldest entry first within each. */
export async function findConsentEventsOfStories(db: DbOrTx, storyIds: readonly string[]) {
  if (storyIds.length === 0) return [];
  return db
    .select()
    .from(consentEvents)
    .where(inArray(consentEvents.storyId, [...storyIds]))
    .orderBy(asc(consentEvents.at));
}

export async function findConsentEvents(db: DbOrTx, storyId: string) {
  return db
    .select()
    .from(consentEvents)
    .where(eq(consentEvents.storyId, storyId))
    .orderBy(asc(consentEvents.at));
}

/**
 * Claims stories whose consent expires before `until` and whose collector has not been warned about
 * that expiry. The claim and the mark are one statement (SKIP LOCKED), so two app instances never
 * warn twice.
 */
export async function claimConsentsExpiringBefore(db: DbOrTx, until: Date) {
  const now = new Date();
  return db
    .update(stories)
    .set({ consentReminderSentFor: sql`${stories.consentExpiresAt}` })
    .where(
      inArray(
        stories.id,
        db
          .select({ id: stories.id })
          .from(stories)
          .where(
            and(
              ne(stories.status, 'withdrawn'),
              gt(stories.consentExpiresAt, now),
              sql`${stories.consentExpiresAt} <= ${until.toISOString()}::timestamptz`,
              sql`${stories.consentReminderSentFor} is distinct from ${stories.consentExpiresAt}`,
            ),
          )
          .for('update', { skipLocked: true }),
      ),
    )
    .returning();
}

// --- support lines --------------------------------------------------------------------------------

export async function findSupportLines(db: DbOrTx, organisationId: string) {
  const [row] = await db
    .select()
    .from(organisationSupportLines)
    .where(eq(organisationSupportLines.organisationId, organisationId));
  return row;
}

export async function saveSupportLines(
  db: DbOrTx,
  values: {
    organisationId: string;
    lines: { name: string; contact: string; hours: string }[];
    updatedBy: string;
  },
) {
  await db
    .insert(organisationSupportLines)
    .values(values)
    .onConflictDoUpdate({
      target: organisationSupportLines.organisationId,
      set: { lines: values.lines, updatedBy: values.updatedBy, updatedAt: new Date() },
    });
}
