// Live café under load: starts the real server (or two instances on one PostgreSQL database), has
// the demo facilitator open a café for voting, then runs simulated participants in several worker
// processes (bench/cafe/participants.ts) that join, hold WebSockets on the live board and vote:
// first one vote at a time, then a burst in which everyone still seated votes within a few seconds.
// Prints one JSON line per figure (DESIGN §6), and fails (exit 1, saying why) when the work did not
// happen: anyone planned not seated, any error, any socket that never saw a vote's board.
//   BENCH_PARTICIPANTS      participants to join and hold (default 5000)
//   BENCH_VOTES             steady votes to time, one at a time (default 200)
//   BENCH_VOTE_SECONDS      spread the steady votes over this long (default 40)
//   BENCH_BURST             everyone seated votes once within this many seconds (default 10)
//   BENCH_JOIN_RATE         joins started per second, all workers together (default 100)
//   BENCH_WORKERS           processes for the simulated participants (default: one per CPU, at least 2)
//   BENCH_INSTANCES         server instances (default 1); 2 needs DATABASE_URL: both use one database,
//                           participants are split between them, and a vote on one reaches the other's
//                           sockets through PostgreSQL LISTEN/NOTIFY (reported as cross-instance)
//   BENCH_TIME_LIMIT_S      the whole run stops, failing, after this long (default 420)
//   BENCH_SERVER_NODE_ARGS  extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p"
//                           to see where its time goes
//   DATABASE_URL            when set, run on a fresh database created on this PostgreSQL server
//                           (dropped afterwards); otherwise on the embedded database
// Only 127.0.0.1 is contacted: the servers the benchmark starts, and PostgreSQL when named.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  countOf,
  maxOf,
  mergeInto,
  percentileOf,
  PLAN_ENV,
  type ParentMessage,
  type Phase,
  type SentVote,
  type WorkerMessage,
  type WorkerPlan,
} from './cafe/plan.js';
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
const BURST_SECONDS = numberFromEnv('BENCH_BURST', 10);
const JOIN_RATE = numberFromEnv('BENCH_JOIN_RATE', 100);
const WORKERS = Math.max(2, Math.floor(numberFromEnv('BENCH_WORKERS', availableParallelism())));
const INSTANCES = Math.floor(numberFromEnv('BENCH_INSTANCES', 1));
const TIME_LIMIT_MS = numberFromEnv('BENCH_TIME_LIMIT_S', 420) * 1000;
const DEMO_FACILITATOR = { email: 'facilitator@cairn.example', password: 'walk-together-2026' };
const IDEAS_PER_ROUND = [13, 12];

function emit(metric: string, value: number, unit: string) {
  console.log(JSON.stringify({ bench: 'cafe', metric, value: Math.round(value * 100) / 100, unit }));
}

// --- everything the run starts, so it can all be stopped whatever happens -------------------------

let dataDir: string | undefined;
const servers: ChildProcess[] = [];
const workers: ChildProcess[] = [];
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
  await Promise.all(workers.map((w) => stopChild(w, 2000)));
  // The servers close their sockets and database on SIGTERM; PGlite needs a moment to flush.
  await Promise.all(servers.map((s) => stopChild(s, 10_000)));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (database) {
    await database.admin
      .query(`DROP DATABASE IF EXISTS ${database.name} WITH (FORCE)`)
      .catch(() => undefined);
    await database.admin.end().catch(() => undefined);
  }
}

const benchStart = Date.now();
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

function serverRssMb(server: ChildProcess): number | undefined {
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

async function waitForHealth(baseUrl: string, server: ChildProcess) {
  // Migrating and seeding a fresh embedded database takes a while on a busy machine.
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error('the server stopped while starting');
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error('the server did not become healthy within 180 s');
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

/** One participant worker: its process, and the messages it has sent that nobody has taken yet. */
type Worker = {
  child: ChildProcess;
  plan: WorkerPlan;
  take: <T extends WorkerMessage['type']>(type: T) => Promise<Extract<WorkerMessage, { type: T }>>;
  tell: (message: ParentMessage) => void;
};

function startWorker(plan: WorkerPlan): Worker {
  const child = spawnBounded(
    [process.execPath, '--import', 'tsx', join(here, 'cafe', 'participants.ts')],
    { ...process.env, [PLAN_ENV]: JSON.stringify(plan) },
    plan.timeLimitMs + 5000,
  );
  workers.push(child);
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  const received: WorkerMessage[] = [];
  let waiting: (() => void) | undefined;
  let exited = false;
  const lines = createInterface({ input: child.stdout ?? process.stdin });
  lines.on('line', (line) => {
    received.push(JSON.parse(line) as WorkerMessage);
    waiting?.();
  });
  child.once('exit', () => {
    exited = true;
    waiting?.();
  });
  return {
    child,
    plan,
    async take(type) {
      for (;;) {
        const at = received.findIndex((m) => m.type === type);
        if (at >= 0) return received.splice(at, 1)[0] as Extract<WorkerMessage, { type: typeof type }>;
        if (exited) {
          throw new Error(
            `participant worker ${plan.worker + 1} stopped (exit ${String(child.exitCode)}) before it said '${type}'`,
          );
        }
        await new Promise<void>((resolve) => (waiting = resolve));
      }
    },
    tell(message) {
      child.stdin?.write(`${JSON.stringify(message)}\n`);
    },
  };
}

async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<string> {
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
  const server = spawnBounded(
    [process.execPath, ...nodeArgs, 'bin/cairn.mjs', 'start'],
    { ...env, PORT: String(port) },
    TIME_LIMIT_MS + 15_000,
  );
  servers.push(server);
  // Keep the server's recent output for the error message if it fails; never let its pipes fill.
  for (const stream of [server.stdout, server.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      serverOutput.push(chunk.toString());
      if (serverOutput.length > 40) serverOutput.shift();
    });
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, server);
  return baseUrl;
}

/** Shares `total` out over `parts` as evenly as whole numbers allow. */
function share(total: number, parts: number, index: number): number {
  return Math.floor(total / parts) + (index < total % parts ? 1 : 0);
}

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  if (INSTANCES > 1 && !serverUrl) {
    throw new Error('BENCH_INSTANCES above 1 needs DATABASE_URL: instances share one PostgreSQL database');
  }
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
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    CAIRN_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    CAIRN_JOIN_LIMIT_PER_MINUTE: '1000000',
    CAIRN_SEED_DEMO: 'true',
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  // One after another: the first migrates and seeds the database, the others find it ready.
  const baseUrls: string[] = [];
  for (let i = 0; i < INSTANCES; i++) baseUrls.push(await startServer(env, await freePort()));
  const cafe = await prepareCafe(baseUrls[0] ?? '');
  const loadAtStart = loadavg()[0] ?? 0;

  let peakRss = 0;
  const sampler = setInterval(() => {
    const rss = servers.reduce((sum, s) => sum + (serverRssMb(s) ?? 0), 0);
    peakRss = Math.max(peakRss, rss);
  }, 1000);
  // CPU of the servers and the workers per phase: tells a busy server from clients that cannot keep up.
  const cpu: Record<
    string,
    { server: number; client: number; at: number; machine: { busy: number; total: number } }
  > = {};
  const sum = (children: ChildProcess[]) => children.reduce((t, c) => t + (cpuSeconds(c) ?? 0), 0);
  const mark = (name: string) =>
    (cpu[name] = { server: sum(servers), client: sum(workers), at: Date.now(), machine: machineCpu() });
  mark('start');
  // What is left of the time limit once the servers started (slow on a busy machine), less a margin.
  const workerLimitMs = Math.max(60_000, TIME_LIMIT_MS - (Date.now() - benchStart) - 30_000);
  const settleMs = 10_000;
  // Whatever is left once the joins still in flight (up to 60 s), both vote phases (a burst vote may
  // take 30 s), settling and a margin for start-up and shut-down are set aside.
  const joinBudgetMs = Math.max(
    10_000,
    workerLimitMs - (60 + VOTE_SECONDS + BURST_SECONDS + 30) * 1000 - 2 * settleMs - 20_000,
  );
  const team: Worker[] = [];
  for (let w = 0; w < WORKERS; w++) {
    const instance = w % INSTANCES;
    team.push(
      startWorker({
        worker: w,
        workers: WORKERS,
        baseUrl: baseUrls[instance] ?? '',
        instance,
        ...cafe,
        participants: share(PARTICIPANTS, WORKERS, w),
        joinRate: JOIN_RATE / WORKERS,
        joinConcurrency: Math.max(10, Math.ceil(100 / WORKERS)),
        joinBudgetMs,
        votes: VOTES,
        voteSeconds: VOTE_SECONDS,
        burstSeconds: BURST_SECONDS,
        settleMs,
        timeLimitMs: workerLimitMs,
      }),
    );
  }
  const joined = await Promise.all(team.map((w) => w.take('joined')));
  mark('joined');
  const seatedAtStart = joined.reduce((t, j) => t + j.seated, 0);
  console.error(`cafe: ${seatedAtStart} of ${PARTICIPANTS} seated; steady votes begin`);
  // Let the boards announcing the last joins go out first, so the first votes are not timed while
  // the server is still fanning out join boards that no real room would see all at once.
  await sleep(2000);

  type PhaseFigures = {
    votes: number;
    errors: number;
    firstError: string | undefined;
    http: Map<number, number>;
    same: Map<number, number>;
    cross: Map<number, number>;
    all: Map<number, number>;
    deliveries: number;
    missed: number;
    dropped: number;
  };
  async function phase(name: Phase): Promise<PhaseFigures> {
    const at = Date.now() + 500;
    for (const w of team) w.tell({ type: 'vote', phase: name, at });
    const voted = await Promise.all(team.map((w) => w.take('voted')));
    mark(`${name}-voted`);
    const votes: SentVote[] = voted.flatMap((v) => v.votes);
    for (const w of team) w.tell({ type: 'measure', phase: name, votes });
    const measured = await Promise.all(team.map((w) => w.take('measured')));
    const figures: PhaseFigures = {
      votes: votes.length,
      errors: voted.reduce((t, v) => t + v.errors, 0),
      firstError: voted.find((v) => v.firstError)?.firstError,
      http: new Map(),
      same: new Map(),
      cross: new Map(),
      all: new Map(),
      deliveries: measured.reduce((t, m) => t + m.deliveries, 0),
      missed: measured.reduce((t, m) => t + m.missed, 0),
      dropped: measured.reduce((t, m) => t + m.dropped, 0),
    };
    for (const v of voted) mergeInto(figures.http, v.http);
    for (const m of measured) {
      mergeInto(figures.same, m.same);
      mergeInto(figures.cross, m.cross);
      mergeInto(figures.all, m.same);
      mergeInto(figures.all, m.cross);
    }
    return figures;
  }
  const steady = await phase('steady');
  console.error(
    `cafe: steady votes timed; the burst begins (everyone seated votes within ${BURST_SECONDS} s)`,
  );
  const burst = await phase('burst');
  for (const w of team) w.tell({ type: 'finish' });
  const results = await Promise.all(team.map((w) => w.take('result')));
  clearInterval(sampler);
  const rss = servers.reduce((t, s) => t + (serverRssMb(s) ?? 0), 0);
  const cpuShare = (from: string, to: string, who: 'server' | 'client') => {
    const a = cpu[from];
    const b = cpu[to];
    return a && b ? (100 * (b[who] - a[who])) / ((b.at - a.at) / 1000) : Number.NaN;
  };

  const seated = results.reduce((t, r) => t + r.seated, 0);
  const joinErrors = joined.reduce((t, j) => t + j.joinErrors, 0);
  const socketErrors = results.reduce((t, r) => t + r.socketErrors, 0);
  emit('participants', seatedAtStart, 'participants');
  emit('participants_planned', PARTICIPANTS, 'participants');
  emit('participants_at_end', seated, 'participants');
  emit(
    'joins_started',
    joined.reduce((t, j) => t + j.joinsStarted, 0),
    'participants',
  );
  emit('workers', WORKERS, 'processes');
  emit('instances', INSTANCES, 'instances');
  emit('vote_latency_p50_ms', percentileOf(steady.all, 50), 'ms');
  emit('vote_latency_p95_ms', percentileOf(steady.all, 95), 'ms');
  emit('vote_latency_p99_ms', percentileOf(steady.all, 99), 'ms');
  emit('vote_latency_max_ms', maxOf(steady.all), 'ms');
  emit('burst_latency_p50_ms', percentileOf(burst.all, 50), 'ms');
  emit('burst_latency_p95_ms', percentileOf(burst.all, 95), 'ms');
  emit('burst_latency_p99_ms', percentileOf(burst.all, 99), 'ms');
  emit('burst_latency_max_ms', maxOf(burst.all), 'ms');
  if (INSTANCES > 1) {
    emit('cross_instance_latency_p95_ms', percentileOf(steady.cross, 95), 'ms');
    emit('same_instance_latency_p95_ms', percentileOf(steady.same, 95), 'ms');
    emit('burst_cross_instance_latency_p95_ms', percentileOf(burst.cross, 95), 'ms');
    emit('cross_instance_deliveries', countOf(steady.cross) + countOf(burst.cross), 'deliveries');
  }
  const errors = joinErrors + socketErrors + steady.errors + burst.errors;
  emit('errors', errors, 'errors');
  emit('join_errors', joinErrors, 'errors');
  emit('socket_errors', socketErrors, 'errors');
  emit('vote_errors', steady.errors, 'errors');
  emit('burst_errors', burst.errors, 'errors');
  emit('votes', steady.votes, 'votes');
  emit('burst_votes', burst.votes, 'votes');
  emit('deliveries', steady.deliveries + burst.deliveries, 'deliveries');
  // A socket still open that never saw a vote's board within the settle time.
  const missed = steady.missed + burst.missed;
  emit('missed_deliveries', missed, 'deliveries');
  emit('vote_http_p50_ms', percentileOf(steady.http, 50), 'ms');
  emit('vote_http_p95_ms', percentileOf(steady.http, 95), 'ms');
  emit('burst_vote_http_p95_ms', percentileOf(burst.http, 95), 'ms');
  emit('join_seconds', Math.max(...joined.map((j) => j.joinSeconds)), 's');
  emit('board_message_bytes', Math.max(...results.map((r) => r.boardBytes)), 'bytes');
  emit('change_message_bytes', Math.max(...results.map((r) => r.changeBytes)), 'bytes');
  emit('client_loop_delay_p99_ms', Math.max(...results.map((r) => r.clientLoopDelayP99)), 'ms');
  if (rss > 0) emit('server_rss_mb', rss, 'MB');
  if (peakRss > 0) emit('server_rss_peak_mb', peakRss, 'MB');
  emit('server_cpu_joining_pct', cpuShare('start', 'joined', 'server'), '%');
  emit('server_cpu_voting_pct', cpuShare('joined', 'steady-voted', 'server'), '%');
  emit('server_cpu_burst_pct', cpuShare('steady-voted', 'burst-voted', 'server'), '%');
  emit('client_cpu_joining_pct', cpuShare('start', 'joined', 'client'), '%');
  emit('client_cpu_voting_pct', cpuShare('joined', 'steady-voted', 'client'), '%');
  // Everything on the machine (PostgreSQL and other work included), as a share of all its cores.
  const machineBusy = (from: string, to: string) => {
    const a = cpu[from]?.machine;
    const b = cpu[to]?.machine;
    return a && b ? (100 * (b.busy - a.busy)) / (b.total - a.total) : Number.NaN;
  };
  emit('machine_cpu_busy_joining_pct', machineBusy('start', 'joined'), '%');
  emit('machine_cpu_busy_voting_pct', machineBusy('joined', 'steady-voted'), '%');
  emit('load_average_1m_start', loadAtStart, 'load');
  emit('load_average_1m_end', loadavg()[0] ?? 0, 'load');

  // The figures above mean nothing unless the work they describe happened.
  const failures: string[] = [];
  if (seatedAtStart < PARTICIPANTS)
    failures.push(`only ${seatedAtStart} of ${PARTICIPANTS} planned participants were seated`);
  if (seated < seatedAtStart)
    failures.push(`${seatedAtStart - seated} participants lost their live board during the run`);
  if (errors > 0) {
    failures.push(
      `${errors} errors (joins ${joinErrors}, sockets ${socketErrors}, votes ${steady.errors}, burst ${burst.errors})` +
        ((steady.firstError ?? burst.firstError) ? `; first: ${steady.firstError ?? burst.firstError}` : ''),
    );
  }
  if (steady.votes < VOTES) failures.push(`only ${steady.votes} of ${VOTES} steady votes were stored`);
  if (burst.votes < seatedAtStart)
    failures.push(`only ${burst.votes} of ${seatedAtStart} burst votes were stored`);
  if (missed > 0)
    failures.push(`${missed} (vote, socket) deliveries never arrived within ${settleMs / 1000} s`);
  if (steady.deliveries === 0 || burst.deliveries === 0) failures.push('no vote was seen on any live board');
  if (INSTANCES > 1 && (countOf(steady.cross) === 0 || countOf(burst.cross) === 0)) {
    failures.push('no vote on one instance was seen on another instance’s sockets');
  }
  if (failures.length > 0) throw new Error(failures.join('; '));
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
