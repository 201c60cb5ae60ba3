import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from './audit.js';
import { IdSchema } from '../../contracts/common.js';
import { SOURCE_LANGUAGE, type LanguageCode } from '../../contracts/languages.js';
import { StopKindSchema, type NewsPreference, type StopKind } from '../../contracts/people.js';
import { hashToken } from './crypto.js';
import type { Database, DbOrTx } from './db.js';
import { AppError, notFound } from './errors.js';
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

/**
 * What the one-click link in a message sent at once stops: not news, but that one kind of message
 * (being offered places from one activity's waiting list, say). The module that sends the message
 * registers it, and says what the link means in the person's terms.
 */
export type StopHandler = {
  /** What the link stops (a title the page names) and whether it still comes; null when it is gone. */
  describe(db: DbOrTx, ids: readonly string[]): Promise<{ what: string; active: boolean } | null>;
  /** Stops it, for good; doing it twice changes nothing. */
  stop(db: Database, ids: readonly string[]): Promise<void>;
};

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
  /** Lets a module's messages sent at once carry a one-click link that stops `kind` (see StopHandler). */
  registerStop(kind: StopKind, handler: StopHandler): void;
  /**
   * The one-click links that stop `kind` for the uuids it names (whose they are is among them, so a
   * link made for one person can never stop anything for another): `page` for people, who confirm
   * on it, and `oneClick` for the List-Unsubscribe header, which mail programs POST to.
   */
  stopLinks(kind: StopKind, ids: readonly string[]): { page: string; oneClick: string };
  /** What an unsubscribe link stops and whether it still comes; an unknown link is 404. */
  preference(db: DbOrTx, token: string): Promise<NewsPreference>;
  /** Stops (or, for news, starts again) what an unsubscribe link is for. */
  setPreference(db: Database, token: string, receiving: boolean): Promise<NewsPreference>;
};

// A stop link's token: its kind, the uuids it names and an HMAC of them, joined by dots (a news
// token, a bare HMAC, has none). Each uuid is written as its 16 bytes and the HMAC cut to 16 bytes
// (128 bits, past guessing), both in base64url, so the token stays short enough for a path segment
// (Fastify's limit is 100 characters) and a text message.
const PACKED_UUID = /^[A-Za-z0-9_-]{22}$/;
/** A stop link's token as it stands in a path, for the request log to mask (http.ts). */
export const STOP_TOKEN = /^[a-z][a-z-]*(\.[A-Za-z0-9_-]{22}){2,}$/;

function packUuid(id: string): string {
  return Buffer.from(id.replaceAll('-', ''), 'hex').toString('base64url');
}

function unpackUuid(packed: string): string {
  const hex = Buffer.from(packed, 'base64url').toString('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}

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
  const oneClick = (token: string) => `${publicUrl}/api/unsubscribe/${token}`;
  const stopHandlers = new Map<StopKind, StopHandler>();
  const stopMac = (kind: string, ids: readonly string[]) =>
    createHmac('sha256', key)
      .update(['stop', kind, ...ids].join(':'))
      .digest()
      .subarray(0, 16)
      .toString('base64url');

  /** The handler and ids a stop token names, or null when it is a news token; a forged one is 404. */
  const readStopToken = (token: string) => {
    if (!token.includes('.')) return null;
    const [name = '', ...rest] = token.split('.');
    const mac = rest.pop() ?? '';
    const kind = StopKindSchema.safeParse(name).data;
    const handler = kind && stopHandlers.get(kind);
    const ids = rest.every((id) => PACKED_UUID.test(id)) ? rest.map(unpackUuid) : [];
    const expected = Buffer.from(stopMac(name, ids));
    const given = Buffer.from(mac);
    if (
      !kind ||
      !handler ||
      ids.length === 0 ||
      given.length !== expected.length ||
      !timingSafeEqual(given, expected)
    ) {
      throw notFound('unsubscribeLink');
    }
    return { kind, handler, ids };
  };

  const stopPreference = async (db: DbOrTx, stop: NonNullable<ReturnType<typeof readStopToken>>) => {
    const state = await stop.handler.describe(db, stop.ids);
    if (!state) throw notFound('unsubscribeLink');
    return {
      channel: 'email' as const,
      receivingNews: state.active,
      stops: { kind: stop.kind, what: state.what },
    };
  };

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
      listUnsubscribe: email ? oneClick(token) : null,
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
    registerStop(kind, handler) {
      stopHandlers.set(kind, handler);
    },
    stopLinks(kind, ids) {
      const uuids = ids.map((id) => id.toLowerCase());
      if (
        !stopHandlers.has(kind) ||
        uuids.length === 0 ||
        !uuids.every((id) => IdSchema.safeParse(id).success)
      ) {
        throw new Error(`no stop link can be made for ${kind}: it names uuids`);
      }
      const token = [kind, ...uuids.map(packUuid), stopMac(kind, uuids)].join('.');
      return { page: page(token), oneClick: oneClick(token) };
    },
    async preference(db, token) {
      const stop = readStopToken(token);
      return stop ? stopPreference(db, stop) : findNewsPreference(db, token);
    },
    async setPreference(db, token, receiving) {
      const stop = readStopToken(token);
      if (!stop) return setNewsPreference(db, token, receiving);
      // What a stop link ends is ended for good: starting it again is the person's own choice, made
      // where they first made it (signing up for a session again puts them back on its list).
      if (receiving) throw new AppError('conflict', message('news.stop.cannotUndo'));
      await stop.handler.stop(db, stop.ids);
      return stopPreference(db, stop);
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
async function findNewsPreference(db: DbOrTx, token: string) {
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
async function setNewsPreference(db: Database, token: string, receivingNews: boolean, now = new Date()) {
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
