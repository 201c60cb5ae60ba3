import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import * as tar from 'tar';
import type { Config } from './kernel/config.js';
import { acquireDataDirLock } from './kernel/data-dir-lock.js';
import { openConfiguredDatabase } from './kernel/db.js';
import { AppError } from './kernel/errors.js';

/**
 * A backup is one gzip-compressed tar file (`.tar.gz`, made and read with node-tar):
 *
 *   cairn-backup.json   what it holds (this format's name and version, the database kind, the folders)
 *   database.tar        the embedded database's files (PGlite's own dump), when the database is embedded
 *   files/<folder>/…    every folder of the data directory that holds files people uploaded
 *                       (recordings and café photos in uploads/, signed consent forms in consent-forms/)
 *
 * The secret key is never in it: it is kept apart, as docs/deploy.md says. With PostgreSQL the
 * database is backed up with pg_dump, and `cairn backup` keeps the uploaded files. A backup made
 * before uploads were included is PGlite's dump alone, and still restores.
 */
export const MANIFEST = 'cairn-backup.json';
const DATABASE_ENTRY = 'database.tar';
const FILES = 'files';
const FORMAT = 'cairn-backup';
const VERSION = 1;

type Manifest = {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  database: 'pglite' | 'postgres';
  folders: string[];
};

/** The data directory's own entries, which are never uploads: the database, its lock, the key. */
const NOT_UPLOADS = new Set(['pgdata', 'cairn.lock', 'secret.key']);

/**
 * The folders of the data directory holding uploaded files: every folder but the database's own
 * files, hidden ones (a backup or restore in progress) and databases moved aside by a restore.
 */
export function uploadFolders(dataDir: string): string[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() &&
        !NOT_UPLOADS.has(entry.name) &&
        !entry.name.startsWith('.') &&
        !entry.name.includes('.before-restore-'),
    )
    .map((entry) => entry.name)
    .sort();
}

function isEmptyOrMissing(path: string): boolean {
  return !existsSync(path) || readdirSync(path).length === 0;
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

export type BackupResult = { database: 'pglite' | 'postgres'; folders: string[] };

/**
 * Writes a backup of the embedded database (when there is one) and every uploaded file to `out`.
 * The embedded database is held (its lock) from the first byte to the last, so the server cannot
 * start and change it meanwhile. The file appears only once complete, readable by its owner alone.
 */
export async function writeBackup(config: Config, out: string): Promise<BackupResult> {
  const kind = config.databaseUrl ? 'postgres' : 'pglite';
  const database = kind === 'pglite' ? await openConfiguredDatabase(config) : undefined;
  const staging = join(config.dataDir, `.backup-${stamp()}`);
  const partial = `${out}.partial`;
  try {
    await mkdir(staging, { recursive: true, mode: 0o700 });
    const entries = [MANIFEST];
    if (database?.pglite) {
      const dump = await database.pglite.dumpDataDir('none');
      await writeFile(join(staging, DATABASE_ENTRY), Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
      entries.push(DATABASE_ENTRY);
    }
    const folders = uploadFolders(config.dataDir);
    const manifest: Manifest = {
      format: FORMAT,
      version: VERSION,
      createdAt: new Date().toISOString(),
      database: kind,
      folders,
    };
    await writeFile(join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    await mkdir(dirname(out), { recursive: true });
    const stagingName = staging.slice(config.dataDir.length + 1);
    await tar.c(
      {
        gzip: true,
        file: partial,
        cwd: config.dataDir,
        portable: true,
        // The manifest and the database sit in a staging folder while the archive is written; in the
        // archive they are at the top, and every uploaded folder is under files/.
        onWriteEntry(entry) {
          entry.path = entry.path.startsWith(`${stagingName}/`)
            ? entry.path.slice(stagingName.length + 1)
            : `${FILES}/${entry.path}`;
        },
      },
      [...entries.map((entry) => `${stagingName}/${entry}`), ...folders],
    );
    await chmod(partial, 0o600);
    await rename(partial, out);
    return { database: kind, folders };
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(partial, { force: true });
    await database?.close();
  }
}

/** The name of a backup's first entry: `cairn-backup.json`, or a file of PGlite's own dump. */
async function firstEntryName(file: string): Promise<string> {
  const head = await readFirstBytes(file, 2);
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  const raw = createReadStream(file);
  const stream = gzipped ? raw.pipe(createGunzip()) : raw;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= 512) break;
    }
  } catch {
    throw new AppError('bad_request', `${file} is not a Cairn backup (it is not a .tar.gz file).`);
  } finally {
    stream.destroy();
    raw.destroy();
  }
  if (size < 512) throw new AppError('bad_request', `${file} is not a Cairn backup (it is too short).`);
  const header = new tar.Header(Buffer.concat(chunks).subarray(0, 512));
  if (!header.cksumValid || !header.path) {
    throw new AppError('bad_request', `${file} is not a Cairn backup (it is not a tar archive).`);
  }
  return header.path;
}

async function readFirstBytes(file: string, count: number): Promise<Buffer> {
  for await (const chunk of createReadStream(file, { start: 0, end: count - 1 }) as AsyncIterable<Buffer>) {
    return chunk;
  }
  return Buffer.alloc(0);
}

function parseManifest(text: string, file: string): Manifest {
  const parsed = JSON.parse(text) as Partial<Manifest>;
  if (parsed.format !== FORMAT || typeof parsed.version !== 'number' || !Array.isArray(parsed.folders)) {
    throw new AppError('bad_request', `${file} is not a Cairn backup this version can read.`);
  }
  const badFolder = parsed.folders.find(
    (folder) =>
      typeof folder !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(folder) || NOT_UPLOADS.has(folder),
  );
  if (badFolder !== undefined) {
    throw new AppError(
      'bad_request',
      `${file} names a folder Cairn would not restore: ${String(badFolder)}.`,
    );
  }
  if (parsed.version > VERSION) {
    throw new AppError(
      'bad_request',
      `${file} was made by a newer Cairn (backup version ${parsed.version}). Restore it with that version.`,
    );
  }
  return parsed as Manifest;
}

export type RestoreResult = {
  database: 'pglite' | 'postgres';
  folders: string[];
  /** Where what was there before was moved (with --force). */
  movedAside: string[];
};

/**
 * Restores a backup into the data directory, creating the directory when it is not there yet (a new
 * machine). What is already there is refused unless `force`, and then moved aside, never deleted.
 * Only files and folders are taken from the archive (no links), and none outside the data directory.
 */
export async function restoreBackup(
  config: Config,
  file: string,
  options: { force: boolean },
): Promise<RestoreResult> {
  if (!existsSync(file)) throw new AppError('not_found', `There is no backup file at ${file}.`);
  const legacy = (await firstEntryName(file)) !== MANIFEST;
  const kind = config.databaseUrl ? 'postgres' : 'pglite';
  if (legacy && kind === 'postgres') {
    throw new AppError(
      'bad_request',
      `${file} holds an embedded database only. Restore it on a Cairn without DATABASE_URL, or restore PostgreSQL with pg_restore.`,
    );
  }
  await mkdir(config.dataDir, { recursive: true });
  // Held while files move, so a running server is never pulled from under itself; on PostgreSQL
  // the lock guards the uploaded files the same way.
  const lock = acquireDataDirLock(config.dataDir);
  const staging = join(config.dataDir, `.restore-${stamp()}`);
  const movedAside: string[] = [];
  const suffix = `.before-restore-${stamp()}`;
  const pgdata = join(config.dataDir, 'pgdata');
  let restoredFolders: string[];
  try {
    let manifest: Manifest;
    if (legacy) {
      manifest = { format: FORMAT, version: 0, createdAt: '', database: 'pglite', folders: [] };
    } else {
      await mkdir(staging, { recursive: true, mode: 0o700 });
      await tar.x({
        file,
        cwd: staging,
        // files and folders only: a link in an archive is how extraction is usually turned against you
        filter: (_path, entry) => 'type' in entry && (entry.type === 'File' || entry.type === 'Directory'),
      });
      manifest = parseManifest(await readFile(join(staging, MANIFEST), 'utf8'), file);
      if (manifest.database === 'pglite' && kind === 'postgres') {
        throw new AppError(
          'bad_request',
          `${file} holds an embedded database. Restore it on a Cairn without DATABASE_URL.`,
        );
      }
      if (manifest.database === 'postgres' && kind === 'pglite') {
        throw new AppError(
          'bad_request',
          `${file} was made on PostgreSQL and holds uploaded files only. Set DATABASE_URL to the restored PostgreSQL database and run this again.`,
        );
      }
    }
    const targets = [
      ...(manifest.database === 'pglite' ? [pgdata] : []),
      ...manifest.folders.map((folder) => join(config.dataDir, folder)),
    ];
    const occupied = targets.filter((target) => !isEmptyOrMissing(target));
    if (occupied.length > 0 && !options.force) {
      throw new AppError(
        'conflict',
        `${config.dataDir} already holds ${occupied.map((path) => path.slice(config.dataDir.length + 1)).join(', ')}. Run again with --force to move ${occupied.length === 1 ? 'it' : 'them'} aside and restore.`,
      );
    }
    for (const target of targets) {
      if (!existsSync(target)) continue;
      if (isEmptyOrMissing(target)) {
        await rm(target, { recursive: true, force: true });
        continue;
      }
      await rename(target, `${target}${suffix}`);
      movedAside.push(`${target}${suffix}`);
    }
    if (manifest.database === 'pglite') {
      const dump = legacy ? await readFile(file) : await readFile(join(staging, DATABASE_ENTRY));
      const client = new PGlite(pgdata, { loadDataDir: new Blob([dump]) });
      await client.waitReady;
      await client.close();
    }
    for (const folder of manifest.folders) {
      const staged = join(staging, FILES, folder);
      if (existsSync(staged)) await rename(staged, join(config.dataDir, folder));
    }
    restoredFolders = manifest.folders;
  } finally {
    await rm(staging, { recursive: true, force: true });
    lock.release();
  }
  if (kind === 'pglite') {
    // A backup from an older Cairn is brought up to date now, not at the next start.
    const database = await openConfiguredDatabase(config);
    try {
      await database.migrate();
    } finally {
      await database.close();
    }
  }
  return { database: kind, folders: restoredFolders, movedAside };
}
