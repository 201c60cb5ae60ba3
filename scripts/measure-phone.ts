// What a 320 × 640 phone sees, role by role: the header's height with the menu closed (its budget is a
// fifth of the screen) and how tall the pages people open most are. Run against a Cairn holding the
// demo: node --import tsx scripts/measure-phone.ts http://localhost:3000
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser.js';
import { DEMO_PASSWORD } from '../e2e/support/journey.js';

const PHONE = { width: 320, height: 640 };
const ROLES: [string, string | null][] = [
  ['signed out', null],
  ['member', 'member@cairn.example'],
  ['peer supporter', 'peer@cairn.example'],
  ['facilitator', 'facilitator@cairn.example'],
  ['coordinator', 'coordinator@cairn.example'],
];

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

/** Opens `path` and waits for its heading and, on a programme, its first week. */
async function open(page: Page, path: string): Promise<number> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page
    .locator('.act-week, .callout')
    .first()
    .waitFor({ timeout: 5_000 })
    .catch(() => undefined);
  return pageHeight(page);
}

const base = process.argv[2] ?? 'http://localhost:3000';
const browser = await launchBrowser();
for (const [role, email] of ROLES) {
  const context = await browser.newContext({ baseURL: base, viewport: PHONE, reducedMotion: 'reduce' });
  const page = await context.newPage();
  if (email) {
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  } else {
    await page.goto('/');
  }
  await page.getByRole('heading', { level: 1, name: email ? /^Hello, / : /^Welcome/ }).waitFor();
  await page.waitForLoadState('networkidle');
  const header = await page.evaluate(() =>
    Math.round(document.querySelector('header')?.getBoundingClientRect().height ?? 0),
  );
  const figures = [
    `header ${header} px (${((header / PHONE.height) * 100).toFixed(1)} % of the screen)`,
    `home ${await pageHeight(page)} px`,
  ];
  if (email) figures.push(`What's on ${await open(page, '/activities')} px`);
  else {
    await open(page, '/whats-on');
    const programme = page
      .getByRole('main')
      .getByRole('link', { name: /^What's on at / })
      .first();
    figures.push(`public programme ${await open(page, (await programme.getAttribute('href')) ?? '/')} px`);
  }
  console.info(`${role}: ${figures.join(', ')}`);
  await context.close();
}
await browser.close();
