// Simulated café participants, run in their own process by bench/cafe.bench.ts. Each joins over
// HTTP, keeps its participant cookie and holds a WebSocket on the live board; then a sample of them
// votes one at a time, and every socket notes when it first sees a board at least as new as each
// vote. Writes one JSON line per phase and a final result on stdout; progress goes to stderr.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebSocket, type RawData } from 'ws';
import { parsePlan, percentile, PLAN_ENV, type WorkerMessage } from './plan.js';

const plan = parsePlan(process.env[PLAN_ENV]);
const started = performance.now();

// Never outlive the benchmark: a hard stop of our own, and stop when the parent goes away
// (our stdin is a pipe from it, which closes when it exits for any reason).
const hardStop = setTimeout(() => {
  console.error(`participants: time limit of ${plan.timeLimitMs} ms reached, stopping`);
  process.exit(3);
}, plan.timeLimitMs);
hardStop.unref();
process.stdin.on('end', () => process.exit(4));
process.stdin.resume();

function send(message: WorkerMessage) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

type Client = {
  cookie: string;
  socket: WebSocket | undefined;
  ready: boolean;
  closed: boolean;
  failed: boolean;
  lastVersion: number;
  /** (arrival time, version) pairs for each newer board seen while votes are being timed. */
  log: number[];
};

const clients: Client[] = [];
let recording = false;
let joinErrors = 0;
let socketErrors = 0;
let voteErrors = 0;
let closing = false;
let boardBytes = 0;

const VERSION_KEY = Buffer.from('"version":');

/**
 * The board's version without parsing the whole message. Thousands of sockets in one process each
 * get every board; a full JSON.parse of each would make this process, not the server, the thing
 * being measured. `version` is the board's last key, and inside JSON strings a quote is always
 * escaped, so the last unescaped `"version":` in the message is the board's.
 */
function versionOf(data: Buffer): number {
  const at = data.lastIndexOf(VERSION_KEY);
  if (at < 0) return -1;
  let value = 0;
  for (let i = at + VERSION_KEY.length; i < data.length; i++) {
    const c = data[i] ?? 0;
    if (c < 48 || c > 57) break;
    value = value * 10 + (c - 48);
  }
  return value;
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

async function joinOverHttp(): Promise<string> {
  const response = await fetch(`${plan.baseUrl}/api/cafes/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: plan.joinCode }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`join answered ${response.status}: ${body.slice(0, 200)}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('cairn_p_'));
  if (!cookie) throw new Error('join set no participant cookie');
  return cookie;
}

/** Opens the live board and resolves once the first board arrives, so the socket is in the room. */
function openSocket(client: Client): Promise<void> {
  return new Promise((resolve, reject) => {
    const wsUrl = `${plan.baseUrl.replace(/^http/, 'ws')}/api/cafes/${plan.cafeId}/live`;
    // No compression: the server does not offer it, and inflating thousands of copies would load
    // this process rather than the server.
    const socket = new WebSocket(wsUrl, { headers: { cookie: client.cookie }, perMessageDeflate: false });
    client.socket = socket;
    // ws follows an error with a close: count each socket's failure once.
    const fail = (reason: string) => {
      if (client.failed || closing) return;
      client.failed = true;
      socketErrors++;
      if (socketErrors <= 5) console.error(`participants: socket ${reason}`);
    };
    const timer = setTimeout(() => {
      fail('sent no board within 30 s');
      reject(new Error('no board'));
    }, 30_000);
    socket.on('message', (raw: RawData) => {
      const data = toBuffer(raw);
      const version = versionOf(data);
      if (!client.ready) {
        client.ready = true;
        clearTimeout(timer);
        resolve();
      }
      if (version > client.lastVersion) {
        client.lastVersion = version;
        if (recording) client.log.push(performance.now(), version);
      }
      if (recording && boardBytes === 0) boardBytes = data.length;
    });
    socket.on('error', (error) => {
      fail(`error: ${error.message}`);
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', (code) => {
      client.closed = true;
      clearTimeout(timer);
      fail(`closed by the server (${code})`);
      reject(new Error(`socket closed (${code})`));
    });
  });
}

async function joinOne(): Promise<void> {
  const client: Client = {
    cookie: '',
    socket: undefined,
    ready: false,
    closed: false,
    failed: false,
    lastVersion: -1,
    log: [],
  };
  try {
    client.cookie = await joinOverHttp();
  } catch (error) {
    joinErrors++;
    if (joinErrors <= 5) console.error(`participants: ${String(error)}`);
    return;
  }
  clients.push(client);
  // Socket failures are counted by the socket's own handlers.
  await openSocket(client).catch(() => undefined);
}

// --- ramp: joins at a bounded rate, with a bounded number in flight -------------------------------

const loopDelay = monitorEventLoopDelay({ resolution: 10 });
const rampStart = performance.now();
const inFlight = new Set<Promise<void>>();
let lastReport = rampStart;
const rampEnd = rampStart + plan.joinBudgetMs;
let joinsStarted = 0;
for (let i = 0; i < plan.participants; i++) {
  // A server that cannot keep up with the ramp must not stop the votes from being timed.
  if (performance.now() > rampEnd) break;
  const due = rampStart + (i * 1000) / plan.joinRate;
  const wait = due - performance.now();
  if (wait > 0) await sleep(wait);
  while (inFlight.size >= plan.joinConcurrency) await Promise.race(inFlight);
  const p: Promise<void> = joinOne().finally(() => inFlight.delete(p));
  inFlight.add(p);
  joinsStarted++;
  if (performance.now() - lastReport > 5000) {
    lastReport = performance.now();
    const ready = clients.filter((c) => c.ready && !c.closed).length;
    console.error(`participants: ${i + 1} joins started, ${ready} sockets on the board`);
  }
}
// Each join gives up after at most 30 s for HTTP and 30 s for the socket; wait no longer than that.
await Promise.race([Promise.all(inFlight), sleep(60_000)]);
const joinSeconds = (performance.now() - rampStart) / 1000;
const connected = clients.filter((c) => c.ready && !c.closed);
console.error(
  `participants: ${connected.length} of ${joinsStarted} started (${plan.participants} planned) on the board after ${joinSeconds.toFixed(1)} s`,
);
send({ type: 'phase', name: 'joined' });

// Let the boards announcing the last joins go out first, so the first votes are not timed while
// the server is still fanning out join boards that no real room would see all at once.
await sleep(2000);

// --- votes: one at a time at a steady rate --------------------------------------------------------

type Vote = { sentAt: number; version: number };
const votes: Vote[] = [];
const voteHttp: number[] = [];
const voters = [...connected];
for (let i = voters.length - 1; i > 0; i--) {
  const j = Math.floor(Math.random() * (i + 1));
  const [a, b] = [voters[i], voters[j]];
  if (a && b) [voters[i], voters[j]] = [b, a];
}
loopDelay.enable();
recording = true;
const interval = (plan.voteSeconds * 1000) / Math.max(1, plan.votes);
const votingStart = performance.now();
if (voters.length > 0) {
  for (let i = 0; i < plan.votes; i++) {
    const due = votingStart + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    // Each voter puts one dot on "their" idea; if there are fewer voters than votes, later rounds
    // take the dot back and put it again, so every vote is accepted and changes the board.
    const index = i % voters.length;
    const voter = voters[index];
    const ideaId = plan.ideaIds[(index * 7) % plan.ideaIds.length];
    if (!voter || !ideaId) continue;
    const dots = Math.floor(i / voters.length) % 2 === 0 ? 1 : 0;
    const sentAt = performance.now();
    try {
      const response = await fetch(`${plan.baseUrl}/api/cafes/${plan.cafeId}/votes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: voter.cookie },
        body: JSON.stringify({ ideaId, dots }),
        signal: AbortSignal.timeout(10_000),
      });
      const text = await response.text();
      voteHttp.push(performance.now() - sentAt);
      if (response.status !== 200) throw new Error(`vote answered ${response.status}: ${text.slice(0, 200)}`);
      const board = JSON.parse(text) as { version?: unknown };
      if (typeof board.version !== 'number') throw new Error('vote answered without a board version');
      votes.push({ sentAt, version: board.version });
    } catch (error) {
      voteErrors++;
      if (voteErrors <= 5) console.error(`participants: ${String(error)}`);
    }
  }
}
const votedAt = performance.now();
send({ type: 'phase', name: 'voted' });

// Wait (bounded) until every open socket has seen the last vote's board.
const lastVersion = votes.reduce((max, v) => Math.max(max, v.version), -1);
while (performance.now() - votedAt < plan.settleMs) {
  if (connected.every((c) => c.closed || c.lastVersion >= lastVersion)) break;
  await sleep(50);
}
recording = false;
loopDelay.disable();

// --- latency of every (vote, socket) delivery -----------------------------------------------------

/** Index of the first logged board with version >= `version`, or -1. */
function firstAtLeast(log: number[], version: number): number {
  let lo = 0;
  let hi = log.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((log[mid * 2 + 1] ?? 0) >= version) hi = mid;
    else lo = mid + 1;
  }
  return lo < log.length / 2 ? lo : -1;
}

const latencies = new Float64Array(votes.length * connected.length);
let deliveries = 0;
let missed = 0;
for (const client of connected) {
  for (const vote of votes) {
    const at = firstAtLeast(client.log, vote.version);
    if (at < 0) {
      missed++;
      continue;
    }
    latencies[deliveries++] = (client.log[at * 2] ?? Number.NaN) - vote.sentAt;
  }
}
const sorted = latencies.subarray(0, deliveries).sort();
voteHttp.sort((a, b) => a - b);

const stillConnected = clients.filter((c) => c.ready && !c.closed).length;
send({
  type: 'result',
  participants: stillConnected,
  joinsStarted,
  joinErrors,
  socketErrors,
  voteErrors,
  votes: votes.length,
  deliveries,
  missedDeliveries: missed,
  latencyP50: percentile(sorted, 50),
  latencyP95: percentile(sorted, 95),
  latencyP99: percentile(sorted, 99),
  latencyMax: sorted.length > 0 ? (sorted[sorted.length - 1] ?? Number.NaN) : Number.NaN,
  voteHttpP50: percentile(voteHttp, 50),
  voteHttpP95: percentile(voteHttp, 95),
  joinSeconds,
  boardBytes,
  clientLoopDelayP99: loopDelay.percentile(99) / 1e6,
});

closing = true;
for (const client of clients) client.socket?.terminate();
console.error(`participants: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(0);
