import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { loadConfig } from './kernel/config.js';
import { openConfiguredDatabase } from './kernel/db.js';
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
const PASSWORD = 'a-good-long-password';

// Every test here opens one or more embedded databases on disk, one after another: on a busy machine
// each can take several seconds, so they all have room.
describe('cairn create-admin', { timeout: 120_000 }, () => {
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

describe('cairn create-partnership', { timeout: 120_000 }, () => {
  it('explains how to use it when something is missing, without opening the database', async () => {
    const env = { CAIRN_DATA_DIR: freshDataDir() };
    const missing = await cli(['create-partnership', '--name', 'Riverside'], env);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Missing --email, --password.');
    expect(missing.err).toContain('Usage: cairn create-partnership --name NAME --email E --password P');
    const unknown = await cli(['create-partnership', '--nmae', 'Riverside'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Usage: cairn create-partnership');
    const help = await cli(['create-partnership', '--help'], env);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--organisation ORG');
    expect((await cli(['help'], env)).out).toContain('create-partnership --name NAME');
  });

  it('adds a second partnership beside the first, and refuses a name or an email already taken', async () => {
    const env = { CAIRN_DATA_DIR: freshDataDir() };
    expect(
      (await cli(['create-admin', '--email', 'first@example.org', '--password', PASSWORD], env)).code,
    ).toBe(0);
    const second = await cli(
      [
        'create-partnership',
        '--name',
        'Riverside Recovery Partnership',
        '--organisation',
        'Riverside Peer Network',
        '--email',
        'Chair@Riverside.example',
        '--password',
        PASSWORD,
      ],
      env,
    );
    expect(second.err).toBe('');
    expect(second.code).toBe(0);
    expect(second.out).toContain('Created the partnership "Riverside Recovery Partnership"');
    expect(second.out).toContain(
      '"Riverside Peer Network" and its partnership admin chair@riverside.example',
    );
    const again = await cli(
      [
        'create-partnership',
        '--name',
        'riverside recovery partnership',
        '--email',
        'x@riverside.example',
        '--password',
        PASSWORD,
      ],
      env,
    );
    expect(again.code).toBe(1);
    expect(again.err).toContain('There is already a partnership called');
    const taken = await cli(
      ['create-partnership', '--name', 'Hillside', '--email', 'first@example.org', '--password', PASSWORD],
      env,
    );
    expect(taken.code).toBe(1);
    expect(taken.err).toContain('There is already an account for first@example.org');
  });
});

/** Sends a request to a running server, as the signed-in person when a cookie is given. */
async function call(
  url: string,
  init: { method?: string; cookie?: string; body?: unknown; raw?: Buffer; type?: string },
) {
  const headers: Record<string, string> = {};
  if (init.cookie) headers.cookie = init.cookie;
  if (init.body !== undefined || init.raw) headers['content-type'] = init.type ?? 'application/json';
  return fetch(url, {
    method: init.method ?? 'GET',
    headers,
    body: init.raw
      ? new Uint8Array(init.raw)
      : init.body === undefined
        ? undefined
        : JSON.stringify(init.body),
  });
}

async function signInTo(base: string, email: string): Promise<string> {
  const response = await call(`${base}/api/auth/sign-in`, {
    method: 'POST',
    body: { email, password: PASSWORD },
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('cairn_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0] ?? '';
}

// A minimal MP4: an 'ftyp' box with the isom brand, then filler Cairn keeps as it came.
const MP4 = Buffer.concat([
  Buffer.from([0, 0, 0, 0x20]),
  Buffer.from('ftypisom'),
  Buffer.from([0, 0, 2, 0]),
  Buffer.from('isomiso2avc1mp41'),
  Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 251)),
]);

const startOn = (dataDir: string) =>
  startServer(
    loadConfig({ CAIRN_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', CAIRN_SEED_DEMO: 'false' }),
  );

describe('cairn backup and restore', { timeout: 300_000 }, () => {
  it("round-trips the database and every upload into a new machine's data directory, which then starts", async () => {
    const source = { CAIRN_DATA_DIR: freshDataDir() };
    expect(
      (await cli(['create-admin', '--email', 'keep@example.org', '--password', PASSWORD], source)).code,
    ).toBe(0);
    let storyId: string;
    let mediaId: string;
    const before = await startOn(source.CAIRN_DATA_DIR);
    try {
      const cookie = await signInTo(before.url, 'keep@example.org');
      const me = (await (await call(`${before.url}/api/me`, { cookie })).json()) as {
        memberships: { organisationId: string }[];
      };
      const story = await call(`${before.url}/api/stories`, {
        method: 'POST',
        cookie,
        body: {
          organisationId: me.memberships[0]?.organisationId,
          channel: 'video_interview',
          storytellerNames: ['Kerry'],
        },
      });
      expect(story.status).toBe(201);
      storyId = ((await story.json()) as { id: string }).id;
      const upload = await call(`${before.url}/api/stories/${storyId}/media?filename=interview.mp4`, {
        method: 'POST',
        cookie,
        raw: MP4,
        type: 'video/mp4',
      });
      expect(upload.status).toBe(201);
      mediaId = ((await upload.json()) as { id: string }).id;
    } finally {
      await before.stop();
    }

    const file = join(freshDataDir(), 'backups', 'cairn.tar.gz');
    const backup = await cli(['backup', '--out', file], source);
    expect(backup.err).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.out).toContain('Backed up the embedded database and the uploaded files (uploads)');
    expect(backup.out).toContain('secret.key');
    expect(statSync(file).mode & 0o077).toBe(0);
    const entries: string[] = [];
    await tar.t({ file, onReadEntry: (entry) => entries.push(entry.path) });
    expect(entries.slice(0, 2)).toEqual(['cairn-backup.json', 'database.tar']);
    expect(entries).toContain(`files/uploads/${storyId}/${mediaId}.mp4`);
    expect(entries.some((entry) => entry.includes('secret.key') || entry.includes('cairn.lock'))).toBe(false);

    // A new machine: the data directory is not there yet; the secret key was kept apart, as asked.
    const newMachine = join(freshDataDir(), 'srv', 'cairn-data');
    const restored = await cli(['restore', '--in', file], { CAIRN_DATA_DIR: newMachine });
    expect(restored.err).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.out).toContain('Restored the embedded database and the uploaded files (uploads)');
    expect(restored.out).toContain('Put the secret key kept with the backup');
    copyFileSync(join(source.CAIRN_DATA_DIR, 'secret.key'), join(newMachine, 'secret.key'));

    const after = await startOn(newMachine);
    try {
      const cookie = await signInTo(after.url, 'keep@example.org');
      const recording = await call(`${after.url}/api/stories/${storyId}/media/${mediaId}/file`, { cookie });
      expect(recording.status).toBe(200);
      expect(Buffer.from(await recording.arrayBuffer()).equals(MP4)).toBe(true);
    } finally {
      await after.stop();
    }

    // Restoring over it is refused, unless asked to move what is there aside (never deleted).
    const refused = await cli(['restore', '--in', file], { CAIRN_DATA_DIR: newMachine });
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('already holds pgdata, uploads');
    expect(refused.err).toContain('--force');
    const forced = await cli(['restore', '--in', file, '--force'], { CAIRN_DATA_DIR: newMachine });
    expect(forced.code).toBe(0);
    expect(forced.out).toMatch(/kept in .*pgdata\.before-restore-/);
    expect(forced.out).toMatch(/kept in .*uploads\.before-restore-/);
    expect(readFileSync(join(newMachine, 'uploads', storyId, `${mediaId}.mp4`)).equals(MP4)).toBe(true);
  });

  it('restores a backup made before uploads were included (the embedded database alone)', async () => {
    const source = { CAIRN_DATA_DIR: freshDataDir() };
    expect(
      (await cli(['create-admin', '--email', 'old@example.org', '--password', PASSWORD], source)).code,
    ).toBe(0);
    const database = await openConfiguredDatabase({ databaseUrl: undefined, dataDir: source.CAIRN_DATA_DIR });
    const file = join(freshDataDir(), 'old-backup.tar.gz');
    try {
      const dump = await database.pglite?.dumpDataDir('gzip');
      if (!dump) throw new Error('no embedded database');
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await database.close();
    }
    const target = { CAIRN_DATA_DIR: join(freshDataDir(), 'not-yet') };
    const restored = await cli(['restore', '--in', file], target);
    expect(restored.err).toBe('');
    expect(restored.out).toContain('Restored the embedded database from');
    const again = await cli(['create-admin', '--email', 'old@example.org', '--password', PASSWORD], target);
    expect(again.err).toContain('already an account');
  });

  it('keeps uploaded files and points to pg_dump and pg_restore on PostgreSQL, and refuses a mismatch', async () => {
    // Nothing here needs the database itself, so an unreachable one will do.
    const source = { DATABASE_URL: 'postgres://127.0.0.1:1/none', CAIRN_DATA_DIR: freshDataDir() };
    mkdirSync(join(source.CAIRN_DATA_DIR, 'uploads', 'cafes'), { recursive: true });
    writeFileSync(join(source.CAIRN_DATA_DIR, 'uploads', 'cafes', 'wall.jpg'), 'a photo of the wall');
    mkdirSync(join(source.CAIRN_DATA_DIR, 'consent-forms'), { recursive: true });
    writeFileSync(join(source.CAIRN_DATA_DIR, 'consent-forms', 'form.json'), '{}');
    writeFileSync(join(source.CAIRN_DATA_DIR, 'secret.key'), 'not in any backup');
    const file = join(freshDataDir(), 'files.tar.gz');
    const backup = await cli(['backup', '--out', file], source);
    expect(backup.code).toBe(0);
    expect(backup.out).toContain('Backed up the uploaded files (consent-forms, uploads)');
    expect(backup.out).toContain('pg_dump');

    const target = { DATABASE_URL: source.DATABASE_URL, CAIRN_DATA_DIR: join(freshDataDir(), 'new') };
    const restored = await cli(['restore', '--in', file], target);
    expect(restored.code).toBe(0);
    expect(restored.out).toContain('pg_restore');
    expect(readFileSync(join(target.CAIRN_DATA_DIR, 'uploads', 'cafes', 'wall.jpg'), 'utf8')).toBe(
      'a photo of the wall',
    );
    expect(existsSync(join(target.CAIRN_DATA_DIR, 'secret.key'))).toBe(false);

    // A PostgreSQL backup holds no database for an embedded one, and the other way round.
    const embedded = await cli(['restore', '--in', file], { CAIRN_DATA_DIR: freshDataDir() });
    expect(embedded.code).toBe(1);
    expect(embedded.err).toContain('holds uploaded files only');
    const notABackup = join(freshDataDir(), 'notes.txt');
    writeFileSync(
      notABackup,
      'just some words, not an archive at all, and long enough to read a header from. '.repeat(10),
    );
    const refused = await cli(['restore', '--in', notABackup], { CAIRN_DATA_DIR: freshDataDir() });
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('not a Cairn backup');
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

describe('cairn start', { timeout: 180_000 }, () => {
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
      const timer = setTimeout(() => reject(new Error(`no start within 120 s:\n${output}`)), 120_000);
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
