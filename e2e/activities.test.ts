import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { expectPage, signInAsDemo, useJourney } from './support/journey.js';

const { newPage } = useJourney('activities');

const IDEA = 'Allotment mornings';

/** A date a few days ahead, as the date field wants it. */
function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function signUpFor(page: Page) {
  await page.goto('/activities');
  await expectPage(page, "What's on");
  await page
    .getByRole('button', { name: new RegExp(`^Sign up for ${IDEA}`) })
    .first()
    .click();
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

    // The public programme shows it, with a calendar to subscribe to.
    const me = (await (await jo.page.request.get('/api/me')).json()) as {
      memberships: { organisationId: string }[];
    };
    const visitor = await newPage(320);
    await visitor.page.goto(`/programme/${me.memberships[0]?.organisationId}`);
    await expectPage(visitor.page, "What's on");
    await visitor.page.getByText(IDEA).first().waitFor();
    const calendar = await visitor.page.request.get(
      (await visitor.page.getByRole('link', { name: 'Add to your calendar' }).getAttribute('href')) ?? '',
    );
    expect(await calendar.text()).toContain(`SUMMARY:${IDEA}`);
    await expectNoSeriousAxeViolations(visitor.page);

    for (const watched of [alex, jo, rowan, visitor]) expect(watched.problems).toEqual([]);
  });
});
