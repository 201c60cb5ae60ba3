import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseUrl, withAdmin } from '../../server/testing/template-database.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Every journey starts from the demo partnership. Migrating and seeding it costs each server start
 * several seconds, so the run seeds it once (Vitest's global setup for the e2e project) and each
 * journey's server starts from a copy: of the data directory (PGlite, and the secret key that
 * encrypted the demo's fields), and on PostgreSQL of a template database.
 */
export const DEMO_DATA_DIR_ENV = 'CAIRN_E2E_DEMO_DATA_DIR';
export const DEMO_DATABASE_ENV = 'CAIRN_E2E_DEMO_DATABASE';

/** Seeds the demo once for the run; returns how to remove it afterwards. */
export async function prepareDemoTemplate(): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cairn-e2e-demo-'));
  const serverUrl = process.env.DATABASE_URL;
  const name = `cairn_e2e_demo_${randomBytes(5).toString('hex')}`;
  // From the sources, like the journeys' servers: never a compiled build that may be older.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CAIRN_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    CAIRN_FROM_SOURCE: '1',
  };
  delete env.DATABASE_URL;
  if (serverUrl) {
    await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
    env.DATABASE_URL = databaseUrl(serverUrl, name);
  }
  const seeded = spawnSync(process.execPath, ['bin/cairn.mjs', 'seed-demo'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  if (seeded.status !== 0) throw new Error(`Seeding the demo failed:\n${seeded.stdout}\n${seeded.stderr}`);
  process.env[DEMO_DATA_DIR_ENV] = dataDir;
  if (serverUrl) process.env[DEMO_DATABASE_ENV] = name;
  return async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (serverUrl) {
      await withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  };
}

/** Fills a fresh data directory from the run's seeded one, when there is one. */
export function copyDemoDataDir(target: string): boolean {
  const source = process.env[DEMO_DATA_DIR_ENV];
  if (!source) return false;
  cpSync(source, target, { recursive: true });
  return true;
}

/** The seeded template database of the run on PostgreSQL, if there is one. */
export function demoTemplateDatabase(): string | undefined {
  return process.env[DEMO_DATABASE_ENV];
}
