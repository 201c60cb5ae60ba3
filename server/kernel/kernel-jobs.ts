import { deleteExpiredSessions } from './auth.js';
import type { Database } from './db.js';
import type { ScheduledJob } from './jobs.js';
import type { NewsOutbox } from './news.js';
import { deleteEndedRateLimitWindows } from './rate-limits.js';

/** The kernel's own periodic clean-ups, run by the scheduler beside the modules' jobs. */
export function kernelJobs(db: Database, news: NewsOutbox): ScheduledJob[] {
  return [
    // Often enough that the day's news goes soon after 10:00; each address gets one a day at most.
    { name: 'kernel.send-daily-news', everyMs: 10 * 60_000, run: (now) => news.composeDaily(db, now) },
    { name: 'kernel.delete-expired-sessions', everyMs: 60 * 60_000, run: () => deleteExpiredSessions(db) },
    {
      name: 'kernel.delete-ended-rate-limit-windows',
      everyMs: 10 * 60_000,
      run: (now) => deleteEndedRateLimitWindows(db, now),
    },
  ];
}
