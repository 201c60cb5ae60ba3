import { and, desc, eq, gt, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { StorySearchQuery } from '../../../contracts/stories.js';
import type { DbOrTx } from '../../kernel/db.js';
import { stories, storytellers } from './stories.tables.js';

/** The generated, indexed tsvector of title and shareable text (migration 0005). */
const shareableDocument = sql`${stories}.search_vector`;

/**
 * A search for words first looks among the newest FIRST_WINDOW stories, through one index that holds
 * each story's words and date (stories_search_dated_idx, migration 0040): for a common word that
 * fills the page without reading every story that holds it, or walking stories one by one.
 */
export const FIRST_WINDOW = 2000;
/**
 * When the newest stories do not fill the page and at most this many stories hold the words, all
 * of them are gathered through the full-text index and the newest page sorted out; otherwise older
 * stories are walked newest first. The planner cannot tell a rare word from a common one it has no
 * statistics for (it guesses 0.5% of the table), so this is counted.
 */
export const SELECTIVE_MATCHES = 1000;

/**
 * How a statement finds its stories: `count` and `gather` through the full-text index, `edge` the
 * date index for one row, `window` through indexes among the newest stories, `walk` the date index
 * newest first (with no words, or for stories older than the first window).
 */
export type SearchStep = 'count' | 'edge' | 'gather' | 'window' | 'walk';
export type SearchStatement = { step: SearchStep; sql: string; params: unknown[] };
export type SearchOptions = {
  selectiveMatches?: number;
  firstWindow?: number;
  /** Force one shape (the tests compare them): every match gathered, windows, or the date walk. */
  shape?: 'gather' | 'windows' | 'walk';
  /** Told of every statement before it runs, so the benchmark can check the plan of each. */
  onStatement?: (statement: SearchStatement) => void;
};

type Reader = { personId: string; analystOrganisationIds: string[]; partnerOrganisationIds: string[] };

type Runnable<T> = { toSQL(): { sql: string; params: unknown[] } } & PromiseLike<T>;

async function run<T>(step: SearchStep, query: Runnable<T>, options: SearchOptions): Promise<T> {
  if (options.onStatement) options.onStatement({ step, ...query.toSQL() });
  return await query;
}

/** Whether at most `cap` stories hold the words: counted through the index, reading at most cap + 1. */
async function fewMatches(db: DbOrTx, q: string, cap: number, options: SearchOptions): Promise<boolean> {
  const hits = db
    .select({ one: sql`1` })
    .from(stories)
    .where(sql`${shareableDocument} @@ websearch_to_tsquery('english', ${q})`)
    .limit(cap + 1)
    .as('hits');
  const [row] = await run('count', db.select({ n: sql<number>`count(*)::int` }).from(hits), options);
  return (row?.n ?? 0) <= cap;
}

/**
 * Full-text search over what one reader may see: their own stories (as storyteller or collector),
 * plus de-identified stories of organisations where they analyse, or that named their organisation
 * as a partner — only with consent in force, never while held, never drafts or withdrawn stories.
 * Mirrors `accessToStory` in stories.policy.ts; the tests check both agree. Every shape returns the
 * same rows in the same order: newest first, the id breaking ties.
 */
export async function searchStories(
  db: DbOrTx,
  reader: Reader,
  query: StorySearchQuery,
  options: SearchOptions = {},
) {
  const now = new Date();
  const told = db
    .select({ id: storytellers.storyId })
    .from(storytellers)
    .where(eq(storytellers.personId, reader.personId));
  // Each part of what the reader may see is one an index can find (the stories they told through
  // the primary key), so for a reader who sees few stories PostgreSQL can gather just those.
  const own = or(
    eq(stories.createdBy, reader.personId),
    eq(stories.collectedBy, reader.personId),
    sql`${stories.id} = any(array(${told}))`,
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
          shareable,
          inArray(stories.organisationId, reader.analystOrganisationIds),
          sql`${stories.consentTier} >= 'analysis'`,
        )
      : undefined;
  const asPartner =
    reader.partnerOrganisationIds.length > 0
      ? and(
          shareable,
          sql`${stories.consentTier} >= 'partners'`,
          sql`${stories.consentPartnerIds} && ARRAY[${sql.join(
            reader.partnerOrganisationIds.map((id) => sql`${id}`),
            sql`, `,
          )}]::uuid[]`,
        )
      : undefined;
  // Fail closed: with no organisation to analyse for, only the reader's own stories are visible.
  const visible = or(own, asAnalyst, asPartner);
  const conditions: (SQL | undefined)[] = [visible];
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
  const newestFirst = [desc(stories.createdAt), desc(stories.id)];

  /**
   * The newest `limit` stories meeting `where`: all of them gathered first, then the page taken and
   * only its rows given titles and snippets. The MATERIALIZED fence keeps the planner from walking
   * the date index for the page instead, which it would for a word it guesses is common.
   */
  function pageOf(where: SQL | undefined, limit: number) {
    const matching = db.select({ id: stories.id, createdAt: stories.createdAt }).from(stories).where(where);
    const page = sql`(with matching as materialized (${matching})
      select id from matching order by created_at desc, id desc limit ${limit})`;
    return db
      .select(columns)
      .from(stories)
      .where(inArray(stories.id, page))
      .orderBy(...newestFirst)
      .limit(limit);
  }

  const words = query.q !== undefined && query.q !== '';
  const all = and(...conditions);
  const shape = options.shape ?? (words ? 'windows' : 'walk');
  if (shape === 'walk') {
    const walk = db
      .select(columns)
      .from(stories)
      .where(all)
      .orderBy(...newestFirst)
      .limit(query.limit);
    return await run('walk', walk, options);
  }
  if (shape === 'gather') return await run('gather', pageOf(all, query.limit), options);

  // The newest stories first, then (if they did not fill the page) the rest.
  const firstWindow = options.firstWindow ?? FIRST_WINDOW;
  const [edge] = await run(
    'edge',
    db
      .select({ at: stories.createdAt })
      .from(stories)
      .orderBy(desc(stories.createdAt))
      .limit(1)
      .offset(firstWindow - 1),
    options,
  );
  if (!edge) return await run('window', pageOf(all, query.limit), options);
  const rows = await run('window', pageOf(and(all, gte(stories.createdAt, edge.at)), query.limit), options);
  if (rows.length >= query.limit) return rows;
  // Few stories hold the words: all of them are gathered at once, with no bound on the date (a
  // date range in the dated index would read every story in it).
  if (
    options.shape === undefined &&
    (await fewMatches(db, query.q ?? '', options.selectiveMatches ?? SELECTIVE_MATCHES, options))
  )
    return await run(
      'gather',
      // At most SELECTIVE_MATCHES stories: who may read each is checked on them, never gathered
      // from the reader's indexes (for an analyst that is a bitmap of hundreds of thousands).
      pageOf(and(sql`(${visible}) is true`, ...conditions.slice(1)), query.limit),
      options,
    );
  const rest = db
    .select(columns)
    .from(stories)
    .where(and(all, lt(stories.createdAt, edge.at)))
    .orderBy(...newestFirst)
    .limit(query.limit - rows.length);
  rows.push(...(await run('walk', rest, options)));
  return rows;
}
