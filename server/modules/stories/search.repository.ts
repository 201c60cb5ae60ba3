import { and, desc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { StorySearchQuery } from '../../../contracts/stories.js';
import type { DbOrTx } from '../../kernel/db.js';
import { stories, storytellers } from './stories.tables.js';

/** The generated, indexed tsvector of title and shareable text (migration 0005). */
const shareableDocument = sql`${stories}.search_vector`;

/**
 * Up to this many stories holding the words, the full-text index finds them all and the newest are
 * sorted out of them; beyond it, walking the stories newest first meets a page of matches soonest.
 * The planner cannot tell the two apart for a word its statistics do not know (it guesses 0.5% of
 * the table), and at a million stories a rare or absent word then walks every row.
 */
export const SELECTIVE_MATCHES = 1000;

type Reader = { personId: string; analystOrganisationIds: string[]; partnerOrganisationIds: string[] };

/** Whether at most `cap` stories hold the words: counted through the index, reading at most cap + 1. */
async function fewMatches(db: DbOrTx, q: string, cap: number): Promise<boolean> {
  const hits = db
    .select({ one: sql`1` })
    .from(stories)
    .where(sql`${shareableDocument} @@ websearch_to_tsquery('english', ${q})`)
    .limit(cap + 1)
    .as('hits');
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(hits);
  return (row?.n ?? 0) <= cap;
}

/**
 * Full-text search over what one reader may see: their own stories (as storyteller or collector),
 * plus de-identified stories of organisations where they analyse, or that named their organisation
 * as a partner — only with consent in force, never while held, never drafts or withdrawn stories.
 * Mirrors `accessToStory` in stories.policy.ts; the tests check both agree.
 */
export async function searchStories(
  db: DbOrTx,
  reader: Reader,
  query: StorySearchQuery,
  options: { selectiveMatches?: number } = {},
) {
  return (await planStorySearch(db, reader, query, options)).select;
}

/**
 * The search query for a reader, shaped by how many stories hold the words (see SELECTIVE_MATCHES),
 * unrun so the benchmark can show its plan. Both shapes return the same rows in the same order.
 */
export async function planStorySearch(
  db: DbOrTx,
  reader: Reader,
  query: StorySearchQuery,
  options: { selectiveMatches?: number } = {},
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
  const columns = {
    id: stories.id,
    organisationId: stories.organisationId,
    title: sql<string>`case when ${own} then ${stories.title} else ${stories.safeTitle} end`,
    channel: stories.channel,
    status: stories.status,
    themes: stories.themes,
    snippet,
    createdAt: stories.createdAt,
  };
  // The id breaks ties between stories of the same moment, so both shapes agree on every page.
  const newestFirst = [desc(stories.createdAt), desc(stories.id)];
  const selective =
    query.q !== undefined &&
    query.q !== '' &&
    (await fewMatches(db, query.q, options.selectiveMatches ?? SELECTIVE_MATCHES));
  if (!selective) {
    return {
      selective,
      select: db
        .select(columns)
        .from(stories)
        .where(and(...conditions))
        .orderBy(...newestFirst)
        .limit(query.limit),
    };
  }
  // Few stories hold the words: every match the reader may see is gathered through the full-text
  // index, the newest page is taken from them, and only that page gets titles and snippets. The
  // MATERIALIZED fence keeps the planner from walking the date index for the page instead, which
  // it would, guessing 0.5% of the table for a word it has no statistics for.
  const matching = db
    .select({ id: stories.id, createdAt: stories.createdAt })
    .from(stories)
    .where(and(...conditions));
  const page = sql`(with matching as materialized (${matching})
    select id from matching order by created_at desc, id desc limit ${query.limit})`;
  return {
    selective,
    select: db
      .select(columns)
      .from(stories)
      .where(inArray(stories.id, page))
      .orderBy(...newestFirst)
      .limit(query.limit),
  };
}
