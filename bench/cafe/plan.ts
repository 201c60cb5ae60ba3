// What the café benchmark hands to its participant worker, and what the worker reports back.
// Both sides live in separate processes (so simulated clients do not share an event loop with the
// code that starts and watches the server), so the plan travels as JSON in an environment variable.

export type WorkerPlan = {
  /** e.g. http://127.0.0.1:41234; the worker refuses anything that is not loopback. */
  baseUrl: string;
  cafeId: string;
  joinCode: string;
  ideaIds: string[];
  participants: number;
  /** Joins started per second during the ramp. */
  joinRate: number;
  /** Joins (HTTP join plus WebSocket open) in flight at once, at most. */
  joinConcurrency: number;
  /** Stop starting joins after this long, and vote with whoever is on the board by then. */
  joinBudgetMs: number;
  votes: number;
  voteSeconds: number;
  /** How long to wait after the last vote for every socket to catch up. */
  settleMs: number;
  /** The worker gives up on its own after this long, whatever happens. */
  timeLimitMs: number;
};

export type WorkerResult = {
  type: 'result';
  participants: number;
  joinsStarted: number;
  joinErrors: number;
  socketErrors: number;
  voteErrors: number;
  votes: number;
  deliveries: number;
  missedDeliveries: number;
  latencyP50: number;
  latencyP95: number;
  latencyP99: number;
  latencyMax: number;
  voteHttpP50: number;
  voteHttpP95: number;
  joinSeconds: number;
  boardBytes: number;
  clientLoopDelayP99: number;
};

/** Progress marks, so the parent can sample the server's CPU and memory at each phase. */
export type WorkerPhase = { type: 'phase'; name: 'joined' | 'voted' };

export type WorkerMessage = WorkerResult | WorkerPhase;

export const PLAN_ENV = 'CAIRN_CAFE_BENCH_PLAN';

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export function parsePlan(text: string | undefined): WorkerPlan {
  if (!text) throw new Error(`${PLAN_ENV} is not set: this worker is started by bench/cafe.bench.ts`);
  const plan = JSON.parse(text) as WorkerPlan;
  const host = new URL(plan.baseUrl).hostname;
  // The benchmark only ever talks to the server it started on this machine.
  if (host !== '127.0.0.1') throw new Error(`Refusing to load-test ${host}: only 127.0.0.1 is allowed`);
  return plan;
}
