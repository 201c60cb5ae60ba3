// Simulated café participants, run in several processes by bench/cafe.bench.ts (one server instance
// each, round robin). Each participant joins over HTTP, keeps its participant cookie and holds a
// WebSocket on the live board. Then, told by the parent: steady votes one at a time (this worker
// sends its share), and a burst in which every participant still seated votes once. Every socket
// notes when it first sees a board at least as new as each vote, against vote times the parent
// gathers from every worker. JSON lines on stdout for the parent; progress goes to stderr.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebSocket, type RawData } from 'ws';
import {
  bucketOf,
  parsePlan,
  PLAN_ENV,
  type ParentMessage,
  type Phase,
  type SentVote,
  type WorkerMessage,
} from './plan.js';

const plan = parsePlan(process.env[PLAN_ENV]);
const started = performance.now();
const label = `participants ${plan.worker + 1}/${plan.workers}`;

/** Wall-clock time in ms, comparable between the workers (same machine, same clock). */
const now = () => performance.timeOrigin + performance.now();

// Never outlive the benchmark: a hard stop of our own, and stop when the parent goes away (our
// stdin is a pipe from it, which closes when it exits for any reason).
const hardStop = setTimeout(() => {
  console.error(`${label}: time limit of ${plan.timeLimitMs} ms reached, stopping`);
  process.exit(3);
}, plan.timeLimitMs);
hardStop.unref();

const inbox: ParentMessage[] = [];
let wake: (() => void) | undefined;
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  inbox.push(JSON.parse(line) as ParentMessage);
  wake?.();
});
lines.on('close', () => process.exit(4));

async function next(): Promise<ParentMessage> {
  while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
  return inbox.shift() as ParentMessage;
}

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
let closing = false;
let boardBytes = 0;
let changeBytes = 0;

const VERSION_KEY = Buffer.from('"version":');
const CHANGE_PREFIX = Buffer.from('{"type":"change"');

/**
 * The board's version without parsing the whole message. Thousands of sockets in one process each
 * get every message; a full JSON.parse of each would make this process, not the server, the thing
 * being measured. `version` is the last key of a board and of a change, and inside JSON strings a
 * quote is always escaped, so the last unescaped `"version":` in the message is the right one.
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
      if (socketErrors <= 5) console.error(`${label}: socket ${reason}`);
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
        if (recording) client.log.push(now(), version);
      }
      // A whole board comes first on every socket, before votes are timed (and while they are, most
      // sockets get only changes): the largest whole board any socket was sent, and the first change.
      const isChange = data.subarray(0, CHANGE_PREFIX.length).equals(CHANGE_PREFIX);
      if (!isChange) boardBytes = Math.max(boardBytes, data.length);
      else if (recording && changeBytes === 0) changeBytes = data.length;
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
    if (joinErrors <= 5) console.error(`${label}: ${String(error)}`);
    return;
  }
  clients.push(client);
  // Socket failures are counted by the socket's own handlers.
  await openSocket(client).catch(() => undefined);
}

const seated = () => clients.filter((c) => c.ready && !c.closed);

// --- ramp: joins at a bounded rate, with a bounded number in flight -------------------------------

const loopDelay = monitorEventLoopDelay({ resolution: 10 });
const rampStart = performance.now();
const inFlight = new Set<Promise<void>>();
let lastReport = rampStart;
const rampEnd = rampStart + plan.joinBudgetMs;
let joinsStarted = 0;
for (let i = 0; i < plan.participants; i++) {
  // A server that cannot keep up with the ramp must not stop the votes from being timed (the
  // parent fails the run when not everyone was seated).
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
    console.error(`${label}: ${i + 1} joins started, ${seated().length} sockets on the board`);
  }
}
// Each join gives up after at most 30 s for HTTP and 30 s for the socket; wait no longer than that.
await Promise.race([Promise.all(inFlight), sleep(60_000)]);
const joinSeconds = (performance.now() - rampStart) / 1000;
console.error(
  `${label}: ${seated().length} of ${joinsStarted} started (${plan.participants} planned) on the board after ${joinSeconds.toFixed(1)} s`,
);
send({ type: 'joined', seated: seated().length, joinsStarted, joinErrors, socketErrors, joinSeconds });

// --- votes ----------------------------------------------------------------------------------------

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    const [a, b] = [copy[i], copy[j]];
    if (a && b) [copy[i], copy[j]] = [b, a];
  }
  return copy;
}

async function castVote(voter: Client, ideaId: string, dots: number, timeoutMs: number): Promise<SentVote> {
  const at = now();
  const response = await fetch(`${plan.baseUrl}/api/cafes/${plan.cafeId}/votes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: voter.cookie },
    body: JSON.stringify({ ideaId, dots }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`vote answered ${response.status}: ${text.slice(0, 200)}`);
  const board = JSON.parse(text) as { version?: unknown };
  if (typeof board.version !== 'number') throw new Error('vote answered without a board version');
  return { at, version: board.version, instance: plan.instance };
}

/** Sends this worker's votes of a phase, each at its time; answers what was stored and what failed. */
async function votePhase(phase: Phase, startAt: number) {
  const sent: SentVote[] = [];
  const http = new Map<number, number>();
  let errors = 0;
  let firstError: string | undefined;
  const one = async (voter: Client, ideaId: string, dots: number, dueAt: number, timeoutMs: number) => {
    const wait = dueAt - now();
    if (wait > 0) await sleep(wait);
    const at = now();
    try {
      sent.push(await castVote(voter, ideaId, dots, timeoutMs));
    } catch (error) {
      errors++;
      firstError ??= String(error);
      if (errors <= 5) console.error(`${label}: ${phase} ${String(error)}`);
    } finally {
      const bucket = bucketOf(now() - at);
      http.set(bucket, (http.get(bucket) ?? 0) + 1);
    }
  };
  const voters = shuffled(seated());
  if (phase === 'steady') {
    // One at a time across all workers: vote i is sent by worker i mod workers, at its own time.
    // Each voter puts one dot on "their" idea; if there are fewer voters than votes, later rounds take
    // the dot back and put it again, so every vote is accepted and changes the board.
    const interval = (plan.voteSeconds * 1000) / Math.max(1, plan.votes);
    let mine = 0;
    for (let i = plan.worker; i < plan.votes && voters.length > 0; i += plan.workers, mine++) {
      const voter = voters[mine % voters.length];
      const ideaId = plan.ideaIds[(mine * 7) % plan.ideaIds.length];
      if (!voter || !ideaId) continue;
      const dots = Math.floor(mine / voters.length) % 2 === 0 ? 1 : 0;
      await one(voter, ideaId, dots, startAt + i * interval, 10_000);
    }
  } else {
    // Everyone still seated votes once, at a random moment within the burst, without waiting for
    // anyone else's answer: a roomful of phones told "vote now". Their dot goes on an idea after the
    // steady one, so nobody goes over their three dots.
    await Promise.all(
      voters.map((voter, index) => {
        const ideaId = plan.ideaIds[(index * 7 + 3) % plan.ideaIds.length] ?? '';
        return one(voter, ideaId, 1, startAt + Math.random() * plan.burstSeconds * 1000, 30_000);
      }),
    );
  }
  send({ type: 'voted', phase, votes: sent, errors, http: [...http], ...(firstError ? { firstError } : {}) });
}

/**
 * Waits (bounded) until every socket open at the phase's start has seen its last vote's board, then
 * times every (vote, socket) delivery: the first board at least as new as the vote, after it was sent.
 */
async function measurePhase(phase: Phase, votes: SentVote[], open: Client[]) {
  const lastVersion = votes.reduce((max, v) => Math.max(max, v.version), -1);
  const settleStart = performance.now();
  while (performance.now() - settleStart < plan.settleMs) {
    if (open.every((c) => c.closed || c.lastVersion >= lastVersion)) break;
    await sleep(50);
  }
  const byVersion = [...votes].sort((a, b) => a.version - b.version);
  const same = new Map<number, number>();
  const cross = new Map<number, number>();
  let deliveries = 0;
  let missed = 0;
  let dropped = 0;
  for (const client of open) {
    if (client.closed) {
      dropped++;
      continue;
    }
    // Both are in version order: walk them together.
    const log = client.log;
    let at = 0;
    for (const vote of byVersion) {
      while (at < log.length && (log[at + 1] ?? 0) < vote.version) at += 2;
      if (at >= log.length) {
        missed++;
        continue;
      }
      const bucket = bucketOf((log[at] ?? 0) - vote.at);
      const into = vote.instance === plan.instance ? same : cross;
      into.set(bucket, (into.get(bucket) ?? 0) + 1);
      deliveries++;
    }
    client.log = [];
  }
  send({ type: 'measured', phase, same: [...same], cross: [...cross], deliveries, missed, dropped });
}

loopDelay.enable();
let openAtPhase: Client[] = [];
for (;;) {
  const message = await next();
  if (message.type === 'vote') {
    openAtPhase = seated();
    recording = true;
    await votePhase(message.phase, message.at);
  } else if (message.type === 'measure') {
    await measurePhase(message.phase, message.votes, openAtPhase);
    recording = false;
  } else {
    break;
  }
}
loopDelay.disable();

send({
  type: 'result',
  seated: seated().length,
  socketErrors,
  boardBytes,
  changeBytes,
  clientLoopDelayP99: loopDelay.percentile(99) / 1e6,
});

closing = true;
for (const client of clients) client.socket?.terminate();
console.error(`${label}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(0);
