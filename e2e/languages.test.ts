import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { DEMO_PASSWORD, SCREENSHOTS, expectPage, useJourney } from './support/journey.js';

const { newPage } = useJourney('languages');

const FACILITATOR = 'facilitator@cairn.example';
/** On a phone, in a café: where people join. */
const PHONE = 320;

/** Plans a café as the demo facilitator, through the API as the app would, and gives its join code. */
async function planCafe(page: Page): Promise<string> {
  const signedIn = await page.request.post('/api/auth/sign-in', {
    data: { email: FACILITATOR, password: DEMO_PASSWORD },
  });
  expect(signedIn.status()).toBe(200);
  const me = (await (await page.request.get('/api/me')).json()) as {
    memberships: { organisationId: string; role: string }[];
  };
  const organisationId = me.memberships.find((m) => m.role === 'facilitator')?.organisationId;
  const planned = await page.request.post('/api/cafes', {
    data: {
      organisationId,
      title: 'What helps in your language?',
      rounds: [{ question: 'What helped you?' }],
    },
  });
  expect(planned.status()).toBe(201);
  return ((await planned.json()) as { joinCode: string }).joinCode;
}

const documentLanguage = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** Nothing may spill sideways at 320 px, whichever way the page runs. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scroll, viewport } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(viewport);
}

describe('in people’s own languages', () => {
  it('opens in Welsh for a browser that asks for it, and joins a café in Welsh', async () => {
    const code = await planCafe((await newPage()).page);
    const { page, problems } = await newPage(PHONE, 'cy-GB');

    await page.goto('/');
    await expectPage(page, 'Croeso i Cairn');
    expect(await documentLanguage(page)).toEqual({ lang: 'cy', dir: 'ltr' });
    expect(await page.title()).toBe('Hafan – Cairn');
    // The layout speaks Welsh too: skip link, menu button, footer, and the switch shows Cymraeg chosen.
    expect(await page.locator('.skip-link').textContent()).toBe('Neidio i’r prif gynnwys');
    await page.getByRole('button', { name: 'Dewislen' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Ar agor i bawb' })
      .getByRole('link', { name: 'Darllen straeon' })
      .waitFor();
    const switcher = page.getByRole('list', { name: 'Iaith' });
    expect(await switcher.getByRole('button', { name: 'Cymraeg' }).getAttribute('aria-pressed')).toBe('true');
    expect(await switcher.getByRole('button', { name: 'Cymraeg' }).getAttribute('lang')).toBe('cy');
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${SCREENSHOTS}/languages-home-cy-320.png`, fullPage: true });

    await page
      .getByRole('link', { name: 'Mewn caffi? Ymunwch gan ddefnyddio’r cod sydd i’w weld yn yr ystafell.' })
      .click();
    await expectPage(page, 'Ymuno â chaffi');

    // A wrong code: the server answers in Welsh, because the page asks in Welsh.
    await page.getByLabel('Cod y caffi').fill('ZZZ-ZZZ');
    await page.getByRole('button', { name: 'Ymuno â’r caffi' }).click();
    const summary = page.locator('.error-summary');
    await summary.getByRole('heading', { name: 'Mae problem wedi codi' }).waitFor();
    await summary
      .getByRole('link', {
        name: 'Does dim caffi ar agor gyda’r cod yna. Gwiriwch y cod sydd i’w weld yn yr ystafell.',
      })
      .waitFor();
    expect(await page.title()).toBe('Gwall: Ymuno â chaffi – Cairn');
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/languages-join-error-cy-320.png`, fullPage: true });

    await page.getByLabel('Cod y caffi').fill(code);
    await page.getByLabel('Eich enw (dewisol)').fill('Gwen');
    await page.getByRole('button', { name: 'Ymuno â’r caffi' }).click();
    await page.waitForURL(/\/cafes\/[0-9a-f-]{36}\/board$/);
    // The board is not in the catalogue yet: it says so, so it is read as English.
    await page.locator('main [lang="en-GB"] h1').waitFor();
    await expectNoSeriousAxeViolations(page);
    expect(problems).toEqual([]);
  });

  it('switches to Urdu, right to left, remembers it, and joins a café in Urdu', async () => {
    const code = await planCafe((await newPage()).page);
    const { page, problems } = await newPage(PHONE);

    await page.goto('/join');
    await expectPage(page, 'Join a café');
    expect(await documentLanguage(page)).toEqual({ lang: 'en-GB', dir: 'ltr' });
    await page.getByRole('list', { name: 'Language' }).getByRole('button', { name: 'اردو' }).click();
    await expectPage(page, 'کیفے میں شامل ہوں');
    expect(await documentLanguage(page)).toEqual({ lang: 'ur', dir: 'rtl' });

    // Right to left: the Menu button sits at the left of the header, the Cairn name at the right.
    const brand = await page.locator('.brand').boundingBox();
    const menu = await page.getByRole('button', { name: 'مینو' }).boundingBox();
    expect(brand && menu && menu.x < brand.x).toBe(true);
    await expectNoSidewaysScroll(page);

    // Checked on the phone before anything is sent: in Urdu too.
    await page.getByRole('button', { name: 'کیفے میں شامل ہوں' }).click();
    await page
      .locator('.error-summary')
      .getByRole('link', { name: 'کمرے میں دکھایا گیا کوڈ درج کریں' })
      .waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/languages-join-ur-320.png`, fullPage: true });

    // The choice is remembered: a new visit opens in Urdu.
    await page.reload();
    await expectPage(page, 'کیفے میں شامل ہوں');
    expect(await documentLanguage(page)).toEqual({ lang: 'ur', dir: 'rtl' });

    await page.getByLabel('کیفے کوڈ').fill(code);
    await page.getByLabel('آپ کا نام (اختیاری)').fill('عائشہ');
    await page.getByRole('button', { name: 'کیفے میں شامل ہوں' }).click();
    await page.waitForURL(/\/cafes\/[0-9a-f-]{36}\/board$/);
    // English, and left to right, inside the Urdu page.
    await page.locator('main [lang="en-GB"][dir="ltr"] h1').waitFor();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/languages-board-ur-320.png`, fullPage: true });

    // The home page, right to left, with the public pages named in Urdu.
    await page.goto('/');
    await expectPage(page, 'Cairn میں خوش آمدید');
    await page.getByRole('main').getByRole('link', { name: 'کہانیاں پڑھیں' }).waitFor();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${SCREENSHOTS}/languages-home-ur-320.png`, fullPage: true });
    expect(problems).toEqual([]);
  });
});
