import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../kernel/db.js';

/**
 * Migrating a database from nothing costs every test file a few seconds (PGlite starts an empty
 * cluster, then runs every migration). Vitest's global setup migrates one template per run instead,
 * and each file starts from a copy of it: a dumped data directory for PGlite, `CREATE DATABASE …
 * TEMPLATE` on PostgreSQL. The template's name travels to the test workers in these variables.
 */
export const PGLITE_TEMPLATE_ENV = 'CAIRN_TEST_PGLITE_TEMPLATE';
export const POSTGRES_TEMPLATE_ENV = 'CAIRN_TEST_POSTGRES_TEMPLATE';

/** Runs work on a connection to the server's maintenance database (creating and dropping databases). */
export async function withAdmin<T>(serverUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Migrates the template for this run; returns how to remove it when the run ends. */
export async function prepareTemplate(): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
  if (!serverUrl) {
    const database = await openDatabase({ kind: 'pglite', dataDir: undefined });
    await database.migrate();
    if (!database.pglite) throw new Error('An in-memory database is always PGlite');
    const dump = await database.pglite.dumpDataDir('none');
    await database.close();
    const file = join(tmpdir(), `cairn-test-template-${suffix}.tar`);
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    process.env[PGLITE_TEMPLATE_ENV] = file;
    return async () => {
      delete process.env.CAIRN_TEST_PGLITE_TEMPLATE;
      await rm(file, { force: true });
    };
  }
  const name = `cairn_template_${suffix}`;
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const database = await openDatabase({ kind: 'postgres', url: databaseUrl(serverUrl, name), poolSize: 1 });
  await database.migrate();
  await database.close();
  process.env[POSTGRES_TEMPLATE_ENV] = name;
  return async () => {
    delete process.env.CAIRN_TEST_POSTGRES_TEMPLATE;
    await withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  };
}

/** The migrated PGlite data directory of this run, or undefined outside Vitest's global setup. */
export async function pgliteTemplate(): Promise<Blob | undefined> {
  const file = process.env[PGLITE_TEMPLATE_ENV];
  if (!file) return undefined;
  return new Blob([await readFile(file)]);
}

/**
 * Creates an empty-but-migrated database on the PostgreSQL server: a copy of the run's template
 * when there is one (returns true), else a blank database the caller must migrate (returns false).
 */
export async function createDatabaseFromTemplate(
  serverUrl: string,
  name: string,
  template: string | undefined = process.env[POSTGRES_TEMPLATE_ENV],
): Promise<boolean> {
  return withAdmin(serverUrl, async (admin) => {
    if (!template) {
      await admin.query(`CREATE DATABASE ${name}`);
      return false;
    }
    // Copying refuses while another session copies the same template; the copies are short.
    for (let attempt = 0; ; attempt += 1) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        return true;
      } catch (error) {
        const busy = error instanceof Error && /being accessed by other users/.test(error.message);
        if (!busy || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  });
}
