import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from './errors.js';

export type DataDirLock = { release(): void };

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the embedded database's lock file, so a second Cairn process (a CLI command while the
 * server runs, say) stops with a clear message instead of corrupting the data directory.
 * A lock left by a process that has died is taken over.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  // A data directory that does not exist yet (a restore on a new machine) is made, for the lock to go in.
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'cairn.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return {
        release() {
          rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) {
        throw new AppError(
          'conflict',
          `The embedded database in ${dataDir} is in use by another Cairn process (pid ${holder}). ` +
            'Stop the server (Ctrl-C) and run this command again.',
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new AppError('conflict', `Could not lock the embedded database in ${dataDir}. Try again.`);
}
