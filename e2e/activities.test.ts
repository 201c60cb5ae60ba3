import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { expectPage, showProgrammeUntil, signInAsDemo, useJourney } from './support/journey.js';

const { newPage } = useJourney('activities');

const IDEA = 'Allotment mornings';

/** A date a few days ahead, as the date field wants it. */
function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function signUpFor(page: Page) {
  await page.goto('/activities');
  await expectPage(page, "What's on");
  const signUp = page.getByRole('button', { name: new RegExp(`^Sign up for ${IDEA}`) });
  await showProgrammeUntil(page, signUp);
  await signUp.first().click();
}

describe('the community offer', () => {
  it('a member proposes an allotment session, it is accepted and scheduled, and another member gets a place from the waiting list', async () => {
    // Alex proposes it.
    const alex = await newPage(320);
    await signInAsDemo(alex.page, 'member@cairn.example');
    await alex.page.goto('/activities/proposals');
    await expectPage(alex.page, 'Ideas for activities');
    await alex.page.getByLabel('Name of the activity').fill(IDEA);
    await alex.page
      .getByLabel('What would happen, and who is it for?')
      .fill('Growing vegetables together on Saturday mornings. Everyone welcome, no experience needed.');
    await alex.page.getByRole('button', { name: 'Propose this activity' }).click();
    await alex.page.getByText(`Thank you. Your idea "${IDEA}" has been added.`).waitFor();
    await expectNoSeriousAxeViolations(alex.page);

    // Jo, the coordinator, accepts it with one place, so the second person waits.
    const jo = await newPage();
    await signInAsDemo(jo.page, 'coordinator@cairn.example');
    await jo.page.goto('/activities/proposals');
    await expectPage(jo.page, 'Ideas for activities');
    await jo.page.getByRole('button', { name: `Answer this idea: ${IDEA}` }).click();
    await jo.page.getByText('Yes, we will run it', { exact: true }).click();
    await jo.page
      .getByLabel('Reason', { exact: true })
      .fill('Lots of you asked for it, and the allotment has space.');
    await jo.page.getByLabel('First date').fill(daysAhead(5));
    await jo.page.getByLabel('Start time').fill('10:00');
    await jo.page.getByLabel('Venue', { exact: true }).fill('Riverside allotments, plot 12');
    await jo.page.getByLabel('Number of places').fill('1');
    await expectNoSeriousAxeViolations(jo.page);
    await jo.page.getByRole('button', { name: 'Send answer' }).click();
    await jo.page.getByText(`Your answer to "${IDEA}" is saved and shown to everyone.`).waitFor();

    // Rowan takes the only place; Alex joins the waiting list.
    const rowan = await newPage(320);
    await signInAsDemo(rowan.page, 'rowan@cairn.example');
    await signUpFor(rowan.page);
    await rowan.page.getByText(`You have a place at ${IDEA}.`).waitFor();
    await expectNoSeriousAxeViolations(rowan.page);
    await signUpFor(alex.page);
    await alex.page.getByText(`${IDEA} is full, so you are on the waiting list: number 1.`).waitFor();

    // Rowan cannot come after all: Alex is promoted by themselves.
    await rowan.page.getByRole('button', { name: new RegExp(`^Cancel my place at ${IDEA}`) }).click();
    await rowan.page.getByText(`Your place at ${IDEA} is cancelled.`, { exact: false }).waitFor();
    await alex.page.reload();
    await expectPage(alex.page, "What's on");
    await alex.page.getByText('You have a place').first().waitFor();
    await expectNoSeriousAxeViolations(alex.page);
    // Alex is told by mail too, at once (a place will not wait for the day's news), and its link
    // opens What's on, where the place is, with the way to cancel it.
    await alex.page.goto('/dev/outbox');
    await expectPage(alex.page, 'Development mail outbox');
    const offered = alex.page
      .locator('.message')
      .filter({ hasText: `A place has come up: ${IDEA}` })
      .filter({ hasText: 'member@cairn.example' });
    expect(await offered.count()).toBe(1);
    expect(await offered.getByText('held for the day’s one message', { exact: false }).count()).toBe(0);
    await offered.getByRole('link', { name: /\/activities\?organisation=/ }).click();
    await expectPage(alex.page, "What's on");
    await alex.page.getByText('You have a place').first().waitFor();
    await alex.page.getByRole('button', { name: new RegExp(`^Cancel my place at ${IDEA}`) }).waitFor();
    await expectNoSeriousAxeViolations(alex.page);

    // The public programme shows it, with a calendar to subscribe to.
    const me = (await (await jo.page.request.get('/api/me')).json()) as {
      memberships: { organisationId: string }[];
    };
    const visitor = await newPage(320);
    await visitor.page.goto(`/programme/${me.memberships[0]?.organisationId}`);
    await expectPage(visitor.page, "What's on");
    await showProgrammeUntil(visitor.page, visitor.page.getByRole('heading', { name: IDEA }));
    const calendar = await visitor.page.request.get(
      (await visitor.page.getByRole('link', { name: 'Add to your calendar' }).getAttribute('href')) ?? '',
    );
    expect(await calendar.text()).toContain(`SUMMARY:${IDEA}`);
    await expectNoSeriousAxeViolations(visitor.page);

    for (const watched of [alex, jo, rowan, visitor]) expect(watched.problems).toEqual([]);
    // four people on their own pages: on a busy machine this takes over two minutes
  }, 240_000);

  it('a member offered a place from a waiting list stops further offers from the link in the mail', async () => {
    const title = 'Evening walks by the river';
    // Jo runs a weekly walk with one place; Rowan has it each week and Alex waits for each.
    const jo = await newPage();
    await signInAsDemo(jo.page, 'coordinator@cairn.example');
    const me = (await (await jo.page.request.get('/api/me')).json()) as {
      memberships: { organisationId: string }[];
    };
    const created = await jo.page.request.post('/api/activities', {
      data: {
        organisationId: me.memberships[0]?.organisationId,
        title,
        kind: 'peer_group',
        venue: 'Riverside steps',
        capacity: 1,
        schedule: {
          startsOn: daysAhead(6),
          startTime: '18:30',
          durationMinutes: 60,
          frequency: 'weekly',
          endsOn: daysAhead(20),
        },
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const sessions = ((await created.json()) as { occurrences: { id: string }[] }).occurrences;
    expect(sessions).toHaveLength(3);
    const rowan = await newPage(320);
    await signInAsDemo(rowan.page, 'rowan@cairn.example');
    const alex = await newPage(320);
    await signInAsDemo(alex.page, 'member@cairn.example');
    for (const { id } of sessions) {
      for (const who of [rowan, alex]) {
        const signedUp = await who.page.request.post(`/api/activities/occurrences/${id}/sign-up`);
        expect(signedUp.status()).toBe(201);
      }
    }
    const first = sessions[0]?.id ?? '';
    expect((await rowan.page.request.delete(`/api/activities/occurrences/${first}/sign-up`)).status()).toBe(
      200,
    );

    // The mail ends with one plain line and its link; the page it opens asks first.
    await alex.page.goto('/dev/outbox');
    await expectPage(alex.page, 'Development mail outbox');
    const offered = alex.page
      .locator('.message')
      .filter({ hasText: `A place has come up: ${title}` })
      .filter({ hasText: 'member@cairn.example' });
    expect(await offered.count()).toBe(1);
    await offered
      .getByText('To stop being offered places from this waiting list', { exact: false })
      .waitFor();
    await offered.getByRole('link', { name: /\/unsubscribe\// }).click();
    await expectPage(alex.page, 'Stop being offered places');
    await alex.page.getByText(`You are on the waiting list for ${title}.`, { exact: false }).waitFor();
    await alex.page.getByText('Places you have already been given stay yours.', { exact: false }).waitFor();
    await expectNoSeriousAxeViolations(alex.page);
    await alex.page.getByRole('button', { name: 'Take me off the waiting list' }).click();
    await alex.page
      .getByRole('heading', { name: 'You will not be offered places from this waiting list' })
      .waitFor();
    await alex.page.getByText('Done. You are off the waiting list.').waitFor();
    await expectNoSeriousAxeViolations(alex.page);

    // Alex keeps the place they were given, and waits for nothing more.
    const mine = (await (await alex.page.request.get('/api/activities/me/sign-ups')).json()) as {
      signUps: { title: string; status: string }[];
    };
    expect(
      mine.signUps
        .filter((s) => s.title === title)
        .map((s) => s.status)
        .sort(),
    ).toEqual(['booked', 'cancelled', 'cancelled']);
    for (const watched of [jo, rowan, alex]) expect(watched.problems).toEqual([]);
  }, 180_000);

  it('a coordinator adds a weekly activity from the plan page, changes its venue and places, and the programme shows it', async () => {
    const PLANNED = 'Thursday walk and talk';
    const jo = await newPage();
    await signInAsDemo(jo.page, 'coordinator@cairn.example');
    await jo.page.goto('/activities');
    await expectPage(jo.page, "What's on");
    await jo.page.getByRole('link', { name: 'Plan the programme' }).click();
    await expectPage(jo.page, 'Plan the programme');

    const add = jo.page.locator('#add-activity');
    await add.getByLabel('Name of the activity').fill(PLANNED);
    await add.getByLabel('Kind of activity').selectOption('walk');
    await add.getByLabel('First date').fill(daysAhead(2));
    await add.getByLabel('Start time').fill('11:00');
    await add.getByLabel('How often').selectOption('weekly');
    await add.getByLabel('Last date').fill(daysAhead(16));
    await add.getByLabel('Venue', { exact: true }).fill('Baxter Park gates');
    await add.getByLabel('Number of places').fill('6');
    await add.getByRole('button', { name: 'Add this activity' }).click();
    await jo.page.getByText(`${PLANNED} is now in the programme.`).waitFor();
    await jo.page.getByRole('heading', { name: PLANNED, level: 3 }).waitFor();
    await expectNoSeriousAxeViolations(jo.page);

    // Edit opens inline with the keyboard in its first field; a mistake is explained next to the field.
    const editButton = jo.page.getByRole('button', { name: `Edit ${PLANNED}` });
    await editButton.click();
    const edit = jo.page.getByRole('form', { name: `Edit ${PLANNED}` });
    await expect
      .poll(() => jo.page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('title');
    await edit.getByLabel('Number of places').fill('0');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await jo.page.getByRole('link', { name: 'Allow at least one place' }).waitFor();
    await expectNoSeriousAxeViolations(jo.page);
    await edit.getByLabel('Venue', { exact: true }).fill('Baxter Park, east gate');
    await edit.getByLabel('Number of places').fill('10');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await jo.page.getByText(`Your changes to ${PLANNED} are saved.`).waitFor();
    await expect
      .poll(() => jo.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Edit ${PLANNED}`);
    await jo.page.getByRole('article', { name: PLANNED }).getByText('10 places').waitFor();
    await expectNoSeriousAxeViolations(jo.page);

    // Escape closes the form and puts the keyboard back on Edit.
    await editButton.click();
    await jo.page.keyboard.press('Escape');
    await expect
      .poll(() => jo.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Edit ${PLANNED}`);

    await jo.page.getByRole('link', { name: "Back to what's on" }).click();
    await expectPage(jo.page, "What's on");
    await showProgrammeUntil(jo.page, jo.page.getByRole('article', { name: PLANNED }));
    const session = jo.page.getByRole('article', { name: PLANNED }).first();
    await session.getByText('Baxter Park, east gate').waitFor();
    await session.getByText('10 places left').waitFor();
    expect(jo.problems).toEqual([]);
  });

  it('a visitor on a phone sees this week first, filters by kind and day, and shows more a week at a time', async () => {
    const jo = await newPage();
    await signInAsDemo(jo.page, 'coordinator@cairn.example');
    const me = (await (await jo.page.request.get('/api/me')).json()) as {
      memberships: { organisationId: string }[];
    };
    const visitor = await newPage(320);
    await visitor.page.goto(`/programme/${me.memberships[0]?.organisationId}`);
    await expectPage(visitor.page, "What's on");
    const weeks = visitor.page.locator('.act-week');
    await weeks.first().waitFor();
    // One week at first: a short page on a phone, whatever the length of the programme.
    expect(await weeks.count()).toBe(1);
    expect(await visitor.page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4000);

    // The one-off walk is weeks away; choosing walks brings it within a week or two.
    await visitor.page.getByLabel('Kind of activity').selectOption({ label: 'Walk' });
    await visitor.page
      .getByRole('status')
      .getByText(/^Showing (all )?\d+/)
      .waitFor();
    await showProgrammeUntil(
      visitor.page,
      visitor.page.getByRole('heading', { name: 'Recovery walk along the river' }),
    );
    const kinds = await visitor.page.locator('.act-session__meta .tag').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Walk']));
    expect(visitor.page.url()).toContain('kind=walk');
    await expectNoSeriousAxeViolations(visitor.page);

    // Tuesdays only, any kind: every session shown is the Tuesday group, and more come a week at a time.
    await visitor.page.getByLabel('Kind of activity').selectOption({ label: 'Any kind' });
    await visitor.page.getByLabel('Day', { exact: true }).selectOption({ label: 'Tuesday' });
    await visitor.page
      .getByRole('status')
      .getByText(/^Showing \d+ of \d+ sessions$/)
      .waitFor();
    await visitor.page.getByRole('button', { name: 'Show the next week' }).click();
    await expect
      .poll(() => visitor.page.evaluate(() => document.activeElement?.closest('.act-week') !== null))
      .toBe(true);
    expect(await weeks.count()).toBe(2);
    const days = await visitor.page.locator('.act-session__meta strong').allTextContents();
    expect(days.length).toBeGreaterThanOrEqual(2);
    for (const day of days) expect(day).toMatch(/^Tuesday /);
    await expectNoSeriousAxeViolations(visitor.page);

    // A filter that matches nothing says so and offers to show everything again: the fortnightly
    // allotment morning always falls on the same day, so on any other day there is none.
    await visitor.page.getByLabel('Day', { exact: true }).selectOption({ label: 'Any day' });
    await visitor.page.getByLabel('Kind of activity').selectOption({ label: 'Allotment session' });
    const allotmentDay = (
      await visitor.page.locator('.act-session__meta strong').first().textContent()
    )?.split(' ')[0];
    const otherDay = ['Monday', 'Tuesday', 'Wednesday'].find((day) => day !== allotmentDay) ?? '';
    await visitor.page.getByLabel('Day', { exact: true }).selectOption({ label: otherDay });
    await visitor.page.getByText('Nothing coming up matches what you chose.').waitFor();
    await visitor.page.getByRole('button', { name: 'Show everything' }).click();
    await weeks.first().waitFor();
    expect(await visitor.page.getByLabel('Day', { exact: true }).inputValue()).toBe('');
    for (const watched of [jo, visitor]) expect(watched.problems).toEqual([]);
  });
});
