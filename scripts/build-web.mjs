// Builds the web app into dist/web. With --if-stale it only builds when a source is newer than the
// last build, so `npm start` is quick after the first time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const builtIndex = join(root, 'dist/web/index.html');

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isStale() {
  if (!existsSync(builtIndex)) return true;
  const built = statSync(builtIndex).mtimeMs;
  const sources = ['web', 'contracts', 'vite.config.ts', 'package-lock.json'].map((p) => join(root, p));
  return sources.some((p) => existsSync(p) && newestMtime(p) > built);
}

if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);
if (!existsSync(join(root, 'web/index.html'))) {
  console.error('There is no web/index.html to build.');
  process.exit(1);
}
console.log('Building the web app…');
const result = spawnSync(
  process.execPath,
  [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
