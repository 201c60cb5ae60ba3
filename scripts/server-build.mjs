// What the compiled server is made from, and whether dist/server is older than its sources. Shared
// by the build (scripts/build-server.mjs) and the `cairn` command (bin/cairn.mjs), which runs the
// compiled server only when it is up to date.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;
export const SERVER_SOURCE_FOLDERS = ['server', 'contracts'];
export const BUILD_STAMP = join(ROOT, 'dist/server/.built');
// Only tests and the text toolkit's scoring read these; production does not ship them.
const LEFT_OUT = /(\.test\.ts$|\/fixtures\/|\/corpus\/|\/testing\/)/;

function filesUnder(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((entry) => filesUnder(join(path, entry)));
}

/** Every file the compiled server is made from: TypeScript sources and the data they read. */
export function serverSources() {
  return SERVER_SOURCE_FOLDERS.flatMap((folder) => filesUnder(join(ROOT, folder))).filter(
    (file) => !LEFT_OUT.test(relative(ROOT, file)),
  );
}

export function serverBuildIsStale() {
  if (!existsSync(BUILD_STAMP)) return true;
  const built = statSync(BUILD_STAMP).mtimeMs;
  return [...serverSources(), join(ROOT, 'package-lock.json')].some((file) => statSync(file).mtimeMs > built);
}
