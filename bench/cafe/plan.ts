// What the café benchmark hands to its participant workers, and what they tell each other.
// The workers are separate processes (so the simulated clients' own event loop is spread over the
// machine's cores and is not what gets measured), so the plan travels as JSON in an environment
// variable and the rest as one JSON line per message: the parent writes to a worker's stdin, the
// worker to its stdout.

export type WorkerPlan = {
  /** This worker's number, from 0, and how many there are: votes are shared out by it. */
  worker: number;
  workers: number;
  /** The server this worker's participants join (one of the instances), e.g. http://127.0.0.1:41234. */
  baseUrl: string;
  /** Which instance that is, from 0: a vote on one instance timed on another's sockets is cross-instance. */
  instance: number;
  cafeId: string;
  joinCode: string;
  ideaIds: string[];
  /** Participants this worker joins. */
  participants: number;
  /** Joins this worker starts per second during the ramp. */
  joinRate: number;
  /** Joins (HTTP join plus WebSocket open) in flight at once, at most. */
  joinConcurrency: number;
  /** Stop starting joins after this long, and vote with whoever is on the board by then. */
  joinBudgetMs: number;
  /** Steady votes across all workers, one at a time; this worker sends every `workers`-th. */
  votes: number;
  voteSeconds: number;
  /** The burst: every participant still seated votes once, all within this long. */
  burstSeconds: number;
  /** How long to wait after the last vote of a phase for every socket to catch up. */
  settleMs: number;
  /** The worker gives up on its own after this long, whatever happens. */
  timeLimitMs: number;
};

export type Phase = 'steady' | 'burst';

/** A vote stored by the server: when it was sent (ms since the epoch), the board version it made. */
export type SentVote = { at: number; version: number; instance: number };

/** Latencies in 0.1 ms buckets, as [bucket, count] pairs: merged across workers without a copy of each. */
export type Histogram = [number, number][];

/** Parent to worker. */
export type ParentMessage =
  | { type: 'vote'; phase: Phase; at: number }
  | { type: 'measure'; phase: Phase; votes: SentVote[] }
  | { type: 'finish' };

/** Worker to parent. */
export type WorkerMessage =
  | {
      type: 'joined';
      seated: number;
      joinsStarted: number;
      joinErrors: number;
      socketErrors: number;
      joinSeconds: number;
    }
  | { type: 'voted'; phase: Phase; votes: SentVote[]; errors: number; http: Histogram; firstError?: string }
  | {
      type: 'measured';
      phase: Phase;
      same: Histogram;
      cross: Histogram;
      deliveries: number;
      missed: number;
      /** Sockets that were open when the phase began and closed during it. */
      dropped: number;
    }
  | {
      type: 'result';
      seated: number;
      socketErrors: number;
      boardBytes: number;
      changeBytes: number;
      clientLoopDelayP99: number;
    };

export const PLAN_ENV = 'CAIRN_CAFE_BENCH_PLAN';

/** A latency's bucket: tenths of a millisecond. */
export function bucketOf(ms: number): number {
  return Math.max(0, Math.round(ms * 10));
}

/** Adds one histogram's counts into a map of them. */
export function mergeInto(into: Map<number, number>, histogram: Histogram): void {
  for (const [bucket, count] of histogram) into.set(bucket, (into.get(bucket) ?? 0) + count);
}

/** How many latencies a merged histogram holds. */
export function countOf(histogram: Map<number, number>): number {
  let total = 0;
  for (const count of histogram.values()) total += count;
  return total;
}

/** Nearest-rank percentile of a histogram, in ms (NaN when it is empty). */
export function percentileOf(histogram: Map<number, number>, p: number): number {
  const total = countOf(histogram);
  if (total === 0) return Number.NaN;
  const rank = Math.min(total - 1, Math.floor((p / 100) * total));
  let seen = 0;
  for (const bucket of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(bucket) ?? 0;
    if (seen > rank) return bucket / 10;
  }
  return Number.NaN;
}

export function maxOf(histogram: Map<number, number>): number {
  let max = Number.NaN;
  for (const [bucket, count] of histogram) if (count > 0 && !(bucket / 10 <= max)) max = bucket / 10;
  return max;
}

export function parsePlan(text: string | undefined): WorkerPlan {
  if (!text) throw new Error(`${PLAN_ENV} is not set: this worker is started by bench/cafe.bench.ts`);
  const plan = JSON.parse(text) as WorkerPlan;
  const host = new URL(plan.baseUrl).hostname;
  // The benchmark only ever talks to the servers it started on this machine.
  if (host !== '127.0.0.1') throw new Error(`Refusing to load-test ${host}: only 127.0.0.1 is allowed`);
  return plan;
}
