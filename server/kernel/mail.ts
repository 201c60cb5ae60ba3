import { asc, desc, eq, isNull, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Database, DbOrTx } from './db.js';
import { mailOutbox } from './kernel.tables.js';

export type OutgoingMail = { to: string; subject: string; text: string };

/**
 * Queues a message in the outbox table. Written in the caller's transaction, so a message is sent
 * if and only if the action that caused it was committed.
 */
export async function queueMail(db: DbOrTx, mail: OutgoingMail): Promise<void> {
  await db.insert(mailOutbox).values(mail);
}

/** Messages for the development outbox page, newest first. */
export async function findOutboxMessages(db: DbOrTx, limit = 100) {
  return db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit);
}

export type MailSender = { stop(): Promise<void> };

/**
 * Delivers queued mail over SMTP every few seconds. Without SMTP configured, mail stays in the
 * outbox for the development page.
 */
export function startMailSender(
  db: Database,
  options: { smtpUrl: string; from: string; intervalMs?: number; log: (message: string) => void },
): MailSender {
  const transport = nodemailer.createTransport(options.smtpUrl);
  let running: Promise<void> | undefined;

  /** Sends one waiting message; the row stays locked while it is sent, so two instances never both send it. */
  const sendOne = async (): Promise<boolean> =>
    db.transaction(async (tx) => {
      const [message] = await tx
        .select()
        .from(mailOutbox)
        .where(isNull(mailOutbox.sentAt))
        // Messages that failed before go last, so one bad address never blocks the rest.
        .orderBy(sql`${mailOutbox.lastError} is not null`, asc(mailOutbox.createdAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!message) return false;
      try {
        await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
        });
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
        options.log(`Could not send mail ${message.id}: ${reason}`);
        return false;
      }
    });

  const tick = () => {
    if (running) return;
    running = (async () => {
      for (let sent = 0; sent < 20 && (await sendOne()); sent++);
    })()
      .catch((error: unknown) =>
        options.log(`Mail delivery stopped: ${error instanceof Error ? error.message : 'unknown error'}`),
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
      transport.close();
    },
  };
}
