import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts Debian's Chromium, headless. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and Content-Security-Policy violations seen so far. */
  problems: string[];
  /** The API calls the page made ("POST /api/auth/sign-in → 200"), to explain a failure. */
  apiCalls: string[];
}

/**
 * Opens a page that records script errors and CSP violations, so a test can insist there were none.
 * `locale` is the browser's language (navigator.languages and Accept-Language), British English unless told.
 */
export async function openPage(
  browser: Browser,
  baseURL: string,
  viewport = { width: 1280, height: 900 },
  locale = 'en-GB',
): Promise<WatchedPage> {
  const context = await browser.newContext({ baseURL, viewport, locale, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    // A 401 from /api/me while signed out is expected; the browser logs every failed request.
    if (message.type() === 'error' && !text.startsWith('Failed to load resource')) {
      problems.push(`console error: ${text}`);
    }
  });
  const apiCalls: string[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/api/')) {
      apiCalls.push(`${response.request().method()} ${url.pathname} → ${response.status()}`);
    }
  });
  page.on('requestfailed', (request) => apiCalls.push(`${request.method()} ${request.url()} failed`));
  return { page, context, problems, apiCalls };
}
