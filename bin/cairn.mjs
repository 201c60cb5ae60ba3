#!/usr/bin/env node
// The `cairn` command. Cairn runs its TypeScript directly through tsx, so there is no build step.
import { register } from 'tsx/esm/api';

register();
if (process.argv[2] === 'analyse') {
  // batch analysis needs only the text toolkit: start it without loading the server
  const { runAnalyseCli } = await import('../server/text/analyse-command.ts');
  process.exitCode = await runAnalyseCli(process.argv.slice(3));
} else {
  const { runCli } = await import('../server/cli.ts');
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}
