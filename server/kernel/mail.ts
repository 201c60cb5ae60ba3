import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { looksLikeEmail, normalisePhoneNumber } from '../../contracts/common.js';
import type { Database, DbOrTx } from './db.js';
import { mailOutbox } from './kernel.tables.js';

export type OutgoingMail = { to: string; subject: string; text: string };
export type OutgoingText = { to: string; text: string };
type Channel = 'email' | 'text';

/**
 * Queues a message in the outbox table. Written in the caller's transaction, so a message is sent
 * if and only if the action that caused it was committed.
 */
export async function queueMail(db: DbOrTx, mail: OutgoingMail): Promise<void> {
  await db.insert(mailOutbox).values({ ...mail, channel: 'email' });
}

/** Queues a text message (SMS) the same way; `to` must be in international form (see `contactRoute`). */
export async function queueText(db: DbOrTx, message: OutgoingText): Promise<void> {
  await db.insert(mailOutbox).values({ ...message, subject: '', channel: 'text' });
}

/** Messages for the development outbox page, newest first. */
export async function findOutboxMessages(db: DbOrTx, limit = 100) {
  return db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit);
}

/** How to reach a contact someone left: by email, by text message, or not at all. */
export function contactRoute(contact: string): { channel: Channel; address: string } | null {
  const trimmed = contact.trim();
  if (looksLikeEmail(trimmed)) return { channel: 'email', address: trimmed.toLowerCase() };
  const phone = normalisePhoneNumber(trimmed);
  return phone ? { channel: 'text', address: phone } : null;
}

export type OutboxSender = { stop(): Promise<void> };

/**
 * Delivers one channel's queued messages every few seconds. Each message stays locked while it is
 * sent, so two instances never both send it; failures keep the message with its reason.
 */
function startOutboxDelivery(
  db: Database,
  channel: Channel,
  deliver: (message: typeof mailOutbox.$inferSelect) => Promise<void>,
  options: { intervalMs?: number; log: (message: string) => void; onStop?: () => void },
): OutboxSender {
  let running: Promise<void> | undefined;
  const noun = channel === 'email' ? 'mail' : 'text message';

  const sendOne = async (): Promise<boolean> =>
    db.transaction(async (tx) => {
      const [message] = await tx
        .select()
        .from(mailOutbox)
        .where(and(isNull(mailOutbox.sentAt), eq(mailOutbox.channel, channel)))
        // Messages that failed before go last, so one bad address never blocks the rest.
        .orderBy(sql`${mailOutbox.lastError} is not null`, asc(mailOutbox.createdAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!message) return false;
      try {
        await deliver(message);
        await tx
          .update(mailOutbox)
          .set({ sentAt: new Date(), lastError: null })
          .where(eq(mailOutbox.id, message.id));
        return true;
      } catch (error) {
        const reason = error instanceof Error ? error.message : 'unknown error';
        await tx
          .update(mailOutbox)
          .set({ lastError: reason.slice(0, 500) })
          .where(eq(mailOutbox.id, message.id));
        // The id and the reason only: addresses are personal data and stay out of the logs.
        options.log(`Could not send ${noun} ${message.id}: ${reason}`);
        return false;
      }
    });

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
      await transport.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
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
