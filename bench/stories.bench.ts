// Story search over 100,000 stories on PostgreSQL: seeds a fresh database, then times searches by
// an analyst through the same query the API runs, for common words and for rare and absent ones.
// Prints one JSON line per figure, and the plan's node types for a rare word.
//   BENCH_STORIES         how many stories to seed (default 100000)
//   DATABASE_URL          the PostgreSQL server to use (default postgres://postgres@127.0.0.1:5432/postgres)
//   BENCH_EXPLAIN         print query plans and each search's time on stderr
//   BENCH_KEEP_DATABASE   keep the seeded database afterwards (its name is printed) to study plans
//   BENCH_REUSE_DATABASE  search a database an earlier run kept instead of seeding a new one
//   BENCH_RARE_SEARCHES   how many rare-word searches to time (default 100)
import { randomBytes, randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../server/kernel/db.js';
import { planStorySearchForBench, searchStoriesForBench } from '../server/modules.js';

const STORIES = Number(process.env.BENCH_STORIES ?? 100_000);
const SEARCHES = 300;
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
// for them must not walk every story looking for twenty that are not there.
const RARE_WORDS = [
  { word: 'lighthouse', every: 25_000 },
  { word: 'origami', every: 5_000 },
];
const RARE_QUERIES = ['lighthouse', 'origami', 'origami hope', 'zeppelin', 'marmalade kiln'];
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
  if (reused) {
    // Story g belongs to organisation g % 5, as seeded below.
    const found = (await database.db.execute(sql`
      select organisation_id from stories where title in ('Story 5', 'Story 1', 'Story 2', 'Story 3', 'Story 4')
      order by array_position(array['Story 5', 'Story 1', 'Story 2', 'Story 3', 'Story 4'], title)`)) as unknown as {
      rows: { organisation_id: string }[];
    };
    organisations = found.rows.map((row) => row.organisation_id);
  } else {
    await database.migrate();
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
                  sql` || case when g % ${every}::int = 7 then ${` ${word}`}::text else '' end`,
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
  const reader = {
    personId: randomUUID(),
    analystOrganisationIds: organisations.slice(0, 2),
    partnerOrganisationIds: organisations.slice(0, 2),
  };
  /** The search's statement with its parameters written in, for EXPLAIN. */
  async function searchSql(q: string) {
    const { select, selective } = await planStorySearchForBench(database.db, reader, { q, limit: 20 });
    const query = select.toSQL();
    const inlined = query.sql.replace(
      /\$(\d+)/g,
      (_m: string, n: string) => `'${String(query.params[Number(n) - 1]).replace(/'/g, "''")}'`,
    );
    return { inlined, selective };
  }
  if (process.env.BENCH_EXPLAIN) {
    for (const q of [...QUERIES.slice(0, 3), ...RARE_QUERIES.slice(0, 2)]) {
      const { inlined } = await searchSql(q);
      const plan = (await database.db.execute(sql.raw(`EXPLAIN ANALYZE ${inlined}`))) as unknown as {
        rows: Record<string, string>[];
      };
      console.error(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
  }
  /** Node types of a plan, outermost first, each nested node after its parent. */
  function nodeTypes(plan: { 'Node Type': string; Plans?: unknown[] }): string[] {
    const children = (plan.Plans ?? []) as { 'Node Type': string; Plans?: unknown[] }[];
    return [plan['Node Type'], ...children.flatMap(nodeTypes)];
  }
  for (const q of ['lighthouse', 'peer support']) {
    const { inlined, selective } = await searchSql(q);
    const plan = (await database.db.execute(sql.raw(`EXPLAIN (FORMAT JSON) ${inlined}`))) as unknown as {
      rows: { 'QUERY PLAN': { Plan: { 'Node Type': string } }[] }[];
    };
    const root = plan.rows[0]?.['QUERY PLAN'][0]?.Plan;
    console.log(JSON.stringify({ bench: 'stories', plan: q, selective, nodes: root ? nodeTypes(root) : [] }));
  }

  /** Times `count` searches over `queries`, some with a theme or channel as people filter. */
  async function timeSearches(queries: readonly string[], count: number, mustFind: boolean) {
    const timings: number[] = [];
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
      if (mustFind && i === 0 && results.length === 0)
        throw new Error('the benchmark search found nothing: check the seed');
    }
    return timings.sort((a, b) => a - b);
  }
  const timings = await timeSearches(QUERIES, SEARCHES, true);
  emit('search_p50_ms', percentile(timings, 50), 'ms');
  emit('search_p95_ms', percentile(timings, 95), 'ms');
  emit('search_p99_ms', percentile(timings, 99), 'ms');
  const rare = await timeSearches(RARE_QUERIES, RARE_SEARCHES, false);
  emit('search_rare_p50_ms', percentile(rare, 50), 'ms');
  emit('search_rare_p95_ms', percentile(rare, 95), 'ms');
  emit('search_rare_p99_ms', percentile(rare, 99), 'ms');
  emit('load_average', loadavg()[0] ?? 0, '1-min');
} finally {
  await database.close();
  if (process.env.BENCH_KEEP_DATABASE || reused) console.error(`Kept the database ${name}`);
  else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
