import { existsSync, readdirSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './kernel/config.js';
import { loadSecretKey } from './kernel/crypto.js';
import { acquireDataDirLock } from './kernel/data-dir-lock.js';
import { openConfiguredDatabase, type DatabaseHandle } from './kernel/db.js';
import { AppError } from './kernel/errors.js';
import type { ModuleContext } from './kernel/module.js';
import { describeStart, startServer } from './main.js';
import { createPartnershipAdmin, seedDemoPartnership } from './modules.js';

const USAGE = `Usage: cairn <command> [options]

Commands:
  start                                   Run Cairn (http://localhost:3000 by default)
  migrate                                 Apply database migrations
  seed-demo                               Add the fictional demo partnership to an empty database
  create-admin --email E --password P [--name N]
                                          Create a partnership admin
  backup --out FILE                       Back up the embedded database to FILE (.tar.gz)
  restore --in FILE [--force]             Restore the embedded database from FILE
  analyse --in IN.jsonl --out OUT.jsonl   De-identify, risk-check and theme stories ("-" = stdin/stdout)

Configuration comes from the environment: see README.md.`;

type Io = { out: (line: string) => void; err: (line: string) => void };

/** Runs a command with an open database and a module context, closing the database afterwards. */
async function withContext<T>(
  config: Config,
  work: (context: ModuleContext, database: DatabaseHandle) => Promise<T>,
) {
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    const { app, context } = await buildApp({
      config: { ...config, logLevel: 'silent' },
      database,
      secretKey: loadSecretKey(config),
    });
    try {
      return await work(context, database);
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

async function start(config: Config, io: Io): Promise<number> {
  const server = await startServer(config);
  io.out(describeStart(server, config));
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      io.out(`\n  ${signal} received: stopping Cairn cleanly…`);
      // Closing the database flushes PGlite's files, so the data directory is never left half-written.
      server.stop().then(resolve, (error: unknown) => {
        io.err(`Error while stopping: ${String(error)}`);
        resolve();
      });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  return 0;
}

async function backup(config: Config, args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  if (!values.out)
    throw new AppError('bad_request', 'Say where to write the backup: cairn backup --out FILE');
  if (config.databaseUrl) {
    io.err(
      'Cairn is using PostgreSQL (DATABASE_URL is set). Back it up with pg_dump, e.g.\n  pg_dump -Fc "$DATABASE_URL" > cairn.dump',
    );
    return 2;
  }
  const database = await openConfiguredDatabase(config);
  try {
    if (!database.pglite) return 2;
    const dump = await database.pglite.dumpDataDir('gzip');
    await writeFile(values.out, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
  } finally {
    await database.close();
  }
  io.out(`Backed up the embedded database to ${values.out}.`);
  io.out(
    `Keep a copy of ${join(config.dataDir, 'secret.key')} (or CAIRN_SECRET_KEY) somewhere safe and separate:`,
  );
  io.out('without it, the encrypted fields in the backup cannot be read.');
  return 0;
}

async function restore(config: Config, args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { in: { type: 'string' }, force: { type: 'boolean' } } });
  if (!values.in) throw new AppError('bad_request', 'Say which backup to restore: cairn restore --in FILE');
  if (config.databaseUrl) {
    io.err(
      'Cairn is using PostgreSQL (DATABASE_URL is set). Restore it with pg_restore, e.g.\n  pg_restore -d "$DATABASE_URL" cairn.dump',
    );
    return 2;
  }
  if (!existsSync(values.in)) throw new AppError('not_found', `There is no backup file at ${values.in}.`);
  const pgdata = join(config.dataDir, 'pgdata');
  const hasData = existsSync(pgdata) && readdirSync(pgdata).length > 0;
  if (hasData && !values.force) {
    io.err(
      `${config.dataDir} already holds a database. Run again with --force to move it aside and restore.`,
    );
    return 2;
  }
  // Hold the lock while files move, so a running server is never pulled from under itself.
  const lock = acquireDataDirLock(config.dataDir);
  let movedAside: string | undefined;
  try {
    if (hasData) {
      movedAside = `${pgdata}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(pgdata, movedAside);
    }
    const archive = await readFile(values.in);
    const client = new PGlite(pgdata, { loadDataDir: new Blob([archive]) });
    await client.waitReady;
    await client.close();
  } finally {
    lock.release();
  }
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
  } finally {
    await database.close();
  }
  io.out(`Restored the embedded database from ${values.in}.`);
  if (movedAside) io.out(`The database that was there before is kept in ${movedAside}.`);
  return 0;
}

async function createAdmin(config: Config, args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
  });
  if (!values.email || !values.password) {
    throw new AppError('bad_request', 'Give both: cairn create-admin --email E --password P');
  }
  const email = values.email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    throw new AppError('bad_request', `"${values.email}" is not an email address.`);
  }
  const result = await withContext(config, (context) =>
    createPartnershipAdmin(context, {
      email,
      password: values.password ?? '',
      displayName: values.name ?? email.split('@')[0] ?? 'Admin',
    }),
  );
  io.out(`Created partnership admin ${email} for "${result.partnershipName}".`);
  if (result.created)
    io.out('That partnership was new: rename it and add organisations from the admin pages.');
  return 0;
}

/** Runs one `cairn` command and returns its exit code. */
export async function runCli(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === 'analyse') {
      // the same entry the `cairn` binary takes, loaded only when asked for
      const { runAnalyseCli } = await import('./text/analyse-command.js');
      return await runAnalyseCli(args);
    }
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      io.out(USAGE);
      return command ? 0 : 2;
    }
    const config = loadConfig(env);
    switch (command) {
      case 'start':
        return await start(config, io);
      case 'migrate':
        await withContext(config, async () => undefined);
        io.out('The database is up to date.');
        return 0;
      case 'seed-demo': {
        const seeded = await withContext(config, (context, database) =>
          database.exclusively('demo-seed', () => seedDemoPartnership(context)),
        );
        io.out(
          seeded
            ? 'Added the fictional demo partnership.'
            : 'The database already holds a partnership; nothing was added.',
        );
        return 0;
      }
      case 'create-admin':
        return await createAdmin(config, args, io);
      case 'backup':
        return await backup(config, args, io);
      case 'restore':
        return await restore(config, args, io);
      default:
        io.err(`Unknown command "${command}".\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof AppError) {
      io.err(error.message);
      return 1;
    }
    if (error instanceof Error && 'code' in error && error.code === 'ECONNREFUSED') {
      io.err('Cannot reach the PostgreSQL server named in DATABASE_URL. Is it running?');
      return 1;
    }
    throw error;
  }
}
