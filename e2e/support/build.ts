import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILD_SCRIPT = `${ROOT}scripts/build-web.mjs`;
const VITE = `${ROOT}node_modules/vite/bin/vite.js`;

/**
 * Makes sure dist/web (which the server serves) holds a production build of the current sources. It
 * rebuilds only when a source is newer than the build, so other test projects reading dist/web are not
 * disturbed. Set CAIRN_E2E_SKIP_BUILD=1 to test whatever build is there.
 */
export function buildWeb(): void {
  if (process.env.CAIRN_E2E_SKIP_BUILD) return;
  const args = existsSync(BUILD_SCRIPT)
    ? [BUILD_SCRIPT, '--if-stale']
    : [VITE, 'build', '--logLevel', 'warn'];
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0)
    throw new Error(`Building the web app failed (exit code ${result.status ?? 'none'})`);
}
