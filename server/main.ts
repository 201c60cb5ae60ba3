import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { loadConfig, type Config } from './kernel/config.js';
import { loadSecretKey } from './kernel/crypto.js';
import { openConfiguredDatabase, type DatabaseHandle } from './kernel/db.js';
import { startMailSender, startTextSender, type OutboxSender } from './kernel/mail.js';
import { startScheduler } from './kernel/jobs.js';
import { kernelJobs } from './kernel/kernel-jobs.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, moduleJobs, seedDemoPartnership } from './modules.js';

export type RunningServer = { app: FastifyInstance; url: string; stop(): Promise<void> };

/** Starts Cairn: config → database → migrations → demo data → listen. */
export async function startServer(config: Config = loadConfig()): Promise<RunningServer> {
  const database: DatabaseHandle = await openConfiguredDatabase(config);
  const senders: OutboxSender[] = [];
  try {
    await database.migrate();
    const { app, context } = await buildApp({ config, database, secretKey: loadSecretKey(config) });
    if (config.seedDemo) {
      const seeded = await database.exclusively('demo-seed', () => seedDemoPartnership(context));
      if (seeded) app.log.info('Seeded the fictional demo partnership');
    }
    if (config.smtpUrl) {
      senders.push(
        startMailSender(database.db, {
          smtpUrl: config.smtpUrl,
          from: config.mailFrom,
          log: (message) => app.log.warn(message),
        }),
      );
    }
    if (config.smsGateway) {
      senders.push(
        startTextSender(database.db, {
          gatewayUrl: config.smsGateway.url,
          token: config.smsGateway.token,
          log: (message) => app.log.warn(message),
        }),
      );
    }
    await app.listen({ port: config.port, host: config.host });
    const scheduler = startScheduler(
      database.db,
      [...kernelJobs(database.db, context.news), ...moduleJobs(context)],
      {
        log: (message) => app.log.error(message),
      },
    );
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host}:${port}`;
    return {
      app,
      url,
      async stop() {
        await scheduler.stop();
        await Promise.all(senders.map((sender) => sender.stop()));
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await Promise.all(senders.map((sender) => sender.stop()));
    await database.close();
    throw error;
  }
}

/** What `npm start` prints once Cairn is listening. */
export function describeStart(server: RunningServer, config: Config): string {
  const lines = [
    '',
    `  Cairn is running at ${server.url}`,
    `  Database: ${config.databaseUrl ? 'PostgreSQL' : `embedded (${config.dataDir})`}`,
  ];
  if (config.seedDemo) {
    lines.push('', `  Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const person of DEMO_PEOPLE) lines.push(`    ${person.role.padEnd(18)} ${person.email}`);
  }
  if (config.devOutbox) lines.push('', `  Mail is not sent; read it at ${server.url}/dev/outbox`);
  lines.push('', '  Press Ctrl-C to stop.', '');
  return lines.join('\n');
}
