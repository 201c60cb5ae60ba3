#!/usr/bin/env node
// The `cairn` command. It runs the compiled server (dist/server, made by `npm run build`) when that
// build is up to date, and otherwise the TypeScript sources through tsx, as in development and tests.
// `cairn analyse` needs only the text toolkit: it runs from its own small bundle (dist/analyse, built
// on first use and again after the toolkit changes; see scripts/analyse-build.mjs) without loading
// the server. CAIRN_FROM_SOURCE=1 always runs the sources.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

async function analyseModule() {
  if (!fromSource) {
    const { analyseBundle } = await import('../scripts/analyse-build.mjs');
    const bundle = await analyseBundle();
    if (bundle) return import(pathToFileURL(bundle).href);
  }
  return serverModule('text/analyse-command');
}

if (command === 'analyse') {
  const { runAnalyseCli } = await analyseModule();
  process.exitCode = await runAnalyseCli(rest);
} else {
  const { runCli } = await serverModule('cli');
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}
