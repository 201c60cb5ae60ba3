// Builds the web app into dist/web. With --if-stale it only builds when a source is newer than the
// last build, so `npm start` is quick after the first time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

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
if (result.status !== 0) process.exit(result.status ?? 1);

// Brotli and gzip copies of every text file, made once here at the highest settings so the server
// sends them as they are (@fastify/static `preCompressed`) instead of compressing on each request.
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest|xml)$/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function filesUnder(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((entry) => filesUnder(join(path, entry)));
}

const texts = filesUnder(join(root, 'dist/web')).filter((file) => COMPRESSIBLE.test(file));
await Promise.all(
  texts.map(async (file) => {
    const content = await readFile(file);
    const [br, gz] = await Promise.all([
      brotli(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      gzipAsync(content, { level: 9 }),
    ]);
    // A copy that is not smaller is left out; the server then sends the file itself.
    if (br.length < content.length) await writeFile(`${file}.br`, br);
    if (gz.length < content.length) await writeFile(`${file}.gz`, gz);
  }),
);
