import { readFileSync } from 'node:fs';
import { request, type Page, type WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import type { WatchedPage } from './support/browser.js';
import { SCREENSHOTS, expectPage, signInAsDemo, useJourney } from './support/journey.js';

const { newPage, serverUrl } = useJourney('cafes');

const FACILITATOR = 'facilitator@cairn.example';
const TITLE = 'What would help recovery in our town?';
const QUESTION_1 = 'What helped you most?';
const QUESTION_2 = 'What is still missing?';
/** Live changes must reach every board without a reload. */
const LIVE = { timeout: 10_000 };

type PlannedCafe = { id: string; joinCode: string; tables: { id: string; number: number }[] };

/** Plans a café through the API as the signed-in facilitator, in their organisation. */
async function planCafe(page: Page, plan: Record<string, unknown>): Promise<PlannedCafe> {
  const me = (await (await page.request.get('/api/me')).json()) as {
    memberships: { organisationId: string }[];
  };
  const created = await page.request.post('/api/cafes', {
    data: { organisationId: me.memberships[0]?.organisationId, ...plan },
  });
  expect(created.status()).toBe(201);
  return (await created.json()) as PlannedCafe;
}

/** Moves a café on ("start", "open_voting", …) as the facilitator does from the run page. */
async function controlCafe(page: Page, cafeId: string, action: string): Promise<void> {
  const response = await page.request.post(`/api/cafes/${cafeId}/control`, { data: { action } });
  expect(response.status()).toBe(200);
}

function idea(page: Page, text: string) {
  return page.locator('li.cafe-idea', { hasText: text });
}

async function countsOf(page: Page, text: string): Promise<string | null> {
  return idea(page, text).locator('.cafe-idea__counts').textContent();
}

/** Where keyboard focus is: the focused element's tag and text, e.g. "H1 Café". */
async function focused(page: Page): Promise<string> {
  return page.evaluate(
    () => `${document.activeElement?.tagName} ${document.activeElement?.textContent ?? ''}`,
  );
}

/**
 * The wall fits its screen: no app header or menu, nothing to scroll at 1280×720 (the projector's
 * usual size), and at a phone's 320 px nothing spills sideways.
 */
async function expectWallFits(wall: Page, label: string): Promise<void> {
  const size = () =>
    wall.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
  const resize = async (width: number, height: number) => {
    await wall.setViewportSize({ width, height });
    // The page lays itself out again once the window has taken its new size.
    await wall.waitForFunction(([w, h]) => innerWidth === w && innerHeight === h, [width, height]);
  };
  await resize(1280, 720);
  expect(await wall.locator('header, nav').count()).toBe(0);
  expect((await size()).height).toBeLessThanOrEqual(720);
  await expectNoSeriousAxeViolations(wall);
  await resize(320, 720);
  const narrow = await size();
  expect(narrow.width).toBeLessThanOrEqual(narrow.viewport);
  await expectNoSeriousAxeViolations(wall);
  await wall.screenshot({ path: `${SCREENSHOTS}/cafe-wall-${label}-320.png`, fullPage: true });
  await resize(1280, 720);
}

/**
 * Lets the first request to `path` reach the server but loses its answer on the way back, as a
 * dropped signal would; answers how many answers have been lost so far.
 */
async function loseFirstAnswer(page: Page, path: RegExp): Promise<() => number> {
  let lost = 0;
  await page.route(path, async (route) => {
    if (lost > 0) return route.continue();
    lost += 1;
    await route.fetch();
    return route.abort('connectionreset');
  });
  return () => lost;
}

/** Waits until the page a phone shows is kept on it, to open again with no connection. */
async function keptForOffline(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration(location.pathname);
        return registration?.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
      }),
    )
    .toBe(true);
}

/** The phone dots on each idea with this text, as the facilitator signed in on `page` sees the board. */
async function dotsOnBoard(page: Page, cafeId: string, text: string): Promise<number[]> {
  const board = (await (await page.request.get(`/api/cafes/${cafeId}/board`)).json()) as {
    ideas: { text: string; dots: number }[];
  };
  return board.ideas.filter((i) => i.text === text).map((i) => i.dots);
}

async function addIdea(page: Page, text: string): Promise<void> {
  await page.getByLabel('Your idea').fill(text);
  await page.getByRole('button', { name: 'Add idea' }).click();
  await idea(page, text).waitFor(LIVE);
}

/**
 * Types ideas with no signal, then the phone loses its place in the café before they are sent (its
 * browser cleared the café's cookie) and the signal returns: the page says to join again.
 */
async function typeOfflineThenLoseSeat(phone: WatchedPage, texts: string[]): Promise<void> {
  const p = phone.page;
  await phone.context.setOffline(true);
  for (const text of texts) {
    await p.getByLabel('Your idea').fill(text);
    await p.getByRole('button', { name: 'Add idea' }).click();
    await p.getByRole('region', { name: 'Add an idea' }).getByText(text).waitFor();
  }
  await phone.context.clearCookies();
  await phone.context.setOffline(false);
  await expectPage(p, 'Join this café first');
}

describe('a Recovery Conversation Café, live in the browser', () => {
  it('is planned, joined by code without an account, run over two rounds and dot-voted live', async () => {
    // The facilitator plans a two-round café.
    const lead = await newPage();
    const { page } = lead;
    await signInAsDemo(page, FACILITATOR);
    await page.getByRole('link', { name: 'Cafés', exact: true }).first().click();
    await expectPage(page, 'Cafés');
    await page.getByRole('link', { name: 'Plan a café' }).click();
    await expectPage(page, 'Plan a café');

    // An empty form is explained, and the summary links to the fields.
    await page.getByRole('button', { name: 'Plan the café' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Question for round 1').fill(QUESTION_1);
    await page.getByLabel('Minutes for round 1').fill('15');
    await page.getByLabel('Question for round 2').fill(QUESTION_2);
    await page.getByLabel('Number of tables').fill('2');
    await page.getByLabel('Access information (optional)').fill('Step-free entrance, hearing loop.');
    await page.getByRole('button', { name: 'Plan the café' }).click();
    await page.waitForURL(/\/cafes\/[0-9a-f-]{36}\/run$/);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expectNoSeriousAxeViolations(page);
    const runUrl = page.url();
    const cafeId = /\/cafes\/([0-9a-f-]{36})\/run$/.exec(runUrl)?.[1] ?? '';
    const spaced = (await page.locator('.cafe-code').first().textContent()) ?? '';
    expect(spaced).toMatch(/^[A-HJKMNP-Z2-9]{3}-[A-HJKMNP-Z2-9]{3}$/);
    const code = spaced.replace('-', '');

    // The projector view, in another tab of the facilitator's browser. Its live connection passes
    // through here too, so the test can drop it and read the wall's reconnect notice.
    const projector = await lead.context.newPage();
    const projectorSockets: WebSocketRoute[] = [];
    let projectorOffline = false;
    await projector.routeWebSocket(/\/api\/cafes\/[^/]+\/live$/, (ws) => {
      if (projectorOffline) {
        ws.close({ code: 1013, reason: 'Try again later' });
        return;
      }
      projectorSockets.push(ws);
      ws.connectToServer();
    });
    await projector.goto(`/cafes/${cafeId}/projector`);
    await expectPage(projector, TITLE);
    expect(await projector.locator('.cafe-code').textContent()).toBe(spaced);

    // Three participants join by code at 320 px, with no account: typed, typed in lower case, and by link.
    const people: WatchedPage[] = [];
    // Bea's live connection passes through here, so the test can drop it as a poor signal would.
    const beaSockets: WebSocketRoute[] = [];
    let beaOffline = false;
    for (const [index, name] of ['Ash', 'Bea', ''].entries()) {
      const person = await newPage(320);
      people.push(person);
      const p = person.page;
      if (index === 1) {
        await p.routeWebSocket(/\/api\/cafes\/[^/]+\/live$/, (ws) => {
          if (beaOffline) {
            ws.close({ code: 1013, reason: 'Try again later' });
            return;
          }
          beaSockets.push(ws);
          ws.connectToServer();
        });
      }
      if (index === 2) {
        await p.goto(`/join/${code}`);
        await expectPage(p, 'Join a café');
      } else {
        await p.goto('/join');
        await expectPage(p, 'Join a café');
        await p.getByLabel('Café code').fill(index === 0 ? spaced : spaced.toLowerCase());
      }
      if (name) await p.getByLabel('Your name (optional)').fill(name);
      if (index === 0) await p.screenshot({ path: `${SCREENSHOTS}/cafe-join-320.png`, fullPage: true });
      await p.getByRole('button', { name: 'Join the café' }).click();
      await p.waitForURL(/\/board$/);
      await expectPage(p, TITLE);
      // Focus lands on the café's own heading, not back at the top of the page.
      await expect.poll(() => focused(p), LIVE).toBe(`H1 ${TITLE}`);
      await p.getByText(/^You are at table [12]$/).waitFor();
      await p.getByText('The café has not started yet.', { exact: false }).waitFor();
    }
    const [ash, bea, cal] = people.map((w) => w.page) as [Page, Page, Page];

    // Round 1 starts: every board shows the question and the timer without a reload.
    await page.getByRole('button', { name: 'Start the café' }).click();
    await page.getByText('The café has started.').waitFor();
    for (const p of [ash, bea, cal, projector]) {
      await p.getByText(QUESTION_1).waitFor(LIVE);
      await p.getByText(/minutes? left$/).waitFor(LIVE);
    }
    await addIdea(ash, 'A peer group on Saturday mornings');
    await addIdea(bea, 'Free bus passes to get to meetings');
    await addIdea(cal, 'Somewhere warm to go in the evenings');
    await expectNoSeriousAxeViolations(ash);

    // The facilitator types up a paper note for table 2: choose the table, type, Enter.
    await page.getByLabel('Table', { exact: true }).selectOption({ label: 'Table 2' });
    await page.getByLabel('Note', { exact: true }).fill('A community allotment');
    await page.getByLabel('Note', { exact: true }).press('Enter');
    await page.getByText('Added to table 2.').waitFor();
    for (const p of [ash, bea, cal]) {
      for (const text of ['A peer group on Saturday mornings', 'A community allotment']) {
        await idea(p, text).waitFor(LIVE);
      }
    }
    await projector.getByText('Free bus passes to get to meetings').waitFor(LIVE);
    await expectNoSeriousAxeViolations(projector);

    // Round 2: one more idea.
    await page.getByRole('button', { name: 'Next round' }).click();
    await page.getByText('The next round has started.').waitFor();
    for (const p of [ash, bea, cal, projector]) await p.getByText(QUESTION_2).waitFor(LIVE);
    await addIdea(bea, 'A recovery café every month');
    await idea(ash, 'A recovery café every month').waitFor(LIVE);
    // A near-duplicate is suggested for merging; the merged idea leaves every board.
    await addIdea(cal, 'A recovery café every month, please');
    const merge = page.getByRole('button', {
      name: 'Merge “A recovery café every month, please” into “A recovery café every month”',
    });
    await merge.waitFor(LIVE);
    await expectNoSeriousAxeViolations(page);
    await merge.click();
    await page.getByText('The ideas have been merged.', { exact: false }).waitFor();
    await expect.poll(() => idea(ash, 'A recovery café every month, please').count(), LIVE).toBe(0);
    await expect
      .poll(() => idea(cal, 'A recovery café every month').textContent(), LIVE)
      .toContain('round 2');

    // Voting opens while Cal is still typing an idea: the form goes, and Cal's focus moves to the
    // voting heading rather than falling back to the top of the page.
    await cal.getByLabel('Your idea').focus();
    await cal.getByLabel('Your idea').fill('Half-written');
    await page.getByRole('button', { name: 'Open voting' }).click();
    await page.getByText('Voting is open.').first().waitFor();
    for (const p of [ash, bea, cal]) await p.getByText('You have 3 dots left').waitFor(LIVE);
    await expect.poll(() => focused(cal), LIVE).toBe('H2 Voting is open');
    await expectNoSeriousAxeViolations(cal);

    const add = (p: Page, text: string) => p.getByRole('button', { name: `Add a dot to: ${text}` }).click();

    // Bea's connection drops: her board says so politely, and catches up by itself when it returns.
    beaOffline = true;
    for (const ws of beaSockets) await ws.close({ code: 1012, reason: 'Server restarting' });
    await bea.getByText('Reconnecting… Your ideas and votes are safe.').waitFor(LIVE);
    await expectNoSeriousAxeViolations(bea);
    await add(cal, 'Free bus passes to get to meetings');
    await cal.getByText('You have 2 dots left').waitFor();
    beaOffline = false;
    await expect
      .poll(() => countsOf(bea, 'Free bus passes to get to meetings'), LIVE)
      .toBe('1 dot from 1 person, 0 would help');
    await expect.poll(() => bea.getByText('Reconnecting…', { exact: false }).count(), LIVE).toBe(0);
    await cal
      .getByRole('button', { name: 'Take a dot back from: Free bus passes to get to meetings' })
      .click();
    await cal.getByText('You have 3 dots left').waitFor();
    await add(ash, 'A peer group on Saturday mornings');
    await ash.getByText('You have 2 dots left').waitFor();
    await add(ash, 'A peer group on Saturday mornings');
    await ash.getByText('You have 1 dot left').waitFor();
    await add(ash, 'A community allotment');
    await ash.getByText('You have 0 dots left').waitFor();
    // Take one back, and place it elsewhere.
    await ash.getByRole('button', { name: 'Take a dot back from: A community allotment' }).click();
    await ash.getByText('You have 1 dot left').waitFor();
    await add(ash, 'Free bus passes to get to meetings');
    await ash.getByText('You have 0 dots left').waitFor();
    await add(bea, 'A peer group on Saturday mornings');
    await bea.getByText('You have 2 dots left').waitFor();
    await add(cal, 'A recovery café every month');
    await cal.getByText('You have 2 dots left').waitFor();
    await cal.getByRole('button', { name: 'I’d help with: A peer group on Saturday mornings' }).click();

    // Every board, and the projector, shows the new counts live.
    for (const p of [ash, bea, cal]) {
      await expect
        .poll(() => countsOf(p, 'A peer group on Saturday mornings'), LIVE)
        .toBe('3 dots from 2 people, 1 would help');
      await expect
        .poll(() => countsOf(p, 'A recovery café every month'), LIVE)
        .toBe('1 dot from 1 person, 0 would help');
    }
    const row = projector.getByRole('row', { name: /A peer group on Saturday mornings/ });
    await expect.poll(() => row.textContent(), LIVE).toBe('1A peer group on Saturday mornings321');
    await projector.getByRole('heading', { name: 'Results' }).waitFor();
    await expectWallFits(projector, 'dots');
    await expectNoSeriousAxeViolations(ash);
    await projector.screenshot({ path: `${SCREENSHOTS}/cafe-projector-1280.png`, fullPage: true });
    // The wall says so, readably, when its connection drops, and catches up when it returns.
    projectorOffline = true;
    for (const ws of projectorSockets) await ws.close({ code: 1012, reason: 'Server restarting' });
    await projector.getByText('Reconnecting… Your ideas and votes are safe.').waitFor(LIVE);
    await expectNoSeriousAxeViolations(projector);
    await projector.screenshot({ path: `${SCREENSHOTS}/cafe-projector-reconnecting.png` });
    projectorOffline = false;
    await expect.poll(() => projector.getByText('Reconnecting…', { exact: false }).count(), LIVE).toBe(0);
    await ash.screenshot({ path: `${SCREENSHOTS}/cafe-board-320.png`, fullPage: true });

    // A reload restores everything: the participant cookie is kept.
    await ash.reload();
    await expectPage(ash, TITLE);
    await ash.getByText('You have 0 dots left').waitFor();
    await ash.getByText('Your dots: 2').waitFor();

    // Moderation: the facilitator corrects a typo and hides an idea; boards follow live.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('button', { name: 'Correct the text of: A community allotment' }).click();
    await page.getByLabel('Corrected text').fill('A community allotment garden');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await idea(bea, 'A community allotment garden').waitFor(LIVE);
    await page.getByRole('button', { name: 'Hide: Somewhere warm to go in the evenings' }).click();
    await expect.poll(() => idea(bea, 'Somewhere warm to go in the evenings').count(), LIVE).toBe(0);
    await page.getByRole('button', { name: 'Show again: Somewhere warm to go in the evenings' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/cafe-run-1280.png`, fullPage: true });
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'Close voting' }).click();
    await page.getByText('Voting is closed.').waitFor();
    await expect.poll(() => cal.getByText('You have 2 dots left').count(), LIVE).toBe(0);

    // Closing asks first, then every board says the café has finished.
    await page.getByRole('button', { name: 'Close the café' }).click();
    await page.getByText('Close the café? People will no longer be able to add ideas or vote.').waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Yes, close the café' }).click();
    await page.getByText('The café is closed.').waitFor();
    for (const p of [ash, bea, cal])
      await p.getByText('This café has finished.', { exact: false }).waitFor(LIVE);
    await expectNoSeriousAxeViolations(cal);

    // The harvest: the top priority is sent on to co-production and the report downloads.
    await page.reload();
    const harvest = page.getByRole('region', { name: 'Harvest and follow-up' });
    const send = harvest.getByRole('button', { name: /^Send “.+” on to co-production$/ }).first();
    await send.click();
    await harvest.getByText('Sent on to co-production').first().waitFor();
    const [word] = await Promise.all([
      page.waitForEvent('download'),
      harvest.getByRole('link', { name: 'Download the report (Word)' }).click(),
    ]);
    const wordPath = await word.path();
    expect(readFileSync(wordPath).subarray(0, 2).toString()).toBe('PK');
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      harvest.getByRole('link', { name: 'Download the report (PDF)' }).click(),
    ]);
    expect(
      readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await expectNoSeriousAxeViolations(page);

    for (const watched of [lead, ...people]) expect(watched.problems).toEqual([]);
  });

  it('explains a wrong code, and runs approval voting with ticks', async () => {
    const lead = await newPage();
    await signInAsDemo(lead.page, FACILITATOR);
    const cafe = await planCafe(lead.page, {
      title: 'Which ideas do you support?',
      format: 'online',
      rounds: [{ question: 'What would make evenings easier?', minutes: 10 }],
      tables: 1,
      videoLinkPattern: 'https://meet.example.org/cafe-{cafe}-{table}',
      votingMethod: 'approval',
    });

    const person = await newPage(320);
    const p = person.page;
    await p.goto('/join');
    await p.getByLabel('Café code').fill('ZZZ-ZZZ');
    await p.getByRole('button', { name: 'Join the café' }).click();
    await p.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await p.getByText('There is no open café with that code.', { exact: false }).first().waitFor();
    await expectPage(p, 'Join a café');
    await p.getByLabel('Café code').fill(cafe.joinCode);
    await p.getByRole('button', { name: 'Join the café' }).click();
    await expectPage(p, 'Which ideas do you support?');
    await p.getByRole('link', { name: /^Open the video room for table 1/ }).waitFor();

    await lead.page.goto(`/cafes/${cafe.id}/run`);
    await expectPage(lead.page, 'Which ideas do you support?');
    await lead.page.getByRole('button', { name: 'Start the café' }).click();
    await p.getByText('What would make evenings easier?').waitFor(LIVE);
    await addIdea(p, 'A late-opening drop-in');
    await lead.page.getByRole('button', { name: 'Open voting' }).click();
    const tick = p.getByRole('button', { name: 'I support: A late-opening drop-in' });
    await tick.waitFor(LIVE);
    expect(await tick.getAttribute('aria-pressed')).toBe('false');
    await tick.click();
    await expect.poll(() => tick.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => countsOf(p, 'A late-opening drop-in'), LIVE).toBe('1 tick, 0 would help');
    await expectNoSeriousAxeViolations(p);

    await lead.page.goto(`/cafes/${cafe.id}/projector`);
    await expectPage(lead.page, 'Which ideas do you support?');
    const row = lead.page.getByRole('row', { name: /A late-opening drop-in/ });
    await expect.poll(() => row.textContent(), LIVE).toBe('1A late-opening drop-in10');
    expect(person.problems).toEqual([]);
    expect(lead.problems).toEqual([]);
  });

  it('takes sign-ups with access needs, names the team, and runs pairwise and agree / disagree voting', async () => {
    const lead = await newPage();
    const { page } = lead;
    await signInAsDemo(page, FACILITATOR);
    const plan = (title: string, votingMethod: string) =>
      planCafe(page, {
        title,
        venue: 'Harbour Community Centre',
        accessInfo: 'Step-free entrance and a quiet room.',
        capacity: 12,
        rounds: [{ question: 'What would help most this winter?', minutes: 10 }],
        tables: 2,
        votingMethod,
      });
    const cafe = await plan('Choosing together', 'pairwise');

    // Someone with no account signs up on the public page, with an access need.
    const visitor = await newPage(320);
    const v = visitor.page;
    await v.goto(`/cafes/${cafe.id}/sign-up`);
    await expectPage(v, 'Choosing together');
    await v.getByText('Step-free entrance and a quiet room.').waitFor();
    await v.getByText('12 places left').waitFor();
    await v.getByRole('button', { name: 'Sign up' }).click();
    await v.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectNoSeriousAxeViolations(v);
    await v.getByLabel('Your name').fill('Rosa');
    await v.getByLabel('Email or phone number (optional)').fill('rosa@example.org');
    await v
      .getByLabel('Anything that would help you take part? (optional)')
      .fill('A seat near the door, please.');
    await v.getByRole('button', { name: 'Sign up' }).click();
    await v.getByRole('heading', { name: 'You are signed up' }).waitFor();
    await expectNoSeriousAxeViolations(v);

    // The facilitator names the team and reads the sign-ups, access needs included.
    await page.goto(`/cafes/${cafe.id}/run`);
    await expectPage(page, 'Choosing together');
    await page.getByRole('button', { name: 'Add someone' }).click();
    await page.getByLabel('Name 1', { exact: true }).fill('Tom');
    await page.getByLabel('Table for role 1').selectOption({ label: 'Table 2' });
    await page.getByRole('button', { name: 'Add someone' }).click();
    await page.getByLabel('Role 2', { exact: true }).selectOption({ label: 'Lead host' });
    await page.getByLabel('Name 2', { exact: true }).fill('Aisha');
    await page.getByRole('button', { name: 'Save the team' }).click();
    await page.getByText('The café team is saved.').waitFor();
    await page.getByText('1 of 12 places taken').waitFor();
    await page.getByRole('button', { name: 'Show who has signed up' }).click();
    const signUps = page.getByRole('table', { name: 'People who have signed up' });
    await signUps.getByText('A seat near the door, please.').waitFor();
    await expectNoSeriousAxeViolations(page);

    // Pairwise: a participant picks between two ideas at a time, or can't decide.
    const person = await newPage(320);
    const p = person.page;
    await p.goto(`/join/${cafe.joinCode}?table=2`);
    await p.getByText('You will join table 2.').waitFor();
    await p.getByRole('button', { name: 'Join the café' }).click();
    await expectPage(p, 'Choosing together');
    await p.getByText('You are at table 2').waitFor();
    await page.getByRole('button', { name: 'Start the café' }).click();
    await p.getByText('What would help most this winter?').waitFor(LIVE);
    for (const text of ['Warm spaces', 'Winter walks', 'Food parcels', 'Hot meals']) await addIdea(p, text);
    await page.getByRole('button', { name: 'Open voting' }).click();
    await p.getByRole('heading', { name: 'Which matters more to you?' }).waitFor(LIVE);
    await expectNoSeriousAxeViolations(p);
    const choices = p.locator('.cafe-pair__choice');
    const first = (await choices.first().textContent()) ?? '';
    await choices.first().click();
    await p.getByText('Choice saved. Here is the next pair.').waitFor();
    await p.getByRole('button', { name: 'I can’t decide' }).click();
    await expect.poll(() => countsOf(p, first), LIVE).toMatch(/^Score \d+(\.\d)? from 1 win and \d losse?s?/);

    // The signal drops: the next choice waits on the phone, which offers another pair meanwhile.
    const choicesCounted = async () => {
      const board = (await (await page.request.get(`/api/cafes/${cafe.id}/board`)).json()) as {
        ideas: { pairwise: { wins: number; losses: number; cantDecide: number } | null }[];
      };
      const sides = board.ideas.reduce(
        (sum, i) => sum + (i.pairwise ? i.pairwise.wins + i.pairwise.losses + i.pairwise.cantDecide : 0),
        0,
      );
      return sides / 2;
    };
    await expect.poll(choicesCounted, LIVE).toBe(2);
    await keptForOffline(p);
    await person.context.setOffline(true);
    const offered = async () => (await choices.allTextContents()).sort().join(' or ');
    const before = await offered();
    await choices.last().click();
    await p.getByText('Choice saved on this phone. Here is the next pair.').waitFor();
    await p.getByText('Saved on this phone. It will send when you’re back online.').waitFor();
    // The phone offers a pair it has not answered yet.
    await expect.poll(offered).not.toBe(before);
    await expectNoSeriousAxeViolations(p);
    await choices.first().click();
    await p.getByText('2 things saved on this phone. They will send when you’re back online.').waitFor();
    expect(await choicesCounted()).toBe(2);
    // Reloaded with no connection, the phone shows the board it kept and the same pair, still unanswered.
    const shownBefore = await offered();
    await p.reload();
    await p.getByText(/^You’re offline — this is the board from \d\d:\d\d;/).waitFor();
    await p.getByRole('heading', { name: 'Which matters more to you?' }).waitFor();
    expect(await offered()).toBe(shownBefore);
    await expectNoSeriousAxeViolations(p);
    // Back online, the first answer is lost on its way: the phone sends the choice again with the
    // same key, and the room counts it once.
    const lostPair = await loseFirstAnswer(p, /\/api\/cafes\/[^/]+\/pairwise$/);
    await person.context.setOffline(false);
    await p.getByText('You’re back online. Everything you saved has been sent.').waitFor({ timeout: 40_000 });
    expect(lostPair()).toBe(1);
    expect(await choicesCounted()).toBe(4);
    await p.unroute(/\/api\/cafes\/[^/]+\/pairwise$/);

    // Photos of tablecloths go into the harvest.
    await page.getByLabel('Photo', { exact: true }).setInputFiles({
      name: 'tablecloth.png',
      mimeType: 'image/png',
      buffer: Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        'base64',
      ),
    });
    await page.getByLabel('Caption (optional)').fill('Table 2 tablecloth');
    await page.getByRole('button', { name: 'Add the photo' }).click();
    await page.getByText('The photo has been added to the harvest.').waitFor();
    await page.getByRole('img', { name: 'Table 2 tablecloth' }).waitFor();
    await page.goto(`/cafes/${cafe.id}/projector`);
    await page.getByRole('columnheader', { name: 'Score (0 to 100)' }).waitFor();
    await expectNoSeriousAxeViolations(page);

    // Agree / disagree / pass on statements, with common ground across opinion groups.
    const statements = await plan('Where do we stand?', 'agreement');
    await p.goto(`/join/${statements.joinCode}`);
    await p.getByRole('button', { name: 'Join the café' }).click();
    await expectPage(p, 'Where do we stand?');
    await page.goto(`/cafes/${statements.id}/run`);
    await page.getByRole('button', { name: 'Start the café' }).click();
    await p.getByText('What would help most this winter?').waitFor(LIVE);
    await addIdea(p, 'Services should open in the evenings');
    await page.getByRole('button', { name: 'Open voting' }).click();
    const views = p.getByRole('group', { name: 'Your view on: Services should open in the evenings' });
    await views.getByRole('button', { name: 'Agree', exact: true }).click();
    await expect
      .poll(() => views.getByRole('button', { name: 'Agree', exact: true }).getAttribute('aria-pressed'))
      .toBe('true');
    // A phone shows the raw counts and the room's view in plain words, never the common-ground
    // figure: that needs its explanation, which the facilitator's page and the wall give.
    await expect
      .poll(() => countsOf(p, 'Services should open in the evenings'), LIVE)
      .toBe('1 agree, 0 disagree, 0 pass; 0 would help');
    const onPhone = idea(p, 'Services should open in the evenings');
    expect(await onPhone.locator('.cafe-idea__verdict').textContent()).toBe('Too few votes yet');
    expect(await onPhone.textContent()).not.toContain('%');
    expect(await p.textContent('main')).not.toContain('Common ground');
    await expect
      .poll(() => countsOf(page, 'Services should open in the evenings'), LIVE)
      .toMatch(/^1 agree, 0 disagree, 0 pass; common ground \d+%; 0 would help$/);
    await page.getByText('Common ground is a cautious estimate', { exact: false }).waitFor();
    await expectNoSeriousAxeViolations(p);

    for (const watched of [lead, visitor]) expect(watched.problems).toEqual([]);
    // Dropped connections log failed socket attempts; nothing else may go wrong on the phone.
    expect(person.problems.filter((problem) => !problem.includes('WebSocket'))).toEqual([]);
  });

  it('keeps ideas, dots and ticks made offline on the phone, and sends each once when the connection returns', async () => {
    const lead = await newPage();
    const { page } = lead;
    await signInAsDemo(page, FACILITATOR);
    const cafe = await planCafe(page, {
      title: 'A café with patchy signal',
      rounds: [{ question: 'What would help after meetings?' }],
      tables: 1,
    });
    const control = (action: string) => controlCafe(page, cafe.id, action);
    const roomCounts = async (text: string) => {
      const board = (await (await page.request.get(`/api/cafes/${cafe.id}/board`)).json()) as {
        ideas: { text: string; dots: number; helpers: number }[];
      };
      return board.ideas.filter((i) => i.text === text);
    };
    await control('start');

    const person = await newPage(320);
    const p = person.page;
    await p.goto(`/join/${cafe.joinCode}`);
    await p.getByRole('button', { name: 'Join the café' }).click();
    await expectPage(p, 'A café with patchy signal');
    await p.getByText('What would help after meetings?').waitFor(LIVE);

    // The connection drops: an idea waits on the phone, and the participant is told so.
    await person.context.setOffline(true);
    await p.getByLabel('Your idea').fill('Tea and a chat after meetings');
    await p.getByRole('button', { name: 'Add idea' }).click();
    await p.getByText('Saved on this phone. It will send when you’re back online.').waitFor();
    const waiting = p.getByRole('region', { name: 'Add an idea' });
    await waiting.getByRole('heading', { name: 'Waiting to send' }).waitFor();
    await waiting.getByText('Tea and a chat after meetings').waitFor();
    await expectNoSeriousAxeViolations(p);
    expect(await roomCounts('Tea and a chat after meetings')).toEqual([]);
    await p.screenshot({ path: `${SCREENSHOTS}/cafe-offline-idea-320.png`, fullPage: true });

    // It comes back, but the first answer is lost on its way to the phone: the phone sends the idea
    // again with the same key, and the room still has it once.
    const lost = await loseFirstAnswer(p, /\/api\/cafes\/[^/]+\/ideas$/);
    await person.context.setOffline(false);
    const SENDING = { timeout: 40_000 };
    await p.getByText('You’re back online. Everything you saved has been sent.').waitFor(SENDING);
    await idea(p, 'Tea and a chat after meetings').waitFor(LIVE);
    expect(lost()).toBe(1);
    expect(await roomCounts('Tea and a chat after meetings')).toHaveLength(1);

    // Voting: a dot and an offer to help, both while offline, shown on the phone at once.
    await control('open_voting');
    await p.getByText('You have 3 dots left').waitFor(LIVE);
    await person.context.setOffline(true);
    await p.getByRole('button', { name: 'Add a dot to: Tea and a chat after meetings' }).click();
    await p.getByText('You have 2 dots left').waitFor();
    const helping = p.getByRole('button', { name: 'I’d help with: Tea and a chat after meetings' });
    await helping.click();
    await p.getByText('2 things saved on this phone. They will send when you’re back online.').waitFor();
    expect(await helping.getAttribute('aria-pressed')).toBe('true');
    await expectNoSeriousAxeViolations(p);
    expect(await roomCounts('Tea and a chat after meetings')).toMatchObject([{ dots: 0, helpers: 0 }]);
    await p.screenshot({ path: `${SCREENSHOTS}/cafe-offline-votes-320.png`, fullPage: true });

    await person.context.setOffline(false);
    await expect
      .poll(() => countsOf(p, 'Tea and a chat after meetings'), SENDING)
      .toBe('1 dot from 1 person, 1 would help');
    await p.getByText('You’re back online. Everything you saved has been sent.').waitFor(SENDING);
    expect(await roomCounts('Tea and a chat after meetings')).toMatchObject([{ dots: 1, helpers: 1 }]);
    // Nothing waits on the phone any more, even after a reload.
    await p.reload();
    await expectPage(p, 'A café with patchy signal');
    await p.getByText('You have 2 dots left').waitFor();
    expect(await p.getByText('saved on this phone', { exact: false }).count()).toBe(0);

    // A dot waits offline, and meanwhile the phone loses its place in the café (its browser cleared
    // the café's cookie). The server refuses the dot for a seat the phone no longer holds; the phone
    // says why and what to do, and keeps nothing it cannot send.
    await person.context.setOffline(true);
    await p.getByRole('button', { name: 'Add a dot to: Tea and a chat after meetings' }).click();
    await p.getByText('Saved on this phone. It will send when you’re back online.').waitFor();
    await person.context.clearCookies();
    await person.context.setOffline(false);
    await p
      .getByText(
        'Something you saved could not be sent. You are no longer in this café on this phone, so what was saved on it was not sent. Join again with the code shown in the room, then vote or add your idea again.',
      )
      .waitFor(SENDING);
    // The page no longer shows the seat it lost, without a reload: it shows the way to join again.
    await expectPage(p, 'Join this café first');
    expect(await p.getByText('You are at table', { exact: false }).count()).toBe(0);
    expect(await p.getByText('dots left', { exact: false }).count()).toBe(0);
    await expectNoSeriousAxeViolations(p);
    await p.screenshot({ path: `${SCREENSHOTS}/cafe-offline-seat-gone-320.png`, fullPage: true });
    expect(await roomCounts('Tea and a chat after meetings')).toMatchObject([{ dots: 1, helpers: 1 }]);
    expect(await p.evaluate((id) => localStorage.getItem(`cairn:cafe-queue:${id}`), cafe.id)).toBeNull();

    // Back to ideas. The person joins again; two ideas typed offline wait, and the phone loses its
    // place once more before they are sent. Their words are never lost: kept on the phone, and
    // offered back once they have joined again and said the ideas were theirs, to add or discard.
    await control('close_voting');
    await p.getByRole('link', { name: 'Join a café' }).click();
    await expectPage(p, 'Join a café');
    await p.getByLabel('Café code').fill(cafe.joinCode);
    await p.getByRole('button', { name: 'Join the café' }).click();
    await expectPage(p, 'A café with patchy signal');
    await p.getByRole('heading', { name: 'Add an idea' }).waitFor(LIVE);
    await typeOfflineThenLoseSeat(person, ['Somewhere quiet to sit', 'Meetings in the library']);
    await p
      .getByText(
        '2 ideas typed on this phone were not sent. They are kept here for a day: once you have joined again, you can add them if they were yours.',
      )
      .waitFor();
    await expectNoSeriousAxeViolations(p);
    expect(await roomCounts('Somewhere quiet to sit')).toEqual([]);

    // Joined again, they are a new seat the phone cannot tell from someone else's: it says how many
    // and asks, and shows the words only once the person says they were theirs.
    await p.goto(`/join/${cafe.joinCode}`);
    await p.getByRole('button', { name: 'Join the café' }).click();
    await expectPage(p, 'A café with patchy signal');
    const offered = p.getByRole('region', { name: 'Add an idea' });
    await offered.getByRole('heading', { name: '2 ideas typed on this phone were not sent' }).waitFor(LIVE);
    await offered.getByText('Were they yours?', { exact: false }).waitFor();
    expect(await p.content()).not.toContain('Somewhere quiet to sit');
    await offered.getByRole('button', { name: 'Yes, they’re mine' }).click();
    await offered.getByRole('heading', { name: 'Your ideas from before' }).waitFor();
    expect(await focused(p)).toBe('H3 Your ideas from before');
    await expectNoSeriousAxeViolations(p);
    await p.screenshot({ path: `${SCREENSHOTS}/cafe-ideas-offered-back-320.png`, fullPage: true });
    await offered.getByRole('button', { name: 'Add it: Somewhere quiet to sit' }).click();
    await idea(p, 'Somewhere quiet to sit').waitFor(LIVE);
    await offered.getByRole('button', { name: 'Delete it: Meetings in the library' }).click();
    await expect.poll(() => offered.getByRole('heading', { name: /from before/ }).count()).toBe(0);
    expect(await roomCounts('Somewhere quiet to sit')).toHaveLength(1);
    expect(await roomCounts('Meetings in the library')).toEqual([]);
    // Nothing set aside stays on the phone, even after a reload.
    await p.reload();
    await expectPage(p, 'A café with patchy signal');
    expect(await p.getByText('from before', { exact: false }).count()).toBe(0);
    expect(await p.getByText('were not sent', { exact: false }).count()).toBe(0);
    // Dropped connections log failed socket attempts; nothing else may go wrong on the page.
    expect(person.problems.filter((problem) => !problem.includes('WebSocket'))).toEqual([]);
  });

  it('never shows the next person on a shared phone the words of an idea the person before could not send', async () => {
    // A coordinator runs this one (they may run cafés too): the facilitator's sign-ins in this file
    // already reach the ten in ten minutes one address may make for one account.
    const lead = await newPage();
    await signInAsDemo(lead.page, 'coordinator@cairn.example');
    const cafe = await planCafe(lead.page, {
      title: 'A café with one phone passed round',
      rounds: [{ question: 'What would help you feel welcome?' }],
      tables: 1,
    });
    await controlCafe(lead.page, cafe.id, 'start');
    const ideasInRoom = async () =>
      (
        (await (await lead.page.request.get(`/api/cafes/${cafe.id}/board`)).json()) as {
          ideas: { text: string }[];
        }
      ).ideas.map((i) => i.text);
    const PRIVATE = 'Someone to walk in with me, I am scared of the door';

    // The first person types an idea with no signal, and the phone loses its place in the café before
    // it is sent (its browser cleared the café's cookie). They put the phone down.
    const phone = await newPage(320);
    const p = phone.page;
    await p.goto(`/join/${cafe.joinCode}`);
    await p.getByRole('button', { name: 'Join the café' }).click();
    await expectPage(p, 'A café with one phone passed round');
    await p.getByRole('heading', { name: 'Add an idea' }).waitFor(LIVE);
    await typeOfflineThenLoseSeat(phone, [PRIVATE]);
    await p
      .getByText(
        '1 idea typed on this phone was not sent. It is kept here for a day: once you have joined again, you can add it if it was yours.',
      )
      .waitFor();
    expect(await p.content()).not.toContain(PRIVATE);

    // The next person picks the phone up and joins the same café. They are told only that an idea
    // typed here was not sent, and asked; nothing on the page, not even a button's name, holds its words.
    await p.goto(`/join/${cafe.joinCode}`);
    await p.getByRole('button', { name: 'Join the café' }).click();
    await expectPage(p, 'A café with one phone passed round');
    const ask = p.getByRole('region', { name: 'Add an idea' });
    await ask.getByRole('heading', { name: '1 idea typed on this phone was not sent' }).waitFor(LIVE);
    await ask.getByText('It was typed in this café before you joined it here. Was it yours?').waitFor();
    expect(await p.content()).not.toContain(PRIVATE);
    await expectNoSeriousAxeViolations(p);
    await p.screenshot({ path: `${SCREENSHOTS}/cafe-shared-phone-asked-320.png`, fullPage: true });

    // It was not theirs: it is deleted unread, and the keyboard goes on to their own idea.
    await ask.getByRole('button', { name: 'No, delete it' }).click();
    await p.getByText('Deleted from this phone, unread.').waitFor();
    expect(await focused(p)).toBe('INPUT ');
    expect(await ask.getByRole('heading', { name: /was not sent/ }).count()).toBe(0);
    expect(await p.content()).not.toContain(PRIVATE);
    const stored = await p.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).not.toContain(PRIVATE);
    await expectNoSeriousAxeViolations(p);
    expect(await ideasInRoom()).not.toContain(PRIVATE);

    // Their own idea goes in as usual, and nothing is asked again after a reload.
    await addIdea(p, 'A cup of tea when you arrive');
    await p.reload();
    await expectPage(p, 'A café with one phone passed round');
    await idea(p, 'A cup of tea when you arrive').waitFor(LIVE);
    expect(await p.getByText('was not sent', { exact: false }).count()).toBe(0);
    expect(await ideasInRoom()).toEqual(['A cup of tea when you arrive']);
    expect(phone.problems.filter((problem) => !problem.includes('WebSocket'))).toEqual([]);
  });

  it('opens a phone’s board again after a reload with no connection, and sends a dot placed there once', async () => {
    const lead = await newPage();
    const { page } = lead;
    await signInAsDemo(page, FACILITATOR);
    const cafe = await planCafe(page, {
      title: 'A café in a basement',
      rounds: [{ question: 'What would make Sundays easier?' }],
      tables: 1,
    });
    const dotsOn = (text: string) => dotsOnBoard(page, cafe.id, text);
    await controlCafe(page, cafe.id, 'start');

    const person = await newPage(320);
    const p = person.page;
    await p.goto(`/join/${cafe.joinCode}`);
    await p.getByRole('button', { name: 'Join the café' }).click();
    await expectPage(p, 'A café in a basement');
    await addIdea(p, 'A walking group');
    await addIdea(p, 'An open kitchen');
    await controlCafe(page, cafe.id, 'open_voting');
    await p.getByText('You have 3 dots left').waitFor(LIVE);
    await p.getByRole('button', { name: 'Add a dot to: A walking group' }).click();
    await p.getByText('You have 2 dots left').waitFor();
    expect(await dotsOn('A walking group')).toEqual([1]);
    await keptForOffline(p);

    // The signal goes, and the phone reloads the page: the board it last showed comes back, marked.
    const workerCouldNotReach: string[] = [];
    person.context.on('requestfailed', (request) => {
      if (request.serviceWorker()) workerCouldNotReach.push(new URL(request.url()).pathname);
    });
    await person.context.setOffline(true);
    const reloaded = await p.reload();
    // The page came from the copy kept on the phone: the worker tried the network first, and failed.
    expect(reloaded?.fromServiceWorker()).toBe(true);
    expect(workerCouldNotReach).toContain(`/cafes/${cafe.id}/board`);
    await p.getByRole('heading', { level: 1, name: 'A café in a basement' }).waitFor();
    const notice = p.getByText(
      /^You’re offline — this is the board from \d\d:\d\d; your votes will be sent when you’re back online\.$/,
    );
    await notice.waitFor();
    await p.getByText('You have 2 dots left').waitFor();
    await idea(p, 'An open kitchen').waitFor();
    await expectNoSeriousAxeViolations(p);
    await p.screenshot({ path: `${SCREENSHOTS}/cafe-offline-reload-320.png`, fullPage: true });

    // A dot placed now waits on the phone.
    await p.getByRole('button', { name: 'Add a dot to: An open kitchen' }).click();
    await p.getByText('Saved on this phone. It will send when you’re back online.').waitFor();
    await p.getByText('You have 1 dot left').waitFor();
    await expectNoSeriousAxeViolations(p);
    expect(await dotsOn('An open kitchen')).toEqual([0]);

    // Back online: it is sent, once, and the offline note goes.
    await person.context.setOffline(false);
    const SENDING = { timeout: 40_000 };
    await p.getByText('You’re back online. Everything you saved has been sent.').waitFor(SENDING);
    await notice.waitFor({ state: 'detached', ...LIVE });
    expect(await dotsOn('An open kitchen')).toEqual([1]);
    expect(await dotsOn('A walking group')).toEqual([1]);
    await p.reload();
    await expectPage(p, 'A café in a basement');
    await p.getByText('You have 1 dot left').waitFor();
    expect(await dotsOn('An open kitchen')).toEqual([1]);

    // A day later the board kept is no use (a café is a live event): a reload with no connection shows
    // none of it, and the phone forgets it.
    await person.context.setOffline(true);
    await p.evaluate((id) => {
      const name = `cairn:cafe-board:${id}`;
      const kept = JSON.parse(localStorage.getItem(name) ?? '{}') as { savedAt: number };
      localStorage.setItem(name, JSON.stringify({ ...kept, savedAt: kept.savedAt - 25 * 60 * 60 * 1000 }));
    }, cafe.id);
    await p.reload();
    await p.getByRole('heading', { level: 1, name: 'Café' }).waitFor();
    expect(await p.evaluate((id) => localStorage.getItem(`cairn:cafe-board:${id}`), cafe.id)).toBeNull();
    expect(await p.getByText('You have 1 dot left').count()).toBe(0);
    expect(await notice.count()).toBe(0);
    await person.context.setOffline(false);
    await p.getByText('You have 1 dot left').waitFor(LIVE);

    // When the café closes, nothing of it is kept on the phone any more.
    await controlCafe(page, cafe.id, 'close');
    await p.getByText('This café has finished.', { exact: false }).waitFor(LIVE);
    await expect
      .poll(() =>
        p.evaluate(async (id) => {
          const kept = Object.keys(localStorage).filter((key) => key.endsWith(id));
          const registration = await navigator.serviceWorker.getRegistration(location.pathname);
          const pages = (await caches.keys()).filter((name) => name.includes(id));
          return { kept, registered: registration?.scope.endsWith('/board') ?? false, pages };
        }, cafe.id),
      )
      .toEqual({ kept: [], registered: false, pages: [] });
    // The join page, opened once, opens with no connection too (joining waits for one).
    await person.context.setOffline(true);
    await p.goto(`/join/${cafe.joinCode}`);
    await expectPage(p, 'Join a café');
    await person.context.setOffline(false);
    // Dropped connections log failed socket attempts; nothing else may go wrong on the page.
    expect(person.problems.filter((problem) => !problem.includes('WebSocket'))).toEqual([]);
  });

  it('asks before signing out deletes a dot left waiting, and never sends it as the next person’s from a tab still open', async () => {
    const lead = await newPage();
    const { page } = lead;
    await signInAsDemo(page, FACILITATOR);
    const cafe = await planCafe(page, {
      title: 'A café on a shared phone',
      rounds: [{ question: 'What would help on weekday evenings?' }],
      tables: 1,
    });
    const dotsOn = (text: string) => dotsOnBoard(page, cafe.id, text);
    await controlCafe(page, cafe.id, 'start');

    // A member joins on the shared phone, signed in, and adds two ideas.
    const phone = await newPage();
    const p = phone.page;
    await signInAsDemo(p, 'member@cairn.example');
    await p.goto(`/join/${cafe.joinCode}`);
    await p.getByRole('button', { name: 'Join the café' }).click();
    await expectPage(p, 'A café on a shared phone');
    await addIdea(p, 'A walking group');
    await addIdea(p, 'An open kitchen');
    await controlCafe(page, cafe.id, 'open_voting');
    await p.getByText('You have 3 dots left').waitFor(LIVE);

    // Their dot cannot reach the café, so it waits in the board page, open in this tab.
    const VOTES = /\/api\/cafes\/[^/]+\/votes$/;
    await p.route(VOTES, (route) => route.abort('internetdisconnected'));
    await p.getByRole('button', { name: 'Add a dot to: A walking group' }).click();
    const saved = p.getByText('Saved on this phone. It will send when you’re back online.');
    await saved.waitFor();

    // In another tab they sign out. Signing out would delete the dot Cairn does not have: it says so,
    // and staying keeps it; asked again, they sign out and delete it. The next person joins the same
    // café there.
    const next = await phone.context.newPage();
    await next.goto('/');
    await next.getByRole('button', { name: 'Sign out' }).click();
    const question = next.getByRole('dialog', {
      name: 'Some of what you did in a café has not been sent yet',
    });
    await question
      .getByText('Some votes or ideas you gave in a café on this device have not reached Cairn yet.', {
        exact: false,
      })
      .waitFor();
    expect(await question.getByRole('listitem').textContent()).toBe(
      'A café on a shared phone (1 thing not sent)',
    );
    await question.getByRole('link', { name: 'A café on a shared phone' }).waitFor();
    await expectNoSeriousAxeViolations(next);
    await next.screenshot({ path: `${SCREENSHOTS}/sign-out-cafe-unsent-1280.png` });
    await question.getByRole('button', { name: 'Stay signed in' }).click();
    await question.waitFor({ state: 'detached' });
    await next.getByRole('button', { name: 'Sign out' }).waitFor();
    await next.getByRole('button', { name: 'Sign out' }).click();
    await question.getByRole('button', { name: 'Sign out and delete what was not sent' }).click();
    await expectPage(next, 'Sign in');
    expect(
      await next.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('cairn:cafe-'))),
    ).toEqual([]);
    // Signing out forgets the phone's seat in the café: the browser keeps no café cookie, and the
    // café no longer knows whoever picks the phone up next.
    const cafeCookies = (await phone.context.cookies()).filter((c) => /^cairn_[ph]_/.test(c.name));
    expect(cafeCookies).toEqual([]);
    const boardAfter = (await (await next.request.get(`/api/cafes/${cafe.id}/board`)).json()) as {
      me?: unknown;
    };
    expect(boardAfter.me ?? null).toBeNull();
    await next.goto(`/join/${cafe.joinCode}`);
    await next.getByRole('button', { name: 'Join the café' }).click();
    await expectPage(next, 'A café on a shared phone');
    await next.getByText('You have 3 dots left').waitFor(LIVE);

    // The first tab lets go of the dot as soon as the phone changes hands, and sends nothing when the
    // connection returns.
    await saved.waitFor({ state: 'detached', ...LIVE });
    const sentFromFirstTab: string[] = [];
    await p.unroute(VOTES);
    p.on('request', (request) => {
      if (VOTES.test(new URL(request.url()).pathname)) sentFromFirstTab.push(request.url());
    });
    await p.evaluate(() => window.dispatchEvent(new Event('online')));
    // The next person's own dot counts as theirs, and only theirs.
    await next.getByRole('button', { name: 'Add a dot to: An open kitchen' }).click();
    await next.getByText('You have 2 dots left').waitFor(LIVE);
    expect(await dotsOn('An open kitchen')).toEqual([1]);
    expect(await dotsOn('A walking group')).toEqual([0]);
    expect(sentFromFirstTab).toEqual([]);
    expect(await next.evaluate((id) => localStorage.getItem(`cairn:cafe-queue:${id}`), cafe.id)).toBeNull();
  });

  it('votes with dots in one round and agree / disagree in the next, chosen before the round opens', async () => {
    const lead = await newPage();
    const { page } = lead;
    await signInAsDemo(page, FACILITATOR);
    const cafe = await planCafe(page, {
      title: 'Two rounds, two ways',
      rounds: [{ question: 'What matters most?' }, { question: 'Where do we stand?' }],
      tables: 1,
    });

    // Round 2 is for contested statements: the facilitator changes its way of voting before it opens.
    await page.goto(`/cafes/${cafe.id}/run`);
    await expectPage(page, 'Two rounds, two ways');
    const methods = page.getByRole('region', { name: 'Ways of voting' });
    await methods
      .getByLabel('Way of voting in round 2')
      .selectOption({ label: 'Agree, disagree or pass on each statement' });
    await methods.getByRole('button', { name: 'Save the way of voting for round 2' }).click();
    await page.getByText('Round 2 will vote by agree, disagree or pass on each statement.').waitFor();
    await expectNoSeriousAxeViolations(page);

    const person = await newPage(320);
    const p = person.page;
    await p.goto(`/join/${cafe.joinCode}`);
    await p.getByRole('button', { name: 'Join the café' }).click();
    await expectPage(p, 'Two rounds, two ways');
    await page.getByRole('button', { name: 'Start the café' }).click();
    await addIdea(p, 'Peer support in every GP surgery');

    // Round 1 votes with dots; once voting has opened there, its way of voting is fixed.
    await page.getByRole('button', { name: 'Open voting' }).click();
    await p.getByText('You have 3 dots left').waitFor(LIVE);
    await p.getByRole('button', { name: 'Add a dot to: Peer support in every GP surgery' }).click();
    await p.getByText('You have 2 dots left').waitFor();
    await methods
      .getByText('Round 1: Dot voting. Fixed, because voting has opened or the round is over.')
      .waitFor(LIVE);

    // Round 2 starts with talk, then asks for a view on each statement.
    await page.getByRole('button', { name: 'Next round' }).click();
    await p.getByText('Where do we stand?').waitFor(LIVE);
    await page.getByRole('button', { name: 'Open voting' }).click();
    const views = p.getByRole('group', { name: 'Your view on: Peer support in every GP surgery' });
    await views.getByRole('button', { name: 'Agree', exact: true }).click();
    await expect
      .poll(() => countsOf(p, 'Peer support in every GP surgery'), LIVE)
      .toBe('1 agree, 0 disagree, 0 pass; 0 would help');
    expect(await p.getByText('You have 2 dots left').count()).toBe(0);
    await expectNoSeriousAxeViolations(p);
    await methods
      .getByText('Round 2: Agree, disagree or pass on each statement. Fixed', { exact: false })
      .waitFor(LIVE);
    expect(person.problems).toEqual([]);
    expect(lead.problems).toEqual([]);
  });

  it('counts sticker dots from a flip chart in, apart from phone votes, on the boards, the wall and the harvest', async () => {
    const lead = await newPage();
    const { page } = lead;
    await signInAsDemo(page, FACILITATOR);
    const cafe = await planCafe(page, {
      title: 'Phones and paper',
      rounds: [{ question: 'What would make meetings welcoming?' }],
      tables: 1,
    });
    const control = (action: string) => controlCafe(page, cafe.id, action);
    await control('start');
    const text = 'Free tea at every meeting';
    expect((await page.request.post(`/api/cafes/${cafe.id}/ideas`, { data: { text } })).status()).toBe(201);
    await control('open_voting');

    const person = await newPage(320);
    const p = person.page;
    await p.goto(`/join/${cafe.joinCode}`);
    await p.getByRole('button', { name: 'Join the café' }).click();
    await expectPage(p, 'Phones and paper');
    await p.getByRole('button', { name: `Add a dot to: ${text}` }).click();
    await expect.poll(() => countsOf(p, text), LIVE).toBe('1 dot from 1 person, 0 would help');

    // The facilitator counts the sticker dots on the flip chart in.
    await page.goto(`/cafes/${cafe.id}/run`);
    await expectPage(page, 'Phones and paper');
    const moderated = page.locator('li.cafe-idea', { hasText: text });
    await moderated.getByText('Count in paper votes').click();
    await moderated.getByLabel('How many').fill('4');
    await moderated.getByLabel('What was counted').selectOption({ label: 'Sticker dots' });
    await moderated.getByRole('button', { name: `Save the paper count for: ${text}` }).click();
    await page.getByText(`The paper count for “${text}” is saved.`).waitFor();
    await expectNoSeriousAxeViolations(page);

    // Every phone shows them apart from the phone votes, and in the total.
    const withPaper = '1 dot from 1 person and 4 sticker dots on paper (5 in all), 0 would help';
    await expect.poll(() => countsOf(p, text), LIVE).toBe(withPaper);
    await expectNoSeriousAxeViolations(p);
    await p.screenshot({ path: `${SCREENSHOTS}/cafe-paper-votes-320.png`, fullPage: true });

    // The wall ranks by both, and its table for screen readers gives paper its own column.
    const wall = await lead.context.newPage();
    await wall.goto(`/cafes/${cafe.id}/projector`);
    await expectPage(wall, 'Phones and paper');
    await wall.getByRole('columnheader', { name: 'On paper' }).waitFor(LIVE);
    const row = wall.getByRole('row', { name: new RegExp(text) });
    await expect.poll(() => row.textContent(), LIVE).toBe(`1${text}1140`);
    await wall.close();

    // The harvest carries them too.
    await control('close');
    await page.reload();
    const harvest = page.getByRole('region', { name: 'Harvest and follow-up' });
    await harvest
      .getByText('1 dot from 1 person, and 4 sticker dots on paper: 5 in all', { exact: false })
      .waitFor();
    expect(person.problems).toEqual([]);
    expect(lead.problems).toEqual([]);
  });

  it('gives a table host a link from the run page: on a 320 px phone they add their table’s paper notes, count sticker dots and hide an idea, and the facilitator sees it', async () => {
    const lead = await newPage();
    const { page } = lead;
    await signInAsDemo(page, FACILITATOR);
    const cafe = await planCafe(page, {
      title: 'Tables with hosts',
      rounds: [{ question: 'What would help at the weekend?' }],
      tables: 2,
    });
    await controlCafe(page, cafe.id, 'start');
    // Another table's idea, which table 1's host must never see.
    const elsewhere = 'Walking group on Sundays';
    const table2 = cafe.tables.find((t) => t.number === 2)?.id;
    expect(
      (
        await page.request.post(`/api/cafes/${cafe.id}/ideas`, { data: { text: elsewhere, tableId: table2 } })
      ).status(),
    ).toBe(201);

    // The facilitator hands out table 1's link from the run page.
    await page.goto(`/cafes/${cafe.id}/run`);
    await expectPage(page, 'Tables with hosts');
    const hosts = page.getByRole('region', { name: 'Table-host links' });
    const href = await hosts
      .getByRole('link', { name: /table-host#/ })
      .first()
      .getAttribute('href');
    expect(href).toMatch(/\/table-host#[A-Za-z0-9_-]{43}$/);
    const link = new URL(href ?? '');

    // The host opens it on a 320 px phone, with no account.
    const host = await newPage(320);
    const h = host.page;
    await h.goto(`${link.pathname}${link.hash}`);
    await expectPage(h, 'Your table');
    await h.getByText('Table host of table 1').waitFor();
    // The key leaves the address bar once it is traded for the table-host cookie.
    expect(h.url()).toContain(`/cafes/${cafe.id}/table-host`);
    expect(h.url()).not.toContain('#');

    // 1. What the table said on paper, typed with the keyboard alone; focus moves to the result.
    // Sent empty, it says what to do and focus stays on the field to fix.
    const said = h.getByRole('textbox', { name: 'What your table said' });
    await said.focus();
    await h.keyboard.press('Enter');
    await h.getByText('Write what your table said first').waitFor();
    expect(await said.evaluate((field) => field === document.activeElement)).toBe(true);
    const paperIdea = 'A café open on Saturday mornings';
    const hurtful = 'Tell Dr Jones to stop being useless';
    for (const text of [paperIdea, hurtful]) {
      await h.getByRole('textbox', { name: 'What your table said' }).focus();
      await h.keyboard.type(text);
      await h.keyboard.press('Enter');
      await idea(h, text).waitFor(LIVE);
      await expect.poll(() => focused(h)).toBe(`P Added for your table: “${text}”.`);
    }
    expect(await h.getByText(elsewhere).count()).toBe(0);
    // The facilitator's run page, opened again now, offers both to send on to co-production.
    await page.reload();
    await expectPage(page, 'Tables with hosts');
    const harvest = page.getByRole('region', { name: 'Harvest and follow-up' });
    const sendHurtful = harvest.getByRole('button', { name: `Send “${hurtful}” on to co-production` });
    await sendHurtful.waitFor(LIVE);

    // 2. Sticker dots from the flip chart.
    const counted = idea(h, paperIdea);
    await counted.getByText('Count sticker dots').focus();
    await h.keyboard.press('Enter');
    await counted.getByLabel('How many sticker dots (or hands)').fill('3');
    await counted.getByRole('button', { name: `Save the count for: ${paperIdea}` }).click();
    await expect.poll(() => focused(h)).toBe(`P Saved for “${paperIdea}”: 3 sticker dots on paper.`);
    await expect.poll(() => countsOf(h, paperIdea)).toBe('0 dots from 0 phones; 3 sticker dots on paper');

    // 3. Hiding what breaks the etiquette, saying why.
    const rude = idea(h, hurtful);
    await rude.locator('summary', { hasText: 'Hide this' }).click();
    await rude.getByRole('button', { name: `Hide this: ${hurtful}` }).click();
    await rude.getByText('Say in a few words why, for the facilitator').waitFor();
    const why = rude.getByLabel('Why are you hiding it?');
    expect(await why.evaluate((field) => field === document.activeElement)).toBe(true);
    await why.fill('Names a doctor');
    await rude.getByRole('button', { name: `Hide this: ${hurtful}` }).click();
    await expect.poll(() => focused(h)).toBe(`P Hidden: “${hurtful}”. The facilitator can show it again.`);
    await rude.getByText('Hidden: Names a doctor. The facilitator can show it again.').waitFor();

    // Phone first: nothing spills sideways at 320 px, and the page is axe-clean with its forms open.
    const width = await h.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(width.scroll).toBeLessThanOrEqual(width.client);
    await expectNoSeriousAxeViolations(h);
    await h.screenshot({ path: `${SCREENSHOTS}/cafe-table-host-320.png`, fullPage: true });

    // The facilitator sees it live: the paper idea at table 1 with its dots, and the hidden one with why.
    const fromHost = idea(page, paperIdea);
    await fromHost.waitFor(LIVE);
    await expect
      .poll(() => fromHost.locator('.cafe-idea__meta').first().textContent(), LIVE)
      .toBe('Table 1, round 1');
    await fromHost.getByText('3 sticker dots on paper', { exact: false }).waitFor(LIVE);
    const hidden = idea(page, hurtful);
    await hidden.getByText('Hidden by the table host: “Names a doctor”').waitFor(LIVE);
    // A hidden idea is no longer offered to send on, at once, without a reload.
    await expect.poll(() => sendHurtful.count(), LIVE).toBe(0);
    await harvest.getByRole('button', { name: `Send “${paperIdea}” on to co-production` }).waitFor();

    // Table 2's host cannot scan, so types the code from the run page (or their slip) instead.
    const code = /the code ([A-Z0-9-]{14}) at/.exec(
      (await hosts.getByRole('listitem').nth(1).textContent()) ?? '',
    )?.[1];
    const typist = await newPage(320);
    const t2 = typist.page;
    await t2.goto('/table-host');
    await expectPage(t2, 'Open your table');
    await t2.getByRole('textbox', { name: 'Table-host code' }).fill(code?.toLowerCase() ?? '');
    await t2.keyboard.press('Enter');
    await expectPage(t2, 'Your table');
    await t2.getByText('Table host of table 2').waitFor();
    await idea(t2, elsewhere).waitFor();
    // Table 1's ideas, hidden or not, are not theirs to see.
    expect(await t2.getByText(paperIdea).count()).toBe(0);
    expect(await t2.getByText(hurtful).count()).toBe(0);
    expect(typist.problems).toEqual([]);

    // And shows it again if the host got it wrong.
    await hidden.getByRole('button', { name: `Show again: ${hurtful}` }).click();
    await expect.poll(() => hidden.getByText('Hidden by the table host').count(), LIVE).toBe(0);
    await sendHurtful.waitFor(LIVE);
    await expectNoSeriousAxeViolations(page);

    // The host's page follows the café live, with no reload (it would look again only every 15 s
    // without its connection): the idea shown again, one typed in for table 1 by the facilitator,
    // and voting opening.
    await expect.poll(() => rude.getByText('Hidden: Names a doctor', { exact: false }).count(), LIVE).toBe(0);
    await rude.getByText('0 dots from 0 phones').waitFor(LIVE);
    const table1 = cafe.tables.find((t) => t.number === 1)?.id;
    const typedIn = 'Lifts to the Sunday group';
    expect(
      (
        await page.request.post(`/api/cafes/${cafe.id}/ideas`, { data: { text: typedIn, tableId: table1 } })
      ).status(),
    ).toBe(201);
    await idea(h, typedIn).waitFor(LIVE);
    // The polite status region is in the page, empty, before voting opens, so the words put in it
    // are read out; and so they are when the page is opened with voting already open.
    const votingNote = 'Voting is open. Once your table has placed its sticker dots, count them in below.';
    expect(await h.getByRole('status').filter({ hasText: votingNote }).count()).toBe(0);
    await controlCafe(page, cafe.id, 'open_voting');
    await h.getByRole('status').filter({ hasText: votingNote }).waitFor(LIVE);
    await h.reload();
    await expectPage(h, 'Your table');
    await h.getByRole('status').filter({ hasText: votingNote }).waitFor(LIVE);
    await expectNoSeriousAxeViolations(h);
    expect(host.problems).toEqual([]);
    expect(lead.problems).toEqual([]);
  });

  it('fits a full café on the wall: the newest ideas, then the top 8 results and the rest a page at a time, with no scrolling, and says what six people agreeing means', async () => {
    const lead = await newPage();
    const { page } = lead;
    await signInAsDemo(page, FACILITATOR);
    const cafe = await planCafe(page, {
      title: 'Twelve ideas on one wall',
      rounds: [{ question: 'What would make the biggest difference to recovery in our town this year?' }],
      tables: 3,
    });
    const control = (action: string) => controlCafe(page, cafe.id, action);
    await control('start');
    // Twelve ideas typed up from paper, some long enough to wrap on the wall.
    for (let n = 1; n <= 12; n += 1) {
      const text =
        n % 3 === 0
          ? `Idea ${n}: a peer-led drop-in on weekday evenings and at weekends, somewhere warm with tea and people who understand`
          : `Idea ${n}: more peer support`;
      const added = await page.request.post(`/api/cafes/${cafe.id}/ideas`, { data: { text } });
      expect(added.status()).toBe(201);
    }

    await page.goto(`/cafes/${cafe.id}/projector`);
    await expectPage(page, 'Twelve ideas on one wall');
    await expect.poll(() => focused(page)).toBe('H1 Twelve ideas on one wall');
    await page.getByText('Showing the newest 8 of 12 ideas.').waitFor();
    await expectWallFits(page, 'ideas');
    await page.screenshot({ path: `${SCREENSHOTS}/cafe-wall-ideas-1280x720.png` });

    await control('open_voting');
    await page.getByText('Showing the top 8 of 12 ideas.').waitFor(LIVE);
    // The bars are drawn for the room; screen readers read every idea from the table.
    expect(await page.locator('.wall-bar').count()).toBe(8);
    expect(await page.getByRole('table', { name: 'Results as a table' }).getByRole('row').count()).toBe(13);
    await expectWallFits(page, 'results');
    await page.screenshot({ path: `${SCREENSHOTS}/cafe-wall-results-1280x720.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForFunction(() => innerHeight === 1080);
    // Type grows with the screen, even when the window is resized rather than opened at this size.
    await expect
      .poll(() =>
        page.evaluate(() => getComputedStyle(document.querySelector('.wall-bar__text') as Element).fontSize),
      )
      .toBe('28.8px');
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);
    await page.screenshot({ path: `${SCREENSHOTS}/cafe-wall-results-1920x1080.png` });

    // Statements, from six people: the wall turns its pages through every one, and says what six
    // people agreeing means.
    const statementCafe = await planCafe(page, {
      title: 'Where six of us stand',
      rounds: [{ question: 'What should change in how services treat people in recovery?' }],
      tables: 2,
      votingMethod: 'agreement',
    });
    await controlCafe(page, statementCafe.id, 'start');
    const agreed = 'Peer supporters in every A&E';
    const statements = [agreed];
    for (let n = 2; n <= 12; n += 1)
      statements.push(
        n % 3 === 0
          ? `Statement ${n}: services should be open in the evenings and at weekends, with someone who has been there to talk to`
          : `Statement ${n}: more peer support`,
      );
    const ids: string[] = [];
    for (const text of statements) {
      const added = await page.request.post(`/api/cafes/${statementCafe.id}/ideas`, { data: { text } });
      expect(added.status()).toBe(201);
      ids.push(((await added.json()) as { id: string }).id);
    }
    await controlCafe(page, statementCafe.id, 'open_voting');
    // Six people on their phones: all six agree with the first statement, and take sides on the rest.
    for (let n = 0; n < 6; n += 1) {
      const phone = await request.newContext({ baseURL: serverUrl() });
      expect((await phone.post('/api/cafes/join', { data: { code: statementCafe.joinCode } })).status()).toBe(
        200,
      );
      for (const [index, ideaId] of ids.entries()) {
        const vote = index === 0 ? 1 : (index + n) % 3 === 0 ? -1 : 1;
        const voted = await phone.post(`/api/cafes/${statementCafe.id}/statement-votes`, {
          data: { ideaId, vote },
        });
        expect(voted.status()).toBe(200);
      }
      await phone.dispose();
    }

    const wall = await lead.context.newPage();
    await wall.clock.install();
    await wall.setViewportSize({ width: 1280, height: 720 });
    await wall.goto(`/cafes/${statementCafe.id}/projector`);
    await expectPage(wall, 'Where six of us stand');
    // Raw counts first, then the room's view in plain words, then the figure, explained on the wall.
    const first = wall.locator('.wall-bar', { hasText: agreed }).locator('.wall-bar__figure');
    expect(await first.textContent()).toMatch(
      /^6 agree, 0 disagree, 0 pass · Everyone agreed · common ground \d+%$/,
    );
    await wall.getByText('Common ground is a cautious estimate', { exact: false }).waitFor();
    const notes = wall.locator('.wall__pages .wall__note');
    expect(await notes.textContent()).toBe(
      'Showing the top 5 of 12 ideas. The rest follow, a page at a time.',
    );
    // Ranks can tie, so each page is told apart by its ideas.
    const shown = () => wall.locator('.wall-bar__text').allTextContents();
    const top = await shown();
    expect(top).toHaveLength(5);
    expect(top).toContain(agreed);
    await expectWallFits(wall, 'statements');
    await wall.screenshot({ path: `${SCREENSHOTS}/cafe-wall-statements-1280x720.png` });

    // Then the rest, a page at a time, and back to the top; the table for screen readers never turns.
    await wall.clock.fastForward(12_000);
    await expect.poll(() => notes.textContent()).toBe('Ideas 6 to 10 of 12, by rank.');
    const second = await shown();
    expect(second).toHaveLength(5);
    expect(await wall.getByRole('table', { name: 'Results as a table' }).getByRole('row').count()).toBe(13);
    await expectWallFits(wall, 'statements-page-2');
    await wall.screenshot({ path: `${SCREENSHOTS}/cafe-wall-statements-page-2-1280x720.png` });
    await wall.clock.fastForward(12_000);
    await expect.poll(() => notes.textContent()).toBe('Ideas 11 to 12 of 12, by rank.');
    const third = await shown();
    expect(new Set([...top, ...second, ...third]).size).toBe(12);
    await wall.clock.fastForward(12_000);
    await expect.poll(shown).toEqual(top);

    // Someone at the wall's keyboard can stop the pages turning, and start them again.
    await wall.getByRole('button', { name: 'Stop turning pages' }).click();
    await wall.clock.fastForward(24_000);
    expect(await shown()).toEqual(top);
    await wall.getByRole('button', { name: 'Turn pages again' }).click();
    await wall.clock.fastForward(12_000);
    await expect.poll(shown).toEqual(second);

    await wall.setViewportSize({ width: 1920, height: 1080 });
    await wall.waitForFunction(() => innerHeight === 1080);
    expect(await wall.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);
    await expectNoSeriousAxeViolations(wall);
    await wall.screenshot({ path: `${SCREENSHOTS}/cafe-wall-statements-1920x1080.png` });
    expect(lead.problems).toEqual([]);
  });
});
