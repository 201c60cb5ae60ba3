import { createHmac, hkdfSync } from 'node:crypto';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from './audit.js';
import { SOURCE_LANGUAGE, type LanguageCode } from '../../contracts/languages.js';
import { hashToken } from './crypto.js';
import type { Database, DbOrTx } from './db.js';
import { notFound } from './errors.js';
import { message, paragraphs, say, type Text } from './i18n.js';
import { mailOutbox, newsRecipients } from './kernel.tables.js';
import { contactRoute } from './mail.js';

/*
 * Messages are of two kinds. What needs the person now (a safeguarding alert, a password reset, an
 * invitation, a consent confirmation, a place offered with a time limit) is queued with `queueMail`
 * or `queueText` and goes at once. News (a priority's progress, an idea answered, a reminder that
 * can wait) is queued here: held, then gathered into one message a day per address and channel, sent
 * from 10:00 London time, with a one-click way to stop all news. Stopping news never stops what
 * needs the person now.
 */

/** What news is about; the daily message lists items of every topic together. */
export type NewsTopic = 'priorities' | 'proposals' | 'reminders';

export type NewsItem = {
  /** An email address or a mobile number, as the person gave it. */
  to: string;
  topic: NewsTopic;
  /** The recipient's language (`languageFor`): the item, and the daily message it joins, are said in it. */
  language: LanguageCode;
  /** The email's subject when it goes alone, and the item's heading in a daily message. */
  subject: Text;
  /** The email's body when it goes alone (greeting and all); the unsubscribe line is added here. */
  text: Text;
  /** One or two sentences: the item in a daily message, and the whole of a text message. */
  summary: Text;
  /** The page that shows what happened. */
  link: string;
};

/** The London hours in which a day's news goes out: not before 10:00, and not late at night. */
export const NEWS_FROM_HOUR = 10;
export const NEWS_UNTIL_HOUR = 20;
const TIME_ZONE = 'Europe/London';

const londonDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const londonHour = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  hourCycle: 'h23',
});

/** `2027-03-02`: the London day a moment falls on. */
export function newsDay(at: Date): string {
  return londonDay.format(at);
}

/** Whether news may go out at this moment (London time). */
export function isNewsHour(at: Date): boolean {
  const hour = Number(londonHour.format(at));
  return hour >= NEWS_FROM_HOUR && hour < NEWS_UNTIL_HOUR;
}

export type NewsOutbox = {
  /**
   * Holds a piece of news for the daily message, in the caller's transaction. Nothing is queued to
   * an address that is not an email or a mobile number, or whose owner stopped news; returns whether
   * it was queued.
   */
  queue(tx: DbOrTx, item: NewsItem): Promise<boolean>;
  /** The page that stops news to this address in one click, without signing in. */
  unsubscribeLink(to: string): string | null;
  /** Gathers each address's held news into one message, at most one a day; returns how many went. */
  composeDaily(db: Database, now?: Date): Promise<number>;
};

/**
 * The news outbox. Each address has one unsubscribe token, an HMAC of the channel and address under
 * a key derived from the secret key: it cannot be guessed, the same link works in every message,
 * and the database keeps only the token's SHA-256, never the address.
 */
export function createNewsOutbox(secretKey: Buffer, publicUrl: string): NewsOutbox {
  const key = Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), 'cairn news recipients v1', 32));
  const tokenFor = (channel: string, address: string) =>
    createHmac('sha256', key).update(`${channel}:${address}`).digest('base64url');
  const page = (token: string) => `${publicUrl}/unsubscribe/${token}`;

  const queue: NewsOutbox['queue'] = async (tx, item) => {
    const route = contactRoute(item.to);
    if (!route) return false;
    const token = tokenFor(route.channel, route.address);
    const recipientKey = hashToken(token);
    await tx
      .insert(newsRecipients)
      .values({ key: recipientKey, channel: route.channel })
      .onConflictDoNothing();
    const [recipient] = await tx
      .select({ unsubscribedAt: newsRecipients.unsubscribedAt })
      .from(newsRecipients)
      .where(eq(newsRecipients.key, recipientKey));
    if (recipient?.unsubscribedAt) return false;
    const email = route.channel === 'email';
    const { language } = item;
    const summary = say(item.summary, language);
    await tx.insert(mailOutbox).values({
      channel: route.channel,
      to: route.address,
      subject: email ? say(item.subject, language) : '',
      text: email
        ? `${say(paragraphs(item.text, mailFooter(page(token))), language).trimEnd()}\n`
        : `${summary} ${item.link} ${say(textFooter(page(token)), language)}`,
      deliver: 'digest',
      topic: item.topic,
      digestItem: { summary, link: item.link, language },
      listUnsubscribe: email ? `${publicUrl}/api/unsubscribe/${token}` : null,
    });
    return true;
  };

  const composeFor = async (db: Database, channel: 'email' | 'text', to: string, day: string) =>
    db.transaction(async (tx) => {
      // Rows another instance is gathering are skipped; it sends them.
      const held = await tx
        .select()
        .from(mailOutbox)
        .where(
          and(
            eq(mailOutbox.channel, channel),
            eq(mailOutbox.to, to),
            eq(mailOutbox.deliver, 'digest'),
            isNull(mailOutbox.digestId),
          ),
        )
        .orderBy(asc(mailOutbox.createdAt))
        .for('update', { skipLocked: true });
      if (held.length === 0) return false;
      const ids = held.map((row) => row.id);
      const token = tokenFor(channel, to);
      const [recipient] = await tx
        .select({ unsubscribedAt: newsRecipients.unsubscribedAt })
        .from(newsRecipients)
        .where(eq(newsRecipients.key, hashToken(token)));
      if (recipient?.unsubscribedAt) {
        // They stopped news after it was queued: it is not sent, and not kept.
        await tx.delete(mailOutbox).where(inArray(mailOutbox.id, ids));
        return false;
      }
      const [first] = held;
      const message =
        held.length === 1 && first
          ? { subject: first.subject, text: first.text }
          : gathered(channel, held, page(token));
      // The unique index lets one news message a day through per address; a second is not inserted.
      const [sent] = await tx
        .insert(mailOutbox)
        .values({
          channel,
          to,
          ...message,
          deliver: 'now',
          topic: held.length === 1 ? (first?.topic ?? null) : 'daily',
          digestDay: day,
          listUnsubscribe: first?.listUnsubscribe ?? null,
        })
        .onConflictDoNothing()
        .returning({ id: mailOutbox.id });
      if (!sent) return false;
      await tx.update(mailOutbox).set({ digestId: sent.id }).where(inArray(mailOutbox.id, ids));
      return true;
    });

  return {
    queue,
    unsubscribeLink(to) {
      const route = contactRoute(to);
      return route ? page(tokenFor(route.channel, route.address)) : null;
    },
    async composeDaily(db, now = new Date()) {
      if (!isNewsHour(now)) return 0;
      const day = newsDay(now);
      const recipients = await db
        .selectDistinct({ channel: mailOutbox.channel, to: mailOutbox.to })
        .from(mailOutbox)
        .where(and(eq(mailOutbox.deliver, 'digest'), isNull(mailOutbox.digestId)));
      let sent = 0;
      for (const { channel, to } of recipients) if (await composeFor(db, channel, to, day)) sent += 1;
      return sent;
    },
  };
}

function mailFooter(page: string): Text {
  return message('news.footer.mail', { page });
}

/** Cairn cannot read replies, so a text says where to stop rather than "reply STOP". */
function textFooter(page: string): Text {
  return message('news.footer.text', { page });
}

type HeldRow = typeof mailOutbox.$inferSelect;

/**
 * One message with every held item: its heading, a line or two, and its link. It is said in the
 * language of the newest item (the person's choice when it was queued).
 */
function gathered(channel: 'email' | 'text', held: HeldRow[], page: string) {
  const language = held.at(-1)?.digestItem?.language ?? SOURCE_LANGUAGE;
  if (channel === 'text') {
    const items = held.map(
      (row, i) => `(${i + 1}) ${row.digestItem?.summary ?? ''} ${row.digestItem?.link ?? ''}`,
    );
    const text = [message('news.daily.textOpening'), items.join(' '), textFooter(page)];
    return { subject: '', text: say(text, language) };
  }
  const items = held.map(
    (row, i) => `${i + 1}. ${row.subject}\n${row.digestItem?.summary ?? ''}\n${row.digestItem?.link ?? ''}`,
  );
  const text = paragraphs(message('mail.hello'), message('news.daily.opening'), ...items, mailFooter(page));
  return {
    subject: say(message('news.daily.subject', { count: held.length }), language),
    text: `${say(text, language).trimEnd()}\n`,
  };
}

/** Whether the owner of an unsubscribe link gets news now; an unknown link is 404. */
export async function findNewsPreference(db: DbOrTx, token: string) {
  const [row] = await db
    .select()
    .from(newsRecipients)
    .where(eq(newsRecipients.key, hashToken(token)));
  if (!row) throw notFound('unsubscribeLink');
  return { channel: row.channel, receivingNews: row.unsubscribedAt === null };
}

/**
 * Stops, or starts again, all news to the owner of an unsubscribe link. Audited by the recipient's
 * key (never the address); doing it twice changes nothing and records nothing more.
 */
export async function setNewsPreference(
  db: Database,
  token: string,
  receivingNews: boolean,
  now = new Date(),
) {
  const key = hashToken(token);
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(newsRecipients).where(eq(newsRecipients.key, key)).for('update');
    if (!row) throw notFound('unsubscribeLink');
    if ((row.unsubscribedAt === null) !== receivingNews) {
      await tx
        .update(newsRecipients)
        .set({ unsubscribedAt: receivingNews ? null : now })
        .where(eq(newsRecipients.key, key));
      await recordAudit(tx, {
        actorId: null,
        partnershipId: null,
        action: receivingNews ? 'news.resubscribed' : 'news.unsubscribed',
        subjectType: 'news_recipient',
        subjectId: key,
        details: { channel: row.channel },
      });
    }
    return { channel: row.channel, receivingNews };
  });
}
