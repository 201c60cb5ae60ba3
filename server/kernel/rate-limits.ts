import { createHmac, hkdfSync } from 'node:crypto';
import { and, eq, gt, lte, sql } from 'drizzle-orm';
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

/**
 * Counts attempts against limits, in the database every instance shares. Subjects (an address, an
 * email, a link) are stored only as an HMAC-SHA256 under a key derived from the deployment's secret
 * key, so the table never holds them, nor a plain hash that could be reversed by trying every IPv4
 * address or a list of emails.
 */
export type RateLimiter = {
  /** Counts one attempt and refuses it (429) once the window holds more than the limit. */
  count(limit: RateLimit, subject: string, now?: Date): Promise<void>;
  /** Refuses (429) when the window already holds the limit, without counting. */
  refuseWhenOver(limit: RateLimit, subject: string, now?: Date): Promise<void>;
};

/** The key for counter names: HKDF-SHA256 of the secret key, for this use only. */
export function deriveCounterKey(secretKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), 'cairn rate-limit counters v1', 32));
}

/** `name:HMAC-SHA256(key, subject)` in hex: found again for the same subject, and nothing more. */
export function counterKey(key: Buffer, limit: RateLimit, subject: string): string {
  return `${limit.name}:${createHmac('sha256', key).update(subject).digest('hex')}`;
}

export function createRateLimiter(db: Database, secretKey: Buffer): RateLimiter {
  const key = deriveCounterKey(secretKey);
  return {
    count: (limit, subject, now) => countAttempt(db, counterKey(key, limit, subject), limit, now),
    refuseWhenOver: (limit, subject, now) =>
      refuseWhenOverLimit(db, counterKey(key, limit, subject), limit, now),
  };
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
async function countAttempt(db: Database, key: string, limit: RateLimit, now = new Date()): Promise<void> {
  const nextReset = new Date(now.getTime() + limit.windowMs);
  const ended = sql`${rateLimitCounters.resetAt} <= ${now.toISOString()}::timestamptz`;
  const [counter] = await db
    .insert(rateLimitCounters)
    .values({ key, count: 1, resetAt: nextReset })
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
 * are still each counted by `count` afterwards.
 */
async function refuseWhenOverLimit(
  db: Database,
  key: string,
  limit: RateLimit,
  now = new Date(),
): Promise<void> {
  const [counter] = await db
    .select({ count: rateLimitCounters.count, resetAt: rateLimitCounters.resetAt })
    .from(rateLimitCounters)
    .where(and(eq(rateLimitCounters.key, key), gt(rateLimitCounters.resetAt, now)));
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
