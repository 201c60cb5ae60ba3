import { and, desc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { StorySearchQuery } from '../../../contracts/stories.js';
import type { DbOrTx } from '../../kernel/db.js';
import { stories, storytellers } from './stories.tables.js';

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
