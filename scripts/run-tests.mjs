// Runs the two Vitest projects side by side: the server tests (one worker: PGlite runs in the
// worker's own thread, so they keep a core busy) and the browser journeys (one file at a time: a
// journey mostly waits on its server and Chromium, which use the other core). One after the other they
// left a core idle for most of the run; side by side the run takes about as long as the journeys.
//
//   node scripts/run-tests.mjs [vitest arguments…]
//
// Arguments go to both runs. A file filter that names only one project's files leaves the other with
// nothing to run, which is not a failure. `--outputFile.json=X.json` becomes X-server.json and
// X-e2e.json, one report per run. `--project NAME` runs that project alone, as Vitest would.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const VITEST = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

const args = process.argv.slice(2);
const named = args.flatMap((arg, i) =>
  arg === '--project' ? [args[i + 1]] : arg.startsWith('--project=') ? [arg.slice(10)] : [],
);
const projects = named.length > 0 ? named : ['server', 'e2e'];
const withoutProjects = args.filter(
  (arg, i) => arg !== '--project' && args[i - 1] !== '--project' && !arg.startsWith('--project='),
);

function argsFor(project) {
  const own = withoutProjects.map((arg) => {
    const m = /^(--outputFile\.json=)(.*?)(\.json)?$/.exec(arg);
    return m && projects.length > 1 ? `${m[1]}${m[2]}-${project}${m[3] ?? ''}` : arg;
  });
  return [VITEST, 'run', '--project', project, '--passWithNoTests', ...own];
}

function run(project) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, argsFor(project), { stdio: 'inherit', env: process.env });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

const codes = await Promise.all(projects.map(run));
const failed = projects.filter((_, i) => codes[i] !== 0);
if (failed.length > 0) console.error(`\nFailed: ${failed.join(' and ')}`);
process.exit(failed.length > 0 ? 1 : 0);
