import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { listenForMail, unfolded, type ReceivedMail } from '../testing/smtp.js';
import { openTestDatabase } from '../testing/test-app.js';
import type { DatabaseHandle } from './db.js';
import { readMobileNumber } from './phone.js';
import { createNewsOutbox } from './news.js';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { ContactSchema, mobilePhoneNumber, normalisePhoneNumber } from '../../contracts/common.js';
import {
  claimNextMessage,
  contactRoute,
  findOutboxMessages,
  findParkedMessages,
  MAX_ATTEMPTS,
  recordDelivery,
  retryDelayMs,
  retryParkedMessages,
  queueMail,
  queueText,
  startMailSender,
  startTextSender,
  withoutAddresses,
  describeMailFailure,
} from './mail.js';

let database: DatabaseHandle;
let drop: () => Promise<void>;
let smtp: Awaited<ReturnType<typeof listenForMail>>;
let port = 0;
let received: ReceivedMail[];

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  smtp = await listenForMail();
  received = smtp.received;
  port = Number(new URL(smtp.smtpUrl).port);
});
afterAll(async () => {
  await smtp.close();
  await drop();
});

describe('the mail outbox', () => {
  it('delivers queued mail over SMTP and marks it sent', async () => {
    await queueMail(database.db, {
      deliver: 'now',
      language: 'en',
      to: 'robin@example.org',
      subject: 'Your invitation',
      text: 'Open this link to join.',
    });
    const sender = startMailSender(database.db, {
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'Cairn <no-reply@cairn.invalid>',
      intervalMs: 50,
      log: () => undefined,
    });
    try {
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
      expect(received[0]?.to).toEqual(['robin@example.org']);
      expect(received[0]?.body).toContain('Open this link to join.');
      await expect
        .poll(async () => (await findOutboxMessages(database.db)).every((m) => m.sentAt !== null), {
          timeout: 5000,
        })
        .toBe(true);
    } finally {
      await sender.stop();
    }
  });

  it('sends news and a place offered with the one-click unsubscribe headers of RFC 8058, and account mail without them', async () => {
    const news = createNewsOutbox(randomBytes(32), 'https://cairn.example');
    await news.queue(database.db, {
      language: 'en',
      to: 'lee@example.org',
      topic: 'priorities',
      subject: 'You said, we did',
      text: 'Hello,\n\nThe walking group has started.\n',
      summary: 'The walking group has started.',
      link: 'https://cairn.example/you-said-we-did/1',
    });
    await news.composeDaily(database.db, new Date('2027-01-12T10:05:00Z'));
    // A loop notification that goes at once carries the link that stops its own kind of message.
    news.registerStop('waiting-list', {
      describe: async () => null,
      stop: async () => undefined,
    });
    const stop = news.stopLinks('waiting-list', [randomUUID(), randomUUID()]);
    await queueMail(database.db, {
      deliver: 'now',
      language: 'en',
      to: 'ola@example.org',
      subject: 'A place has come up: Walk and talk',
      text: `A place has come up.\n\nTo stop being offered places from this waiting list: ${stop.page}`,
      listUnsubscribe: stop.oneClick,
    });
    const before = received.length;
    const sender = startMailSender(database.db, {
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'Cairn <no-reply@cairn.invalid>',
      intervalMs: 50,
      log: () => undefined,
    });
    try {
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(before + 2);
      const to = (address: string) => unfolded(received.find((r) => r.to.includes(address)));
      const newsBody = to('lee@example.org');
      expect(newsBody).toMatch(
        /^List-Unsubscribe: <https:\/\/cairn\.example\/api\/unsubscribe\/[\w-]{43}>\r?$/m,
      );
      expect(newsBody).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
      expect(newsBody).toContain('The walking group has started.');
      const placeBody = to('ola@example.org');
      expect(placeBody).toMatch(
        /^List-Unsubscribe: <https:\/\/cairn\.example\/api\/unsubscribe\/waiting-list(\.[\w-]{22}){3}>\r?$/m,
      );
      expect(placeBody).toContain(`List-Unsubscribe: <${stop.oneClick}>`);
      expect(placeBody).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
      // Account mail (the invitation sent first) has none: nobody can stop what their account needs.
      expect(received[0]?.body).toContain('Your invitation');
      expect(received[0]?.body).not.toContain('List-Unsubscribe');
    } finally {
      await sender.stop();
    }
  });

  it('keeps mail queued, with the reason, when the SMTP server refuses it', async () => {
    await queueMail(database.db, {
      deliver: 'now',
      language: 'en',
      to: 'kim@example.org',
      subject: 'Reset',
      text: 'Reset link',
    });
    const logs: string[] = [];
    const sender = startMailSender(database.db, {
      smtpUrl: 'smtp://127.0.0.1:1',
      from: 'Cairn <no-reply@cairn.invalid>',
      intervalMs: 50,
      log: (message) => logs.push(message),
    });
    try {
      await expect.poll(() => logs.length, { timeout: 10_000 }).toBeGreaterThan(0);
      const unsent = (await findOutboxMessages(database.db)).filter((m) => m.to === 'kim@example.org');
      expect(unsent[0]?.sentAt).toBeNull();
      expect(logs[0]).not.toContain('kim@example.org');
    } finally {
      await sender.stop();
    }
  });

  it("logs why the mail server refused, never its reply text, which repeats the address and the person's name", async () => {
    const refusing = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onRcptTo(address, _session, callback) {
        callback(new Error(`<${address.address}>: Recipient address rejected: Robin Gone has left`));
      },
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', () => resolve()));
    const address = refusing.server.address();
    const refusingPort = typeof address === 'object' && address ? address.port : 0;
    await queueMail(database.db, {
      deliver: 'now',
      language: 'en',
      to: 'Robin.Gone@example.org',
      subject: 'Hello',
      text: 'Hello',
    });
    const logs: string[] = [];
    const sender = startMailSender(database.db, {
      smtpUrl: `smtp://127.0.0.1:${refusingPort}`,
      from: 'Cairn <no-reply@cairn.invalid>',
      intervalMs: 50,
      log: (message) => logs.push(message),
    });
    try {
      await expect.poll(() => logs.length, { timeout: 10_000 }).toBeGreaterThan(0);
      const line = logs[0] ?? '';
      expect(line).toMatch(
        /^Could not send mail [0-9a-f-]{36} \(try 1\): the mail server refused the recipient or the sender \(EENVELOPE, 5\d\d, at RCPT TO\)$/,
      );
      expect(line.toLowerCase()).not.toContain('robin');
      expect(line).not.toContain('rejected');
      // What an admin sees of it later is the same words.
      await expect
        .poll(
          async () =>
            (await findOutboxMessages(database.db)).find((m) => m.to === 'Robin.Gone@example.org')?.lastError,
          { timeout: 5000 },
        )
        .toBe(line.slice(line.indexOf(': ') + 2));
    } finally {
      await sender.stop();
      await new Promise<void>((resolve) => refusing.close(() => resolve()));
    }
  });

  it('describes a mail failure by its codes alone', () => {
    expect(describeMailFailure({ code: 'ECONNECTION', message: 'connect ECONNREFUSED 10.0.0.1:25' })).toBe(
      'Cairn could not connect to the mail server (ECONNECTION)',
    );
    expect(
      describeMailFailure({
        code: 'EMESSAGE',
        responseCode: 552,
        command: 'DATA',
        response: '552 sam@x.org full',
      }),
    ).toBe('the mail server refused the message (EMESSAGE, 552, at DATA)');
    expect(describeMailFailure(new Error('anything at all about sam@example.org'))).toBe(
      'the mail could not be sent',
    );
  });

  it('takes every email address and phone number out of a failure before it is logged', () => {
    expect(withoutAddresses('550 <sam@example.org> no such user; see also bob@x.co', 'sam@example.org')).toBe(
      '550 <[address]> no such user; see also [address]',
    );
    expect(withoutAddresses('Gateway refused +447700900123 (unreachable)', '+447700900123')).toBe(
      'Gateway refused [address] (unreachable)',
    );
  });
});

describe('delivery that never holds the database', () => {
  it('sends outside any transaction, backs off after a failure, and parks a message that keeps failing', async () => {
    await queueText(database.db, {
      deliver: 'now',
      language: 'en',
      to: '+447700900444',
      text: 'Your group moves to Thursday.',
    });
    const message = await claimNextMessage(database.db, 'text');
    expect(message?.to).toBe('+447700900444');
    // While it is being sent, the database answers other work straight away, and nobody else claims it.
    const started = Date.now();
    await database.db.execute('select 1');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await claimNextMessage(database.db, 'text')).toBeUndefined();
    if (!message) throw new Error('no message');

    const now = new Date();
    await recordDelivery(database.db, message, 'the SMS gateway answered 503', now);
    expect(await claimNextMessage(database.db, 'text', new Date(now.getTime() + 10_000))).toBeUndefined();
    let again = await claimNextMessage(database.db, 'text', new Date(now.getTime() + retryDelayMs(1) + 1));
    expect(again?.attempts).toBe(2);
    for (let attempt = 2; again && attempt < MAX_ATTEMPTS; attempt++) {
      await recordDelivery(database.db, again, 'still down', now);
      again = await claimNextMessage(database.db, 'text', new Date(now.getTime() + 2 * 3_600_000 * attempt));
    }
    expect(again?.attempts).toBe(MAX_ATTEMPTS);
    if (!again) throw new Error('no message');
    await recordDelivery(database.db, again, 'still down', now);
    expect(
      await claimNextMessage(database.db, 'text', new Date(now.getTime() + 48 * 3_600_000)),
    ).toBeUndefined();
    const parked = await findParkedMessages(database.db);
    expect(parked.find((m) => m.id === message.id)).toMatchObject({
      attempts: MAX_ATTEMPTS,
      lastError: 'still down',
    });

    expect(await retryParkedMessages(database.db, [message.id])).toBe(1);
    expect((await claimNextMessage(database.db, 'text'))?.id).toBe(message.id);
    expect(retryDelayMs(1)).toBe(30_000);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });

  it('lets another sender take a message whose sender died mid-send', async () => {
    await queueMail(database.db, {
      deliver: 'now',
      language: 'en',
      to: 'ola@example.org',
      subject: 'Hello',
      text: 'Hi',
    });
    const taken = await claimNextMessage(database.db, 'email');
    expect(taken?.to).toBe('ola@example.org');
    expect(await claimNextMessage(database.db, 'email')).toBeUndefined();
    // Earlier tests left other mail waiting; claim until this one comes round again.
    const retaken = [];
    for (let next = 0; next < 5; next++) {
      const later = await claimNextMessage(database.db, 'email', new Date(Date.now() + 3 * 60_000));
      if (!later) break;
      retaken.push(later.id);
      await recordDelivery(database.db, later, null);
    }
    expect(retaken).toContain(taken?.id);
  });
});

describe('text messages', () => {
  let gateway: Server;
  let gatewayUrl = '';
  let answer = 202;
  const texts: { authorization: string | undefined; body: unknown }[] = [];

  beforeAll(async () => {
    gateway = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        texts.push({ authorization: request.headers.authorization, body: JSON.parse(body) });
        response.statusCode = answer;
        response.end();
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', () => resolve()));
    const address = gateway.address();
    gatewayUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/send`;
  });
  afterAll(async () => new Promise<void>((resolve) => gateway.close(() => resolve())));

  it('reads phone numbers the way people write them, in international form', () => {
    expect(normalisePhoneNumber('07700 900123')).toBe('+447700900123');
    expect(normalisePhoneNumber('+44 (0)7700 900-123')).toBe('+447700900123');
    expect(normalisePhoneNumber('0044 7700 900123')).toBe('+447700900123');
    expect(normalisePhoneNumber('01382 123456')).toBe('+441382123456');
    expect(normalisePhoneNumber('+353 85 123 4567')).toBe('+353851234567');
    for (const bad of ['12345', 'call me', '+0123456789', '07700 9001234567890'])
      expect(normalisePhoneNumber(bad)).toBeNull();
    expect(contactRoute(' Ash@Example.org ')).toEqual({ channel: 'email', address: 'ash@example.org' });
    expect(contactRoute('07700 900123')).toEqual({ channel: 'text', address: '+447700900123' });
    expect(contactRoute('on Facebook')).toBeNull();
  });

  it('never texts a UK landline, and tells the person why their number was refused', () => {
    expect(contactRoute('01382 123456')).toBeNull();
    expect(contactRoute('+44 20 7946 0000')).toBeNull();
    expect(mobilePhoneNumber('+353 85 123 4567')).toBe('+353851234567');
    // Read by libphonenumber-js: numbering plans, not just a leading 07, say what is a mobile.
    expect(contactRoute('0800 123 4567')).toBeNull();
    expect(contactRoute('+33 1 23 45 67 89')).toBeNull();
    expect(contactRoute('+33 6 12 34 56 78')).toEqual({ channel: 'text', address: '+33612345678' });
    expect(contactRoute('07911 123456')).toEqual({ channel: 'text', address: '+447911123456' });
    expect(contactRoute('07000 123456')).toBeNull(); // a "personal number" that forwards, not a mobile
    expect(readMobileNumber('+44 (0)7700 900-123')).toBe('+447700900123'); // Ofcom's examples
    expect(ContactSchema.safeParse('07700 900123').success).toBe(true);
    expect(ContactSchema.safeParse('').success).toBe(true);
    const landline = ContactSchema.safeParse('01382 123456');
    expect(landline.error?.issues[0]?.message).toMatch(/^That looks like a landline/);
    const nonsense = ContactSchema.safeParse('ring the office');
    expect(nonsense.error?.issues[0]?.message).toMatch(/^Enter an email address or a mobile number/);
  });

  it('never queues a text for a landline, whoever asks', async () => {
    expect(
      await queueText(database.db, {
        deliver: 'now',
        language: 'en',
        to: '01382 123456',
        text: 'Your café starts at 6pm.',
      }),
    ).toBe(false);
    expect((await findOutboxMessages(database.db)).some((m) => m.to.includes('1382'))).toBe(false);
  });

  it('sends queued texts to the SMS gateway with its token, and never as mail', async () => {
    await queueText(database.db, {
      deliver: 'now',
      language: 'en',
      to: '+447700900123',
      text: 'Your café starts at 6pm.',
    });
    const mail = startMailSender(database.db, {
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'Cairn <no-reply@cairn.invalid>',
      intervalMs: 50,
      log: () => undefined,
    });
    const sender = startTextSender(database.db, {
      gatewayUrl,
      token: 'gateway-token-0123456789',
      intervalMs: 50,
      log: () => undefined,
    });
    try {
      await expect.poll(() => texts.length, { timeout: 10_000 }).toBe(1);
      expect(texts[0]).toEqual({
        authorization: 'Bearer gateway-token-0123456789',
        body: { to: '+447700900123', text: 'Your café starts at 6pm.' },
      });
      await expect
        .poll(
          async () =>
            (await findOutboxMessages(database.db)).find((m) => m.to === '+447700900123')?.sentAt ?? null,
          { timeout: 5000 },
        )
        .not.toBeNull();
    } finally {
      await sender.stop();
      await mail.stop();
    }
    expect(received.some((m) => m.to.includes('+447700900123'))).toBe(false);
  });

  it('keeps a text queued, with the reason, when the gateway refuses it', async () => {
    answer = 503;
    await queueText(database.db, {
      deliver: 'now',
      language: 'en',
      to: '+447700900999',
      text: 'News on your priority.',
    });
    const logs: string[] = [];
    const sender = startTextSender(database.db, {
      gatewayUrl,
      token: 'gateway-token-0123456789',
      intervalMs: 50,
      log: (message) => logs.push(message),
    });
    try {
      // the sender logs the refusal before it records it, so the record is waited for, not the log
      await expect
        .poll(
          async () =>
            (await findOutboxMessages(database.db)).find((m) => m.to === '+447700900999')?.lastError ?? null,
          { timeout: 10_000 },
        )
        .toBe('the SMS gateway answered 503');
      const unsent = (await findOutboxMessages(database.db)).find((m) => m.to === '+447700900999');
      expect(unsent?.sentAt).toBeNull();
      expect(logs.length).toBeGreaterThan(0);
      expect(logs[0]).not.toContain('+447700900999');
    } finally {
      await sender.stop();
    }
  });
});
