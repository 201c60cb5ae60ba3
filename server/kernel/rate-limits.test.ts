import { createHash, createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-app.js';
import type { DatabaseHandle } from './db.js';
import { AppError } from './errors.js';
import { kernelJobs } from './kernel-jobs.js';
import { createNewsOutbox } from './news.js';
import { rateLimitCounters } from './kernel.tables.js';
import {
  clientNetwork,
  createRateLimiter,
  deriveCounterKey,
  type RateLimit,
  type RateLimiter,
} from './rate-limits.js';

let database: DatabaseHandle;
let drop: () => Promise<void>;
let limiter: RateLimiter;
const secretKey = randomBytes(32);

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  limiter = createRateLimiter(database.db, secretKey);
});
afterAll(async () => drop());

const limit = (name: string): RateLimit => ({
  name,
  max: 3,
  windowMs: 10 * 60_000,
  refusal: 'Too many tries.',
});

/** The refusal `countAttempt` threw, or null when the attempt was allowed. */
async function attempt(rule: RateLimit, subject: string, now: Date): Promise<AppError | null> {
  try {
    await limiter.count(rule, subject, now);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe('shared rate limits', () => {
  it('allows the limit, then refuses with how long to wait, then starts a new window', async () => {
    const rule = limit('test.window');
    const start = new Date('2026-12-06T10:00:00Z');
    for (let i = 0; i < 3; i++) expect(await attempt(rule, 'a', start)).toBeNull();
    const refused = await attempt(rule, 'a', new Date('2026-12-06T10:03:00Z'));
    expect(refused?.code).toBe('rate_limited');
    expect(refused?.retryAfterSeconds).toBe(7 * 60);
    expect(refused?.message).toBe('Too many tries. Wait 7 minutes and try again.');
    // Another subject has its own counter.
    expect(await attempt(rule, 'b', new Date('2026-12-06T10:03:00Z'))).toBeNull();
    expect(await attempt(rule, 'a', new Date('2026-12-06T10:10:00Z'))).toBeNull();
  });

  it('lets no concurrent attempt slip past the limit', async () => {
    const rule = limit('test.concurrent');
    const now = new Date('2026-12-06T11:00:00Z');
    const results = await Promise.all(Array.from({ length: 12 }, () => attempt(rule, 'same', now)));
    expect(results.filter((r) => r === null)).toHaveLength(3);
    expect(results.filter((r) => r?.code === 'rate_limited')).toHaveLength(9);
  });

  it('keys an IPv6 client on its /64 network, and an IPv4 one on its address', () => {
    expect(clientNetwork('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(clientNetwork('2001:db8:1:2::99')).toBe(clientNetwork('2001:db8:1:2:ffff::1'));
    expect(clientNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientNetwork('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork('203.0.113.7')).toBe('203.0.113.7');
  });

  it('stores the limit name and a keyed hash of the subject, never the subject nor its plain hash', async () => {
    const subjects = ['person@test.example', '203.0.113.7'];
    for (const subject of subjects)
      await attempt(limit('test.stored'), subject, new Date('2026-12-06T12:00:00Z'));
    const keys = (await database.db.select({ key: rateLimitCounters.key }).from(rateLimitCounters)).map(
      (row) => row.key,
    );
    const stored = keys.filter((key) => key.startsWith('test.stored:'));
    expect(stored).toHaveLength(2);
    for (const key of stored) expect(key).toMatch(/^test\.stored:[0-9a-f]{64}$/);
    const counterKey = deriveCounterKey(secretKey);
    for (const subject of subjects) {
      expect(keys.some((key) => key.includes(subject))).toBe(false);
      // Not SHA-256 of the subject, which anyone could work out for every IPv4 address…
      const plain = createHash('sha256').update(subject).digest('hex');
      expect(keys.some((key) => key.endsWith(plain))).toBe(false);
      // …but an HMAC under a key derived from the secret key, which only the deployment holds.
      const keyed = createHmac('sha256', counterKey).update(subject).digest('hex');
      expect(stored).toContain(`test.stored:${keyed}`);
    }
    expect(counterKey.equals(secretKey)).toBe(false);
  });

  it('counts apart under another secret key, as another deployment would', async () => {
    const other = createRateLimiter(database.db, randomBytes(32));
    const rule = limit('test.other-key');
    const now = new Date('2026-12-06T13:00:00Z');
    for (let i = 0; i < 3; i++) await limiter.count(rule, 'shared', now);
    await expect(limiter.count(rule, 'shared', now)).rejects.toMatchObject({ code: 'rate_limited' });
    await expect(other.count(rule, 'shared', now)).resolves.toBeUndefined();
  });

  it('deletes ended windows in a scheduled kernel job, keeping open ones', async () => {
    const job = kernelJobs(database.db, createNewsOutbox(secretKey, 'http://localhost')).find(
      (j) => j.name === 'kernel.delete-ended-rate-limit-windows',
    );
    if (!job) throw new Error('no clean-up job');
    const early = new Date('2026-12-07T09:00:00Z');
    const later = new Date('2026-12-07T09:08:00Z');
    await attempt(limit('test.clean-early'), 'a', early);
    await attempt(limit('test.clean-later'), 'a', later);
    await job.run(new Date('2026-12-07T09:12:00Z'));
    const names = (await database.db.select({ key: rateLimitCounters.key }).from(rateLimitCounters)).map(
      (row) => row.key.split(':')[0],
    );
    expect(names).toContain('test.clean-later');
    expect(names).not.toContain('test.clean-early');
    expect(names).not.toContain('test.window');
  });
});
