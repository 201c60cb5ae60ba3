import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { DEMO_PASSWORD, SCREENSHOTS, expectPage, followMenuLink, useJourney } from './support/journey.js';

const { newPage } = useJourney('people');

const COORDINATOR = 'coordinator@cairn.example';
const ORGANISATION = 'Harbour Recovery Community';
/**
 * Compressed JavaScript, as the server sends it, that a visitor's phone downloads until each page is
 * usable, in kilobytes of 1,024 bytes. About 80 KB of it is React, React Router and TanStack Query,
 * which every page shares. 100 KB is the goal for each; the showcase checks its stories
 * without the validation library (contracts/showcase.answers.ts) to stay within it.
 */
const JS_BUDGETS_KB = [
  { path: '/', heading: 'Welcome to Cairn', budgetKb: 100 },
  { path: '/join', heading: 'Join a café', budgetKb: 100 },
  { path: '/showcase', heading: 'Stories of recovery', budgetKb: 100 },
];

async function focusedHeadingText(page: Page): Promise<string | null> {
  return page.evaluate(() =>
    document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null,
  );
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('people: sign-in, invitations and members', () => {
  it('shows the error summary when the password is wrong', async () => {
    const { page, problems } = await newPage();
    const response = await page.goto('/sign-in');
    // The page runs under the server's strict Content-Security-Policy (any violation fails the test).
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expectPage(page, 'Sign in');
    expect(await page.title()).toBe('Sign in – Cairn');

    // The first Tab reaches the skip link, which moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await signIn(page, COORDINATOR, 'not-the-right-password');
    const summary = page.locator('.error-summary');
    await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
      .toContain('error-summary');
    expect(await page.title()).toBe('Error: Sign in – Cairn');
    const link = summary.getByRole('link', { name: 'The email address or password is not right' });
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-email');
    await expectNoSeriousAxeViolations(page);

    // Empty fields are caught before anything is sent, with an error beside each one.
    await page.getByLabel('Email address').fill('');
    await page.getByLabel('Password', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await summary.getByRole('link', { name: 'Enter your password' }).waitFor();
    expect(await page.locator('.field__error').count()).toBe(2);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/sign-in-error-1280.png`, fullPage: true });
    expect(problems).toEqual([]);
  });

  it('lets a coordinator invite a member, who accepts from the email, signs out and signs in again', async () => {
    const { page, problems } = await newPage();
    const email = `new.member.${randomBytes(4).toString('hex')}@example.org`;
    const name = 'Robin Stone';
    const password = 'cairns-mark-the-way';

    // The coordinator signs in and opens the members page from the navigation.
    await page.goto('/');
    await expectPage(page, 'Welcome to Cairn');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).click();
    await expectPage(page, 'Sign in');
    await signIn(page, COORDINATOR, DEMO_PASSWORD);
    await expectPage(page, /^Hello, /);
    await page.screenshot({ path: `${SCREENSHOTS}/home-coordinator-1280.png`, fullPage: true });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
    await expectPage(page, `Members of ${ORGANISATION}`);
    await expect.poll(() => focusedHeadingText(page)).toBe(`Members of ${ORGANISATION}`);
    expect(await page.title()).toBe(`Members of ${ORGANISATION} – Cairn`);

    // The page survives a reload (the server answers client routes with the app).
    await page.reload();
    await expectPage(page, `Members of ${ORGANISATION}`);
    const membersUrl = page.url();

    // An empty invitation is refused with the error summary.
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page
      .locator('.error-summary')
      .getByRole('link', { name: /email address/ })
      .waitFor();
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('Email address').fill(email);
    await page.getByRole('radio', { name: /^Member/ }).check();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `We have sent an invitation to ${email}.` })
      .waitFor();
    await page.getByText(email, { exact: true }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/members-1280.png`, fullPage: true });

    // The development outbox shows the invitation with a link to follow.
    await page.getByRole('link', { name: 'Open the development mail outbox' }).click();
    await expectPage(page, 'Development mail outbox');
    await page.screenshot({ path: `${SCREENSHOTS}/outbox-1280.png` });
    const message = page.locator('.message').filter({ hasText: email }).first();
    const invitationLink = message.getByRole('link', { name: /\/invitations\// });
    const href = await invitationLink.getAttribute('href');
    expect(href).toMatch(/^\/invitations\/[^/]+$/);

    // Sign the coordinator out, then follow the link as the new member.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectPage(page, 'Sign in');
    await page.getByText('You have signed out.').waitFor();
    await page.goto('/dev/outbox');
    await expectPage(page, 'Development mail outbox');
    await page
      .locator('.message')
      .filter({ hasText: email })
      .first()
      .getByRole('link', { name: /\/invitations\// })
      .click();

    await expectPage(page, 'Accept your invitation');
    await page.getByText(`You have been invited to join ${ORGANISATION} as a member.`).waitFor();
    // Too short a password is caught on the page.
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create account and join' }).click();
    await page
      .locator('.error-summary')
      .getByRole('link', { name: /at least 10 characters/ })
      .waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/invitation-error-1280.png`, fullPage: true });

    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Create account and join' }).click();
    await expectPage(page, `Hello, ${name}`);
    await page.getByText(`Welcome to ${ORGANISATION}. You are now signed in.`).waitFor();
    // A member sees no coordinator or admin navigation.
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Members' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);

    await nav.getByRole('link', { name: 'My account' }).click();
    await expectPage(page, 'My account');

    // Sign out, and sign in again with the new password.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectPage(page, 'Sign in');
    await signIn(page, email, password);
    await expectPage(page, `Hello, ${name}`);

    // Pages for other roles are not there for a member, whatever the address.
    await page.goto(new URL(membersUrl).pathname);
    await expectPage(page, 'Page not found');
    await page.goto('/admin/audit');
    await expectPage(page, 'Page not found');
    expect(problems).toEqual([]);
  });

  it('reads well on a 320 px wide screen', async () => {
    const { page, problems } = await newPage(320);
    await page.goto('/sign-in');
    await expectPage(page, 'Sign in');
    await page.screenshot({ path: `${SCREENSHOTS}/sign-in-320.png` });
    await signIn(page, COORDINATOR, DEMO_PASSWORD);
    await expectPage(page, /^Hello, /);
    await followMenuLink(page, 'Members');
    await expectPage(page, `Members of ${ORGANISATION}`);
    // Nothing makes the page scroll sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOTS}/members-320-top.png` });
    await page.getByRole('heading', { name: 'Members (' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/members-320-list.png` });

    // Change a member's role, then remove them (with a confirmation that can be cancelled).
    const row = page.locator('.member').filter({ hasText: 'Rowan Tay' });
    await row.getByLabel('New role for Rowan Tay').selectOption({ label: 'Peer supporter' });
    await row.getByRole('button', { name: 'Save role' }).click();
    await row.getByRole('status').filter({ hasText: 'Rowan Tay is now a peer supporter.' }).waitFor();
    await row.getByRole('button', { name: 'Remove Rowan Tay' }).click();
    await row.getByText(/^Remove Rowan Tay from /).waitFor();
    await expectNoSeriousAxeViolations(page);
    await row.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Remove Rowan Tay',
    );
    await row.getByRole('button', { name: 'Remove Rowan Tay' }).click();
    await row.getByRole('button', { name: 'Yes, remove' }).click();
    await page.getByRole('status').filter({ hasText: 'Rowan Tay has been removed.' }).waitFor();
    await expect.poll(() => page.locator('.member').filter({ hasText: 'Rowan Tay' }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('members-title');
    expect(problems).toEqual([]);
  });
  it('lets a person reset a forgotten password from the emailed link', async () => {
    const { page, problems } = await newPage();
    const email = 'facilitator@cairn.example';
    const newPassword = 'a-brand-new-path-2026';

    await page.goto('/sign-in');
    await expectPage(page, 'Sign in');
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await expectPage(page, 'Reset your password');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.locator('.error-summary').getByRole('link', { name: 'Enter your email address' }).waitFor();
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expectPage(page, 'Check your email');
    await page.getByRole('link', { name: 'Open the development mail outbox' }).click();
    await expectPage(page, 'Development mail outbox');
    await page
      .locator('.message')
      .filter({ hasText: email })
      .first()
      .getByRole('link', { name: /\/reset-password\// })
      .click();

    await expectPage(page, 'Choose a new password');
    await page.getByLabel('New password').fill(newPassword);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await expectPage(page, 'Sign in');
    await page.getByText('Your password has been changed.').waitFor();
    await signIn(page, email, newPassword);
    await expectPage(page, /^Hello, /);
    expect(problems).toEqual([]);
  });

  it('lets a person ask for erasure, and a partnership admin decide it and read the audit log', async () => {
    const { page, problems } = await newPage();
    const nav = page.getByRole('navigation', { name: 'Main' });

    await page.goto('/account');
    await expectPage(page, 'Sign in');
    await signIn(page, 'peer@cairn.example', DEMO_PASSWORD);
    // Sign-in returns to the page that asked for it.
    await expectPage(page, 'My account');
    await page.getByLabel('Name', { exact: true }).fill('Kit M');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('status').filter({ hasText: 'Your name has been saved.' }).waitFor();
    const download = page.getByRole('link', { name: 'Download my data (JSON file)' });
    expect(await download.getAttribute('href')).toBe('/api/me/data');

    await page
      .getByLabel('Why are you asking? (optional)')
      .fill('I am moving away and would like a fresh start.');
    await page.getByRole('button', { name: 'Ask for my data to be erased' }).click();
    await page.getByText('Waiting for a decision').first().waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectPage(page, 'Sign in');

    await signIn(page, 'admin@cairn.example', DEMO_PASSWORD);
    await expectPage(page, /^Hello, /);
    await nav.getByRole('link', { name: 'Erasure requests' }).click();
    await expectPage(page, 'Erasure requests');
    const request = page.locator('.record').filter({ hasText: 'Kit M' }).first();
    // A decision needs an outcome.
    await request.getByRole('button', { name: 'Mark as erased' }).click();
    await request
      .locator('.error-summary')
      .getByRole('link', { name: /Say what was done/ })
      .waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/erasure-error-1280.png`, fullPage: true });
    await request
      .getByLabel(/What was done for/)
      .fill('Erased the account and profile; nothing else was held.');
    await request.getByRole('button', { name: 'Mark as erased' }).click();
    await page.getByRole('status').filter({ hasText: 'is marked as erased' }).waitFor();
    await expectNoSeriousAxeViolations(page);

    await nav.getByRole('link', { name: 'Audit log' }).click();
    await expectPage(page, 'Audit log');
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('row').count()).toBeGreaterThan(1);
    await page.screenshot({ path: `${SCREENSHOTS}/audit-1280.png`, fullPage: true });

    await nav.getByRole('link', { name: 'Organisations' }).click();
    await expectPage(page, 'Organisations');
    await page.getByRole('link', { name: `Members of ${ORGANISATION}` }).click();
    await expectPage(page, `Members of ${ORGANISATION}`);

    await page.goto('/no-such-page');
    await expectPage(page, 'Page not found');
    expect(problems).toEqual([]);
  });
  it('lets someone with an account accept an invitation to another organisation after signing in', async () => {
    const { page, problems } = await newPage();
    const nav = page.getByRole('navigation', { name: 'Main' });
    const email = 'member@cairn.example';

    await page.goto('/sign-in');
    await signIn(page, 'admin@cairn.example', DEMO_PASSWORD);
    await expectPage(page, /^Hello, /);
    await nav.getByRole('link', { name: 'Organisations' }).click();
    await expectPage(page, 'Organisations');
    const other = page
      .getByRole('link', { name: /^Members of / })
      .filter({ hasNotText: ORGANISATION })
      .first();
    const otherName = ((await other.textContent()) ?? '').replace(/^Members of /, '');
    await other.click();
    await expectPage(page, `Members of ${otherName}`);
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `We have sent an invitation to ${email}.` })
      .waitFor();
    await page.getByRole('link', { name: 'Open the development mail outbox' }).click();
    await expectPage(page, 'Development mail outbox');
    const href = await page
      .locator('.message')
      .filter({ hasText: email })
      .first()
      .getByRole('link', { name: /\/invitations\// })
      .getAttribute('href');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectPage(page, 'Sign in');

    await page.goto(href ?? '/');
    await expectPage(page, 'Accept your invitation');
    await page.getByRole('link', { name: 'Sign in to accept' }).click();
    await expectPage(page, 'Sign in');
    await signIn(page, email, DEMO_PASSWORD);
    await expectPage(page, 'Accept your invitation');
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await expectPage(page, /^Hello, /);
    await page.getByText(`You have joined ${otherName}.`).waitFor();
    await page.getByText(`Member at ${otherName}`).waitFor();
    expect(problems).toEqual([]);
  });
});

describe("pages on a phone's connection", () => {
  for (const { path, heading, budgetKb } of JS_BUDGETS_KB) {
    it(`loads ${path} on a phone with no more than ${budgetKb} KB of compressed JavaScript`, async () => {
      const { page, problems } = await newPage(320);
      const scripts: Promise<{ bytes: number; encoding: string | undefined }>[] = [];
      page.on('requestfinished', (request) => {
        if (request.resourceType() !== 'script') return;
        scripts.push(
          (async () => ({
            // The body's size as it came over the wire, in the encoding the server chose.
            bytes: (await request.sizes()).responseBodySize,
            encoding: (await request.response())?.headers()['content-encoding'],
          }))(),
        );
      });
      await page.goto(path);
      await expectPage(page, heading);
      await page.waitForLoadState('networkidle');
      const sent = await Promise.all(scripts);
      const total = sent.reduce((sum, script) => sum + script.bytes, 0);
      console.info(
        `JavaScript for ${path}: ${(total / 1024).toFixed(1)} KB compressed, ${sent.length} files`,
      );
      expect(new Set(sent.map((script) => script.encoding))).toEqual(new Set(['br']));
      expect(total).toBeLessThanOrEqual(budgetKb * 1024);
      expect(problems).toEqual([]);
    });
  }

  it('keeps the page in view, saying another is loading, until the next page has arrived', async () => {
    const { page, problems } = await newPage(320);
    await page.goto('/');
    await expectPage(page, 'Welcome to Cairn');
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/showcase-page-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('contentinfo').getByRole('link', { name: 'Read stories' }).click();
    const header = page.getByRole('banner');
    await header.getByRole('status').getByText('Loading…').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome to Cairn');
    release();
    await expectPage(page, 'Stories of recovery');
    expect(await header.getByRole('status').textContent()).toBe('');
    expect(problems).toEqual([]);
  });

  it('says sorry when a page cannot arrive, and going back still works', async () => {
    const { page } = await newPage(320);
    await page.goto('/');
    await expectPage(page, 'Welcome to Cairn');
    await page.route(/\/assets\/showcase-page-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.getByRole('contentinfo').getByRole('link', { name: 'Read stories' }).click();
    await expectPage(page, 'Sorry, something went wrong');
    await page.goBack();
    await expectPage(page, 'Welcome to Cairn');
  });
});
