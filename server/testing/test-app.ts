import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../kernel/config.js';
import { openDatabase, type DatabaseHandle, type QueryWatcher } from '../kernel/db.js';
import type { ModuleContext } from '../kernel/module.js';
import { createDatabaseFromTemplate, databaseUrl, pgliteTemplate, withAdmin } from './template-database.js';

export type TestApp = {
  app: FastifyInstance;
  context: ModuleContext;
  database: DatabaseHandle;
  config: Config;
  /** Sends a request as a signed-in person (their session cookie added), or signed out when `who` is null. */
  as(who: { cookie: string } | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  /** The newest messages the development outbox holds (mail and text), newest first; only `to` someone when given. */
  outbox(to?: string): Promise<OutboxMessage[]>;
  /** Builds a second app instance on the same database, as a load balancer would run. */
  createPeer(): Promise<{
    app: FastifyInstance;
    context: ModuleContext;
    database: DatabaseHandle;
    close(): Promise<void>;
  }>;
  close(): Promise<void>;
};

export type OutboxMessage = {
  to: string;
  subject: string;
  text: string;
  channel: string;
  heldForDailyNews: boolean;
};

/** Adds `who`'s session cookie to a request, keeping any other headers the test set. */
export function withCookie(who: { cookie: string } | null, options: InjectOptions): InjectOptions {
  return who ? { ...options, headers: { ...options.headers, cookie: who.cookie } } : options;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or, when
 * `DATABASE_URL` is set, a new database on that PostgreSQL server that is dropped afterwards. Both
 * start from the run's template when Vitest's global setup made one.
 */
export async function openTestDatabase(onQuery?: QueryWatcher): Promise<{
  database: DatabaseHandle;
  url?: string;
  drop(): Promise<void>;
}> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const template = await pgliteTemplate();
    const database = await openDatabase({
      kind: 'pglite',
      dataDir: undefined,
      loadDataDir: template,
      ...(onQuery ? { onQuery } : {}),
    });
    if (!template) await database.migrate();
    return { database, drop: async () => database.close() };
  }
  const name = `cairn_test_${randomBytes(6).toString('hex')}`;
  const migrated = await createDatabaseFromTemplate(serverUrl, name);
  const url = databaseUrl(serverUrl, name);
  const database = await openDatabase({
    kind: 'postgres',
    url,
    poolSize: 5,
    ...(onQuery ? { onQuery } : {}),
  });
  if (!migrated) await database.migrate();
  return {
    database,
    url,
    async drop() {
      await database.close();
      await withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/**
 * Builds the whole app on a fresh database, as `npm start` would, but without listening.
 * `onQuery` hears each statement the app sends, for tests that hold a path to a number of them.
 */
export async function createTestApp(
  overrides: Partial<Config> = {},
  onQuery?: QueryWatcher,
): Promise<TestApp> {
  const { database, url, drop } = await openTestDatabase(onQuery);
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test', CAIRN_DATA_DIR: '/nonexistent-cairn-test' }),
    logLevel: 'silent',
    devOutbox: true,
    ...overrides,
  };
  const secretKey = randomBytes(32);
  const { app, context } = await buildApp({ config, database, secretKey });
  await app.ready();
  return {
    app,
    context,
    database,
    config,
    as: (who, options) => app.inject(withCookie(who, options)),
    async outbox(to) {
      const response = await app.inject({ method: 'GET', url: '/api/dev/outbox' });
      const messages = response.json<{ messages: OutboxMessage[] }>().messages;
      return to === undefined ? messages : messages.filter((message) => message.to === to);
    },
    async createPeer() {
      // On PostgreSQL the peer has its own pool and LISTEN connection; PGlite is one process, so
      // the peer shares the handle and NOTIFY is delivered in-process.
      const peerDatabase = url ? await openDatabase({ kind: 'postgres', url, poolSize: 3 }) : database;
      const peer = await buildApp({ config, database: peerDatabase, secretKey });
      await peer.app.ready();
      return {
        app: peer.app,
        context: peer.context,
        database: peerDatabase,
        async close() {
          await peer.app.close();
          if (peerDatabase !== database) await peerDatabase.close();
        },
      };
    },
    async close() {
      await app.close();
      await drop();
    },
  };
}

/** A cookie jar for `app.inject`, so a test can act as one signed-in person. */
export function cookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'cairn_session');
  if (!cookie) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return `cairn_session=${cookie.value}`;
}
