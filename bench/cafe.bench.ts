// Live café under load: starts the real server, has the demo facilitator open a café for voting,
// then runs simulated participants in a second process (bench/cafe/participants.ts) that join,
// hold WebSockets on the live board and vote. Prints one JSON line per figure (DESIGN §6).
//   BENCH_PARTICIPANTS      participants to join and hold (default 5000)
//   BENCH_VOTES             votes to time, one at a time (default 200)
//   BENCH_VOTE_SECONDS      spread the votes over this long (default 40)
//   BENCH_JOIN_RATE         joins started per second (default 100)
//   BENCH_TIME_LIMIT_S      the whole run stops, failing, after this long (default 240)
//   BENCH_SERVER_NODE_ARGS  extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p"
//                           to see where its time goes
//   DATABASE_URL            when set, run on a fresh database created on this PostgreSQL server
//                           (dropped afterwards); otherwise on the embedded database
// Only 127.0.0.1 is contacted: the server the benchmark starts, and PostgreSQL when named.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PLAN_ENV, type WorkerMessage, type WorkerPlan, type WorkerResult } from './cafe/plan.js';
import { freePort } from '../e2e/support/server.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

const PARTICIPANTS = Math.floor(numberFromEnv('BENCH_PARTICIPANTS', 5000));
const VOTES = Math.floor(numberFromEnv('BENCH_VOTES', 200));
const VOTE_SECONDS = numberFromEnv('BENCH_VOTE_SECONDS', 40);
const JOIN_RATE = numberFromEnv('BENCH_JOIN_RATE', 100);
const TIME_LIMIT_MS = numberFromEnv('BENCH_TIME_LIMIT_S', 240) * 1000;
const DEMO_FACILITATOR = { email: 'facilitator@cairn.example', password: 'walk-together-2026' };
const IDEAS_PER_ROUND = [13, 12];

function emit(metric: string, value: number, unit: string) {
  console.log(JSON.stringify({ bench: 'cafe', metric, value: Math.round(value * 100) / 100, unit }));
}

// --- everything the run starts, so it can all be stopped whatever happens -------------------------

let dataDir: string | undefined;
let server: ChildProcess | undefined;
let worker: ChildProcess | undefined;
let database: { admin: pg.Client; name: string } | undefined;
const serverOutput: string[] = [];

async function stopChild(child: ChildProcess | undefined, graceMs: number) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(graceMs)]);
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await Promise.race([exited, sleep(2000)]);
  }
}

let cleanedUp = false;
async function cleanUp() {
  if (cleanedUp) return;
  cleanedUp = true;
  await stopChild(worker, 2000);
  // The server closes its sockets and database on SIGTERM; PGlite needs a moment to flush.
  await stopChild(server, 10_000);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (database) {
    await database.admin
      .query(`DROP DATABASE IF EXISTS ${database.name} WITH (FORCE)`)
      .catch(() => undefined);
    await database.admin.end().catch(() => undefined);
  }
}

const deadline = setTimeout(() => {
  console.error(`The café benchmark passed its time limit of ${TIME_LIMIT_MS / 1000} s; stopping.`);
  void cleanUp().finally(() => process.exit(1));
}, TIME_LIMIT_MS);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

/**
 * Runs a command with its open-file limit raised to the hard limit (thousands of sockets need
 * thousands of descriptors) and under coreutils `timeout`, so it stops by itself even if this
 * process is killed before it can clean up.
 */
function spawnBounded(args: string[], env: NodeJS.ProcessEnv, limitMs: number): ChildProcess {
  const limitS = String(Math.ceil(limitMs / 1000));
  return spawn(
    'sh',
    ['-c', 'ulimit -n "$(ulimit -Hn)" 2>/dev/null; exec timeout -k 5 "$@"', 'sh', limitS, ...args],
    { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] },
  );
}

// --- the server's footprint, read from /proc -------------------------------------------------------

/** The node process under `timeout` (its only child). */
function nodePid(child: ChildProcess | undefined): number | undefined {
  const pid = child?.pid;
  if (pid === undefined) return undefined;
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
    const child = Number(children[0]);
    return Number.isInteger(child) && child > 0 ? child : undefined;
  } catch {
    return undefined;
  }
}

function serverRssMb(): number | undefined {
  const pid = nodePid(server);
  if (pid === undefined) return undefined;
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** User plus system CPU time of a process so far, in seconds (clock ticks are 100 a second on Linux). */
function cpuSeconds(child: ChildProcess | undefined): number | undefined {
  const pid = nodePid(child);
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** Busy and total CPU time of the whole machine so far (first line of /proc/stat, all cores). */
function machineCpu(): { busy: number; total: number } {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1);
    const values = fields.map(Number);
    const total = values.reduce((sum, v) => sum + v, 0);
    const idle = (values[3] ?? 0) + (values[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return { busy: Number.NaN, total: Number.NaN };
  }
}

// --- HTTP as the facilitator -----------------------------------------------------------------------

async function call<T>(baseUrl: string, method: string, path: string, cookie: string, body?: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return { json: JSON.parse(text) as T, response };
}

async function waitForHealth(baseUrl: string) {
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    if (server?.exitCode !== null) throw new Error('the server stopped while starting');
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error('the server did not become healthy within 90 s');
}

/** Signs in as the demo facilitator and opens a café with ideas in two rounds, ready for voting. */
async function prepareCafe(baseUrl: string) {
  const signIn = await call<unknown>(baseUrl, 'POST', '/api/auth/sign-in', '', DEMO_FACILITATOR);
  const session = signIn.response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('cairn_session='));
  if (!session) throw new Error('signing in set no session cookie');
  const me = await call<{ memberships: { organisationId: string; role: string }[] }>(
    baseUrl,
    'GET',
    '/api/me',
    session,
  );
  const organisationId = me.json.memberships.find((m) => m.role === 'facilitator')?.organisationId;
  if (!organisationId) throw new Error('the demo facilitator has no organisation');
  // Around 25 people a table, as in a large hall; the contract allows up to 200 tables.
  const tables = Math.min(200, Math.max(2, Math.ceil(PARTICIPANTS / 25)));
  const cafe = await call<{ id: string; joinCode: string }>(baseUrl, 'POST', '/api/cafes', session, {
    organisationId,
    title: 'Benchmark: what would help recovery in our town?',
    format: 'hybrid',
    rounds: [{ question: 'What helped you most?' }, { question: 'What is missing here?' }],
    tables,
    dotsPerPerson: 3,
  });
  const { id } = cafe.json;
  const control = (action: string) => call(baseUrl, 'POST', `/api/cafes/${id}/control`, session, { action });
  await control('start');
  const ideaIds: string[] = [];
  for (const [round, count] of IDEAS_PER_ROUND.entries()) {
    if (round > 0) await control('next_round');
    for (let i = 0; i < count; i++) {
      const idea = await call<{ id: string }>(baseUrl, 'POST', `/api/cafes/${id}/ideas`, session, {
        text: `Round ${round + 1} idea ${i + 1}: a peer-led group that meets somewhere warm each week`,
      });
      ideaIds.push(idea.json.id);
    }
  }
  await control('open_voting');
  return { cafeId: id, joinCode: cafe.json.joinCode, ideaIds };
}

// --- the run ---------------------------------------------------------------------------------------

async function runWorker(plan: WorkerPlan, onPhase: (name: string) => void): Promise<WorkerResult> {
  const child = spawnBounded(
    [process.execPath, '--import', 'tsx', join(here, 'cafe', 'participants.ts')],
    { ...process.env, [PLAN_ENV]: JSON.stringify(plan) },
    plan.timeLimitMs + 5000,
  );
  worker = child;
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  let result: WorkerResult | undefined;
  const lines = createInterface({ input: child.stdout ?? process.stdin });
  lines.on('line', (line) => {
    const message = JSON.parse(line) as WorkerMessage;
    if (message.type === 'phase') onPhase(message.name);
    else result = message;
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  if (!result) throw new Error(`the participant worker stopped (exit ${String(code)}) without a result`);
  return result;
}

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  let databaseUrl: string | undefined;
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    const name = `cairn_bench_cafe_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${name}`);
    database = { admin, name };
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  dataDir = mkdtempSync(join(tmpdir(), 'cairn-cafe-bench-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    CAIRN_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    CAIRN_JOIN_LIMIT_PER_MINUTE: '1000000',
    CAIRN_SEED_DEMO: 'true',
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
  server = spawnBounded(
    [process.execPath, ...nodeArgs, 'bin/cairn.mjs', 'start'],
    env,
    TIME_LIMIT_MS + 15_000,
  );
  // Keep the server's recent output for the error message if it fails; never let its pipes fill.
  for (const stream of [server.stdout, server.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      serverOutput.push(chunk.toString());
      if (serverOutput.length > 40) serverOutput.shift();
    });
  }
  await waitForHealth(baseUrl);
  const cafe = await prepareCafe(baseUrl);
  const loadAtStart = loadavg()[0] ?? 0;

  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, serverRssMb() ?? 0)), 1000);
  // CPU of both processes per phase: tells a busy server from a client that cannot keep up.
  const cpu: Record<
    string,
    { server: number; client: number; at: number; machine: { busy: number; total: number } }
  > = {};
  const mark = (name: string) =>
    (cpu[name] = {
      server: cpuSeconds(server) ?? Number.NaN,
      client: cpuSeconds(worker) ?? 0,
      at: Date.now(),
      machine: machineCpu(),
    });
  mark('start');
  const workerLimitMs = Math.max(60_000, TIME_LIMIT_MS - 30_000);
  const settleMs = 10_000;
  const result = await runWorker(
    {
      baseUrl,
      ...cafe,
      participants: PARTICIPANTS,
      joinRate: JOIN_RATE,
      joinConcurrency: 100,
      votes: VOTES,
      voteSeconds: VOTE_SECONDS,
      // Whatever is left once votes, settling and a margin for start-up and shut-down are set aside.
      joinBudgetMs: Math.max(10_000, workerLimitMs - VOTE_SECONDS * 1000 - settleMs - 20_000),
      settleMs,
      timeLimitMs: workerLimitMs,
    },
    mark,
  );
  clearInterval(sampler);
  const rss = serverRssMb();
  const cpuShare = (from: string, to: string, who: 'server' | 'client') => {
    const a = cpu[from];
    const b = cpu[to];
    return a && b ? (100 * (b[who] - a[who])) / ((b.at - a.at) / 1000) : Number.NaN;
  };

  emit('participants', result.participants, 'participants');
  // Fewer than planned when the server could not take the joins within the time limit.
  emit('participants_planned', PARTICIPANTS, 'participants');
  emit('joins_started', result.joinsStarted, 'participants');
  emit('vote_latency_p50_ms', result.latencyP50, 'ms');
  emit('vote_latency_p95_ms', result.latencyP95, 'ms');
  emit('vote_latency_p99_ms', result.latencyP99, 'ms');
  emit('vote_latency_max_ms', result.latencyMax, 'ms');
  emit('errors', result.joinErrors + result.socketErrors + result.voteErrors, 'errors');
  emit('join_errors', result.joinErrors, 'errors');
  emit('socket_errors', result.socketErrors, 'errors');
  emit('vote_errors', result.voteErrors, 'errors');
  emit('votes', result.votes, 'votes');
  emit('deliveries', result.deliveries, 'deliveries');
  // A socket still open that never saw a vote's board within the settle time.
  emit('missed_deliveries', result.missedDeliveries, 'deliveries');
  emit('vote_http_p50_ms', result.voteHttpP50, 'ms');
  emit('vote_http_p95_ms', result.voteHttpP95, 'ms');
  emit('join_seconds', result.joinSeconds, 's');
  emit('board_message_bytes', result.boardBytes, 'bytes');
  emit('client_loop_delay_p99_ms', result.clientLoopDelayP99, 'ms');
  if (rss !== undefined) emit('server_rss_mb', rss, 'MB');
  if (peakRss > 0) emit('server_rss_peak_mb', peakRss, 'MB');
  emit('server_cpu_joining_pct', cpuShare('start', 'joined', 'server'), '%');
  emit('server_cpu_voting_pct', cpuShare('joined', 'voted', 'server'), '%');
  emit('client_cpu_joining_pct', cpuShare('start', 'joined', 'client'), '%');
  emit('client_cpu_voting_pct', cpuShare('joined', 'voted', 'client'), '%');
  // Everything on the machine (PostgreSQL and other work included), as a share of all its cores.
  const machineBusy = (from: string, to: string) => {
    const a = cpu[from]?.machine;
    const b = cpu[to]?.machine;
    return a && b ? (100 * (b.busy - a.busy)) / (b.total - a.total) : Number.NaN;
  };
  emit('machine_cpu_busy_joining_pct', machineBusy('start', 'joined'), '%');
  emit('machine_cpu_busy_voting_pct', machineBusy('joined', 'voted'), '%');
  emit('load_average_1m_start', loadAtStart, 'load');
  emit('load_average_1m_end', loadavg()[0] ?? 0, 'load');
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  exitCode = 1;
  console.error(`The café benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  if (serverOutput.length > 0) console.error(`Server output:\n${serverOutput.join('')}`);
} finally {
  await cleanUp();
  clearTimeout(deadline);
}
process.exit(exitCode);
