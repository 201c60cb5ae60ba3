import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, onTestFailed } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe.js';
import { launchBrowser, openPage, type WatchedPage } from './browser.js';
import { buildWeb } from './build.js';
import { startServer, type TestServer } from './server.js';

/** Every demo person signs in with this password. */
export const DEMO_PASSWORD = 'walk-together-2026';
export const SCREENSHOTS = process.env.CAIRN_E2E_SCREENSHOTS ?? '/tmp/cairn-e2e';

/**
 * One browser journey file's setup: builds the web app, starts the real server and Chromium before
 * the tests, and closes everything after. `newPage` opens a watched page in a fresh context; when a
 * test fails it saves a screenshot and prints the page's problems, API calls and server output.
 */
export function useJourney(label: string) {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const opened: WatchedPage[] = [];

  beforeAll(async () => {
    buildWeb();
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const watched of opened) await watched.context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  const running = (): { server: TestServer; browser: Browser } => {
    if (!server || !browser) throw new Error('The journey has not started: call newPage inside a test');
    return { server, browser };
  };

  /** A watched page `width` pixels wide; `locale` is the language its browser asks for (en-GB). */
  async function newPage(width = 1280, locale?: string): Promise<WatchedPage> {
    const { server: current, browser: chromium } = running();
    const watched = await openPage(chromium, current.url, { width, height: 900 }, locale);
    opened.push(watched);
    onTestFailed(async () => {
      const file = `${SCREENSHOTS}/${label}-failure-${Date.now()}-${width}.png`;
      await watched.page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      console.error(
        `Failed at ${watched.page.url()} (screenshot ${file}); page problems: ${watched.problems.join('; ')}`,
      );
      console.error(`API calls:\n${watched.apiCalls.join('\n')}`);
      console.error(`Server output:\n${current.output()}`);
    });
    return watched;
  }

  return { newPage, serverUrl: () => running().server.url };
}

/**
 * Waits for a page's h1 and checks it with axe. A string matches any heading that contains it, so
 * after "Write your story" wait for the next page with /^Your story$/, not 'Your story'.
 */
export async function expectPage(page: Page, heading: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await expectNoSeriousAxeViolations(page);
}

/** Signs a demo person in from the sign-in page and waits for their home page. */
export async function signInAsDemo(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await expectPage(page, 'Sign in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectPage(page, /^Hello, /);
}

/**
 * Follows a link in the main menu. On a phone the menu hides behind the "Menu" button, which is
 * opened first, as a person would; on wider screens the button is not shown.
 */
export async function followMenuLink(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name: 'Menu' });
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) === 'false') {
    await button.click();
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
}

/**
 * A programme opens on this week; shows it a week at a time with "Show the next week", as a person
 * would, until `target` is on the page.
 */
export async function showProgrammeUntil(page: Page, target: Locator): Promise<void> {
  await page.locator('.act-week, .callout').first().waitFor();
  const more = page.getByRole('button', { name: 'Show the next week' });
  for (let shown = 0; shown < 30 && (await target.count()) === 0 && (await more.count()) > 0; shown++) {
    await more.click();
    // Each press moves the keyboard to the week it added.
    await page.locator('.act-week h2:focus, .act-week h3:focus').waitFor();
  }
  await target.first().waitFor();
}
