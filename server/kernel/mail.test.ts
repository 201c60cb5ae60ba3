import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { openTestDatabase } from '../testing/test-app.js';
import type { DatabaseHandle } from './db.js';
import { createServer, type Server } from 'node:http';
import { normalisePhoneNumber } from '../../contracts/common.js';
import {
  contactRoute,
  findOutboxMessages,
  queueMail,
  queueText,
  startMailSender,
  startTextSender,
} from './mail.js';

let database: DatabaseHandle;
let drop: () => Promise<void>;
let server: SMTPServer;
let port = 0;
const received: { to: string[]; body: string }[] = [];

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await drop();
});

describe('the mail outbox', () => {
  it('delivers queued mail over SMTP and marks it sent', async () => {
    await queueMail(database.db, {
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

  it('keeps mail queued, with the reason, when the SMTP server refuses it', async () => {
    await queueMail(database.db, { to: 'kim@example.org', subject: 'Reset', text: 'Reset link' });
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

  it('sends queued texts to the SMS gateway with its token, and never as mail', async () => {
    await queueText(database.db, { to: '+447700900123', text: 'Your café starts at 6pm.' });
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
    await queueText(database.db, { to: '+447700900999', text: 'News on your priority.' });
    const logs: string[] = [];
    const sender = startTextSender(database.db, {
      gatewayUrl,
      token: 'gateway-token-0123456789',
      intervalMs: 50,
      log: (message) => logs.push(message),
    });
    try {
      await expect.poll(() => logs.length, { timeout: 10_000 }).toBeGreaterThan(0);
      const unsent = (await findOutboxMessages(database.db)).find((m) => m.to === '+447700900999');
      expect(unsent?.sentAt).toBeNull();
      expect(unsent?.lastError).toBe('the SMS gateway answered 503');
      expect(logs[0]).not.toContain('+447700900999');
    } finally {
      await sender.stop();
    }
  });
});
