import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { SCREENSHOTS, expectPage, showProgrammeUntil, signInAsDemo, useJourney } from './support/journey.js';

const { newPage } = useJourney('phone-first');

const COORDINATOR = 'coordinator@cairn.example';
/** The header may take at most a fifth of a 320 × 640 screen. */
const PHONE = { width: 320, height: 640 };
const HEADER_BUDGET = PHONE.height / 5;

const headerHeight = (page: Page) =>
  page.evaluate(() => Math.round(document.querySelector('header')?.getBoundingClientRect().height ?? 0));

/** The text of whatever has focus, so a test can say where a screen reader would start reading. */
const focusedText = (page: Page) =>
  page.evaluate(() => (document.activeElement?.textContent ?? '').replace(/\s+/g, ' ').trim());

const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? '');

/** The focused element's accessible name as a screen reader would say it: its aria-label, or its text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    const label =
      element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
        ? element.labels?.[0]?.textContent
        : null;
    return (element?.getAttribute('aria-label') ?? label ?? element?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  });

/** Presses Tab, as a keyboard user would, until the focused element's name matches; fails if it never does. */
async function tabTo(page: Page, name: RegExp | string, most = 60): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  for (let presses = 0; presses < most; presses++) {
    if (matches(await focusedName(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(name)}; focus is on "${await focusedName(page)}"`);
}

const numbersIn = (text: string) => [...text.matchAll(/\d+/g)].map((match) => Number(match[0]));
const sum = (numbers: number[]) => numbers.reduce((total, n) => total + n, 0);

/**
 * "You said, we did" counts each priority once: the summary's figures and the filters' counts add
 * up to the number of priorities on the page (the issue saw "4 priorities; Open 4, Done 1, Declined 1").
 * Its second line counts promises, the word people use, not the staff word "commitments".
 */
async function expectFiguresAddUp(page: Page): Promise<void> {
  const lines = await page.locator('.cop-summary').allTextContents();
  console.info(`You said, we did: ${lines.join(' / ')}`);
  expect(lines[1]).toMatch(/^\d+ promises?: \d+ done, /);
  const [priorities = [], promises = []] = lines.map(numbersIn);
  const [total = -1, ...states] = priorities;
  expect(states).toHaveLength(3);
  expect(sum(states)).toBe(total);
  const [promised = -1, ...statuses] = promises;
  expect(statuses).toHaveLength(4);
  expect(sum(statuses)).toBe(promised);
  expect(await page.locator('.cop-priority').count()).toBe(total);
  // The filters' labels: "All (4)", "Open (3)", "Done (1)", "Not going ahead (0)".
  const labels = await page.locator('.cop-filter label').allTextContents();
  const counts = labels.map((label) => numbersIn(label).at(-1) ?? -1);
  const [all = -1, ...each] = counts;
  expect(all).toBe(total);
  expect(sum(each)).toBe(all);
}

describe('the menu on a phone', () => {
  it('folds behind a Menu button that opens, closes with Escape and works by keyboard alone', async () => {
    const { page, problems } = await newPage(PHONE.width);
    await page.setViewportSize(PHONE);
    await signInAsDemo(page, COORDINATOR);
    const height = await headerHeight(page);
    console.info(`Header at 320 × 640, signed in as a coordinator: ${height} px`);
    expect(height).toBeLessThanOrEqual(HEADER_BUDGET);
    await page.screenshot({ path: `${SCREENSHOTS}/menu-closed-320.png` });

    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    // The list is hidden, so only a locator that includes hidden elements finds it.
    const list = page.getByRole('navigation', { name: 'Main', includeHidden: true });
    expect(await menu.getAttribute('aria-controls')).toBe(await list.getAttribute('id'));
    expect(await nav.isVisible()).toBe(false);

    // Keyboard only, from a fresh load: the skip link, the Cairn name, then the Menu button.
    await page.reload();
    await expectPage(page, /^Hello, /);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Menu');
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const links = await nav.getByRole('link').allTextContents();
    expect(links[0]).toBe('Home');
    // "My account" is last, just before "Sign out".
    expect(links.at(-1)).toBe('My account');
    expect(links).toContain('Have your say');
    await nav.getByRole('button', { name: 'Sign out' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/menu-open-320.png`, fullPage: true });

    // Into the list, then Escape: the list closes and focus is back on the button.
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Home');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedText(page)).toBe('Menu');
    expect(await nav.isVisible()).toBe(false);

    // Choosing a page closes the menu and puts focus on the new page's heading.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    let guard = 0;
    while ((await focusedText(page)) !== 'Have your say' && guard++ < 20) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expectPage(page, 'Have your say');
    await expect.poll(() => focusedTag(page)).toBe('H1');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await expectNoSeriousAxeViolations(page);
    expect(problems).toEqual([]);
  });

  it('shows the whole menu, with no Menu button, on a wide screen', async () => {
    const { page, problems } = await newPage();
    await signInAsDemo(page, COORDINATOR);
    expect(await page.getByRole('button', { name: 'Menu' }).count()).toBe(0);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(true);
    const links = await nav.getByRole('link').allTextContents();
    expect(links.at(-1)).toBe('My account');
    // Plain words for every section.
    for (const word of ['Read stories', 'Finding themes', 'Have your say', 'My time given']) {
      expect(links).toContain(word);
    }
    for (const word of ['Co-production', 'Analysis', 'Involvement', 'Stories of recovery']) {
      expect(links).not.toContain(word);
    }
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/menu-1280.png` });

    // Who we reach: a hidden count is said once per bar, "fewer than 5", not twice.
    await page.goto('/activities/reach');
    await expectPage(page, 'Who we reach');
    await page.locator('.act-bar').first().waitFor();
    const bars = await page.locator('.act-bar').allInnerTexts();
    const saidPerBar = bars.map((bar) => bar.split('fewer than 5').length - 1);
    console.info(`Who we reach: ${bars.length} bars, "fewer than 5" said ${sum(saidPerBar)} times`);
    expect(Math.max(...saidPerBar)).toBe(1);

    // Radio buttons look the same on every page, whether native or drawn, in a form or a filter:
    // the same size, ring and shape.
    const me = (await (await page.request.get('/api/me')).json()) as {
      memberships: { organisationId: string }[];
      partnership: { id: string };
    };
    const organisationId = me.memberships[0]?.organisationId ?? '';
    const looks = new Set<string>();
    for (const path of [
      `/organisations/${organisationId}/members`,
      `/involvement/organisations/${organisationId}`,
      `/you-said-we-did/${me.partnership.id}`,
    ]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.radio__mark, input[type="radio"]').first().waitFor();
      const found = await page.evaluate(() =>
        [...document.querySelectorAll('.radio__mark, input[type="radio"]')]
          // React Aria keeps its own radio inputs in a clipped box, out of sight.
          .filter((element) => !element.closest('[style*="clip"]'))
          .map((element) => {
            const style = getComputedStyle(element);
            const width = Math.round(element.getBoundingClientRect().width);
            return `${width} px, ${style.borderTopWidth} ${style.borderTopColor}, ${style.borderRadius}`;
          }),
      );
      console.info(`Radio buttons on ${path}: ${[...new Set(found)].join('; ')}`);
      for (const look of found) looks.add(look);
    }
    expect([...looks]).toHaveLength(1);
    expect([...looks][0]).toMatch(/^28 px, /);
    expect(problems).toEqual([]);
  });
});

describe('signed out', () => {
  for (const width of [320, 1280]) {
    it(`finds stories, What's on and You said, we did from the home page and the footer (${width} px)`, async () => {
      const { page, problems } = await newPage(width);
      await page.goto('/');
      await expectPage(page, 'Welcome to Cairn');
      const open = page.getByRole('heading', { level: 2, name: 'Open to everyone' });
      await open.waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}/home-signed-out-${width}.png`, fullPage: true });

      // "What's on" from the home page: a list of organisations, each leading to its programme.
      await page.getByRole('main').getByRole('link', { name: "What's on" }).click();
      await expectPage(page, "What's on");
      const programme = page
        .getByRole('main')
        .getByRole('link', { name: /^What's on at / })
        .first();
      const organisation = ((await programme.textContent()) ?? '').replace("What's on at ", '');
      await programme.click();
      await expectPage(page, "What's on");
      await page.getByText(organisation, { exact: true }).first().waitFor();

      // The footer, on every page: "You said, we did" opens the partnership's page.
      const footer = page.getByRole('navigation', { name: 'Open to everyone' });
      await footer.getByRole('link', { name: 'You said, we did' }).click();
      await expectPage(page, 'You said, we did');
      expect(page.url()).toMatch(/\/you-said-we-did\/[0-9a-f-]{36}$/);
      await expectFiguresAddUp(page);
      await footer.getByRole('link', { name: 'Read stories' }).click();
      await expectPage(page, 'Stories of recovery');
      await footer.getByRole('link', { name: "What's on" }).click();
      await expectPage(page, "What's on");
      expect(problems).toEqual([]);
    });
  }
});

describe('public stories', () => {
  it('say "(name taken out)" where a name was taken out, not "[PERSON]"', async () => {
    const { page, problems } = await newPage(PHONE.width);
    await page.goto('/showcase');
    await expectPage(page, 'Stories of recovery');
    // How many stories there are is plain text, not dressed as a success message.
    const count = page.getByRole('status').filter({ hasText: /^\d+ stor(y|ies)$/ });
    await count.waitFor();
    expect(await count.evaluate((element) => getComputedStyle(element).borderInlineStartWidth)).toBe('0px');
    const answer = await page.request.get('/api/showcase/stories');
    const { stories } = (await answer.json()) as { stories: { id: string; title: string; text: string }[] };
    const story = stories.find((candidate) => candidate.text.includes('[PERSON]'));
    if (!story) throw new Error('The demo should have a public story with a name taken out');
    await page.goto(`/showcase/${story.id}`);
    await expectPage(page, story.title);
    const text = (await page.locator('.reading__text').textContent()) ?? '';
    expect(text).toContain('(name taken out)');
    expect(text).not.toMatch(/\[[A-Z_]+\]/);
    await expectNoSeriousAxeViolations(page);
    expect(problems).toEqual([]);
  });
});

describe('stories read inside Cairn', () => {
  it('say "(name taken out)" to their storyteller and to readers who search, not "[PERSON]"', async () => {
    const { page, problems } = await newPage(PHONE.width);
    await signInAsDemo(page, 'member@cairn.example');
    const mine = (await (await page.request.get('/api/stories')).json()) as { stories: { id: string }[] };
    let marked: { id: string; title: string } | undefined;
    for (const { id } of mine.stories) {
      const story = (await (await page.request.get(`/api/stories/${id}`)).json()) as {
        title: string;
        deidentifiedText: string | null;
      };
      if (story.deidentifiedText?.includes('[PERSON]')) marked = { id, title: story.title };
    }
    if (!marked) throw new Error('The demo member should have a story with a name taken out');
    await page.goto(`/stories/${marked.id}`);
    await expectPage(page, marked.title);
    const text = (await page.locator('.story-text').first().textContent()) ?? '';
    expect(text).toContain('(name taken out)');
    expect(text).not.toMatch(/\[[A-Z_]+\]/);

    // A peer supporter searching stories reads the same words in every result.
    const reader = await newPage(PHONE.width);
    await signInAsDemo(reader.page, 'peer@cairn.example');
    await reader.page.goto('/stories/search');
    await expectPage(reader.page, 'Search stories');
    await reader.page.locator('.card__body').first().waitFor();
    const snippets = (await reader.page.locator('.card__body').allTextContents()).join(' ');
    expect(snippets).toContain('(name taken out)');
    expect(snippets).not.toMatch(/\[(PERSON|removed)\]/);
    expect(problems).toEqual([]);
    expect(reader.problems).toEqual([]);
  });
});

describe('the member home on a phone', () => {
  it('offers its main actions above the fold, and one press starts a story', async () => {
    const { page, problems } = await newPage(PHONE.width);
    await page.setViewportSize(PHONE);
    await signInAsDemo(page, 'member@cairn.example');
    const main = page.getByRole('main');
    const actions = main.getByRole('region', { name: 'What would you like to do?' });
    const names = ['Tell your story', "What's on", 'Have your say'];
    for (const name of names) {
      const box = await actions
        .getByRole(name === 'Tell your story' ? 'button' : 'link', { name })
        .boundingBox();
      if (!box) throw new Error(`${name} is not on the member's home page`);
      // Wholly on the first screen, without scrolling.
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    }
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.info(`Member home at 320 × 640: ${height} px tall, main actions above the fold`);
    // The rest is a plain list below, saying once what the buttons already offer.
    const more = await main.locator('.link-list').getByRole('link').allTextContents();
    expect(more).toContain('My stories');
    expect(more).not.toContain("What's on");
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/member-home-320.png` });

    // The menu keeps the person's own settings last, not second.
    await page.getByRole('button', { name: 'Menu' }).click();
    const menu = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
    expect(menu.indexOf('My account')).toBe(menu.length - 1);
    await page.getByRole('button', { name: 'Menu' }).click();

    // One press, and the person is writing: focus on the editor's heading, not the page body.
    await actions.getByRole('button', { name: 'Tell your story' }).click();
    await expectPage(page, /^Your story$/);
    await expect.poll(() => focusedText(page)).toBe('Your story');
    expect(await focusedTag(page)).toBe('H1');
    expect(page.url()).toMatch(/\/stories\/[0-9a-f-]{36}\/edit$/);
    expect(problems).toEqual([]);
  });

  it('meets no staff word on the pages a member opens, in the menu or on them', async () => {
    const { page, problems } = await newPage(PHONE.width);
    await page.setViewportSize(PHONE);
    await signInAsDemo(page, 'member@cairn.example');
    // A name people gave their group is theirs to choose.
    const ownNames = /Harbour co-production group/g;
    const staffWords = /co-production|involvement|analysis|signposting|outreach/gi;
    const found: string[] = [];
    const read = async () => {
      await page.waitForLoadState('networkidle');
      const text = (await page.locator('body').innerText()).replace(ownNames, '');
      for (const word of text.match(staffWords) ?? []) found.push(`${new URL(page.url()).pathname}: ${word}`);
    };
    for (const path of ['/', '/stories', '/coproduction', '/coproduction/groups', '/activities']) {
      await page.goto(path);
      await read();
    }
    // Time given in a group is "Group member", not "Co-production group member".
    await page.goto('/involvement');
    await page.getByRole('rowheader', { name: 'Group member', exact: true }).first().waitFor();
    await read();
    await page.goto('/coproduction/groups');
    await page.getByRole('link', { name: 'Harbour co-production group' }).click();
    await expectPage(page, 'Harbour co-production group');
    await read();
    await page.goto('/coproduction');
    await page
      .getByRole('link', { name: /^Where power is shared/ })
      .first()
      .click();
    await page.getByText(/ group met \d+ times? in the last year\./).waitFor();
    await read();
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('with the keyboard alone, at 320 px', () => {
  it('a member starts a story, writes and sends it, then signs up for an activity', async () => {
    const { page, problems } = await newPage(PHONE.width);
    await page.setViewportSize(PHONE);
    await signInAsDemo(page, 'member@cairn.example');

    // Home: Tab to "Tell your story", Enter, and the keyboard is on the editor's heading.
    await tabTo(page, 'Tell your story');
    await page.keyboard.press('Enter');
    await expectPage(page, /^Your story$/);
    await expect.poll(() => focusedText(page)).toBe('Your story');
    await tabTo(page, /^Title/);
    await page.keyboard.type('Keys and a kettle');
    await tabTo(page, 'Your story');
    await page.keyboard.type('On Tuesdays I make the tea for the group. It gives me a reason to get up.');
    await expect
      .poll(() => page.locator('#story-save-status [role="status"]').textContent(), { timeout: 15_000 })
      .toBe('Saved');
    await tabTo(page, 'Send my story');
    await page.keyboard.press('Enter');
    await expectPage(page, 'Check what identifies you');
    await expect.poll(() => focusedTag(page)).toBe('H1');

    // What's on, through the menu: Tab to "Menu", open it, Tab to the page, Enter.
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, 'Menu');
    await page.keyboard.press('Enter');
    await tabTo(page, "What's on");
    await page.keyboard.press('Enter');
    await expectPage(page, "What's on");
    await expect.poll(() => focusedTag(page)).toBe('H1');
    await page.locator('.act-week').first().waitFor();
    await tabTo(page, /^Sign up for /);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => focusedText(page))
      .toMatch(/^You have a place at | is full, so you are on the waiting list/);
    await expectNoSeriousAxeViolations(page);
    expect(problems).toEqual([]);
  });
});

describe('with the keyboard alone, at 320 px: a café', () => {
  it('is joined by its link, an idea added and a dot given, the keyboard landing on each change', async () => {
    const lead = await newPage();
    await signInAsDemo(lead.page, 'facilitator@cairn.example');
    const me = (await (await lead.page.request.get('/api/me')).json()) as {
      memberships: { organisationId: string }[];
    };
    const planned = await lead.page.request.post('/api/cafes', {
      data: {
        organisationId: me.memberships[0]?.organisationId,
        title: 'Keys only',
        rounds: [{ question: 'What would make meetings welcoming?' }],
        tables: 1,
      },
    });
    expect(planned.status()).toBe(201);
    const cafe = (await planned.json()) as { id: string; joinCode: string };
    const control = async (action: string) =>
      expect(
        (await lead.page.request.post(`/api/cafes/${cafe.id}/control`, { data: { action } })).status(),
      ).toBe(200);
    await control('start');

    const { page, problems } = await newPage(PHONE.width);
    await page.setViewportSize(PHONE);
    await page.goto(`/join/${cafe.joinCode}`);
    await expectPage(page, 'Join a café');
    await tabTo(page, 'Your name (optional)');
    await page.keyboard.type('Kit');
    await tabTo(page, 'Join the café');
    await page.keyboard.press('Enter');
    await expectPage(page, 'Keys only');
    await expect.poll(() => focusedTag(page)).toBe('H1');
    expect(await focusedText(page)).toBe('Keys only');

    const text = 'Free tea at every meeting';
    await tabTo(page, 'Your idea');
    await page.keyboard.type(text);
    await tabTo(page, 'Add idea');
    await page.keyboard.press('Enter');
    await page.locator('li.cafe-idea', { hasText: text }).waitFor();

    // Voting opens while the keyboard is in the idea form: it moves to the voting heading.
    await tabTo(page, 'Your idea');
    await control('open_voting');
    await expect
      .poll(async () => `${await focusedTag(page)} ${await focusedText(page)}`)
      .toBe('H2 Voting is open');
    await tabTo(page, new RegExp(`Add a dot to: ${text}`));
    await page.keyboard.press('Enter');
    await page.getByText('You have 2 dots left').waitFor();
    await expectNoSeriousAxeViolations(page);
    expect(problems).toEqual([]);
  });
});

describe('focus after a change on the page', () => {
  it('lands on the new heading or message when a member starts a story, approves its text and signs up', async () => {
    const { page, problems } = await newPage(PHONE.width);
    await signInAsDemo(page, 'member@cairn.example');

    // My stories: the "Write a new story" button does not touch the first story's card.
    await page.goto('/stories');
    await expectPage(page, 'My stories');
    const write = await page.getByRole('link', { name: 'Write a new story' }).boundingBox();
    const card = await page.locator('.record').first().boundingBox();
    if (!write || !card) throw new Error('My stories should show the button and the demo member’s stories');
    expect(card.y - (write.y + write.height)).toBeGreaterThanOrEqual(12);

    // Starting a new story from the page that asks for a title first.
    await page.goto('/stories/new');
    await expectPage(page, 'Write your story');
    await page.getByLabel('Title').fill('A walk by the river');
    await page.getByRole('button', { name: 'Start writing' }).click();
    await expectPage(page, /^Your story$/);
    await expect.poll(() => focusedText(page)).toBe('Your story');
    expect(await focusedTag(page)).toBe('H1');

    // Approving the text: focus on the message that says it is approved and what comes next.
    const box = page.getByLabel('Your story', { exact: true });
    await box.fill('Every Sunday I walk by the river with the group. It helps me to keep going.');
    await expect
      .poll(() => page.locator('#story-save-status [role="status"]').textContent(), { timeout: 15_000 })
      .toBe('Saved');
    await page.getByRole('button', { name: 'Send my story' }).click();
    await expectPage(page, 'Check what identifies you');
    await expect.poll(() => focusedTag(page)).toBe('H1');
    await page.getByRole('button', { name: 'Save the version others read' }).click();
    await page.getByRole('heading', { level: 2, name: 'The version others read' }).waitFor();
    await page.getByRole('button', { name: 'Approve this text' }).click();
    await expect
      .poll(() => focusedText(page))
      .toBe('You have approved this text. Next, choose who can see it.');
    await expectNoSeriousAxeViolations(page);

    // Signing up for an activity: focus on the message saying the place is booked (or waiting).
    await page.goto('/activities');
    await expectPage(page, "What's on");
    // The keyboard journey may have taken this week's place already: a later week has more.
    await showProgrammeUntil(page, page.getByRole('button', { name: /^Sign up for / }));
    const signUp = page.getByRole('button', { name: /^Sign up for / }).first();
    const label = (await signUp.getAttribute('aria-label')) ?? '';
    await signUp.click();
    await expect
      .poll(() => focusedText(page))
      .toMatch(/^You have a place at | is full, so you are on the waiting list/);
    // The message names the activity the person signed up for.
    const named = (await focusedText(page))
      .replace(/^You have a place at /, '')
      .replace(/ is full, so you are on the waiting list.*$/, '')
      .replace(/\.$/, '');
    expect(label.startsWith(`Sign up for ${named}, `)).toBe(true);
    // The demo's Tuesday group meets on a Tuesday (the issue saw it on a Monday).
    const group = page.locator('.act-session', {
      has: page.getByRole('heading', { name: 'Tuesday peer support group' }),
    });
    await showProgrammeUntil(page, group);
    const days = await group.locator('.act-session__meta strong').allTextContents();
    expect(days.length).toBeGreaterThan(0);
    for (const day of days) expect(day).toMatch(/^Tuesday /);
    await expectNoSeriousAxeViolations(page);
    expect(problems).toEqual([]);
  });
});
