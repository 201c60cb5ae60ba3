import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from './app.js';
import { restoreBackup, writeBackup } from './backups.js';
import { ConfigError, loadConfig, type Config } from './kernel/config.js';
import { loadSecretKey } from './kernel/crypto.js';
import { openConfiguredDatabase, type DatabaseHandle } from './kernel/db.js';
import { AppError } from './kernel/errors.js';
import type { ModuleContext } from './kernel/module.js';
import { describeStart, startServer } from './main.js';
import { createPartnership, createPartnershipAdmin, seedDemoPartnership } from './modules.js';

const USAGE = `Usage: cairn <command> [options]

Commands:
  start                                   Run Cairn (http://localhost:3000 by default)
  migrate                                 Apply database migrations
  seed-demo                               Add the fictional demo partnership to an empty database
  create-admin --email E --password P [--name N]
                                          Create a partnership admin (of the first partnership)
  create-partnership --name NAME --email E --password P [--organisation ORG] [--admin-name N]
                                          Add another partnership on this server, with its first
                                          organisation and its admin (a new account)
  backup --out FILE                       Back up the embedded database and uploaded files to FILE
                                          (.tar.gz; with PostgreSQL, the uploaded files: use pg_dump too)
  restore --in FILE [--force]             Restore a backup into CAIRN_DATA_DIR (made if missing);
                                          --force moves what is there aside first
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
  const out = resolve(values.out);
  const result = await writeBackup(config, out);
  const folders = result.folders.length > 0 ? result.folders.join(', ') : 'none yet';
  if (result.database === 'pglite') {
    io.out(`Backed up the embedded database and the uploaded files (${folders}) to ${out}.`);
  } else {
    io.out(`Backed up the uploaded files (${folders}) to ${out}.`);
    io.out('Cairn is using PostgreSQL (DATABASE_URL is set): back the database up too, with pg_dump, e.g.');
    io.out('  pg_dump -Fc "$DATABASE_URL" > cairn.dump');
  }
  io.out(
    `Keep a copy of ${join(config.dataDir, 'secret.key')} (or CAIRN_SECRET_KEY) somewhere safe and separate:`,
  );
  io.out('without it, the encrypted fields in the backup cannot be read.');
  return 0;
}

async function restore(config: Config, args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { in: { type: 'string' }, force: { type: 'boolean' } } });
  if (!values.in) throw new AppError('bad_request', 'Say which backup to restore: cairn restore --in FILE');
  const file = resolve(values.in);
  let result;
  try {
    result = await restoreBackup(config, file, { force: values.force ?? false });
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict' && error.message.includes('--force')) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
  const folders = result.folders.length > 0 ? ` and the uploaded files (${result.folders.join(', ')})` : '';
  if (result.database === 'pglite') {
    io.out(`Restored the embedded database${folders} from ${file} into ${config.dataDir}.`);
  } else {
    io.out(
      `Restored the uploaded files (${result.folders.join(', ') || 'none'}) from ${file} into ${config.dataDir}.`,
    );
    io.out('Cairn is using PostgreSQL: restore the database itself with pg_restore, e.g.');
    io.out('  pg_restore -d "$DATABASE_URL" cairn.dump');
  }
  for (const path of result.movedAside) io.out(`What was there before is kept in ${path}.`);
  if (!existsSync(join(config.dataDir, 'secret.key')) && config.secretKey === undefined) {
    io.out(
      `Put the secret key kept with the backup at ${join(config.dataDir, 'secret.key')} (or set CAIRN_SECRET_KEY) before starting Cairn.`,
    );
  }
  return 0;
}

const CREATE_PARTNERSHIP_USAGE = `Usage: cairn create-partnership --name NAME --email E --password P [--organisation ORG] [--admin-name N]

  --name NAME          the partnership's name, as people will see it (must be new on this server)
  --email E            its first partnership admin's email (a new account: a person belongs to one partnership)
  --password P         that admin's password (10 characters or more)
  --organisation ORG   its first organisation (default: "NAME office"); add more from the admin pages
  --admin-name N       the admin's name as others see it (default: the part of the email before @)`;

function looksLikeAnEmail(email: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email);
}

async function createPartnershipCommand(config: Config, args: string[], io: Io): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(CREATE_PARTNERSHIP_USAGE);
    return 0;
  }
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        name: { type: 'string' },
        email: { type: 'string' },
        password: { type: 'string' },
        organisation: { type: 'string' },
        'admin-name': { type: 'string' },
      },
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${CREATE_PARTNERSHIP_USAGE}`);
    return 2;
  }
  const name = values.name?.trim();
  if (!name || !values.email || !values.password) {
    const missing = [!name && '--name', !values.email && '--email', !values.password && '--password'].filter(
      Boolean,
    );
    io.err(`Missing ${missing.join(', ')}.\n\n${CREATE_PARTNERSHIP_USAGE}`);
    return 2;
  }
  const email = values.email.trim().toLowerCase();
  if (!looksLikeAnEmail(email))
    throw new AppError('bad_request', `"${values.email}" is not an email address.`);
  const organisationName = values.organisation?.trim() || `${name} office`;
  const result = await withContext(config, (context) =>
    createPartnership(context, {
      name,
      organisationName,
      admin: {
        email,
        password: values.password ?? '',
        displayName: values['admin-name']?.trim() || (email.split('@')[0] ?? 'Admin'),
      },
    }),
  );
  io.out(`Created the partnership "${name}" (${result.partnershipId}),`);
  io.out(`with the organisation "${organisationName}" and its partnership admin ${email}.`);
  io.out(
    'They sign in as usual and see only this partnership; add organisations and invite people from the admin pages.',
  );
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
  if (!looksLikeAnEmail(email)) {
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
      case 'create-partnership':
        return await createPartnershipCommand(config, args, io);
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
