// What a phone downloads for each entry page of the built web app (dist/web), in bytes as sent:
// Brotli, gzip and uncompressed. A page costs index.html, the app's entry script with everything it
// imports, and the page's own chunk with its imports and styles (Vite preloads those together).
// Prints one JSON line per figure; fails when there is no build (run `npm run build` first).
//   WEB_BUDGET_KB   fail when a page's Brotli bytes exceed this many kilobytes
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

type ManifestChunk = { file: string; imports?: string[]; css?: string[] };

const DIST = fileURLToPath(new URL('../dist/web', import.meta.url));
const MANIFEST = join(DIST, '.vite', 'manifest.json');
const ENTRY_PAGES: Record<string, string | null> = {
  home: null,
  cafe_join: 'features/cafes/join-page.tsx',
  showcase: 'features/showcase/showcase-page.tsx',
};

if (!existsSync(MANIFEST) || !existsSync(join(DIST, 'index.html'))) {
  console.error(`There is no web build with a manifest at ${DIST}; run \`npm run build\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, ManifestChunk>;

function emit(metric: string, value: number, unit: string) {
  console.log(JSON.stringify({ bench: 'web', metric, value, unit }));
}

/** The chunk's file, its styles and, recursively, every chunk it imports statically. */
function filesOf(key: string, into: Set<string>): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`The web build's manifest has no ${key}; is the build current?`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const imported of chunk.imports ?? []) filesOf(imported, into);
  return into;
}

/** Bytes sent for a file in an encoding: the precompressed copy if the build made one. */
function sentBytes(file: string, suffix: '' | '.br' | '.gz'): number {
  const path = join(DIST, file);
  return statSync(existsSync(path + suffix) ? path + suffix : path).size;
}

const budgetKb = process.env.WEB_BUDGET_KB ? Number(process.env.WEB_BUDGET_KB) : null;
let overBudget = 0;
for (const [page, source] of Object.entries(ENTRY_PAGES)) {
  const files = filesOf('index.html', new Set(['index.html']));
  if (source) filesOf(source, files);
  const total = (suffix: '' | '.br' | '.gz') =>
    [...files].reduce((sum, file) => sum + sentBytes(file, suffix), 0);
  const br = total('.br');
  if (![...files].every((file) => existsSync(join(DIST, `${file}.br`)))) {
    console.error(`${page}: some files have no Brotli copy; was the build made by scripts/build-web.mjs?`);
  }
  emit(`${page}_br_bytes`, br, 'bytes');
  emit(`${page}_gzip_bytes`, total('.gz'), 'bytes');
  emit(`${page}_raw_bytes`, total(''), 'bytes');
  emit(`${page}_files`, files.size, 'files');
  if (budgetKb !== null && br > budgetKb * 1024) {
    console.error(`${page}: ${Math.round(br / 1024)} KB of Brotli is over the ${budgetKb} KB budget`);
    overBudget++;
  }
}
process.exit(overBudget > 0 ? 1 : 0);
