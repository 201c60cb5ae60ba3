import { asc, desc, eq, isNull } from 'drizzle-orm';
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
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const batch = await db
        .select()
        .from(mailOutbox)
        .where(isNull(mailOutbox.sentAt))
        .orderBy(asc(mailOutbox.createdAt))
        .limit(20);
      for (const message of batch) {
        try {
          await transport.sendMail({
            from: options.from,
            to: message.to,
            subject: message.subject,
            text: message.text,
          });
          await db
            .update(mailOutbox)
            .set({ sentAt: new Date(), lastError: null })
            .where(eq(mailOutbox.id, message.id));
        } catch (error) {
          const reason = error instanceof Error ? error.message : 'unknown error';
          await db
            .update(mailOutbox)
            .set({ lastError: reason.slice(0, 500) })
            .where(eq(mailOutbox.id, message.id));
          options.log(`Could not send mail ${message.id}: ${reason}`);
        }
      }
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? 5000);
  return {
    async stop() {
      clearInterval(timer);
      transport.close();
    },
  };
}
