import type { LanguageCode } from '../../contracts/languages.js';
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Signed-in sessions. The cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_person_idx').on(t.personId)],
);

/** Append-only record of sensitive actions (a trigger refuses updates and deletes). */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    partnershipId: uuid('partnership_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    details: jsonb('details')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (t) => [index('audit_events_partnership_at_idx').on(t.partnershipId, t.at)],
);

/**
 * Mail and text messages waiting to be sent (or, in development, to be read on the outbox page).
 * A text message has no subject, and its address is a phone number in international form.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channel: text('channel').$type<'email' | 'text'>().notNull().default('email'),
    to: text('to_address').notNull(),
    subject: text('subject').notNull(),
    text: text('body_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    lastError: text('last_error'),
    /** Tries so far; after too many the message is parked for an admin to look at. */
    attempts: integer('attempts').notNull().default(0),
    /** After a failure, when to try again (backing off). */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    /** A sender is delivering it until then; a sender that died lets it go when this passes. */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    parkedAt: timestamp('parked_at', { withTimezone: true }),
    /**
     * `now` for what needs the person now (sent at once); `digest` for news, held and gathered
     * into one message a day per address and channel (see news.ts). Held rows are never sent.
     */
    deliver: text('deliver').$type<'now' | 'digest'>().notNull().default('now'),
    /** What the news is about (`priorities`, `proposals`, `reminders`), on news only. */
    topic: text('topic'),
    /**
     * On held news: the line and the link the daily message lists it by, and the language the item
     * was said in (the daily message is said in it too; older rows have none and read as English).
     */
    digestItem: jsonb('digest_item').$type<{ summary: string; link: string; language?: LanguageCode }>(),
    /** On held news: the message that carried it, once gathered. */
    digestId: uuid('digest_id'),
    /** On a news message: the London day it went out for; one a day per address and channel. */
    digestDay: text('digest_day'),
    /** On news mail: the one-click address for the `List-Unsubscribe` header (RFC 8058). */
    listUnsubscribe: text('list_unsubscribe'),
  },
  (t) => [
    index('mail_outbox_unsent_idx')
      .on(t.createdAt)
      .where(sql`sent_at is null`),
    index('mail_outbox_held_idx')
      .on(t.channel, t.to)
      .where(sql`deliver = 'digest' and digest_id is null`),
    // The rule "at most one news message a day", kept by the database whoever composes it.
    uniqueIndex('mail_outbox_one_digest_a_day_idx')
      .on(t.channel, t.to, t.digestDay)
      .where(sql`digest_day is not null`),
  ],
);

/**
 * Everyone Cairn has sent news to, by a key that is not their address: the SHA-256 of their
 * unsubscribe token, itself an HMAC of the address under a key only the server holds (news.ts).
 * Whether they stopped news is kept here, so an address is never stored for it in clear.
 */
export const newsRecipients = pgTable('news_recipients', {
  key: text('key').primaryKey(),
  channel: text('channel').$type<'email' | 'text'>().notNull(),
  firstQueuedAt: timestamp('first_queued_at', { withTimezone: true }).notNull().defaultNow(),
  /** Set when they stopped all news; cleared if they start it again. */
  unsubscribedAt: timestamp('unsubscribed_at', { withTimezone: true }),
});

/**
 * When each periodic job may next run. An instance runs a job only if it moves `next_run_at` on
 * first, in one statement, so a job runs once per period however many instances are up.
 */
export const scheduledJobs = pgTable('scheduled_jobs', {
  name: text('name').primaryKey(),
  nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull(),
  lastStartedAt: timestamp('last_started_at', { withTimezone: true }),
  lastFinishedAt: timestamp('last_finished_at', { withTimezone: true }),
  lastError: text('last_error'),
});

/**
 * Attempt counters for rate limits, shared by every instance on the database. One row per limit and
 * subject, counting attempts in a fixed window that ends at `reset_at`; the key holds only the limit's
 * name and an HMAC of the subject (an address, an email, a link) under a key derived from the secret
 * key, never the subject itself (see rate-limits.ts).
 */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    key: text('key').primaryKey(),
    count: integer('count').notNull(),
    resetAt: timestamp('reset_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limit_counters_reset_idx').on(t.resetAt)],
);
