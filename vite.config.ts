import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { ENTRY_PAGES, type BuiltEntryPage } from './web/app/entry-pages.js';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('./web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/**
 * Writes, for each page in web/app/entry-pages.ts, a copy of index.html that also names the page's own
 * scripts (modulepreload) and styles and the contracts it reads at once, and entry-pages.json saying
 * which paths each copy answers; the server sends the copy for those paths. Without it a phone learns
 * of the page's scripts only once the app has downloaded and started, and of its contract only once
 * the page has drawn: a round trip each, which on a slow connection is most of a second apiece.
 */
function entryPagePreloads(): Plugin {
  return {
    name: 'cairn-entry-page-preloads',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset') return this.error('index.html is not in the bundle yet');
      const chunks = Object.values(bundle).filter(
        (file): file is Rollup.OutputChunk => file.type === 'chunk',
      );
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      /** A chunk's file, its styles, and every chunk it imports statically, recursively. */
      const filesOf = (chunk: Rollup.OutputChunk, into = new Set<string>()): Set<string> => {
        if (into.has(chunk.fileName)) return into;
        into.add(chunk.fileName);
        for (const css of chunk.viteMetadata?.importedCss ?? []) into.add(css);
        for (const imported of chunk.imports) {
          const next = byFile.get(imported);
          if (next) filesOf(next, into);
        }
        return into;
      };
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (!entry) return this.error('The build has no entry chunk');
      const withTheApp = filesOf(entry);

      const built: BuiltEntryPage[] = [];
      for (const page of ENTRY_PAGES) {
        const moduleId = `${root}/${page.module}`;
        const chunk = chunks.find((candidate) => candidate.facadeModuleId === moduleId);
        if (!chunk) return this.error(`${page.module} has no chunk of its own; is it still loaded lazily?`);
        const files = filesOf(chunk);
        for (const contract of page.readsAtOnce) {
          const contractId = `${projectRoot}${contract}`;
          const holder = chunks.find((candidate) => candidate.moduleIds.includes(contractId));
          if (!holder) return this.error(`${contract}, read at once by ${page.module}, is in no chunk`);
          filesOf(holder, files);
        }
        const links = [...files]
          .filter((file) => !withTheApp.has(file))
          .map((file) =>
            file.endsWith('.css')
              ? `<link rel="stylesheet" crossorigin href="/${file}">`
              : `<link rel="modulepreload" crossorigin href="/${file}">`,
          );
        const fileName = `pages/${page.name}.html`;
        const source = String(html.source).replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
        this.emitFile({ type: 'asset', fileName, source });
        built.push({ paths: page.paths, html: fileName });
      }
      this.emitFile({ type: 'asset', fileName: 'entry-pages.json', source: JSON.stringify(built, null, 2) });
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), entryPagePreloads()],
  build: {
    outDir,
    emptyOutDir: true,
    // Keep every script in a file so the strict Content-Security-Policy (script-src 'self') holds.
    assetsInlineLimit: 0,
    sourcemap: false,
    // .vite/manifest.json: which file holds each source, for the delivery tests (server/web-delivery.test.ts).
    manifest: true,
    target: 'es2022',
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
