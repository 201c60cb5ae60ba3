#!/usr/bin/env node
// The `cairn` command. It runs the compiled server (dist/server, made by `npm run build`) when that
// build is up to date, and otherwise the TypeScript sources through tsx, as in development and tests.
// CAIRN_FROM_SOURCE=1 always runs the sources.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serverBuildIsStale } from '../scripts/server-build.mjs';

const compiled = fileURLToPath(new URL('../dist/server/', import.meta.url));
const useCompiled =
  process.env.CAIRN_FROM_SOURCE !== '1' && existsSync(`${compiled}cli.js`) && !serverBuildIsStale();
const from = useCompiled ? '../dist/server' : '../server';
const extension = useCompiled ? 'js' : 'ts';
if (!useCompiled) {
  const { register } = await import('tsx/esm/api');
  register();
}

if (process.argv[2] === 'analyse') {
  // batch analysis needs only the text toolkit: start it without loading the server
  const { runAnalyseCli } = await import(`${from}/text/analyse-command.${extension}`);
  process.exitCode = await runAnalyseCli(process.argv.slice(3));
} else {
  const { runCli } = await import(`${from}/cli.${extension}`);
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}
