import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { hashToken } from './crypto.js';
import type { Database } from './db.js';
import { rateLimited } from './errors.js';
import { message, type Message, type Text } from './i18n.js';
import { rateLimitCounters } from './kernel.tables.js';

/** A limit on attempts: at most `max` in each window of `windowMs`, counted per subject. */
export type RateLimit = {
  /** Unique across Cairn, e.g. `people.sign-in-per-address`. */
  name: string;
  max: number;
  windowMs: number;
  /** The first words of the refusal, e.g. "Too many sign-in attempts from this address." */
  refusal: Text;
};

/** Counters are found by a hash, so the table never holds an address, an email or a link. */
function counterKey(limit: RateLimit, subject: string): string {
  return `${limit.name}:${hashToken(subject)}`;
}

/**
 * The part of a client address that one household or phone holds: the whole IPv4 address, or the
 * /64 prefix of an IPv6 one (one home connection is given 2^64 addresses to rotate through).
 */
export function clientNetwork(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** "Wait 40 seconds and try again.", "Wait 7 minutes and try again.", in the reader's language. */
export function waitAndTryAgain(seconds: number): Message {
  if (seconds < 60) return message('limits.waitSeconds', { seconds: Math.max(1, Math.ceil(seconds)) });
  return message('limits.waitMinutes', { minutes: Math.ceil(seconds / 60) });
}

/**
 * Counts one attempt and refuses it (429, with `Retry-After`) once the window holds more than the
 * limit. One statement inserts the counter, starts a new window when the old one has ended, or adds
 * one, so instances sharing the database count together and concurrent attempts cannot slip past.
 */
export async function countAttempt(
  db: Database,
  limit: RateLimit,
  subject: string,
  now = new Date(),
): Promise<void> {
  const nextReset = new Date(now.getTime() + limit.windowMs);
  const ended = sql`${rateLimitCounters.resetAt} <= ${now.toISOString()}::timestamptz`;
  const [counter] = await db
    .insert(rateLimitCounters)
    .values({ key: counterKey(limit, subject), count: 1, resetAt: nextReset })
    .onConflictDoUpdate({
      target: rateLimitCounters.key,
      set: {
        count: sql`case when ${ended} then 1 else ${rateLimitCounters.count} + 1 end`,
        resetAt: sql`case when ${ended} then ${nextReset.toISOString()}::timestamptz else ${rateLimitCounters.resetAt} end`,
      },
    })
    .returning({ count: rateLimitCounters.count, resetAt: rateLimitCounters.resetAt });
  if (counter && counter.count > limit.max) throw refusal(limit, counter.resetAt, now);
}

/**
 * Refuses (429) when the window already holds the limit, without counting: for limits that count
 * only failures, known after the attempt (a wrong café code). Attempts that pass this check together
 * are still each counted by `countAttempt` afterwards.
 */
export async function refuseWhenOverLimit(
  db: Database,
  limit: RateLimit,
  subject: string,
  now = new Date(),
): Promise<void> {
  const [counter] = await db
    .select({ count: rateLimitCounters.count, resetAt: rateLimitCounters.resetAt })
    .from(rateLimitCounters)
    .where(and(eq(rateLimitCounters.key, counterKey(limit, subject)), gt(rateLimitCounters.resetAt, now)));
  if (counter && counter.count >= limit.max) throw refusal(limit, counter.resetAt, now);
}

function refusal(limit: RateLimit, resetAt: Date, now: Date) {
  const seconds = (resetAt.getTime() - now.getTime()) / 1000;
  return rateLimited([limit.refusal, waitAndTryAgain(seconds)], seconds);
}

/** Deletes the counters whose window has ended (a scheduled job), so the table stays small. */
export async function deleteEndedRateLimitWindows(db: Database, now = new Date()): Promise<number> {
  const deleted = await db
    .delete(rateLimitCounters)
    .where(lte(rateLimitCounters.resetAt, now))
    .returning({ key: rateLimitCounters.key });
  return deleted.length;
}
