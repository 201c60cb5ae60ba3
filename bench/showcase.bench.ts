// The public showcase list under load: seeds the demo partnership, copies its public stories until
// the list is full, starts the real server and has autocannon (in its own process) ask for
// /api/showcase/stories over 50 connections. Prints one JSON line per figure.
//   BENCH_SECONDS       how long autocannon runs (default 10)
//   BENCH_CONNECTIONS   concurrent connections (default 50)
//   BENCH_SERVER_NODE_ARGS  extra Node options for the server only, e.g. '--cpu-prof --cpu-prof-dir=/tmp/p'
//   DATABASE_URL        when set, run on a fresh database created on this PostgreSQL server
//                       (dropped afterwards); otherwise on the embedded database
// Only 127.0.0.1 is contacted: the server the benchmark starts, and PostgreSQL when named.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../server/kernel/db.js';
import { freePort } from '../e2e/support/server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** Copies of each demo public story: enough that the list (20 by default) is full. */
const COPIES = 10;
const PATH = '/api/showcase/stories';
/** The list's default length: a shorter answer means fewer public stories than the bench made. */
const FULL_LIST = 20;

function emit(metric: string, value: number, unit: string) {
  console.log(JSON.stringify({ bench: 'showcase', metric, value: Math.round(value * 100) / 100, unit }));
}

/** Copies every public story, with its consent record and storytellers, `COPIES` times over. */
async function multiplyPublicStories(databaseUrl: string | undefined, dataDir: string) {
  const database = databaseUrl
    ? await openDatabase({ kind: 'postgres', url: databaseUrl, poolSize: 1 })
    : await openDatabase({ kind: 'pglite', dataDir });
  try {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`
        create temp table story_copies on commit drop as
          select s.id as old_id, gen_random_uuid() as new_id, g
          from stories s, generate_series(1, ${COPIES}::int) g
          where s.status = 'approved' and s.consent_tier = 'public'`);
      for (const [table, key] of [
        ['stories', 'id'],
        ['consent_events', 'story_id'],
        ['story_storytellers', 'story_id'],
      ] as const) {
        await tx.execute(
          sql.raw(`create temp table copy_rows on commit drop as
            select t.*, c.new_id as copy_of from ${table} t join story_copies c on c.old_id = t.${key}`),
        );
        await tx.execute(
          sql.raw(
            key === 'id'
              ? `update copy_rows set id = copy_of, create_idempotency_key = null,
                   approved_at = approved_at - random() * interval '300 days'`
              : `update copy_rows set id = gen_random_uuid(), story_id = copy_of`,
          ),
        );
        // Generated columns (the search vector) are computed again by the insert.
        const columns = (await tx.execute(sql`
          select string_agg(quote_ident(column_name), ', ' order by ordinal_position) as list
          from information_schema.columns
          where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER'`)) as unknown as {
          rows: { list: string }[];
        };
        const list = columns.rows[0]?.list ?? '*';
        await tx.execute(sql.raw(`insert into ${table} (${list}) select ${list} from copy_rows`));
        await tx.execute(sql.raw(`drop table copy_rows`));
      }
    });
    const counted = (await database.db.execute(
      sql`select count(*)::int as n from stories where status = 'approved' and consent_tier = 'public'`,
    )) as unknown as { rows: { n: number }[] };
    return counted.rows[0]?.n ?? 0;
  } finally {
    await database.close();
  }
}

let server: ChildProcess | undefined;
let admin: pg.Client | undefined;
let databaseName: string | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'cairn-showcase-bench-'));
const serverOutput: string[] = [];
try {
  let databaseUrl: string | undefined;
  if (process.env.DATABASE_URL) {
    admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    databaseName = `cairn_bench_showcase_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${databaseName}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${databaseName}`;
    databaseUrl = url.toString();
  }
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    CAIRN_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;

  const seeded = spawnSync(process.execPath, ['bin/cairn.mjs', 'seed-demo'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (seeded.status !== 0) throw new Error(`seeding the demo failed: ${seeded.stderr}`);
  const publicStories = await multiplyPublicStories(databaseUrl, dataDir);
  emit('public_stories', publicStories, 'stories');

  const serverNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  server = spawn(process.execPath, [...serverNodeArgs, 'bin/cairn.mjs', 'start'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [server.stdout, server.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      serverOutput.push(chunk.toString());
      if (serverOutput.length > 40) serverOutput.shift();
    });
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  const until = Date.now() + 90_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error('the server stopped while starting');
    if (Date.now() > until) throw new Error('the server did not become healthy within 90 s');
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await sleep(250);
  }
  const first = await fetch(`${baseUrl}${PATH}`);
  const body = await first.text();
  if (first.status !== 200) throw new Error(`${PATH} answered ${first.status}: ${body.slice(0, 500)}`);
  const listed = JSON.parse(body) as { stories: unknown[] };
  emit('stories_per_answer', listed.stories.length, 'stories');
  if (listed.stories.length < FULL_LIST) {
    throw new Error(`${PATH} listed ${listed.stories.length} stories, not a full list of ${FULL_LIST}`);
  }

  const loadAtStart = loadavg()[0] ?? 0;
  const cannon = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/autocannon/autocannon.js'),
      '--json',
      '-c',
      String(CONNECTIONS),
      '-d',
      String(SECONDS),
      // Every answer under load must be the full list the first one was, byte for byte.
      '--expectBody',
      body,
      `${baseUrl}${PATH}`,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (cannon.status !== 0) throw new Error(`autocannon failed: ${cannon.stderr}`);
  const result = JSON.parse(cannon.stdout) as {
    requests: { average: number };
    latency: { p50: number; p97_5: number; p99: number };
    non2xx: number;
    errors: number;
    mismatches: number;
  };
  emit('requests_per_second', result.requests.average, 'req/s');
  emit('latency_p50_ms', result.latency.p50, 'ms');
  emit('latency_p97_5_ms', result.latency.p97_5, 'ms');
  emit('latency_p99_ms', result.latency.p99, 'ms');
  emit('errors', result.errors + result.non2xx, 'requests');
  emit('different_answers', result.mismatches, 'requests');
  emit('load_average_start', loadAtStart, '1-min');
  emit('load_average_end', loadavg()[0] ?? 0, '1-min');
  if (result.errors + result.non2xx + result.mismatches > 0) {
    console.error(
      `${result.errors} errors, ${result.non2xx} answers other than 200 and ${result.mismatches} answers unlike the first`,
    );
    process.exitCode = 1;
  }
} catch (error) {
  console.error(
    error instanceof Error
      ? `${error.message} ${String((error.cause as Error | undefined)?.message ?? '')}`
      : error,
  );
  if (serverOutput.length > 0) console.error(serverOutput.join(''));
  process.exitCode = 1;
} finally {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
  }
  rmSync(dataDir, { recursive: true, force: true });
  if (admin) {
    if (databaseName)
      await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}
