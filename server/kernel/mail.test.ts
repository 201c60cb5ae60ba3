import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { openTestDatabase } from '../testing/test-app.js';
import type { DatabaseHandle } from './db.js';
import { findOutboxMessages, queueMail, startMailSender } from './mail.js';

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
