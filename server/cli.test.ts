import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { loadConfig } from './kernel/config.js';
import { startServer } from './main.js';

const BIN = new URL('../bin/cairn.mjs', import.meta.url).pathname;

async function cli(args: string[], env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    args,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    { ...env, LOG_LEVEL: 'silent' },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const freshDataDir = () => mkdtempSync(join(tmpdir(), 'cairn-cli-'));

describe('cairn create-admin', () => {
  it('creates an admin, then refuses the same email and weak passwords with a non-zero exit', async () => {
    const env = { CAIRN_DATA_DIR: freshDataDir() };
    const created = await cli(
      ['create-admin', '--email', 'Chair@Example.org', '--password', 'a-good-long-password'],
      env,
    );
    expect(created.code).toBe(0);
    expect(created.out).toContain('Created partnership admin chair@example.org');
    const taken = await cli(
      ['create-admin', '--email', 'chair@example.org', '--password', 'another-good-password'],
      env,
    );
    expect(taken.code).not.toBe(0);
    expect(taken.err).toContain('There is already an account for chair@example.org');
    const weak = await cli(['create-admin', '--email', 'second@example.org', '--password', 'short'], env);
    expect(weak.code).not.toBe(0);
    expect(weak.err).toContain('at least 10 characters');
    const missing = await cli(['create-admin', '--email', 'x@example.org'], env);
    expect(missing.code).not.toBe(0);
  });
});

describe('cairn backup and restore', () => {
  it('round-trips the embedded database', async () => {
    const source = { CAIRN_DATA_DIR: freshDataDir() };
    expect(
      (
        await cli(
          ['create-admin', '--email', 'keep@example.org', '--password', 'a-good-long-password'],
          source,
        )
      ).code,
    ).toBe(0);
    const file = join(freshDataDir(), 'cairn.tar.gz');
    const backup = await cli(['backup', '--out', file], source);
    expect(backup.code).toBe(0);
    expect(backup.out).toContain('secret.key');

    const target = { CAIRN_DATA_DIR: freshDataDir() };
    expect((await cli(['restore', '--in', file], target)).code).toBe(0);
    // The restored database already holds the admin, so creating them again is refused.
    const again = await cli(
      ['create-admin', '--email', 'keep@example.org', '--password', 'a-good-long-password'],
      target,
    );
    expect(again.err).toContain('already an account');

    const refused = await cli(['restore', '--in', file], target);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--force');
    const forced = await cli(['restore', '--in', file, '--force'], target);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('kept in');
  });

  it('restores into a data directory that does not exist yet, which then starts', async () => {
    const source = { CAIRN_DATA_DIR: freshDataDir() };
    const admin = ['--email', 'moved@example.org', '--password', 'a-good-long-password'];
    expect((await cli(['create-admin', ...admin], source)).code).toBe(0);
    const file = join(freshDataDir(), 'cairn.tar.gz');
    expect((await cli(['backup', '--out', file], source)).code).toBe(0);

    // A new machine: nothing there yet but the secret key, kept separately as the backup asks.
    const newMachine = join(freshDataDir(), 'srv', 'cairn-data');
    const restored = await cli(['restore', '--in', file], { CAIRN_DATA_DIR: newMachine });
    expect(restored.err).toBe('');
    expect(restored.code).toBe(0);
    copyFileSync(join(source.CAIRN_DATA_DIR, 'secret.key'), join(newMachine, 'secret.key'));

    const server = await startServer(
      loadConfig({ CAIRN_DATA_DIR: newMachine, PORT: '0', LOG_LEVEL: 'silent', CAIRN_SEED_DEMO: 'false' }),
    );
    try {
      const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'moved@example.org', password: 'a-good-long-password' }),
      });
      expect(signIn.status).toBe(200);
    } finally {
      await server.stop();
    }
    // Four fresh embedded databases (create, back up, restore, start) take a while on a busy machine.
  }, 180_000);

  it('points PostgreSQL users to pg_dump and pg_restore', async () => {
    const env = { DATABASE_URL: 'postgres://127.0.0.1:1/none' };
    expect((await cli(['backup', '--out', '/tmp/x'], env)).err).toContain('pg_dump');
    expect((await cli(['restore', '--in', '/tmp/x'], env)).err).toContain('pg_restore');
  });

  it('explains a bad configuration and an unknown command', async () => {
    const bad = await cli(['migrate'], { PORT: 'lots' });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('PORT="lots"');
    const unknown = await cli(['fly'], {});
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Unknown command "fly"');
  });
});

describe('cairn start', () => {
  it('serves, refuses a second process on the same data, and stops cleanly on SIGTERM', async () => {
    const dataDir = freshDataDir();
    const child = spawn(process.execPath, [BIN, 'start'], {
      env: { ...process.env, DATABASE_URL: '', CAIRN_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
      child.stdout.on('data', () => {
        const match = output.match(/running at (http:\/\/\S+)/);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    expect(output).toContain('admin@cairn.example');
    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });

    const second = await cli(['migrate'], { CAIRN_DATA_DIR: dataDir });
    expect(second.code).toBe(1);
    expect(second.err).toMatch(/in use by another Cairn process \(pid \d+\)/);

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(join(dataDir, 'cairn.lock'))).toBe(false);
    // The data directory opens again after a clean stop.
    expect((await cli(['migrate'], { CAIRN_DATA_DIR: dataDir })).code).toBe(0);
  });
});
