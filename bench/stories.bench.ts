// Story search on PostgreSQL: seeds a fresh database (100,000 stories unless told), then times
// searches through the same code the API runs, for a broad reader (an analyst for two of five
// organisations) and a narrow one (their own stories only), each for common, rare and absent words.
// Prints one JSON line per figure, and for a sample of searches the plan of every statement; fails
// when PostgreSQL did not plan a statement the way the search claims (a "wrong" step), when a
// search that must fill its page did not, when rare words were never found or absent ones were,
// or when a sampled search's page differs from the page of every match gathered and sorted.
//   BENCH_STORIES         how many stories to seed (default 100000)
//   DATABASE_URL          the PostgreSQL server to use (default postgres://postgres@127.0.0.1:5432/postgres)
//   BENCH_EXPLAIN         print EXPLAIN (ANALYZE, BUFFERS) of common-word searches, and each search's time, on stderr
//   BENCH_KEEP_DATABASE   keep the seeded database afterwards (its name is printed) to study plans
//   BENCH_REUSE_DATABASE  search a database an earlier run kept instead of seeding a new one
//   BENCH_SEARCHES        how many common-word searches to time per reader (default 300)
//   BENCH_RARE_SEARCHES   how many rare-word (and absent-word) searches to time per reader (default 100)
//   BENCH_TARGET_P95_MS   fail when the p95 of any reader's common, rare or absent words is over this
import { randomBytes, randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../server/kernel/db.js';
import { searchStoriesForBench, type StorySearchStatement } from '../server/modules.js';

const STORIES = Number(process.env.BENCH_STORIES ?? 100_000);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 300);
/** Fewer for rare words: before the index could drive, each one walked every story. */
const RARE_SEARCHES = Number(process.env.BENCH_RARE_SEARCHES ?? 100);
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

// Stories read like speech: mostly common words (stop words, not indexed) with topical words among
// them, so a topical word appears in a few per cent of stories, as in a real collection.
const COMMON = (
  'i the and was it to a of my in that me but so just we they had it was not at on with for be have is ' +
  'you he she them then when there what all about one like really got get went going do did'
).split(' ');
const TOPICAL = (
  'recovery hope group peer support friend family walk allotment cafe kitchen volunteer course college job ' +
  'drinking sober meeting tuesday thursday garden bus library writing music football church hall kettle ' +
  'rota keys trust anxiety depression hospital ward doctor nurse mum dad son daughter sister brother home ' +
  'flat housing benefits money debt court prison probation counsellor therapy medication sleep morning ' +
  'evening weekend holiday beach park dog cat bike running swimming art painting poetry story voice'
).split(' ');
const SYLLABLES =
  'ba ke lo mi nu ra se ti vo wy dra fen gul hap jor kin lem mos nap pol quin rus sta tov'.split(' ');
const RARE = SYLLABLES.flatMap((a) => SYLLABLES.map((b) => `${a}${b}n`));
const WORDS = [...COMMON, ...COMMON, ...COMMON, ...COMMON, ...TOPICAL, ...RARE];
// Words no generated text holds: a few stories carry each rare word, none the absent ones. A search
// for them must not walk every story looking for twenty that are not there. The rare words go in
// stories both readers below may see (story g with g % every = 1: organisation 1, analysis consent,
// written by the narrow reader), so finding them is part of what is timed.
const RARE_WORDS = [
  { word: 'lighthouse', every: 25_000 },
  { word: 'origami', every: 5_000 },
];
const RARE_QUERIES = ['lighthouse', 'origami', 'origami hope'];
const ABSENT_QUERIES = ['zeppelin', 'marmalade kiln'];
const QUERIES = [
  'allotment',
  'peer support',
  'volunteer college',
  'hope',
  'kettle rota',
  'housing benefits',
  'poetry',
];

function emit(metric: string, value: number, unit: string) {
  console.log(JSON.stringify({ bench: 'stories', metric, value: Math.round(value * 100) / 100, unit }));
}

/** A PostgreSQL array literal with each value as a parameter. */
function pgArray(values: readonly string[], type: 'uuid' | 'text') {
  return sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::${sql.raw(type)}[]`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const reused = process.env.BENCH_REUSE_DATABASE;
const name = reused ?? `cairn_bench_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: serverUrl });
try {
  await admin.connect();
} catch {
  console.error(
    `The stories benchmark needs PostgreSQL (${serverUrl}); set DATABASE_URL to one you can reach.`,
  );
  process.exit(1);
}
if (!reused) await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
try {
  let organisations: string[] = Array.from({ length: 5 }, () => randomUUID());
  // A kept database gets any newer migrations (new indexes) before it is searched.
  await database.migrate();
  if (reused) {
    // Statistics for any new index's expressions (the week of each story), as autovacuum would gather.
    await database.db.execute(sql`analyze stories`);
    // Story g belongs to organisation g % 5, as seeded below.
    const found = (await database.db.execute(sql`
      select organisation_id from stories where title in ('Story 5', 'Story 1', 'Story 2', 'Story 3', 'Story 4')
      order by array_position(array['Story 5', 'Story 1', 'Story 2', 'Story 3', 'Story 4'], title)`)) as unknown as {
      rows: { organisation_id: string }[];
    };
    organisations = found.rows.map((row) => row.organisation_id);
  } else {
    const people = Array.from({ length: 200 }, () => randomUUID());
    const seedStart = performance.now();
    // The full-text indexes are built once after loading, as fast as a bulk load allows; built
    // row by row they would also leave a long pending list that every search reads until vacuum.
    const fullText = (await database.db.execute(
      sql`select indexname, indexdef from pg_indexes where tablename = 'stories' and indexdef ilike '%using gin%'`,
    )) as unknown as { rows: { indexname: string; indexdef: string }[] };
    for (const index of fullText.rows) await database.db.execute(sql.raw(`drop index ${index.indexname}`));
    const batch = 10_000;
    for (let offset = 0; offset < STORIES; offset += batch) {
      const size = Math.min(batch, STORIES - offset);
      // Random 60-200 word texts from the vocabulary, generated inside PostgreSQL for speed.
      await database.db.execute(sql`
        insert into stories (organisation_id, channel, title, status, created_by, consent_tier, shareable_text, themes, created_at)
        select
          (${pgArray(organisations, 'uuid')})[1 + (g % 5)],
          (array['written','one_to_one_interview','group_sharing','writing_group','video_interview'])[1 + (g % 5)]::story_channel,
          'Story ' || g,
          (array['submitted','in_review','approved','approved','withdrawn'])[1 + (g % 5)]::story_status,
          (${pgArray(people, 'uuid')})[1 + (g % 200)],
          (array['private','analysis','partners','public'])[1 + (g % 4)]::consent_tier,
          (select string_agg((${pgArray(WORDS, 'text')})[1 + floor(random() * ${WORDS.length}::int)::int], ' ')
             from generate_series(1, 60 + (g % 140)) w where g > 0)
            ${sql.join(
              RARE_WORDS.map(
                ({ word, every }) =>
                  sql` || case when g % ${every}::int = 1 then ${` ${word}`}::text else '' end`,
              ),
              sql``,
            )},
          case g % 4 when 0 then array['hope'] when 1 then array['connectedness', 'identity']
            when 2 then array['meaning'] else array['empowerment', 'hope'] end,
          now() - ((g % 1000) || ' days')::interval
        from generate_series(${offset + 1}::int, ${offset + size}::int) g`);
    }
    await database.db.execute(sql`set maintenance_work_mem = '256MB'`);
    for (const index of fullText.rows) await database.db.execute(sql.raw(index.indexdef));
    await database.db.execute(sql`vacuum analyze stories`);
    emit('stories', STORIES, 'stories');
    emit('seed_seconds', (performance.now() - seedStart) / 1000, 's');
  }
  // A broad reader analyses for two of the five organisations; a narrow one sees only the stories
  // they wrote (one author in 200) and those of an organisation with none yet.
  const narrowPerson = (
    (await database.db.execute(sql`select created_by from stories where title = 'Story 1'`)) as unknown as {
      rows: { created_by: string }[];
    }
  ).rows[0]?.created_by;
  if (!narrowPerson) throw new Error('the benchmark database has no Story 1: check the seed');
  const emptyOrganisation = randomUUID();
  type Reader = { personId: string; analystOrganisationIds: string[]; partnerOrganisationIds: string[] };
  const readers: Record<'broad' | 'narrow', Reader> = {
    broad: {
      personId: randomUUID(),
      analystOrganisationIds: organisations.slice(0, 2),
      partnerOrganisationIds: organisations.slice(0, 2),
    },
    narrow: {
      personId: narrowPerson,
      analystOrganisationIds: [emptyOrganisation],
      partnerOrganisationIds: [emptyOrganisation],
    },
  };
  type Query = Parameters<typeof searchStoriesForBench>[2];

  /** A statement with its parameters written in, for EXPLAIN. */
  function inlined(statement: StorySearchStatement) {
    return statement.sql.replace(
      /\$(\d+)/g,
      (_m: string, n: string) => `'${String(statement.params[Number(n) - 1]).replace(/'/g, "''")}'`,
    );
  }
  /** The statements one search runs, in order. */
  async function statementsOf(reader: Reader, query: Query) {
    const statements: StorySearchStatement[] = [];
    await searchStoriesForBench(database.db, reader, query, { onStatement: (s) => statements.push(s) });
    return statements;
  }
  type PlanNode = {
    'Node Type': string;
    'Index Name'?: string;
    'Relation Name'?: string;
    Plans?: PlanNode[];
  };
  /** Every node of a plan, outermost first, each nested node after its parent. */
  function nodesOf(plan: PlanNode): PlanNode[] {
    return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
  }
  const describe = (node: PlanNode) =>
    node['Index Name'] ? `${node['Node Type']} on ${node['Index Name']}` : node['Node Type'];
  /**
   * What each step of the search claims PostgreSQL does: the span reads the date index for its two
   * ends; finding the reader's own stories, the shared stories of some weeks, or every match (when
   * gathered) goes through bitmap index scans, the weeks through the index of words and weeks; the
   * page reads its few stories by id; a walk (no words) reads the date index newest first. None
   * reads the whole table of stories.
   */
  function claimFails(step: StorySearchStatement['step'], nodes: PlanNode[]): string | undefined {
    const names = nodes.map(describe);
    const scansStories = nodes.some((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'stories');
    const walksDates = nodes.some(
      (n) => /^Index (Only )?Scan/.test(n['Node Type']) && n['Index Name'] === 'stories_created_at_idx',
    );
    const keys = names.includes('Bitmap Index Scan on stories_search_keys_idx');
    if (scansStories) return 'reads every story';
    switch (step) {
      case 'span':
        return walksDates ? undefined : 'does not read the date index';
      case 'own':
        return walksDates || !nodes.some((n) => n['Node Type'] === 'Bitmap Heap Scan')
          ? 'does not find the stories through bitmap index scans'
          : undefined;
      case 'weeks':
      case 'gather':
        return !keys
          ? 'does not use the index of words and weeks'
          : walksDates
            ? 'walks the date index'
            : undefined;
      case 'page':
        return names.some((n) => n.endsWith('on stories_pkey')) ? undefined : 'does not read stories by id';
      case 'walk':
        return walksDates ? undefined : 'does not walk the date index';
    }
  }
  const PLANNED: [keyof typeof readers, Query][] = [];
  for (const name of ['broad', 'narrow'] as const)
    for (const query of [
      { q: 'peer support', limit: 20 },
      { q: 'hope', limit: 20, theme: 'hope' as const, channel: 'written' as const },
      { q: 'lighthouse', limit: 20 },
      { q: 'zeppelin', limit: 20 },
    ])
      PLANNED.push([name, query]);
  let wrongPlans = 0;
  for (const [name, query] of PLANNED) {
    const steps = [];
    for (const statement of await statementsOf(readers[name], query)) {
      const result = (await database.db.execute(
        sql.raw(`EXPLAIN (FORMAT JSON) ${inlined(statement)}`),
      )) as unknown as { rows: { 'QUERY PLAN': { Plan: PlanNode }[] }[] };
      const root = result.rows[0]?.['QUERY PLAN'][0]?.Plan;
      const nodes = root ? nodesOf(root) : [];
      const wrong = claimFails(statement.step, nodes);
      if (wrong) wrongPlans++;
      steps.push({ step: statement.step, nodes: nodes.map(describe), ...(wrong ? { wrong } : {}) });
    }
    console.log(JSON.stringify({ bench: 'stories', plan: query, reader: name, steps }));
  }
  // The sampled searches give the same page as every match gathered and sorted (slow for common
  // words at a million stories, so only these), and the page is not empty where stories match.
  let differing = 0;
  for (const [name, query] of PLANNED) {
    const page = await searchStoriesForBench(database.db, readers[name], query);
    const gathered = await searchStoriesForBench(database.db, readers[name], query, { shape: 'gather' });
    const same = JSON.stringify(page) === JSON.stringify(gathered);
    if (!same) differing++;
    console.log(
      JSON.stringify({
        bench: 'stories',
        sample: query,
        reader: name,
        found: page.length,
        gathered: gathered.length,
        same,
      }),
    );
  }
  if (process.env.BENCH_EXPLAIN) {
    for (const name of ['broad', 'narrow'] as const) {
      for (const query of [PLANNED[0]?.[1], PLANNED[1]?.[1]]) {
        if (!query) continue;
        for (const statement of await statementsOf(readers[name], query)) {
          const plan = (await database.db.execute(
            sql.raw(`EXPLAIN (ANALYZE, BUFFERS) ${inlined(statement)}`),
          )) as unknown as { rows: Record<string, string>[] };
          console.error(`-- ${name} reader, ${JSON.stringify(query)}, ${statement.step}`);
          console.error(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
        }
      }
    }
  }

  /** Times `count` searches over `queries`, some with a theme or channel as people filter. */
  async function timeSearches(reader: Reader, queries: readonly string[], count: number, fills: boolean) {
    const timings: number[] = [];
    let found = 0;
    for (let i = 0; i < count; i++) {
      const q = queries[i % queries.length];
      const query = {
        q,
        limit: 20,
        ...(i % 3 === 1 ? { theme: 'hope' as const } : {}),
        ...(i % 4 === 2 ? { channel: 'written' as const } : {}),
      };
      const started = performance.now();
      const results = await searchStoriesForBench(database.db, reader, query);
      timings.push(performance.now() - started);
      if (process.env.BENCH_EXPLAIN)
        console.error(Math.round(performance.now() - started), JSON.stringify(query));
      found += results.length;
      if (fills && results.length < query.limit)
        throw new Error(
          `${JSON.stringify(query)} found ${results.length} stories, not a full page: check the seed`,
        );
    }
    return { timings: timings.sort((a, b) => a - b), found };
  }
  const target = Number(process.env.BENCH_TARGET_P95_MS ?? Number.NaN);
  const overTarget: string[] = [];
  const byKind: Record<string, number[]> = {};
  for (const name of ['broad', 'narrow'] as const) {
    // The broad reader sees hundreds of thousands of stories: every common-word search fills its page.
    const common = await timeSearches(readers[name], QUERIES, SEARCHES, name === 'broad');
    const rare = await timeSearches(readers[name], RARE_QUERIES, RARE_SEARCHES, false);
    const absent = await timeSearches(readers[name], ABSENT_QUERIES, RARE_SEARCHES, false);
    if (rare.found === 0) throw new Error(`the ${name} reader never found a rare word: check the seed`);
    if (absent.found > 0) throw new Error(`the ${name} reader found an absent word: check the seed`);
    for (const [kind, { timings, found }] of Object.entries({ common, rare, absent })) {
      emit(`search_${name}_${kind}_p50_ms`, percentile(timings, 50), 'ms');
      emit(`search_${name}_${kind}_p95_ms`, percentile(timings, 95), 'ms');
      if (percentile(timings, 95) > target) overTarget.push(`${name} reader, ${kind} words`);
      emit(`search_${name}_${kind}_found`, found, 'stories');
      byKind[`${name}_${kind}`] = timings;
    }
  }
  // The figures earlier runs reported: the broad reader, common words and rare-or-absent ones.
  const broad = byKind.broad_common ?? [];
  const rareOrAbsent = [...(byKind.broad_rare ?? []), ...(byKind.broad_absent ?? [])].sort((a, b) => a - b);
  emit('search_p50_ms', percentile(broad, 50), 'ms');
  emit('search_p95_ms', percentile(broad, 95), 'ms');
  emit('search_p99_ms', percentile(broad, 99), 'ms');
  emit('search_rare_p50_ms', percentile(rareOrAbsent, 50), 'ms');
  emit('search_rare_p95_ms', percentile(rareOrAbsent, 95), 'ms');
  emit('search_rare_p99_ms', percentile(rareOrAbsent, 99), 'ms');
  emit('load_average', loadavg()[0] ?? 0, '1-min');
  if (overTarget.length > 0) {
    console.error(`p95 over ${target} ms: ${overTarget.join('; ')}`);
    process.exitCode = 1;
  }
  if (differing > 0) {
    console.error(`${differing} sampled searches gave a different page from every match gathered`);
    process.exitCode = 1;
  }
  if (wrongPlans > 0) {
    console.error(
      `${wrongPlans} search statements were not planned as the search claims (see "wrong" above)`,
    );
    process.exitCode = 1;
  }
} finally {
  await database.close();
  if (process.env.BENCH_KEEP_DATABASE || reused) console.error(`Kept the database ${name}`);
  else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
