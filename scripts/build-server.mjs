// Compiles the server (and the contracts it shares with the web) from TypeScript into plain
// JavaScript in dist/server and dist/contracts, file for file, so production runs without a
// TypeScript loader. Tests and `npm run dev` keep running the sources through tsx.
// With --if-stale it only compiles when a source is newer than the last build. Compiling also
// bundles `cairn analyse` (scripts/analyse-build.mjs), which otherwise bundles itself on first use.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { analyseBundleDir, buildAnalyseBundle } from './analyse-build.mjs';
import {
  BUILD_STAMP,
  ROOT,
  SERVER_SOURCE_FOLDERS,
  serverBuildIsStale,
  serverSources,
} from './server-build.mjs';

// Data the server reads at run time, copied beside the compiled files.
const ASSET = /\.(sql|json|xsd)$/;

// --out DIR compiles somewhere else (the build's own test does, so it never disturbs dist/).
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(ROOT, 'dist');
if (process.argv.includes('--if-stale') && outIndex < 0 && !serverBuildIsStale()) process.exit(0);

console.log('Compiling the server…');
const sources = serverSources();
for (const folder of SERVER_SOURCE_FOLDERS) rmSync(join(out, folder), { recursive: true, force: true });
await build({
  entryPoints: sources.filter((file) => file.endsWith('.ts')),
  outdir: out,
  outbase: ROOT,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  sourcemap: true,
  logLevel: 'warning',
});
for (const file of sources.filter((path) => ASSET.test(path))) {
  const target = join(out, relative(ROOT, file));
  mkdirSync(dirname(target), { recursive: true });
  cpSync(file, target);
}
await buildAnalyseBundle(analyseBundleDir(out));
if (outIndex < 0) writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
