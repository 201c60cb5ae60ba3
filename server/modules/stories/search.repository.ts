import { and, desc, eq, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { StorySearchQuery } from '../../../contracts/stories.js';
import type { DbOrTx } from '../../kernel/db.js';
import { stories, storytellers } from './stories.tables.js';

/** The generated, indexed tsvector of title and shareable text (migration 0005). */
const shareableDocument = sql`${stories}.search_vector`;

/**
 * The week a moment falls in, counted in whole weeks from a Monday, in UTC. The search index holds
 * each story's week beside its words, organisation, author, collector, channel and themes
 * (stories_search_keys_idx, migration 0042). A search for words looks through a few weeks at a
 * time, newest first: each week is looked up in the index, which goes straight to the stories of
 * that week holding the words, so neither every story holding a common word nor every story of a
 * long stretch of time is read. (A range of dates in such an index reads every story in the range.)
 */
function weekOf(at: SQL | typeof stories.createdAt) {
  return sql<number>`((timezone('UTC', ${at})::date - '2000-01-03'::date) / 7)`;
}

/** How many weeks the first look covers; each later look covers GROWTH times as many. */
export const FIRST_WEEKS = 1;
export const GROWTH = 4;

/**
 * How a statement finds its stories: `span` reads the newest and oldest dates from the date index;
 * `own` finds the reader's own stories that hold the words through the indexes of who wrote,
 * collected and told them; `weeks` finds shared stories of some weeks through the index of words
 * and weeks; `page` reads the chosen stories by id for their titles and snippets; `walk` reads the
 * date index newest first (a search without words); `gather` collects every match at once (only
 * when the tests ask, to compare).
 */
export type SearchStep = 'gather' | 'own' | 'page' | 'span' | 'walk' | 'weeks';
export type SearchStatement = { step: SearchStep; sql: string; params: unknown[] };
export type SearchOptions = {
  /** How many weeks the first look covers (FIRST_WEEKS unless told). */
  firstWeeks?: number;
  /** Force one shape (the tests compare them): every match gathered, weeks, or the date walk. */
  shape?: 'gather' | 'weeks' | 'walk';
  /** Told of every statement before it runs, so the benchmark can check the plan of each. */
  onStatement?: (statement: SearchStatement) => void;
};

type Reader = { personId: string; analystOrganisationIds: string[]; partnerOrganisationIds: string[] };

type Runnable<T> = { toSQL(): { sql: string; params: unknown[] } } & PromiseLike<T>;

async function run<T>(step: SearchStep, query: Runnable<T>, options: SearchOptions): Promise<T> {
  if (options.onStatement) options.onStatement({ step, ...query.toSQL() });
  return await query;
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
  const conditions: (SQL | undefined)[] = [];
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
  const all = and(visible, ...conditions);
  const limit = query.limit;

  /** The newest `limit` stories meeting `where`, with titles and snippets made for those only. */
  function pageOf(where: SQL | undefined) {
    return db
      .select(columns)
      .from(stories)
      .where(where)
      .orderBy(...newestFirst)
      .limit(limit);
  }
  /**
   * The ids of the newest `n` stories meeting any of `wheres`: all of them gathered first, each
   * part planned on its own (so each can use the index that suits it), then sorted. The
   * MATERIALIZED fence keeps the planner from walking the date index instead, which it would for
   * a word it guesses is common.
   */
  function newestIds(wheres: (SQL | undefined)[], n: number) {
    const parts = wheres.map(
      (where) =>
        sql`(${db.select({ id: stories.id, createdAt: stories.createdAt }).from(stories).where(where)})`,
    );
    return db.select({ id: sql<string>`id` }).from(
      sql`(with matching as materialized (${sql.join(parts, sql` union `)})
          select id from matching order by created_at desc, id desc limit ${n}) as newest`,
    );
  }

  /** The page of the stories chosen, each checked once more against all the reader may see. */
  async function pageOfChosen(ids: readonly { id: string }[]) {
    if (ids.length === 0) return [];
    const chosen = ids.map((row) => row.id);
    return await run('page', pageOf(and(all, inArray(stories.id, chosen))), options);
  }

  const words = query.q !== undefined && query.q !== '';
  const shape = options.shape ?? (words ? 'weeks' : 'walk');
  if (shape === 'walk') return await run('walk', pageOf(all), options);
  if (shape === 'gather') return await pageOfChosen(await run('gather', newestIds([all], limit), options));

  // Stories the reader wrote, collected or told are few: all that hold the words are gathered
  // through the indexes of who wrote, collected and told them.
  const chosen = await run('own', newestIds([and(own, ...conditions)], limit), options);
  // Stories shared with the reader: a few weeks at a time, newest first, until the page is full.
  // Those of organisations they analyse for and those shared with their organisation as a partner
  // are looked up apart, each through the index of words and weeks with its own key.
  const sharedParts = [asAnalyst, asPartner].filter((part) => part !== undefined);
  if (sharedParts.length === 0) return await pageOfChosen(chosen);
  const [span] = await run(
    'span',
    db
      .select({
        newest: weekOf(sql`max(${stories.createdAt})`),
        oldest: weekOf(sql`min(${stories.createdAt})`),
      })
      .from(stories),
    options,
  );
  const { newest, oldest } = span ?? {};
  // No stories at all (or weeks not read as whole numbers): nothing is shared.
  if (!Number.isInteger(newest) || !Number.isInteger(oldest)) return await pageOfChosen(chosen);
  let sharedFound = 0;
  let size = Math.max(1, Math.floor(options.firstWeeks ?? FIRST_WEEKS));
  for (
    let upTo = Number(newest);
    upTo >= Number(oldest) && sharedFound < limit;
    upTo -= size, size *= GROWTH
  ) {
    // Weeks are whole numbers read from the database; written into the statement as they are,
    // PostgreSQL sees how many stories each holds.
    const weeks = Array.from(
      { length: upTo - Math.max(Number(oldest), upTo - size + 1) + 1 },
      (_, i) => upTo - i,
    );
    const inWeeks = sql`${weekOf(stories.createdAt)} = any(${sql.raw(`array[${weeks.join(',')}]`)})`;
    const found = await run(
      'weeks',
      newestIds(
        sharedParts.map((part) => and(part, inWeeks, ...conditions)),
        limit - sharedFound,
      ),
      options,
    );
    chosen.push(...found);
    sharedFound += found.length;
  }
  // The newest of the reader's own stories and of the shared ones found.
  return await pageOfChosen(chosen);
}
