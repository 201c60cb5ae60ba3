import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';

/** The Drizzle handle every repository uses, whichever engine is underneath. */
export type Database = PgDatabase<PgQueryResultHKT>;

/** A transaction handle; repositories accept either. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type DbOrTx = Database | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

/** Callback for a NOTIFY on a channel. */
export type NotifyListener = (payload: string) => void;

export type DatabaseHandle = {
  db: Database;
  kind: DatabaseKind;
  /** The embedded engine, for backups; undefined on PostgreSQL. */
  pglite: PGlite | undefined;
  /** Subscribes to a PostgreSQL NOTIFY channel; returns a function that unsubscribes. */
  listen(channel: string, listener: NotifyListener): Promise<() => Promise<void>>;
  /** Applies every committed migration that has not run yet. */
  migrate(): Promise<void>;
  /**
   * Runs work that two instances must never do at once (seeding the demo into an empty database):
   * on PostgreSQL behind the session advisory lock migrations take, so the second waits and then
   * finds it done, and no instance migrates meanwhile.
   * PGlite needs none: its data directory belongs to one process.
   */
  exclusively<T>(name: ExclusiveWork, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

// Advisory lock keys (any fixed numbers). Setting a database up (migrating it, then seeding the demo)
// is one kind of work under one lock: an instance never seeds while another migrates, nor migrates
// while another seeds, and the second to arrive waits and then finds the work done.
const SETUP_LOCK = 7231;
const MIGRATION_LOCK = SETUP_LOCK;
const EXCLUSIVE_LOCKS = { 'demo-seed': SETUP_LOCK } as const;
export type ExclusiveWork = keyof typeof EXCLUSIVE_LOCKS;

export const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations', import.meta.url));

/** Called with each statement the app sends (not migrations'), e.g. for a test to count them. */
export type QueryWatcher = (query: string) => void;

export type OpenDatabaseOptions = (
  | { kind: 'postgres'; url: string; poolSize?: number }
  /**
   * `dataDir: undefined` opens an in-memory database (tests), which may start from a dumped data
   * directory (`loadDataDir`, a tarball from PGlite's `dumpDataDir`).
   */
  | { kind: 'pglite'; dataDir: string | undefined; loadDataDir?: Blob }
) & { onQuery?: QueryWatcher };

/** Opens PGlite (file-backed or in memory) or a PostgreSQL pool, behind one handle. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  const logger = options.onQuery ? { logQuery: options.onQuery } : undefined;
  if (options.kind === 'postgres') return openPostgres(options.url, options.poolSize ?? 10, logger);
  return openPglite(options.dataDir, options.loadDataDir, logger);
}

/** Opens the database the configuration names: PostgreSQL when `DATABASE_URL` is set, else embedded PGlite. */
export async function openConfiguredDatabase(config: {
  databaseUrl: string | undefined;
  dataDir: string;
}): Promise<DatabaseHandle> {
  if (config.databaseUrl) return openDatabase({ kind: 'postgres', url: config.databaseUrl });
  return openDatabase({ kind: 'pglite', dataDir: config.dataDir });
}

/** Story search's dated full-text index (migration 0040) pairs dates with words in one GIN index. */
const extensions = { btree_gin };

type QueryLogger = { logQuery: QueryWatcher } | undefined;

async function openPglite(
  dataDir: string | undefined,
  loadDataDir: Blob | undefined,
  logger: QueryLogger,
): Promise<DatabaseHandle> {
  let lock: DataDirLock | undefined;
  let client: PGlite;
  if (dataDir === undefined) {
    client = new PGlite(loadDataDir ? { loadDataDir, extensions } : { extensions });
  } else {
    // PGlite is single-process: a second process opening the same files would corrupt them.
    lock = acquireDataDirLock(dataDir);
    client = new PGlite(join(dataDir, 'pgdata'), { extensions });
  }
  try {
    await client.waitReady;
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzlePglite({ client, ...(logger ? { logger } : {}) });
  return {
    db,
    kind: 'pglite',
    pglite: client,
    async listen(channel, listener) {
      return client.listen(channel, listener);
    },
    async migrate() {
      await migratePglite(db, { migrationsFolder: MIGRATIONS_DIR });
    },
    exclusively: (_name, work) => work(),
    async close() {
      await client.close();
      lock?.release();
    },
  };
}

async function openPostgres(url: string, poolSize: number, logger: QueryLogger): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection can break (server restart, dropped database). The pool discards it and
  // connects afresh on next use, so the error must not bring the process down.
  pool.on('error', () => undefined);
  // Fail fast with a clear message when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg({ client: pool, ...(logger ? { logger } : {}) });
  const listeners = new Map<string, Set<NotifyListener>>();
  let listenClient: pg.PoolClient | undefined;

  async function ensureListenClient(): Promise<pg.PoolClient> {
    if (listenClient) return listenClient;
    // A dedicated connection: LISTEN belongs to a session, so it must not go back to the pool.
    const c = await pool.connect();
    c.on('notification', (message) => {
      for (const listener of listeners.get(message.channel) ?? []) listener(message.payload ?? '');
    });
    c.on('error', () => {
      // The LISTEN connection broke: drop it and listen again on a fresh one, so live events resume.
      if (listenClient !== c) return; // already released on close
      listenClient = undefined;
      c.release(true);
      if (!closing && listeners.size > 0) setTimeout(() => void relisten(), 1000);
    });
    listenClient = c;
    return c;
  }

  let closing = false;
  async function relisten(): Promise<void> {
    try {
      const c = await ensureListenClient();
      for (const channel of listeners.keys()) await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch {
      if (!closing) setTimeout(() => void relisten(), 2000);
    }
  }

  return {
    db,
    kind: 'postgres',
    pglite: undefined,
    async listen(channel, listener) {
      const c = await ensureListenClient();
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
        await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      }
      const channelListeners = set;
      channelListeners.add(listener);
      return async () => {
        channelListeners.delete(listener);
        if (channelListeners.size === 0) {
          listeners.delete(channel);
          await c.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`);
        }
      };
    },
    async migrate() {
      // Several app instances may start together: an advisory lock on one connection lets one
      // migrate while the others wait and then find nothing left to do.
      const c = await pool.connect();
      try {
        await c.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migratePg(drizzlePg({ client: c }), { migrationsFolder: MIGRATIONS_DIR });
      } finally {
        await c.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
        c.release();
      }
    },
    async exclusively(name, work) {
      const key = EXCLUSIVE_LOCKS[name];
      const c = await pool.connect();
      try {
        await c.query('select pg_advisory_lock($1)', [key]);
        return await work();
      } finally {
        await c.query('select pg_advisory_unlock($1)', [key]).catch(() => undefined);
        c.release();
      }
    },
    async close() {
      closing = true;
      const c = listenClient;
      listenClient = undefined;
      c?.release();
      await pool.end();
    },
  };
}
