import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createDatabaseFromTemplate,
  databaseUrl,
  withAdmin,
} from '../../server/testing/template-database.js';
import { copyDemoDataDir, demoTemplateDatabase } from './demo-template.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface TestServer {
  /** The address people open, e.g. http://localhost:41234 (the same origin the emails link to). */
  url: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Asks the operating system for a port nobody is using. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Creates a fresh database on the PostgreSQL server named by `baseUrl`, a copy of the run's seeded
 * demo when there is one; returns its URL and a way to drop it.
 */
async function createDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `cairn_e2e_${randomBytes(6).toString('hex')}`;
  await createDatabaseFromTemplate(baseUrl, name, demoTemplateDatabase());
  return {
    url: databaseUrl(baseUrl, name),
    async drop() {
      await withAdmin(baseUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`Cairn exited with code ${child.exitCode} before it was ready:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Cairn did not answer /api/health within ${timeoutMs} ms:\n${output()}`);
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts the real Cairn server (`node bin/cairn.mjs start`) on a free port with a fresh data directory,
 * and, when DATABASE_URL is set, a fresh PostgreSQL database that is dropped afterwards; both start
 * from the run's seeded demo when the global setup made one.
 */
export async function startServer(): Promise<TestServer> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'cairn-e2e-'));
  copyDemoDataDir(dataDir);
  const database = process.env.DATABASE_URL ? await createDatabase(process.env.DATABASE_URL) : null;
  const url = `http://localhost:${port}`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    CAIRN_DATA_DIR: dataDir,
    CAIRN_PUBLIC_URL: url,
    CAIRN_SEED_DEMO: 'true',
    CAIRN_DEV_OUTBOX: 'true',
    LOG_LEVEL: 'warn',
    // Journeys test the sources as they are, never a compiled build that may be older.
    CAIRN_FROM_SOURCE: '1',
  };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  if (database) env.DATABASE_URL = database.url;

  const child = spawn(process.execPath, ['bin/cairn.mjs', 'start'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const output = () => log;

  const cleanUp = async () => {
    await rm(dataDir, { recursive: true, force: true });
    await database?.drop();
  };

  try {
    await waitForHealth(url, child, output);
  } catch (error) {
    child.kill('SIGKILL');
    await waitForExit(child, 5_000);
    await cleanUp();
    throw error;
  }

  return {
    url,
    output,
    async stop() {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 15_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
      await cleanUp();
    },
  };
}
