import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { auditEvents, mailOutbox, newsRecipients } from './kernel.tables.js';
import { claimNextMessage, queueMail, queueText, recordDelivery } from './mail.js';
import { message, say } from './i18n.js';
import { isNewsHour, newsDay, type NewsItem } from './news.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** 10:05 in London on a winter day (London is on UTC then), and the days around it. */
const MORNING = new Date('2027-01-12T10:05:00Z');
const EARLY = new Date('2027-01-12T07:30:00Z');
const LATER_THAT_DAY = new Date('2027-01-12T15:00:00Z');
const NEXT_MORNING = new Date('2027-01-13T10:15:00Z');

function news(to: string, n: number, topic: NewsItem['topic'] = 'priorities'): NewsItem {
  return {
    to,
    language: 'en',
    topic,
    subject: `Update ${n}`,
    text: `Hello,\n\nUpdate ${n} happened.\n\nhttp://localhost/page-${n}\n`,
    summary: `Update ${n} happened.`,
    link: `http://localhost/page-${n}`,
  };
}

/** What the senders may send to an address, newest last (held news is never among them). */
async function sendable(to: string) {
  const rows = await t.context.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.to, to), eq(mailOutbox.deliver, 'now')))
    .orderBy(mailOutbox.createdAt);
  return rows;
}

/** Takes every sendable message of a channel off the queue, as a sender would, and returns them. */
async function sendAll(channel: 'email' | 'text') {
  const sent = [];
  for (let message = await claimNextMessage(t.context.db, channel); message;) {
    await recordDelivery(t.context.db, message, null);
    sent.push(message);
    message = await claimNextMessage(t.context.db, channel);
  }
  return sent;
}

describe('news and what needs the person now', () => {
  it('knows the London day and the hours news may go out in, summer and winter', () => {
    expect(newsDay(new Date('2027-07-01T23:30:00Z'))).toBe('2027-07-02');
    expect(isNewsHour(new Date('2027-07-01T08:30:00Z'))).toBe(false); // 09:30 BST
    expect(isNewsHour(new Date('2027-07-01T09:05:00Z'))).toBe(true); // 10:05 BST
    expect(isNewsHour(MORNING)).toBe(true);
    expect(isNewsHour(EARLY)).toBe(false);
    expect(isNewsHour(new Date('2027-01-12T20:30:00Z'))).toBe(false);
  });

  it('gathers two pieces of news into one message with both links, while an urgent message goes at once', async () => {
    const to = 'sam.news@example.org';
    expect(await t.context.db.transaction((tx) => t.context.news.queue(tx, news(to, 1)))).toBe(true);
    expect(await t.context.news.queue(t.context.db, news(to, 2, 'proposals'))).toBe(true);
    await queueMail(t.context.db, {
      deliver: 'now',
      language: 'en',
      to,
      subject: 'Reset your password',
      text: 'Reset link',
    });

    // Only the urgent one can be sent; the news is held.
    const first = await sendAll('email');
    expect(first.filter((m) => m.to === to).map((m) => m.subject)).toEqual(['Reset your password']);

    // Before 10:00 nothing is gathered; from 10:00 the two go as one message.
    expect(await t.context.news.composeDaily(t.context.db, EARLY)).toBe(0);
    expect(await t.context.news.composeDaily(t.context.db, MORNING)).toBeGreaterThanOrEqual(1);
    const daily = (await sendAll('email')).filter((m) => m.to === to);
    expect(daily).toHaveLength(1);
    const [message] = daily;
    expect(message?.subject).toBe('News from Cairn: 2 updates');
    expect(message?.text).toContain('http://localhost/page-1');
    expect(message?.text).toContain('http://localhost/page-2');
    expect(message?.text).toMatch(/http:\/\/localhost:3000\/unsubscribe\/[\w-]{43}/);
    expect(message?.listUnsubscribe).toMatch(/^http:\/\/localhost:3000\/api\/unsubscribe\/[\w-]{43}$/);
    expect(message?.digestDay).toBe('2027-01-12');
    // The held items record the message that carried them.
    const held = await t.context.db
      .select({ digestId: mailOutbox.digestId })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.to, to), eq(mailOutbox.deliver, 'digest')));
    expect(held.map((row) => row.digestId)).toEqual([message?.id, message?.id]);
  });

  it('never sends a second news message the same day, whoever composes it, and sends the rest the next day', async () => {
    const to = 'ravi.news@example.org';
    await t.context.news.queue(t.context.db, news(to, 3));
    // Two instances composing at once: one message.
    const peer = await t.createPeer();
    try {
      await Promise.all([
        t.context.news.composeDaily(t.context.db, MORNING),
        peer.context.news.composeDaily(peer.database.db, MORNING),
      ]);
    } finally {
      await peer.close();
    }
    expect(await sendable(to)).toHaveLength(1);
    // A lone item goes as it was written, with its own unsubscribe line.
    const [alone] = await sendable(to);
    expect(alone?.subject).toBe('Update 3');
    expect(alone?.text).toContain('To stop all news from Cairn');

    // News later that day waits for tomorrow.
    await t.context.news.queue(t.context.db, news(to, 4));
    expect(await t.context.news.composeDaily(t.context.db, LATER_THAT_DAY)).toBe(0);
    expect(await sendable(to)).toHaveLength(1);
    expect(await t.context.news.composeDaily(t.context.db, NEXT_MORNING)).toBeGreaterThanOrEqual(1);
    const rows = await sendable(to);
    expect(rows.map((m) => m.subject)).toEqual(['Update 3', 'Update 4']);
    expect(rows[1]?.digestDay).toBe('2027-01-13');
    // Composing again changes nothing.
    await t.context.news.composeDaily(t.context.db, NEXT_MORNING);
    expect(await sendable(to)).toHaveLength(2);
  });

  it('gathers texts too, each with where to stop them', async () => {
    const to = '+447700900321';
    await t.context.news.queue(t.context.db, news(to, 5));
    await t.context.news.queue(t.context.db, news(to, 6));
    await t.context.news.composeDaily(t.context.db, MORNING);
    const [text] = await sendable(to);
    expect(text?.channel).toBe('text');
    expect(text?.text).toMatch(
      /^News from Cairn: \(1\) Update 5 happened\. http:\/\/localhost\/page-5 \(2\)/,
    );
    expect(text?.text).toMatch(/Stop news texts: http:\/\/localhost:3000\/unsubscribe\/[\w-]{43}$/);
    expect(text?.listUnsubscribe).toBeNull();
    // Nothing goes to an address that is neither an email nor a mobile.
    expect(await t.context.news.queue(t.context.db, news('01382 123456', 7))).toBe(false);
  });
});

describe('one-click unsubscribe', () => {
  const to = 'kit.news@example.org';
  let token = '';

  beforeAll(async () => {
    await t.context.news.queue(t.context.db, news(to, 8));
    token = (t.context.news.unsubscribeLink(to) ?? '').split('/unsubscribe/')[1] ?? '';
  });

  it('works signed out, says what it stopped, and can be undone', async () => {
    const url = `/api/unsubscribe/${token}`;
    expect((await t.as(null, { method: 'GET', url })).json()).toEqual({
      channel: 'email',
      receivingNews: true,
    });
    const stopped = await t.as(null, { method: 'POST', url });
    expect(stopped.statusCode).toBe(200);
    expect(stopped.json()).toEqual({ channel: 'email', receivingNews: false });
    // Again is harmless.
    expect((await t.as(null, { method: 'POST', url })).json()).toEqual({
      channel: 'email',
      receivingNews: false,
    });
    const audit = await t.context.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'news.unsubscribed'));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(to);
    // The address is stored nowhere for it.
    const recipients = await t.context.db.select().from(newsRecipients);
    expect(JSON.stringify(recipients)).not.toContain('kit.news');

    const undone = await t.as(null, { method: 'DELETE', url });
    expect(undone.json()).toEqual({ channel: 'email', receivingNews: true });
  });

  it('honours the one-click POST a mail program sends (RFC 8058)', async () => {
    const response = await t.as(null, {
      method: 'POST',
      url: `/api/unsubscribe/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ channel: 'email', receivingNews: false });
  });

  it('stops news, held and new, while what needs the person now still goes', async () => {
    // The item held before they stopped is dropped, not sent; new news is not queued.
    expect(await t.context.news.queue(t.context.db, news(to, 9))).toBe(false);
    await t.context.news.composeDaily(t.context.db, MORNING);
    expect(await sendable(to)).toHaveLength(0);
    const held = await t.context.db.select().from(mailOutbox).where(eq(mailOutbox.to, to));
    expect(held).toHaveLength(0);
    await queueMail(t.context.db, {
      deliver: 'now',
      language: 'en',
      to,
      subject: 'A safeguarding alert',
      text: 'Please look now',
    });
    await queueText(t.context.db, {
      deliver: 'now',
      language: 'en',
      to: '+447700900322',
      text: 'Reset code',
    });
    expect((await sendAll('email')).map((m) => m.subject)).toContain('A safeguarding alert');
  });

  it('answers an unknown link 404 as problem+json', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const response = await t.as(null, { method, url: `/api/unsubscribe/${'x'.repeat(43)}` });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });
});

describe('the daily news message in the recipient’s language', () => {
  it('gathers Welsh news into a Welsh message, and Urdu news into an Urdu text', async () => {
    const welsh = 'cymraeg-bob-dydd@example.org';
    const urdu = '+447700900654';
    for (const n of [1, 2]) {
      expect(await t.context.news.queue(t.context.db, { ...news(welsh, n), language: 'cy' })).toBe(true);
      expect(await t.context.news.queue(t.context.db, { ...news(urdu, n), language: 'ur' })).toBe(true);
    }
    await t.context.news.composeDaily(t.context.db, MORNING);
    const [mail] = await sendable(welsh);
    expect(mail?.subject).toBe(say(message('news.daily.subject', { count: 2 }), 'cy'));
    expect(mail?.text).toContain(say(message('news.daily.opening'), 'cy'));
    expect(mail?.subject).not.toBe(say(message('news.daily.subject', { count: 2 }), 'en'));
    const [text] = await sendable(urdu);
    expect(text?.text.startsWith(say(message('news.daily.textOpening'), 'ur'))).toBe(true);
  });
});
