import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_DIST_DIR } from './app.js';
import { createTestApp, type TestApp } from './testing/test-app.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';

let t: TestApp;
let entryScript: string;
beforeAll(async () => {
  // The real production build, rebuilt only when a source is newer (as `npm test` does).
  const build = spawnSync(process.execPath, ['scripts/build-web.mjs', '--if-stale'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  expect(build.status, build.stderr).toBe(0);
  const script = readdirSync(join(WEB_DIST_DIR, 'assets')).find((f) => /^index-[\w-]+\.js$/.test(f));
  if (!script) throw new Error('The web build has no index-<hash>.js entry script');
  entryScript = script;
  t = await createTestApp();
}, 120_000);
afterAll(async () => t?.close());

describe('the web app arrives small and is cached by what can change', () => {
  it('sends a hashed script precompressed with Brotli, cached for a year', async () => {
    const original = readFileSync(join(WEB_DIST_DIR, 'assets', entryScript));
    const response = await t.app.inject({
      method: 'GET',
      url: `/assets/${entryScript}`,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.headers['cache-control']).toBe(YEAR_IMMUTABLE);
    expect(response.headers.vary).toContain('accept-encoding');
    expect(response.rawPayload.length).toBeLessThan(original.length / 2);
    expect(brotliDecompressSync(response.rawPayload).equals(original)).toBe(true);
  });

  it('falls back to gzip, then to the file itself, for clients that cannot read Brotli', async () => {
    const original = readFileSync(join(WEB_DIST_DIR, 'assets', entryScript));
    const gzipped = await t.app.inject({
      method: 'GET',
      url: `/assets/${entryScript}`,
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['cache-control']).toBe(YEAR_IMMUTABLE);
    expect(gunzipSync(gzipped.rawPayload).equals(original)).toBe(true);

    const plain = await t.app.inject({ method: 'GET', url: `/assets/${entryScript}` });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(original)).toBe(true);
  });

  it('sends index.html compressed but checked on every visit, with the security headers kept', async () => {
    for (const url of ['/', '/cafes/join']) {
      const response = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(brotliDecompressSync(response.rawPayload).toString()).toContain(entryScript);
    }
  });

  it('sends the worker that keeps café pages for offline as a script checked on every visit, so a release reaches phones at once', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/cafe-offline.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.headers['cache-control']).toBe('no-cache');
    // It keeps pages and their hashed files, never an API answer.
    expect(response.body).toContain("url.pathname.startsWith('/assets/')");
    expect(response.body).not.toContain('/api/');
  });

  it("names a phone's first page's own scripts in its index.html, and only that page's", async () => {
    const manifest = JSON.parse(readFileSync(join(WEB_DIST_DIR, '.vite', 'manifest.json'), 'utf8')) as Record<
      string,
      { file: string }
    >;
    const pageScript = (source: string) => {
      const file = manifest[source]?.file;
      if (!file) throw new Error(`The build's manifest has no ${source}`);
      return `<link rel="modulepreload" crossorigin href="/${file}">`;
    };
    const joinPage = pageScript('features/cafes/join-page.tsx');
    const story = pageScript('features/showcase/showcase-story-page.tsx');
    const collection = pageScript('features/showcase/collection-page.tsx');
    const htmlFor = async (url: string) => {
      const response = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers['cache-control']).toBe('no-cache');
      const html = brotliDecompressSync(response.rawPayload).toString();
      expect(html).toContain(entryScript);
      return html;
    };

    for (const url of ['/join', '/join/KT49RB', '/join/KT49RB?table=3']) {
      expect(await htmlFor(url)).toContain(joinPage);
    }
    expect(await htmlFor('/showcase/collections/6f1c')).toContain(collection);
    const storyHtml = await htmlFor('/showcase/6f1c');
    expect(storyHtml).toContain(story);
    expect(storyHtml).not.toContain(collection);
    // Staff pages, and paths that only start like an entry page, get the app alone.
    for (const url of ['/', '/cafes', '/join/KT49RB/extra', '/stories/new']) {
      const html = await htmlFor(url);
      expect(html).not.toContain(joinPage);
      expect(html).not.toContain(story);
    }
  });

  it('compresses a sizeable API answer for a client that accepts Brotli, and leaves tiny ones alone', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const compressed = await t.app.inject({
      method: 'GET',
      url: '/api/openapi.json',
      headers: { 'accept-encoding': 'br' },
    });
    expect(compressed.statusCode).toBe(200);
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers['content-type']).toContain('application/json');
    expect(compressed.headers.vary).toContain('accept-encoding');
    expect(compressed.headers['content-security-policy']).toBeDefined();
    expect(compressed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(brotliDecompressSync(compressed.rawPayload).toString())).toEqual(plain.json());

    const tiny = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'accept-encoding': 'br' },
    });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.json()).toMatchObject({ status: 'ok' });
  });
});
