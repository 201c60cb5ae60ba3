import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import {
  DEMO_PASSWORD,
  SCREENSHOTS,
  expectPage,
  followMenuLink,
  signInAsDemo,
  useJourney,
} from './support/journey.js';

const { newPage } = useJourney('languages');

const FACILITATOR = 'facilitator@cairn.example';
/** On a phone, in a café: where people join. */
const PHONE = 320;

/**
 * Plans a café as the demo facilitator, through the API as the app would. Gives its join code and a
 * way to move it on ("start", "open_voting") as the facilitator does from the run page.
 */
async function planCafe(
  page: Page,
): Promise<{ id: string; code: string; control: (action: string) => Promise<void> }> {
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
  const cafe = (await planned.json()) as { id: string; joinCode: string };
  const control = async (action: string) => {
    const moved = await page.request.post(`/api/cafes/${cafe.id}/control`, { data: { action } });
    expect(moved.status()).toBe(200);
  };
  return { id: cafe.id, code: cafe.joinCode, control };
}

/** The demo coordinator's organisation, whose public programme has weekly and one-off sessions. */
async function demoOrganisation(page: Page): Promise<string> {
  const signedIn = await page.request.post('/api/auth/sign-in', {
    data: { email: 'coordinator@cairn.example', password: DEMO_PASSWORD },
  });
  expect(signedIn.status()).toBe(200);
  const me = (await (await page.request.get('/api/me')).json()) as {
    memberships: { organisationId: string }[];
  };
  return me.memberships[0]?.organisationId ?? '';
}

/** Every filter on the programme is on the screen, beside the others, not pushed off its edge. */
async function expectFiltersOnScreen(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  for (const box of await page.locator('.act-filters select').all()) {
    const bounds = await box.boundingBox();
    expect(bounds && bounds.x >= 0 && bounds.x + bounds.width <= width).toBe(true);
  }
}

/** Text to find as it is inside a regular expression (an activity's name may hold "(" or "?"). */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Signs a demo person in on this page's browser through the API, as the sign-in page would. */
async function signInThroughApi(page: Page, email: string): Promise<void> {
  const signedIn = await page.request.post('/api/auth/sign-in', { data: { email, password: DEMO_PASSWORD } });
  expect(signedIn.status()).toBe(200);
}

/** On a Welsh page, chooses Urdu with the switch at the top: the page turns right to left. */
async function switchFromWelshToUrdu(page: Page): Promise<void> {
  await page.getByRole('list', { name: 'Iaith' }).getByRole('button', { name: 'اردو' }).click();
  await expect.poll(() => documentLanguage(page)).toEqual({ lang: 'ur', dir: 'rtl' });
}

/**
 * Opens the menu with its button, on a phone, and gives the names of its links in order; none may be
 * marked as another language, as every one is said in the language on screen.
 */
async function menuNames(page: Page, button: string, navigation: string): Promise<string[]> {
  await page.getByRole('button', { name: button }).click();
  const menu = page.getByRole('navigation', { name: navigation });
  await menu.getByRole('link').first().waitFor();
  expect(await menu.locator('[lang]').count()).toBe(0);
  return menu.getByRole('link').allTextContents();
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

/**
 * As the demo peer supporter, in their browser on a phone: records a story for a storyteller with no
 * account, choosing the language they read with their contact; then, through the API as the app
 * would, writes it down, sends it and saves its safe version. Gives the story and the contact.
 */
async function recordedStory(page: Page, language: string): Promise<{ storyId: string; contact: string }> {
  await signInAsDemo(page, 'peer@cairn.example');
  await page.goto('/stories/new?channel=one_to_one_interview');
  await expectPage(page, /^Record /);
  const contact = `storyteller-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  await page.getByLabel('Storytellers’ names').fill('Gwen');
  await page.getByLabel('How can we reach them? (optional)').fill(contact);
  await page.getByRole('radiogroup', { name: 'Which language do they read?' }).getByText(language).click();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Start writing' }).click();
  await page.waitForURL(/\/stories\/[0-9a-f-]{36}\/edit$/);
  const storyId = /\/stories\/([0-9a-f-]{36})\//.exec(page.url())?.[1] ?? '';
  const saved = await page.request.put(`/api/stories/${storyId}/draft`, {
    data: {
      title: 'Tuesdays',
      text: 'The Tuesday group gave me a reason to get up. Now I make the tea.',
      revision: 0,
    },
  });
  expect(saved.status()).toBe(200);
  expect((await page.request.post(`/api/stories/${storyId}/submit`)).status()).toBe(200);
  expect(
    (await page.request.post(`/api/stories/${storyId}/versions`, { data: { decisions: [] } })).status(),
  ).toBe(201);
  return { storyId, contact };
}

/**
 * A story recorded as above whose storyteller is asked to confirm it by email. Gives the link the
 * storyteller was sent, and the message's subject.
 */
async function storyToConfirm(page: Page, language: string): Promise<{ link: string; subject: string }> {
  const { storyId, contact } = await recordedStory(page, language);
  const asked = await page.request.post(`/api/stories/${storyId}/confirmations`, {
    data: { tier: 'analysis', method: 'verbal', send: 'email' },
  });
  expect(asked.status()).toBe(201);
  const outbox = (await (await page.request.get('/api/dev/outbox')).json()) as {
    messages: { to: string; subject: string; text: string }[];
  };
  const sent = outbox.messages.find((m) => m.to === contact);
  const link = /\/confirm\/[A-Za-z0-9_-]+/.exec(sent?.text ?? '')?.[0] ?? '';
  expect(link).not.toBe('');
  return { link, subject: sent?.subject ?? '' };
}

describe('in people’s own languages', () => {
  it('opens in Welsh for a browser that asks for it, and joins a café in Welsh', async () => {
    const { code, control } = await planCafe((await newPage()).page);
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
    // The board is in Welsh too; only the café's own words stay as the facilitator wrote them.
    await expectPage(page, 'What helps in your language?');
    await page.getByText('Dydy’r caffi ddim wedi dechrau eto.', { exact: false }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'cy', dir: 'ltr' });
    expect(await page.locator('main [lang="en-GB"]').count()).toBe(0);
    await expectNoSeriousAxeViolations(page);

    // The café starts: the board changes by itself, and an idea is added in Welsh words.
    await control('start');
    await page.getByRole('heading', { name: 'Y cwestiwn' }).waitFor();
    await page.getByLabel('Eich syniad').fill('Paned a sgwrs');
    await page.getByRole('button', { name: 'Ychwanegu’r syniad' }).click();
    await page.getByRole('status').getByText('Mae eich syniad wedi’i ychwanegu.').waitFor();
    await page
      .locator('li.cafe-idea', { hasText: 'Paned a sgwrs' })
      .getByText(/^Bwrdd \d+, rownd 1 · gan Gwen$/)
      .waitFor();

    // Voting opens: how to vote, the dots left and each idea's buttons, in Welsh.
    await control('open_voting');
    await page.getByRole('heading', { name: 'Mae’r pleidleisio ar agor' }).waitFor();
    await page.getByRole('button', { name: 'Ychwanegu dot at: Paned a sgwrs' }).click();
    await page.locator('.cafe-vote__mine').getByText('Eich dotiau: 1').waitFor();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/languages-board-cy-320.png`, fullPage: true });
    expect(problems).toEqual([]);
  });

  it('switches to Urdu, right to left, remembers it, and joins a café in Urdu', async () => {
    const { code, control } = await planCafe((await newPage()).page);
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
    // The board in Urdu, right to left.
    await expectPage(page, 'What helps in your language?');
    await page.getByText('کیفے ابھی شروع نہیں ہوا۔', { exact: false }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'ur', dir: 'rtl' });
    expect(await page.locator('main [lang="en-GB"]').count()).toBe(0);
    await control('start');
    await page.getByLabel('آپ کا خیال').fill('چائے اور بات چیت');
    await page.getByRole('button', { name: 'خیال شامل کریں' }).click();
    await page.getByRole('status').getByText('آپ کا خیال شامل ہو گیا ہے۔').waitFor();
    await control('open_voting');
    await page.getByRole('heading', { name: 'ووٹنگ کھلی ہے' }).waitFor();
    await page.getByRole('button', { name: 'اس پر ڈاٹ لگائیں: چائے اور بات چیت' }).waitFor();
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

  it('shows the public programme in Welsh on a phone, dates and filters in Welsh', async () => {
    const organisationId = await demoOrganisation((await newPage()).page);
    const { page, problems } = await newPage(PHONE, 'cy-GB');

    await page.goto(`/programme/${organisationId}`);
    await expectPage(page, 'Beth sydd ymlaen');
    expect(await documentLanguage(page)).toEqual({ lang: 'cy', dir: 'ltr' });
    // The whole page is in the catalogue: nothing in it is marked as English.
    expect(await page.locator('main [lang="en-GB"]').count()).toBe(0);
    await page.getByRole('link', { name: 'Ychwanegu at eich calendr' }).waitFor();
    const weeks = page.locator('.act-week');
    await weeks.first().waitFor();
    expect(await weeks.first().getByRole('heading', { level: 2 }).textContent()).toMatch(
      /^(Yr wythnos hon|Wythnos nesaf|Wythnos yn dechrau [Dd]ydd Llun)/,
    );
    await expectFiltersOnScreen(page);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${SCREENSHOTS}/languages-programme-cy-320.png`, fullPage: true });

    // Filters by kind: the walks, named in Welsh, and a count read out in Welsh.
    const filters = page.getByRole('group', { name: 'Dewis beth i’w weld' });
    await filters.getByLabel('Math o weithgaredd').selectOption({ label: 'Taith gerdded' });
    await page
      .getByRole('status')
      .getByText(/^Yn dangos /)
      .waitFor();
    await weeks.first().waitFor();
    expect(new Set(await page.locator('.act-session__meta .tag').allTextContents())).toEqual(
      new Set(['Taith gerdded']),
    );

    // By day: Tuesdays, the day written in Welsh by the browser, in UK time.
    await filters.getByLabel('Math o weithgaredd').selectOption({ label: 'Unrhyw fath' });
    const day = filters.getByLabel('Diwrnod', { exact: true });
    // Tuesday, named by the browser's Welsh ("dydd Mawrth", capitalised in some versions).
    expect(await day.locator('option[value="2"]').textContent()).toMatch(/^[Dd]ydd Mawrth$/);
    await day.selectOption('2');
    await page
      .getByRole('status')
      .getByText(/^Yn dangos \d+ o \d+ sesiwn$/)
      .waitFor();
    await page.getByRole('button', { name: 'Dangos yr wythnos nesaf' }).click();
    await expect.poll(() => weeks.count()).toBe(2);
    const dates = await page.locator('.act-session__meta strong').allTextContents();
    expect(dates.length).toBeGreaterThanOrEqual(2);
    for (const date of dates) expect(date).toMatch(/^[Dd]ydd Mawrth, [1-9]\d? \S+, \d\d:\d\d tan \d\d:\d\d$/);
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);

    // "You said, we did", open to everyone, in Welsh too.
    await page.goto('/you-said-we-did');
    await expectPage(page, 'Dywedoch chi, gwnaethon ni');
    expect(await page.locator('main [lang="en-GB"]').count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${SCREENSHOTS}/languages-you-said-we-did-cy-320.png`, fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows the public programme in Urdu, right to left, on a phone', async () => {
    const organisationId = await demoOrganisation((await newPage()).page);
    const { page, problems } = await newPage(PHONE, 'ur-PK');

    await page.goto(`/programme/${organisationId}`);
    await expectPage(page, 'کیا ہو رہا ہے');
    expect(await documentLanguage(page)).toEqual({ lang: 'ur', dir: 'rtl' });
    expect(await page.locator('main [lang="en-GB"]').count()).toBe(0);
    const weeks = page.locator('.act-week');
    await weeks.first().waitFor();
    await expectFiltersOnScreen(page);
    await expectNoSidewaysScroll(page);

    // Right to left: each filter's label starts at the right-hand edge of its box.
    const label = await page.getByText('سرگرمی کی قسم', { exact: true }).boundingBox();
    const select = await page.getByLabel('سرگرمی کی قسم').boundingBox();
    expect(label && select && Math.abs(label.x + label.width - (select.x + select.width)) < 2).toBe(true);

    // Filters by kind and by day, in Urdu; the dates are the browser's Urdu, in UK time.
    await page.getByLabel('سرگرمی کی قسم').selectOption({ label: 'چہل قدمی' });
    await page
      .getByRole('status')
      .getByText(/دکھائے جا رہے ہیں$/)
      .waitFor();
    expect(new Set(await page.locator('.act-session__meta .tag').allTextContents())).toEqual(
      new Set(['چہل قدمی']),
    );
    await page.getByLabel('سرگرمی کی قسم').selectOption({ label: 'کوئی بھی قسم' });
    await page.getByLabel('دن', { exact: true }).selectOption({ label: 'منگل' });
    await page.getByRole('button', { name: 'اگلا ہفتہ دکھائیں' }).click();
    await expect.poll(() => weeks.count()).toBe(2);
    const days = await page.locator('.act-session__meta strong').allTextContents();
    expect(days.length).toBeGreaterThanOrEqual(2);
    for (const day of days) expect(day).toMatch(/^منگل، \d{1,2} \S+، \d\d:\d\d سے \d\d:\d\d تک$/);
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/languages-programme-ur-320.png`, fullPage: true });
    expect(problems).toEqual([]);
  });

  it('opens a table host’s page in Welsh, then counts its sticker dots right to left in Urdu, on a phone', async () => {
    const planner = (await newPage()).page;
    const { id, control } = await planCafe(planner);
    await control('start');
    const links = (await (await planner.request.get(`/api/cafes/${id}/table-host-links`)).json()) as {
      links: { tableNumber: number; url: string }[];
    };
    const link = new URL(links.links.find((l) => l.tableNumber === 1)?.url ?? '');
    const { page, problems } = await newPage(PHONE, 'cy-GB');

    await page.goto(`${link.pathname}${link.hash}`);
    await expectPage(page, 'Eich bwrdd');
    await page.getByText('Gwesteiwr bwrdd 1').waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'cy', dir: 'ltr' });
    expect(await page.locator('main [lang="en-GB"]').count()).toBe(0);
    // What the table said on paper, typed in; sent empty first, it says in Welsh what to do.
    const said = page.getByRole('textbox', { name: 'Beth ddywedodd eich bwrdd' });
    await said.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Ysgrifennwch beth ddywedodd eich bwrdd yn gyntaf').waitFor();
    await said.fill('Grŵp cerdded ar ddydd Sul');
    await page.getByRole('button', { name: 'Ychwanegu', exact: true }).click();
    await page.getByText('Wedi’i ychwanegu ar gyfer eich bwrdd: “Grŵp cerdded ar ddydd Sul”.').waitFor();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/languages-table-host-cy-320.png`, fullPage: true });

    await switchFromWelshToUrdu(page);
    await expectPage(page, 'آپ کی میز');
    await page.getByText('میز نمبر 1 کے میزبان').waitFor();
    await page.getByText('اسٹیکر ڈاٹس گنیں', { exact: true }).click();
    await page.getByRole('spinbutton', { name: 'کتنے اسٹیکر ڈاٹس (یا ہاتھ)' }).fill('3');
    await page.getByRole('button', { name: 'اس کی گنتی محفوظ کریں: Grŵp cerdded ar ddydd Sul' }).click();
    await page
      .getByText('“Grŵp cerdded ar ddydd Sul” کے لیے محفوظ کیا گیا: کاغذ پر 3 اسٹیکر ڈاٹس۔')
      .waitFor();
    expect(await page.locator('main [lang="en-GB"]').count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/languages-table-host-ur-320.png`, fullPage: true });

    // A code that opens no table is refused in Urdu, by the server too.
    await page.goto('/table-host');
    await expectPage(page, 'اپنی میز کھولیں');
    await page.getByRole('textbox', { name: 'میز کے میزبان کا کوڈ' }).fill('ZZZZ-ZZZZ-ZZZZ');
    await page.getByRole('button', { name: 'میری میز کھولیں' }).click();
    // The field's error, after the words "there is a problem" only screen readers hear.
    await page
      .locator('.field__error')
      .getByText(/میز کے میزبان کا یہ لنک یا کوڈ کوئی میز نہیں کھولتا/)
      .waitFor();
    await expectNoSeriousAxeViolations(page);
    expect(problems).toEqual([]);
  });

  it('sends a storyteller without an account their story to confirm in Welsh, and shows it in Welsh', async () => {
    const { page: peer } = await newPage(PHONE);
    const { link, subject } = await storyToConfirm(peer, 'Welsh (Cymraeg)');
    expect(subject).toBe('Eich stori: gwiriwch hi a dywedwch ie neu na wrthym');

    // Their phone asks for English, but the link opens in the language their peer supporter recorded.
    const { page, problems } = await newPage(PHONE);
    await page.goto(link);
    await expectPage(page, 'Eich stori');
    expect(await documentLanguage(page)).toEqual({ lang: 'cy', dir: 'ltr' });
    expect(await page.locator('main [lang="en-GB"]').count()).toBe(0);
    await page.getByRole('heading', { name: 'Pwy sy’n gallu ei gweld' }).waitFor();
    await page.getByText(/^Mae’r ddolen hon yn gweithio tan \S/).waitFor();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/languages-confirm-cy-320.png`, fullPage: true });
    await page.getByRole('button', { name: 'Cewch, rhannwch hi fel y’i dangosir' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Diolch\. Bydd eich stori’n cael ei rhannu/ })
      .waitFor();
    await expectNoSeriousAxeViolations(page);
    expect(problems).toEqual([]);
  });

  it('shows a storyteller’s story to confirm in Urdu, right to left, and their no in Urdu', async () => {
    const { page: peer } = await newPage(PHONE);
    const { link } = await storyToConfirm(peer, 'Urdu (اردو)');

    const { page, problems } = await newPage(PHONE);
    await page.goto(link);
    await expectPage(page, 'آپ کی کہانی');
    expect(await documentLanguage(page)).toEqual({ lang: 'ur', dir: 'rtl' });
    expect(await page.locator('main [lang="en-GB"]').count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/languages-confirm-ur-320.png`, fullPage: true });
    await page.getByRole('button', { name: 'نہیں، اسے شیئر نہ کریں' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^آپ نے نہیں کہا/ })
      .waitFor();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
    expect(problems).toEqual([]);
  });

  it('prints a storyteller’s consent record in the language on screen, Welsh then right to left in Urdu', async () => {
    const { page, problems } = await newPage(PHONE);
    const { storyId } = await recordedStory(page, 'Welsh (Cymraeg)');
    const asked = await page.request.post(`/api/stories/${storyId}/confirmations`, {
      data: { tier: 'analysis', method: 'verbal', send: 'print' },
    });
    expect(asked.status()).toBe(201);
    const { confirmation } = (await asked.json()) as { confirmation: { id: string; reference: string } };
    expect((await page.request.put('/api/me/language', { data: { language: 'cy' } })).status()).toBe(200);
    try {
      await page.goto(`/stories/${storyId}/consent-record/${confirmation.id}`);
      await expectPage(page, 'Cofnod caniatâd');
      expect(await documentLanguage(page)).toEqual({ lang: 'cy', dir: 'ltr' });
      expect(await page.locator('main [lang="en-GB"]').count()).toBe(0);
      await page.getByRole('button', { name: 'Argraffu’r cofnod hwn' }).waitFor();
      await page.getByText(confirmation.reference, { exact: true }).waitFor();
      await page.getByText(/^I ddweud ie, ffoniwch Kit a darllenwch y cyfeirnod hwn yn uchel\./).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Beth rydych chi’n cytuno iddo' }).waitFor();
      await page.getByText(/^Yn ddilys tan \S/).waitFor();
      // Cairn's own consent wording (the organisation has written none), said in Welsh.
      await page
        .getByText(/^Diolch am rannu eich stori\. Chi sy’n penderfynu pwy sy’n cael ei gweld\./)
        .waitFor();
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `${SCREENSHOTS}/languages-consent-record-cy-320.png`, fullPage: true });

      await switchFromWelshToUrdu(page);
      await expectPage(page, 'اجازت کا ریکارڈ');
      await page.getByRole('heading', { level: 2, name: 'آپ کس بات سے اتفاق کرتے ہیں' }).waitFor();
      await page.getByText(confirmation.reference, { exact: true }).waitFor();
      await page.getByText(/^اپنی کہانی شیئر کرنے کا شکریہ۔/).waitFor();
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `${SCREENSHOTS}/languages-consent-record-ur-320.png`, fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await page.request.put('/api/me/language', { data: { language: null } });
    }
  });

  it('greets a member on their home page in Welsh, then right to left in Urdu, on a phone', async () => {
    const { page, problems } = await newPage(PHONE, 'cy-GB');
    await signInThroughApi(page, 'member@cairn.example');
    try {
      await page.goto('/');
      await expectPage(page, /^Helo, /);
      expect(await documentLanguage(page)).toEqual({ lang: 'cy', dir: 'ltr' });
      expect(await page.title()).toBe('Hafan – Cairn');
      await page.getByRole('button', { name: 'Adrodd eich stori' }).waitFor();
      await page.getByRole('link', { name: 'Beth sydd ymlaen' }).first().waitFor();
      await page.getByRole('heading', { name: 'Eich rolau' }).waitFor();
      await page
        .getByText(/^Aelod yn /)
        .first()
        .waitFor();
      // Everything a member meets here is in Welsh, the cards that lead to pages of "What's on"
      // (ideas for activities, work placements, help from other organisations) too: nothing is
      // marked English.
      await page.getByText('Awgrymwch rywbeth newydd, neu cefnogwch syniad rhywun arall.').waitFor();
      expect(await page.locator('main [lang="en-GB"]').count()).toBe(0);
      for (const name of [
        'Fy straeon',
        'Yr amser rydw i wedi’i roi',
        'Syniadau am weithgareddau',
        'Lleoliadau gwaith a gwirfoddoli',
        'Help gan sefydliadau eraill',
        'Ymuno â chaffi',
        'Fy nghyfrif',
      ]) {
        expect(
          await page
            .getByRole('link', { name })
            .evaluate((link) => link.closest('[lang]')?.getAttribute('lang')),
        ).toBe('cy');
      }
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `${SCREENSHOTS}/languages-member-home-cy-320.png`, fullPage: true });

      // The menu names every place in Welsh, by the names the home page uses.
      expect(await menuNames(page, 'Dewislen', 'Prif lywio')).toEqual([
        'Hafan',
        'Fy straeon',
        'Darllen straeon',
        'Dweud eich dweud',
        'Yr amser rydw i wedi’i roi',
        'Beth sydd ymlaen',
        'Fy nghyfrif',
      ]);
      await page.getByRole('button', { name: 'Allgofnodi' }).waitFor();
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `${SCREENSHOTS}/languages-member-menu-cy-320.png` });
      await page.getByRole('button', { name: 'Dewislen' }).click();

      await switchFromWelshToUrdu(page);
      await expectPage(page, /^ہیلو، /);
      await page.getByRole('button', { name: 'اپنی کہانی سنائیں' }).waitFor();
      await page.getByRole('heading', { name: 'آپ کے کردار' }).waitFor();
      await page.getByRole('link', { name: 'میرا دیا ہوا وقت' }).waitFor();
      const ideas = page.getByRole('link', { name: 'سرگرمیوں کے لیے خیالات' });
      expect(await ideas.evaluate((link) => link.closest('[lang]')?.getAttribute('lang'))).toBe('ur');
      await page
        .getByText('دوسری تنظیمیں جو مدد کر سکتی ہیں: وہ کیا پیش کرتی ہیں اور ان سے رابطہ کیسے کریں۔')
        .waitFor();
      expect(await page.locator('main [lang="en-GB"]').count()).toBe(0);
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `${SCREENSHOTS}/languages-member-home-ur-320.png`, fullPage: true });

      // In Urdu, right to left: each link starts at the right-hand edge, as the page's text does.
      expect(await menuNames(page, 'مینو', 'مرکزی فہرست')).toEqual([
        'ہوم پیج',
        'میری کہانیاں',
        'کہانیاں پڑھیں',
        'اپنی رائے دیں',
        'میرا دیا ہوا وقت',
        'کیا ہو رہا ہے',
        'میرا اکاؤنٹ',
      ]);
      const edges = await page
        .getByRole('navigation', { name: 'مرکزی فہرست' })
        .getByRole('link')
        .evaluateAll((links) =>
          links.map((link) => {
            const range = document.createRange();
            range.selectNodeContents(link);
            const [box, text] = [link.getBoundingClientRect(), range.getBoundingClientRect()];
            return { right: box.right - text.right, left: text.left - box.left };
          }),
        );
      expect(edges.filter((edge) => edge.right >= edge.left)).toEqual([]);
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `${SCREENSHOTS}/languages-member-menu-ur-320.png` });
      expect(problems).toEqual([]);
    } finally {
      await page.request.put('/api/me/language', { data: { language: null } });
    }
  });

  it('lets a member book a place in Welsh, then give it up right to left in Urdu, on a phone', async () => {
    const { page, problems } = await newPage(PHONE, 'cy-GB');
    await signInThroughApi(page, 'member@cairn.example');
    try {
      await page.goto('/activities');
      await expectPage(page, 'Beth sydd ymlaen');
      expect(await documentLanguage(page)).toEqual({ lang: 'cy', dir: 'ltr' });
      await page.getByRole('heading', { name: 'Ar y gweill' }).waitFor();
      await page.getByRole('heading', { name: 'Eich dolen calendr eich hun' }).waitFor();
      // The whole page is in the catalogue: nothing in it is marked as English.
      expect(await page.locator('main [lang="en-GB"]').count()).toBe(0);

      // A session's button names it and its time, in Welsh and UK time.
      const session = page
        .locator('.act-session')
        .filter({ has: page.getByRole('button', { name: /^Cadw lle yn / }) })
        .first();
      const title = (await session.locator('.act-session__title').textContent()) ?? '';
      const book = session.getByRole('button', { name: /^Cadw lle yn / });
      expect(await book.getAttribute('aria-label')).toMatch(
        /, [Dd]ydd \S+, [1-9]\d? \S+, \d\d:\d\d tan \d\d:\d\d$/,
      );
      await book.click();
      await page
        .getByText(new RegExp(`^(Mae gennych chi le yn|Mae) ${escapeRegExp(title)}`))
        .first()
        .waitFor();
      const mine = page.locator('section[aria-labelledby="mine-title"]');
      await mine.getByRole('heading', { name: 'Fy lleoedd' }).waitFor();
      await mine.getByRole('heading', { name: title }).first().waitFor();
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `${SCREENSHOTS}/languages-member-whats-on-cy-320.png`, fullPage: true });

      // In Urdu, right to left: their place, and giving it up, with its day and time in Urdu.
      await switchFromWelshToUrdu(page);
      await expectPage(page, 'کیا ہو رہا ہے');
      await mine.getByRole('heading', { name: 'میری بُکنگز' }).waitFor();
      const cancel = mine.getByRole('button', {
        name: new RegExp(
          `^${escapeRegExp(title)} میں میری جگہ منسوخ کریں، \\S+، \\d{1,2} \\S+، \\d\\d:\\d\\d$`,
        ),
      });
      await cancel.first().click();
      await page.getByText(`${title} میں آپ کی جگہ منسوخ ہو گئی ہے۔ ہمیں بتانے کا شکریہ۔`).first().waitFor();
      expect(await page.locator('main [lang="en-GB"]').count()).toBe(0);
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `${SCREENSHOTS}/languages-member-whats-on-ur-320.png`, fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await page.request.put('/api/me/language', { data: { language: null } });
    }
  });

  it('lets a member write their story in Welsh, then right to left in Urdu, the story keeping its own language', async () => {
    const { page, problems } = await newPage(PHONE, 'cy-GB');
    await signInThroughApi(page, 'member@cairn.example');
    // The story's own words are read in the direction they are written, whatever the page's.
    const storyDirection = (selector: string) =>
      page.locator(selector).evaluate((box) => ({
        lang: box.getAttribute('lang'),
        ltr: box.matches(':dir(ltr)'),
      }));
    try {
      await page.goto('/stories');
      await expectPage(page, 'Fy straeon');
      expect(await documentLanguage(page)).toEqual({ lang: 'cy', dir: 'ltr' });
      await page.getByRole('link', { name: 'Ysgrifennu stori newydd' }).click();
      await expectPage(page, 'Ysgrifennu eich stori');
      await page.getByRole('button', { name: 'Dechrau ysgrifennu' }).click();
      await page.waitForURL(/\/stories\/[0-9a-f-]{36}\/edit$/);
      // The whole heading: the address changes before the editor has drawn, and the page before it,
      // "Ysgrifennu eich stori", has a title field of its own that would take the title typed next.
      await expectPage(page, /^Eich stori$/);
      const saved = () =>
        page.waitForResponse(
          (answer) => answer.request().method() === 'PUT' && answer.url().endsWith('/draft'),
        );
      let save = saved();
      await page.getByLabel('Teitl').fill('Dydd Mawrth');
      await page
        .getByRole('textbox', { name: 'Eich stori' })
        .fill('The Tuesday group gave me a reason to get up.');
      expect((await save).status()).toBe(200);
      await page.getByText('Wedi’i chadw', { exact: true }).waitFor();
      expect(await storyDirection('textarea[name="text"]')).toEqual({ lang: '', ltr: true });
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `${SCREENSHOTS}/languages-story-cy-320.png`, fullPage: true });

      await switchFromWelshToUrdu(page);
      await expectPage(page, 'آپ کی کہانی');
      // English told on an Urdu page stays left to right; Urdu told there runs right to left.
      expect(await storyDirection('textarea[name="text"]')).toEqual({ lang: '', ltr: true });
      save = saved();
      await page.getByRole('textbox', { name: 'آپ کی کہانی' }).fill('منگل کے گروپ نے مجھے اٹھنے کی وجہ دی۔');
      expect(await storyDirection('textarea[name="text"]')).toEqual({ lang: '', ltr: false });
      expect((await save).status()).toBe(200);
      await page.getByText('محفوظ ہو گئی', { exact: true }).waitFor();
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `${SCREENSHOTS}/languages-story-ur-320.png`, fullPage: true });

      // Who may see it: their choices in their language, before they have approved the text.
      await page.goto(page.url().replace(/\/edit$/, '/consent'));
      await expectPage(page, 'آپ کی کہانی کون دیکھ سکتا ہے');
      await page.getByRole('group', { name: 'اسے کون دیکھ سکتا ہے؟' }).waitFor();
      await page.getByRole('button', { name: 'اپنی کہانی واپس لیں' }).waitFor();
      await expectNoSidewaysScroll(page);

      await page.goto('/stories');
      await expectPage(page, 'میری کہانیاں');
      const title = page.getByRole('link', { name: 'Dydd Mawrth' }).first();
      await title.waitFor();
      expect(await title.evaluate((link) => link.matches(':dir(ltr)'))).toBe(true);
      await page.getByText('ابھی لکھی جا رہی ہے').first().waitFor();
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);
      expect(problems).toEqual([]);
    } finally {
      await page.request.put('/api/me/language', { data: { language: null } });
    }
  });

  it('tells a member whose story worries Cairn, in Welsh then right to left in Urdu, that someone will check in and who to call', async () => {
    const { page, problems } = await newPage(PHONE, 'cy-GB');
    await signInThroughApi(page, 'member@cairn.example');
    const me = (await (await page.request.get('/api/me')).json()) as {
      memberships: { organisationId: string }[];
    };
    // Words that suggest they may be at risk now hold the story as it is sent.
    const created = await page.request.post('/api/stories', {
      data: {
        organisationId: me.memberships[0]?.organisationId,
        title: 'Y gaeaf',
        text: 'The drop-in kept a seat for me. I have been thinking about ending my life this week and I have the tablets saved.',
      },
    });
    expect(created.status()).toBe(201);
    const storyId = ((await created.json()) as { id: string }).id;
    expect((await page.request.post(`/api/stories/${storyId}/submit`)).status()).toBe(200);
    // Only the national lines' names stay English on the page, each marked so.
    const onlyNamesInEnglish = async () =>
      expect(await page.locator('main [lang="en-GB"]').count()).toBe(
        await page.locator('.support-lines strong[lang="en-GB"]').count(),
      );
    try {
      await page.goto(`/stories/${storyId}`);
      await expectPage(page, 'Y gaeaf');
      expect(await documentLanguage(page)).toEqual({ lang: 'cy', dir: 'ltr' });
      await page
        .getByRole('heading', { level: 2, name: 'Bydd rhywun yn cysylltu â chi i weld sut rydych chi' })
        .waitFor();
      await page.getByText('Does dim angen i chi wneud dim byd.').waitFor();
      const lines = page.locator('.support-lines');
      await lines
        .getByRole('heading', { level: 2, name: 'Os ydych chi’n ei chael hi’n anodd ar hyn o bryd' })
        .waitFor();
      await lines.getByText('Ffoniwch 116 123').waitFor();
      await lines.getByText('Samaritans', { exact: true }).waitFor();
      await lines.getByText('Os ydych chi mewn perygl ar hyn o bryd, ffoniwch 999.').waitFor();
      await page.getByRole('link', { name: 'Gwirio beth sy’n dangos pwy ydych chi' }).first().waitFor();
      await onlyNamesInEnglish();
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `${SCREENSHOTS}/languages-story-held-cy-320.png`, fullPage: true });

      await switchFromWelshToUrdu(page);
      await page
        .getByRole('heading', { level: 2, name: 'کوئی آپ سے رابطہ کر کے آپ کا حال پوچھے گا' })
        .waitFor();
      await lines.getByRole('heading', { level: 2, name: 'اگر آپ اس وقت مشکل سے گزر رہے ہیں' }).waitFor();
      // The number reads left to right as one number inside the right-to-left line.
      await lines.getByText('\u2066116 123\u2069 پر کال کریں').waitFor();
      expect(await lines.evaluate((box) => box.matches(':dir(rtl)'))).toBe(true);
      await onlyNamesInEnglish();
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `${SCREENSHOTS}/languages-story-held-ur-320.png`, fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await page.request.put('/api/me/language', { data: { language: null } });
    }
  });

  it('lets a reader raise a concern right to left in Urdu, and the storyteller read their story again and approve it in Urdu', async () => {
    /** A demo person signed in on a phone, who chose Urdu. */
    const inUrdu = async (email: string) => {
      const watched = await newPage(PHONE, 'ur');
      const signedIn = await watched.page.request.post('/api/auth/sign-in', {
        data: { email, password: DEMO_PASSWORD },
      });
      expect(signedIn.status()).toBe(200);
      const chose = await watched.page.request.put('/api/me/language', { data: { language: 'ur' } });
      expect(chose.status()).toBe(200);
      return watched;
    };
    const member = await inUrdu('member@cairn.example');
    const reader = await inUrdu('peer@cairn.example');
    const { stories } = (await (await member.page.request.get('/api/stories')).json()) as {
      stories: { id: string; title: string }[];
    };
    // The member's story shared for analysis, which the peer supporter may read.
    const storyId = stories.find((story) => story.title === 'Finding words')?.id ?? '';
    expect(storyId).not.toBe('');
    try {
      const { page } = reader;
      await page.goto(`/stories/${storyId}`);
      await expectPage(page, 'Finding words');
      expect(await documentLanguage(page)).toEqual({ lang: 'ur', dir: 'rtl' });
      const concern = page.locator('section.concern');
      await concern.getByRole('heading', { level: 2, name: 'کیا کسی کو خطرہ ہے؟' }).waitFor();
      await concern.getByRole('button', { name: 'تشویش کی اطلاع دیں' }).click();
      // Sent without a word, the form says in Urdu what it needs.
      await concern.getByRole('button', { name: 'تشویش بھیجیں' }).click();
      await concern.getByRole('link', { name: 'چند الفاظ میں بتائیں کہ آپ کو کس بات کی فکر ہوئی' }).waitFor();
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);
      await concern
        .getByRole('textbox', { name: 'آپ کو کس بات کی فکر ہوئی؟' })
        .fill('“The years I lost”: میں چاہوں گا کہ کوئی ان سے رابطہ کرے۔');
      await concern.getByRole('button', { name: 'تشویش بھیجیں' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'اس لیے آپ فی الحال اسے نہیں کھول سکیں گے' })
        .waitFor();
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `${SCREENSHOTS}/languages-story-concern-ur-320.png`, fullPage: true });

      // The safeguarding lead checks in with the storyteller and closes the alert.
      const { page: lead } = await newPage();
      const leadIn = await lead.request.post('/api/auth/sign-in', {
        data: { email: 'safeguarding@cairn.example', password: DEMO_PASSWORD },
      });
      expect(leadIn.status()).toBe(200);
      const { alerts } = (await (await lead.request.get('/api/safeguarding/alerts')).json()) as {
        alerts: { id: string; storyId: string }[];
      };
      const alert = alerts.find((a) => a.storyId === storyId);
      const closed = await lead.request.patch(`/api/safeguarding/alerts/${alert?.id}`, {
        data: { status: 'closed', actionNote: 'Spoke with them; safe and supported.' },
      });
      expect(closed.status()).toBe(200);

      // The storyteller reads it again and approves it, in Urdu.
      await member.page.goto(`/stories/${storyId}`);
      await expectPage(member.page, 'Finding words');
      await member.page
        .getByRole('heading', { level: 2, name: 'آپ کی کہانی آپ کا انتظار کر رہی ہے' })
        .waitFor();
      await member.page.getByRole('button', { name: 'یہ متن منظور کریں' }).click();
      await member.page
        .getByRole('status')
        .filter({ hasText: 'آپ نے یہ متن منظور کر دیا ہے۔ اب چنیں کہ اسے کون دیکھ سکتا ہے۔' })
        .waitFor();
      expect(await documentLanguage(member.page)).toEqual({ lang: 'ur', dir: 'rtl' });
      await expectNoSidewaysScroll(member.page);
      await expectNoSeriousAxeViolations(member.page);
      await member.page.screenshot({
        path: `${SCREENSHOTS}/languages-story-approved-ur-320.png`,
        fullPage: true,
      });
      expect(reader.problems).toEqual([]);
      expect(member.problems).toEqual([]);
    } finally {
      for (const { page } of [member, reader]) {
        await page.request.put('/api/me/language', { data: { language: null } });
      }
    }
  });

  it('lets a partnership admin choose its languages on a screen, and offers members only those', async () => {
    const { page: admin, problems } = await newPage(PHONE);
    await signInAsDemo(admin, 'admin@cairn.example');
    await followMenuLink(admin, 'Languages');
    await expectPage(admin, 'Languages your partnership offers');
    const urdu = admin
      .getByRole('group', { name: 'Languages offered' })
      .getByRole('checkbox', { name: 'Urdu' });
    expect(await urdu.isChecked()).toBe(true);
    await expectNoSidewaysScroll(admin);
    try {
      // Keyboard only: to Urdu, unticked with the space bar, then on to the button.
      await urdu.focus();
      await admin.keyboard.press('Space');
      await admin.keyboard.press('Tab');
      await admin.keyboard.press('Enter');
      // The result takes focus, so a screen reader says it at once.
      await expect
        .poll(() => admin.evaluate(() => document.activeElement?.textContent ?? ''))
        .toBe('Saved. Your partnership offers 2 languages: English, Welsh.');
      const switchFor = (page: Page) => page.getByRole('list', { name: 'Language' }).getByRole('button');
      await expect.poll(() => switchFor(admin).allTextContents()).toEqual(['English', 'Cymraeg']);
      await expectNoSeriousAxeViolations(admin);

      // The same screen in Welsh, as a Welsh-speaking admin reads it; each language also named in itself.
      await switchFor(admin).getByText('Cymraeg').click();
      await expectPage(admin, 'Yr ieithoedd mae eich partneriaeth yn eu cynnig');
      // Staff pages are named in Welsh in the menu too, though they still open in English.
      const staffMenu = await menuNames(admin, 'Dewislen', 'Prif lywio');
      expect(staffMenu).toEqual(
        expect.arrayContaining(['Sefydliadau', 'Ceisiadau i ddileu data', 'Cofnod archwilio', 'Ieithoedd']),
      );
      expect(staffMenu.at(-1)).toBe('Fy nghyfrif');
      await expectNoSidewaysScroll(admin);
      await admin.getByRole('button', { name: 'Dewislen' }).click();
      expect(await admin.getByRole('checkbox', { name: 'Wrdw' }).isChecked()).toBe(false);
      expect(await admin.locator('form [lang="ur"]').textContent()).toBe('(اردو)');
      // What was saved is said again in Welsh.
      await admin
        .getByRole('status')
        .getByText('Wedi’i gadw. Mae eich partneriaeth yn cynnig 2 iaith: Saesneg, Cymraeg.', { exact: true })
        .waitFor();
      await admin.screenshot({ path: `${SCREENSHOTS}/languages-admin-cy-320.png`, fullPage: true });
      expect(problems).toEqual([]);

      // Signed out, on a phone whose browser asks for Urdu: every page anyone may open offers only
      // English and Welsh now, and opens in English.
      const { page, problems: visitorProblems } = await newPage(PHONE, 'ur-PK');
      for (const path of ['/', '/join', '/sign-in', '/whats-on', '/you-said-we-did', '/showcase']) {
        await page.goto(path);
        await expect.poll(() => switchFor(page).allTextContents()).toEqual(['English', 'Cymraeg']);
        expect(await documentLanguage(page)).toEqual({ lang: 'en-GB', dir: 'ltr' });
      }
      await expectNoSeriousAxeViolations(page);
      // Urdu chosen on this device before the partnership stopped offering it: English too.
      await page.evaluate(() => window.localStorage.setItem('cairn.language', 'ur'));
      await page.goto('/join');
      await expectPage(page, 'Join a café');
      expect(await documentLanguage(page)).toEqual({ lang: 'en-GB', dir: 'ltr' });
      await expect.poll(() => switchFor(page).allTextContents()).toEqual(['English', 'Cymraeg']);
      // Welsh, still offered, is one press away.
      await switchFor(page).getByText('Cymraeg').click();
      await expectPage(page, 'Ymuno â chaffi');
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `${SCREENSHOTS}/languages-join-offered-cy-320.png`, fullPage: true });
      expect(visitorProblems).toEqual([]);

      // Urdu chosen again on this device before signing in: a member reads English too.
      await page.evaluate(() => window.localStorage.setItem('cairn.language', 'ur'));
      const signedIn = await page.request.post('/api/auth/sign-in', {
        data: { email: 'rowan@cairn.example', password: DEMO_PASSWORD },
      });
      expect(signedIn.status()).toBe(200);
      await page.reload();
      await expect.poll(() => switchFor(page).allTextContents()).toEqual(['English', 'Cymraeg']);
      await expect.poll(() => documentLanguage(page)).toEqual({ lang: 'en-GB', dir: 'ltr' });
      await expectNoSeriousAxeViolations(page);

      // A session that ended while the page was open: the error says what to do, GOV.UK style, and takes focus.
      expect((await admin.request.post('/api/auth/sign-out')).status()).toBeLessThan(300);
      await admin.getByRole('checkbox', { name: 'Wrdw' }).check();
      await admin.getByRole('button', { name: 'Cadw’r ieithoedd' }).click();
      const summary = admin.locator('.error-summary');
      await expect.poll(() => admin.evaluate(() => document.activeElement?.className)).toBe('error-summary');
      expect(await summary.getByRole('heading').textContent()).toBe('Mae problem wedi codi');
      expect(await admin.title()).toMatch(/^Gwall: /);
      await expectNoSeriousAxeViolations(admin);
    } finally {
      await admin.request.post('/api/auth/sign-in', {
        data: { email: 'admin@cairn.example', password: DEMO_PASSWORD },
      });
      await admin.request.put('/api/admin/languages', { data: { languages: ['en', 'cy', 'ur'] } });
      await admin.request.put('/api/me/language', { data: { language: null } });
    }
  });
});
