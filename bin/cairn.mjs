#!/usr/bin/env node
// The `cairn` command. It runs the compiled server (dist/server, made by `npm run build`) when that
// build is up to date, and otherwise the TypeScript sources through tsx, as in development and tests.
// `cairn analyse` needs only the text toolkit: it runs from its own small bundle (dist/analyse, built
// on first use and again after the toolkit changes, with its compiled code kept after the first run;
// see scripts/analyse-build.mjs) without loading the server. CAIRN_FROM_SOURCE=1 always runs the sources.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fromSource = process.env.CAIRN_FROM_SOURCE === '1';
const [command, ...rest] = process.argv.slice(2);

/** Loads a module of the server from dist/server when that build is fresh, else from the sources. */
async function serverModule(path) {
  const { serverBuildIsStale } = await import('../scripts/server-build.mjs');
  const compiled = fileURLToPath(new URL('../dist/server/', import.meta.url));
  if (!fromSource && existsSync(`${compiled}cli.js`) && !serverBuildIsStale()) {
    return import(`../dist/server/${path}.js`);
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import(`../server/${path}.ts`);
}

/** The `cairn analyse` toolkit, and what to do once it has run. */
async function analyseToolkit() {
  if (!fromSource) {
    const { analyseBundle, loadAnalyseBundle } = await import('../scripts/analyse-build.mjs');
    const bundle = await analyseBundle();
    if (bundle) return loadAnalyseBundle(bundle);
  }
  return { toolkit: await serverModule('text/analyse-command'), keep() {} };
}

if (command === 'analyse') {
  const { toolkit, keep } = await analyseToolkit();
  process.exitCode = await toolkit.runAnalyseCli(rest);
  keep();
} else {
  const { runCli } = await serverModule('cli');
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}
