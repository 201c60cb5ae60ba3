import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Inside the project, so the compiled files find node_modules as dist/server does.
const OUT = join(ROOT, 'dist', `build-check-${process.pid}`);

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((entry) => filesUnder(join(path, entry)));
}

/** Runs plain Node (no TypeScript loader) on a module script. */
function runNode(script: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('the production build of the server', () => {
  // Compiling and seeding from the compiled files takes a while on a busy 2-core machine.
  it('compiles to JavaScript that runs without a TypeScript loader', { timeout: 180_000 }, () => {
    const build = spawnSync(process.execPath, ['scripts/build-server.mjs', '--out', OUT], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);

    const files = filesUnder(join(OUT, 'server'));
    expect(files.some((file) => file.endsWith('.ts'))).toBe(false);
    expect(files.filter((file) => file.endsWith('.sql')).length).toBeGreaterThan(20);
    expect(files.some((file) => file.includes('.test.'))).toBe(false);
    expect(existsSync(join(OUT, 'contracts', 'endpoint.js'))).toBe(true);

    // Migrations, every module and the text toolkit's models, from the compiled files alone.
    const dataDir = mkdtempSync(join(tmpdir(), 'cairn-build-'));
    const seeded = runNode(
      `const { runCli } = await import(${JSON.stringify(join(OUT, 'server', 'cli.js'))});
       process.exitCode = await runCli(['seed-demo'], { out: console.log, err: console.error });`,
      { CAIRN_DATA_DIR: dataDir },
    );
    rmSync(dataDir, { recursive: true, force: true });
    expect(seeded.stderr).toBe('');
    expect(seeded.stdout).toContain('Added the fictional demo partnership');
    expect(seeded.status).toBe(0);

    const analysed = runNode(
      `const { analyseStory } = await import(${JSON.stringify(join(OUT, 'server', 'text', 'analyse.js'))});
       const { risk, redacted } = analyseStory('I am going to end it tonight. Call Sam on 07700 900123.');
       console.log(JSON.stringify({ risk, redacted }));`,
    );
    expect(analysed.status, analysed.stderr).toBe(0);
    expect(JSON.parse(analysed.stdout)).toEqual({
      risk: 'current',
      redacted: 'I am going to end it tonight. Call [PERSON] on [PHONE].',
    });

    // `cairn analyse` runs from its own bundle of the text toolkit, beside the compiled server
    const bundled = runNode(
      `const { analysisLine } = await import(${JSON.stringify(join(OUT, 'analyse', 'analyse.mjs'))});
       console.log(analysisLine(1, 'I am going to end it tonight. Call Sam on 07700 900123.'));`,
    );
    expect(bundled.status, bundled.stderr).toBe(0);
    expect(JSON.parse(bundled.stdout)).toMatchObject({
      id: 1,
      risk: 'current',
      redacted: 'I am going to end it tonight. Call [PERSON] on [PHONE].',
    });
  });
});
