import { and, asc, desc, eq, gt, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Channel, ConsentTier, StorySearchQuery, StoryStatus } from '../../../contracts/stories.js';
import type { DbOrTx } from '../../kernel/db.js';
import {
  consentEvents,
  stories,
  organisationSupportLines,
  storyCollectionItems,
  storyCollections,
  storyMedia,
  storytellers,
  storyVersions,
} from './stories.tables.js';

export type StoryRow = typeof stories.$inferSelect;
export type ConsentEventRow = typeof consentEvents.$inferSelect;

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

export async function insertStorytellers(
  db: DbOrTx,
  rows: {
    storyId: string;
    personId: string | null;
    nameEncrypted: string | null;
    contactEncrypted: string | null;
  }[],
) {
  if (rows.length > 0) await db.insert(storytellers).values(rows);
}

export async function findStorytellers(db: DbOrTx, storyId: string) {
  return db.select().from(storytellers).where(eq(storytellers.storyId, storyId));
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

// --- consent --------------------------------------------------------------------------------------

export async function insertConsentEvent(db: DbOrTx, values: typeof consentEvents.$inferInsert) {
  await db.insert(consentEvents).values(values);
}

export async function findConsentEvents(db: DbOrTx, storyId: string) {
  return db
    .select()
    .from(consentEvents)
    .where(eq(consentEvents.storyId, storyId))
    .orderBy(asc(consentEvents.at));
}

// --- showcase -------------------------------------------------------------------------------------

const searchDocument = sql`to_tsvector('english', coalesce(${stories.title}, '') || ' ' || coalesce(${stories.approvedText}, ''))`;

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

export async function findPublicStories(
  db: DbOrTx,
  query: { q?: string | undefined; channel?: Channel | undefined; theme?: string | undefined; limit: number },
) {
  const conditions = [publicCondition(new Date())];
  if (query.channel) conditions.push(eq(stories.channel, query.channel));
  if (query.theme) conditions.push(sql`${stories.themes} @> ARRAY[${query.theme}]::text[]`);
  if (query.q) conditions.push(sql`${searchDocument} @@ websearch_to_tsquery('english', ${query.q})`);
  return db
    .select()
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

export type StoryProjection = {
  status?: StoryStatus;
  consentTier?: ConsentTier;
  consentExpiresAt?: Date | null;
};

/** Erasure only: versions are otherwise immutable. */
export async function deleteVersionsOfStory(db: DbOrTx, storyId: string) {
  await db.delete(storyVersions).where(eq(storyVersions.storyId, storyId));
}

/** The generated, indexed tsvector of title and shareable text (migration 0005). */
const shareableDocument = sql`${stories}.search_vector`;

/**
 * Full-text search over what one reader may see: their own stories (as storyteller or collector),
 * plus de-identified stories of organisations where they analyse, or that named their organisation
 * as a partner — only with consent in force, never while held, never drafts or withdrawn stories.
 * Mirrors `accessToStory` in stories.policy.ts; the tests check both agree.
 */
export function searchStories(
  db: DbOrTx,
  reader: { personId: string; analystOrganisationIds: string[]; partnerOrganisationIds: string[] },
  query: StorySearchQuery,
) {
  const now = new Date();
  const told = db
    .select({ id: storytellers.storyId })
    .from(storytellers)
    .where(eq(storytellers.personId, reader.personId));
  const own = or(
    eq(stories.createdBy, reader.personId),
    eq(stories.collectedBy, reader.personId),
    inArray(stories.id, told),
  );
  const shareable = and(
    inArray(stories.status, ['submitted', 'in_review', 'approved']),
    eq(stories.safeguardingHold, false),
    sql`${stories.shareableText} is not null`,
    or(isNull(stories.consentExpiresAt), gt(stories.consentExpiresAt, now)),
  );
  const asAnalyst =
    reader.analystOrganisationIds.length > 0
      ? and(
          inArray(stories.organisationId, reader.analystOrganisationIds),
          sql`${stories.consentTier} >= 'analysis'`,
        )
      : undefined;
  const asPartner =
    reader.partnerOrganisationIds.length > 0
      ? and(
          sql`${stories.consentTier} >= 'partners'`,
          sql`${stories.consentPartnerIds} && ARRAY[${sql.join(
            reader.partnerOrganisationIds.map((id) => sql`${id}`),
            sql`, `,
          )}]::uuid[]`,
        )
      : undefined;
  // Fail closed: with no organisation to analyse for, only the reader's own stories are visible.
  const shared = asAnalyst && asPartner ? or(asAnalyst, asPartner) : (asAnalyst ?? asPartner);
  const visible = shared ? or(own, and(shareable, shared)) : own;
  const conditions = [visible];
  if (query.q) conditions.push(sql`${shareableDocument} @@ websearch_to_tsquery('english', ${query.q})`);
  if (query.organisationId) conditions.push(eq(stories.organisationId, query.organisationId));
  if (query.channel) conditions.push(eq(stories.channel, query.channel));
  if (query.status) conditions.push(eq(stories.status, query.status));
  if (query.theme) conditions.push(sql`${stories.themes} @> ARRAY[${query.theme}]::text[]`);
  if (query.from) conditions.push(sql`${stories.createdAt} >= ${query.from}::date`);
  if (query.to) conditions.push(sql`${stories.createdAt} < (${query.to}::date + 1)`);
  const snippet = query.q
    ? sql<string>`coalesce(ts_headline('english', coalesce(${stories.shareableText}, ''), websearch_to_tsquery('english', ${query.q}), 'MaxWords=30, MinWords=10, StartSel=«, StopSel=»'), '')`
    : sql<string>`coalesce(left(${stories.shareableText}, 200), '')`;
  return db
    .select({
      id: stories.id,
      organisationId: stories.organisationId,
      title: sql<string>`case when ${own} then ${stories.title} else ${stories.safeTitle} end`,
      channel: stories.channel,
      status: stories.status,
      themes: stories.themes,
      snippet,
      createdAt: stories.createdAt,
    })
    .from(stories)
    .where(and(...conditions))
    .orderBy(desc(stories.createdAt))
    .limit(query.limit);
}

// --- media ----------------------------------------------------------------------------------------

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

/**
 * Stories an analysis project may code: consented for analysis or wider and not expired, de-identified,
 * not held for safeguarding, not a draft or withdrawn. Each comes with its latest de-identified version,
 * or with the version named in `versionIds` (the one a project pinned). Checked on every read, so a
 * withdrawal takes a story out of analysis at once.
 */
export async function findAnalysableStories(
  db: DbOrTx,
  query: { organisationIds: string[]; storyIds?: string[] | undefined; versionIds?: string[] | undefined },
) {
  if (query.organisationIds.length === 0 || query.storyIds?.length === 0 || query.versionIds?.length === 0)
    return [];
  const versions = query.versionIds
    ? db
        .select({
          storyId: storyVersions.storyId,
          versionId: storyVersions.id,
          body: storyVersions.body,
          decisions: storyVersions.decisions,
        })
        .from(storyVersions)
        .where(and(eq(storyVersions.kind, 'deidentified'), inArray(storyVersions.id, query.versionIds)))
        .as('pinned')
    : db
        .selectDistinctOn([storyVersions.storyId], {
          storyId: storyVersions.storyId,
          versionId: storyVersions.id,
          body: storyVersions.body,
          decisions: storyVersions.decisions,
        })
        .from(storyVersions)
        .where(eq(storyVersions.kind, 'deidentified'))
        .orderBy(storyVersions.storyId, desc(storyVersions.createdAt))
        .as('latest');
  const rows = await db
    .select({
      storyId: stories.id,
      organisationId: stories.organisationId,
      title: stories.safeTitle,
      channel: stories.channel,
      consentTier: stories.consentTier,
      createdAt: stories.createdAt,
      versionId: versions.versionId,
      text: versions.body,
      decisions: versions.decisions,
      withheldSpans: stories.withheldSpans,
    })
    .from(stories)
    .innerJoin(versions, eq(versions.storyId, stories.id))
    .where(
      and(
        inArray(stories.organisationId, query.organisationIds),
        query.storyIds ? inArray(stories.id, query.storyIds) : undefined,
        inArray(stories.consentTier, ['analysis', 'partners', 'public']),
        or(isNull(stories.consentExpiresAt), gt(stories.consentExpiresAt, sql`now()`)),
        eq(stories.safeguardingHold, false),
        inArray(stories.status, ['submitted', 'in_review', 'approved']),
      ),
    )
    .orderBy(asc(stories.createdAt));
  // A version made before a lead withheld part of the story still holds that part: until the
  // project pins a newer version, the story is not analysable.
  return rows
    .filter((row) => cutsEveryWithheldSpan(row.decisions, row.withheldSpans))
    .map(({ decisions: _decisions, withheldSpans: _withheld, ...row }) => row);
}

function cutsEveryWithheldSpan(decisions: unknown[], withheld: { start: number; end: number }[]): boolean {
  const cuts = decisions.filter(
    (d): d is { start: number; end: number; action: string } =>
      typeof d === 'object' && d !== null && 'start' in d && 'end' in d && 'action' in d,
  );
  return withheld.every((span) =>
    cuts.some((cut) => cut.action !== 'keep' && cut.start <= span.start && cut.end >= span.end),
  );
}
