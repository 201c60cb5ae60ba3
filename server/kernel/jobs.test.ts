import { and, inArray, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-app.js';
import type { DatabaseHandle } from './db.js';
import { scheduledJobs } from './kernel.tables.js';
import { claimJobRun, startScheduler, type ScheduledJob } from './jobs.js';

let database: DatabaseHandle;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
});
afterAll(async () => drop());

describe('the scheduler', () => {
  it('lets one instance claim each period of a job, however many ask at once', async () => {
    const job: ScheduledJob = { name: 'test.claimed-once', everyMs: 60_000, run: async () => undefined };
    const now = new Date('2026-12-05T10:00:00Z');
    const claims = await Promise.all(Array.from({ length: 4 }, () => claimJobRun(database.db, job, now)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimJobRun(database.db, job, new Date('2026-12-05T10:00:59Z'))).toBe(false);
    expect(await claimJobRun(database.db, job, new Date('2026-12-05T10:01:00Z'))).toBe(true);
  });

  it('runs what is due, keeps a failure on the job, and never runs one job twice at once', async () => {
    const runs: string[] = [];
    const logs: string[] = [];
    const jobs: ScheduledJob[] = [
      { name: 'test.works', everyMs: 3_600_000, run: async () => runs.push('works') },
      {
        name: 'test.fails',
        everyMs: 3_600_000,
        run: async () => {
          throw new Error('the mail server is down');
        },
      },
    ];
    // Two instances on one database, as behind a load balancer.
    const first = startScheduler(database.db, jobs, { tickMs: 60_000, log: (m) => logs.push(m) });
    const second = startScheduler(database.db, jobs, { tickMs: 60_000, log: (m) => logs.push(m) });
    try {
      // Each instance runs a first tick as it starts; wait until those have run, so the claims for
      // the later period below cannot race them.
      await expect
        .poll(async () => {
          const rows = await database.db
            .select({ name: scheduledJobs.name })
            .from(scheduledJobs)
            .where(
              and(
                inArray(scheduledJobs.name, ['test.works', 'test.fails']),
                isNotNull(scheduledJobs.lastFinishedAt),
              ),
            );
          return rows.length;
        })
        .toBe(2);
      expect(runs).toEqual(['works']);
      const later = new Date(Date.now() + 2 * 3_600_000);
      const ran = await Promise.all([first.runDue(later), second.runDue(later)]);
      expect(ran.flat().sort()).toEqual(['test.fails', 'test.works']);
      // The first ticks and the later period: still once per period in all.
      expect(runs).toEqual(['works', 'works']);
      expect(logs.some((m) => m.includes('test.fails failed: the mail server is down'))).toBe(true);
      const rows = await database.db.execute<{ name: string; last_error: string | null }>(
        "select name, last_error from scheduled_jobs where name like 'test.%' order by name",
      );
      expect(JSON.stringify(rows)).toContain('the mail server is down');
    } finally {
      await first.stop();
      await second.stop();
    }
  });

  it('refuses two jobs with one name', () => {
    const job: ScheduledJob = { name: 'test.twice', everyMs: 1000, run: async () => undefined };
    expect(() => startScheduler(database.db, [job, job], { log: () => undefined })).toThrow(/test.twice/);
  });
});
