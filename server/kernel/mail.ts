import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { looksLikeEmail } from '../../contracts/common.js';
import type { LanguageCode } from '../../contracts/languages.js';
import type { Database, DbOrTx } from './db.js';
import { say, type Text } from './i18n.js';
import { mailOutbox } from './kernel.tables.js';
import { readMobileNumber } from './phone.js';

/**
 * `deliver: 'now'` says the message needs the person now and goes at once, whether or not they
 * stopped news. News (updates that can wait) goes through the news outbox instead (news.ts).
 *
 * The words are catalogue messages said in the recipient's language (their saved choice, see
 * `languageFor`), written out when the message is queued: a message says what it said when it
 * was caused, whatever the person chooses later.
 */
export type OutgoingMail = {
  to: string;
  language: LanguageCode;
  subject: Text;
  text: Text;
  deliver: 'now';
  /**
   * The one-click link (RFC 8058) that stops this kind of message, from `news.stopLinks`. A loop
   * notification that goes at once carries one; account mail (a reset, an invitation, a consent
   * confirmation) and safeguarding alerts never do.
   */
  listUnsubscribe?: string;
};
export type OutgoingText = { to: string; language: LanguageCode; text: Text; deliver: 'now' };
type Channel = 'email' | 'text';

/**
 * Queues a message in the outbox table. Written in the caller's transaction, so a message is sent
 * if and only if the action that caused it was committed.
 */
// The moment a message is queued, not the start of its transaction (PostgreSQL's now()): two
// transactions that wait for one another (two reset requests for one person) queue their mail in the
// order they ran, so the newest mail is the one whose link still works.
const QUEUED_NOW = sql`clock_timestamp()`;

export async function queueMail(db: DbOrTx, mail: OutgoingMail): Promise<void> {
  await db.insert(mailOutbox).values({
    createdAt: QUEUED_NOW,
    channel: 'email',
    to: mail.to,
    subject: say(mail.subject, mail.language),
    text: withEndOfLine(say(mail.text, mail.language)),
    deliver: mail.deliver,
    listUnsubscribe: mail.listUnsubscribe ?? null,
  });
}

/** A mail body ends with one line break, as mail programs expect. */
function withEndOfLine(text: string): string {
  return `${text.trimEnd()}\n`;
}

/**
 * Queues a text message (SMS) the same way. Only a mobile number is texted (read again here, so a
 * number stored before it was checked, or a landline, never gets one); returns whether it was queued.
 */
export async function queueText(db: DbOrTx, message: OutgoingText): Promise<boolean> {
  const to = readMobileNumber(message.to);
  if (!to) return false;
  await db.insert(mailOutbox).values({
    createdAt: QUEUED_NOW,
    channel: 'text',
    to,
    subject: '',
    text: say(message.text, message.language),
    deliver: message.deliver,
  });
  return true;
}

/** Messages for the development outbox page, newest first. */
export async function findOutboxMessages(db: DbOrTx, limit = 100) {
  return db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit);
}

/** How to reach a contact someone left: by email, by text message, or not at all. */
export function contactRoute(contact: string): { channel: Channel; address: string } | null {
  const trimmed = contact.trim();
  if (looksLikeEmail(trimmed)) return { channel: 'email', address: trimmed.toLowerCase() };
  const phone = readMobileNumber(trimmed);
  return phone ? { channel: 'text', address: phone } : null;
}

export type OutboxSender = { stop(): Promise<void> };
type OutboxRow = typeof mailOutbox.$inferSelect;

/** After this many failed tries a message is parked for an admin to look at. */
export const MAX_ATTEMPTS = 8;
/** How long a sender may take over one message before another may try it. */
const CLAIM_MS = 2 * 60_000;

/** 30 s, 1 min, 2 min … capped at an hour: a flaky server gets room, a fixed one is used soon. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

/**
 * Claims the next message of a channel in one short statement: rows another sender holds are
 * skipped, and the claim expires, so a sender that died mid-send lets the message go again.
 */
export async function claimNextMessage(db: Database, channel: Channel, now = new Date()) {
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(
      and(
        eq(mailOutbox.channel, channel),
        // Held news is never sent itself: the daily message that gathers it is.
        eq(mailOutbox.deliver, 'now'),
        isNull(mailOutbox.sentAt),
        isNull(mailOutbox.parkedAt),
        or(isNull(mailOutbox.nextAttemptAt), lte(mailOutbox.nextAttemptAt, now)),
        or(isNull(mailOutbox.claimedUntil), lte(mailOutbox.claimedUntil, now)),
      ),
    )
    .orderBy(asc(mailOutbox.createdAt))
    .limit(1)
    .for('update', { skipLocked: true });
  const [row] = await db
    .update(mailOutbox)
    .set({
      claimedUntil: new Date(now.getTime() + CLAIM_MS),
      attempts: sql`${mailOutbox.attempts} + 1`,
    })
    .where(inArray(mailOutbox.id, due))
    .returning();
  return row;
}

/** Records how a delivery went: sent, to be tried again later, or parked after too many tries. */
export async function recordDelivery(
  db: Database,
  message: OutboxRow,
  failure: string | null,
  now = new Date(),
) {
  if (failure === null) {
    await db
      .update(mailOutbox)
      .set({ sentAt: now, lastError: null, claimedUntil: null })
      .where(eq(mailOutbox.id, message.id));
    return;
  }
  const parked = message.attempts >= MAX_ATTEMPTS;
  await db
    .update(mailOutbox)
    .set({
      lastError: failure.slice(0, 500),
      claimedUntil: null,
      ...(parked
        ? { parkedAt: now }
        : { nextAttemptAt: new Date(now.getTime() + retryDelayMs(message.attempts)) }),
    })
    .where(eq(mailOutbox.id, message.id));
}

/** Messages that kept failing, for an admin: never the body, and the address only partly. */
export async function findParkedMessages(db: DbOrTx) {
  return db
    .select({
      id: mailOutbox.id,
      channel: mailOutbox.channel,
      to: mailOutbox.to,
      createdAt: mailOutbox.createdAt,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      parkedAt: mailOutbox.parkedAt,
    })
    .from(mailOutbox)
    .where(and(isNull(mailOutbox.sentAt), isNotNull(mailOutbox.parkedAt)))
    .orderBy(desc(mailOutbox.parkedAt))
    .limit(200);
}

/** Puts parked messages back in the queue, to be tried at once (after the admin fixed the cause). */
export async function retryParkedMessages(db: DbOrTx, ids?: string[]): Promise<number> {
  const rows = await db
    .update(mailOutbox)
    .set({ parkedAt: null, attempts: 0, nextAttemptAt: null, claimedUntil: null })
    .where(
      and(
        isNull(mailOutbox.sentAt),
        isNotNull(mailOutbox.parkedAt),
        ids ? inArray(mailOutbox.id, ids) : undefined,
      ),
    )
    .returning({ id: mailOutbox.id });
  return rows.length;
}

const EMAIL_IN_TEXT = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[^\s<>"'(),;:]+/g;
const PHONE_IN_TEXT = /\+?\d[\d\s().-]{7,}\d/g;

/** A delivery failure's text with every email address and phone number taken out, for the logs. */
export function withoutAddresses(text: string, recipient: string): string {
  const trimmed = recipient.trim();
  const named = trimmed ? text.split(trimmed).join('[address]') : text;
  return named.replace(EMAIL_IN_TEXT, '[address]').replace(PHONE_IN_TEXT, '[address]');
}

// What each kind of nodemailer failure means, in words an admin can act on.
const MAIL_FAILURES: Record<string, string> = {
  EENVELOPE: 'the mail server refused the recipient or the sender',
  EMESSAGE: 'the mail server refused the message',
  EAUTH: "the mail server refused Cairn's sign-in (check SMTP_URL)",
  ENOAUTH: 'the mail server wants a sign-in (put a user and password in SMTP_URL)',
  ECONNECTION: 'Cairn could not connect to the mail server',
  ETIMEDOUT: 'the mail server did not answer in time',
  EDNS: "the mail server's name could not be found",
  ESOCKET: 'the connection to the mail server failed',
  ETLS: 'a secure connection to the mail server could not be made',
  EPROTOCOL: 'the mail server answered in a way Cairn did not understand',
};

/**
 * Why a mail could not be sent, from nodemailer's error code, the server's reply code and the
 * command it answered, never the reply's text: a mail server's refusal usually repeats the address
 * it refused, and may name the person behind it.
 */
export function describeMailFailure(error: unknown): string {
  const { code, responseCode, command } = (error ?? {}) as {
    code?: unknown;
    responseCode?: unknown;
    command?: unknown;
  };
  const known = typeof code === 'string' && /^[A-Z_]{2,20}$/.test(code) ? code : undefined;
  const what = (known && MAIL_FAILURES[known]) ?? 'the mail could not be sent';
  const details = [
    known,
    typeof responseCode === 'number' ? String(responseCode) : undefined,
    typeof command === 'string' && /^[A-Z][A-Z ]{1,20}$/.test(command) ? `at ${command}` : undefined,
  ].filter((part) => part !== undefined);
  return details.length > 0 ? `${what} (${details.join(', ')})` : what;
}

/**
 * Delivers one channel's queued messages every few seconds. Each message is claimed in a short
 * statement and sent outside any transaction, so a slow mail server or SMS gateway never holds the
 * database (on PGlite a transaction would make every request wait); the result is recorded after.
 */
function startOutboxDelivery(
  db: Database,
  channel: Channel,
  deliver: (message: OutboxRow) => Promise<void>,
  options: { intervalMs?: number; log: (message: string) => void; onStop?: () => void },
): OutboxSender {
  let running: Promise<void> | undefined;
  const noun = channel === 'email' ? 'mail' : 'text message';

  const sendOne = async (): Promise<boolean> => {
    const message = await claimNextMessage(db, channel);
    if (!message) return false;
    let failure: string | null = null;
    try {
      await deliver(message);
    } catch (error) {
      failure = error instanceof Error ? error.message : 'unknown error';
      // The id and the reason only: addresses are personal data and stay out of the logs, and a
      // mail server's refusal usually repeats the address it refused.
      options.log(
        `Could not send ${noun} ${message.id} (try ${message.attempts}): ${withoutAddresses(failure, message.to)}`,
      );
    }
    await recordDelivery(db, message, failure);
    return true;
  };

  const tick = () => {
    if (running) return;
    running = (async () => {
      for (let sent = 0; sent < 20 && (await sendOne()); sent++);
    })()
      .catch((error: unknown) =>
        options.log(
          `Delivery of ${noun} stopped: ${error instanceof Error ? error.message : 'unknown error'}`,
        ),
      )
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, options.intervalMs ?? 5000);
  return {
    async stop() {
      clearInterval(timer);
      // Let a delivery in progress finish, so its result is recorded before the database closes.
      await running;
      options.onStop?.();
    },
  };
}

/** Delivers queued mail over SMTP. Without SMTP configured, mail stays in the outbox for the development page. */
export function startMailSender(
  db: Database,
  options: { smtpUrl: string; from: string; intervalMs?: number; log: (message: string) => void },
): OutboxSender {
  const transport = nodemailer.createTransport(options.smtpUrl);
  return startOutboxDelivery(
    db,
    'email',
    async (message) => {
      try {
        await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          // News, and a loop notification sent at once, carry one-click unsubscribe for mail programs
          // (RFC 8058): they POST to the link.
          ...(message.listUnsubscribe
            ? {
                headers: {
                  'List-Unsubscribe': `<${message.listUnsubscribe}>`,
                  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
                },
              }
            : {}),
        });
      } catch (error) {
        // Logged and kept for admins without the mail server's own words (see describeMailFailure);
        // only the message is ever read, never the cause.
        throw new Error(describeMailFailure(error), { cause: error });
      }
    },
    { ...options, onStop: () => transport.close() },
  );
}

/**
 * Delivers queued text messages through an SMS gateway: each is POSTed as JSON `{ "to", "text" }`
 * with the token as a bearer token, and counts as sent when the gateway answers 2xx. A small relay
 * in front of the organisation's SMS provider speaks this, so Cairn depends on no one provider.
 */
export function startTextSender(
  db: Database,
  options: { gatewayUrl: string; token: string; intervalMs?: number; log: (message: string) => void },
): OutboxSender {
  return startOutboxDelivery(
    db,
    'text',
    async (message) => {
      const response = await fetch(options.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
        body: JSON.stringify({ to: message.to, text: message.text }),
        signal: AbortSignal.timeout(15_000),
      });
      if (!response.ok) throw new Error(`the SMS gateway answered ${response.status}`);
    },
    options,
  );
}
