import { eq, sql } from 'drizzle-orm';
import type { Database } from './db.js';
import { scheduledJobs } from './kernel.tables.js';

/** A periodic job: what it is called, how often it runs, and what it does. */
export type ScheduledJob = {
  /** Unique across Cairn, e.g. `stories.escalate-alerts`. */
  name: string;
  everyMs: number;
  run(now: Date): Promise<unknown>;
};

export type Scheduler = {
  /** Runs every job that is due now, once (tests call this instead of waiting). */
  runDue(now?: Date): Promise<string[]>;
  stop(): Promise<void>;
};

/**
 * Claims a job's run for this period: inserts its row, or moves `next_run_at` on if it is due, in
 * one statement. Only the instance whose statement changed the row runs the job.
 */
export async function claimJobRun(db: Database, job: ScheduledJob, now: Date): Promise<boolean> {
  const next = new Date(now.getTime() + job.everyMs);
  const rows = await db
    .insert(scheduledJobs)
    .values({ name: job.name, nextRunAt: next, lastStartedAt: now })
    .onConflictDoUpdate({
      target: scheduledJobs.name,
      set: { nextRunAt: next, lastStartedAt: now },
      setWhere: sql`${scheduledJobs.nextRunAt} <= ${now.toISOString()}::timestamptz`,
    })
    .returning({ name: scheduledJobs.name });
  return rows.length > 0;
}

/**
 * One scheduler for every periodic job (reminders, escalations, clean-ups). Each tick runs the jobs
 * that are due and that this instance claims; a job runs to the end before it can run again here,
 * and its failure is kept on its row and logged (names and messages only, never personal data).
 */
export function startScheduler(
  db: Database,
  jobs: readonly ScheduledJob[],
  options: { tickMs?: number; log: (message: string) => void },
): Scheduler {
  const names = new Set<string>();
  for (const job of jobs) {
    if (names.has(job.name)) throw new Error(`Two scheduled jobs are called ${job.name}`);
    names.add(job.name);
  }
  const running = new Map<string, Promise<void>>();

  const runOne = async (job: ScheduledJob, now: Date) => {
    let failure: string | null = null;
    try {
      await job.run(now);
    } catch (error) {
      failure = error instanceof Error ? error.message : 'unknown error';
      options.log(`Scheduled job ${job.name} failed: ${failure}`);
    }
    await db
      .update(scheduledJobs)
      .set({ lastFinishedAt: new Date(), lastError: failure?.slice(0, 500) ?? null })
      .where(eq(scheduledJobs.name, job.name));
  };

  /** Claims and starts the due jobs; a long job does not hold up the others' next ticks. */
  const startDue = async (now: Date) => {
    const started: Promise<void>[] = [];
    const names: string[] = [];
    for (const job of jobs) {
      if (running.has(job.name)) continue;
      if (!(await claimJobRun(db, job, now))) continue;
      const run = runOne(job, now).finally(() => running.delete(job.name));
      running.set(job.name, run);
      started.push(run);
      names.push(job.name);
    }
    return { names, started };
  };

  const runDue = async (now = new Date()) => {
    const { names, started } = await startDue(now);
    await Promise.all(started);
    return names;
  };

  let ticking: Promise<unknown> | undefined;
  const tick = () => {
    if (ticking) return;
    ticking = startDue(new Date())
      .catch((error: unknown) =>
        options.log(
          `The scheduler could not run: ${error instanceof Error ? error.message : 'unknown error'}`,
        ),
      )
      .finally(() => {
        ticking = undefined;
      });
  };
  const timer = setInterval(tick, options.tickMs ?? 15_000);
  timer.unref();
  tick();
  return {
    runDue,
    async stop() {
      clearInterval(timer);
      await ticking;
      await Promise.all(running.values());
    },
  };
}
