import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { SCREENSHOTS, expectPage, signInAsDemo, useJourney } from './support/journey.js';

const { newPage } = useJourney('safeguarding');

const MEMBER = 'member@cairn.example';
const SAFEGUARDING_LEAD = 'safeguarding@cairn.example';

const TITLE = 'The winter I nearly stopped';
const SAFE = 'The drop-in kept a seat for me every Wednesday, and the kettle was always on.';
const RISK = 'I have been thinking about ending my life this week and I have the tablets saved.';

async function noSidewaysScroll(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

/** The public showcase, searched for the story's first words, as someone signed out sees it. */
async function showcaseText(page: Page): Promise<string | null> {
  await page.goto('/showcase?q=drop-in+kettle');
  await expectPage(page, 'Stories of recovery');
  await page
    .getByRole('status')
    .filter({ hasText: /stor(y|ies)$/ })
    .waitFor();
  const link = page.getByRole('link', { name: TITLE });
  if ((await link.count()) === 0) return null;
  await link.click();
  await expectPage(page, TITLE);
  return page.locator('.reading__text').textContent();
}

describe('a story at risk, from the alert to the storyteller’s own yes', () => {
  it('reaches the lead with who and how, keeps the story held after the alert closes, and shares it only when its storyteller confirms it without the marked sentence', async () => {
    // A member writes on a phone, approves the text and chooses the public showcase.
    const { page, problems } = await newPage(320);
    await signInAsDemo(page, MEMBER);
    await page.goto('/stories/new');
    await expectPage(page, 'Write your story');
    await page.getByLabel('Title').fill(TITLE);
    await page.getByRole('button', { name: 'Start writing' }).click();
    await expectPage(page, /^Your story$/);
    await page.getByLabel('Your story', { exact: true }).fill(`${SAFE} ${RISK}`);
    await page.getByRole('button', { name: 'Send my story' }).click();
    await expectPage(page, 'Check what identifies you');
    await page.getByRole('heading', { level: 2, name: 'If you are struggling right now' }).waitFor();
    await page.getByRole('button', { name: 'Save the version others read' }).click();
    await page.getByRole('button', { name: 'Approve this text' }).click();
    await page.getByRole('status').filter({ hasText: 'You have approved this text' }).waitFor();
    const storyPath = new URL(page.url()).pathname.replace(/\/review$/, '');
    await page.goto(`${storyPath}/consent`);
    await expectPage(page, 'Who can see your story');
    await page.getByRole('radio', { name: 'Anyone, on the public stories page' }).check();
    await page.getByRole('radio', { name: 'Anonymously' }).check();
    await page.getByRole('button', { name: 'Save my choice' }).click();
    await page.getByRole('status').filter({ hasText: 'Your choice has been saved.' }).waitFor();
    await noSidewaysScroll(page, 320);

    const visitor = await newPage(320);
    expect(await showcaseText(visitor.page)).toBeNull();

    // The lead opens the case: it says whose story it is and how to reach them.
    const lead = await newPage();
    await signInAsDemo(lead.page, SAFEGUARDING_LEAD);
    await lead.page.goto('/safeguarding');
    await expectPage(lead.page, 'Safeguarding alerts');
    const alert = lead.page.locator('li.record').filter({ hasText: 'ending my life' }).first();
    await alert.getByText('Found by Cairn when the story was sent').waitFor();
    await alert.getByRole('link', { name: /^Open the case/ }).click();
    await expectPage(lead.page, 'Safeguarding alert');
    const who = lead.page.locator('section[aria-labelledby="case-who"]');
    await who.getByRole('link', { name: MEMBER }).waitFor();
    await who.getByText('Has a Cairn account').waitFor();
    await lead.page.getByText(TITLE).first().waitFor();
    await lead.page.getByText('Not shared with anyone while this is looked at').waitFor();

    // They record the call; a missing note is caught first, and nothing typed is lost.
    const record = lead.page.locator('section[aria-labelledby="case-record"]');
    // The radios are react-aria's: the label is what a pointer presses.
    await record.getByText('Spoke with them', { exact: true }).click();
    await record.getByRole('button', { name: 'Save to the case log' }).click();
    await record
      .locator('.error-summary')
      .getByRole('link', { name: 'Write what happened, in a sentence or two' })
      .waitFor();
    await expectNoSeriousAxeViolations(lead.page);
    expect(await record.getByRole('radio', { name: 'Spoke with them' }).isChecked()).toBe(true);
    await record
      .getByLabel('What happened')
      .fill('Rang them at 10:15. They are safe today; GP appointment booked for tomorrow.');
    await record.getByRole('button', { name: 'Save to the case log' }).click();
    await record.getByRole('status').filter({ hasText: 'Saved to the case log.' }).waitFor();
    const log = lead.page.locator('section[aria-labelledby="case-log"]');
    await log.getByText('Spoke with them').waitFor();
    await log.getByText('GP appointment booked for tomorrow').waitFor();
    await expectNoSeriousAxeViolations(lead.page);
    await lead.page.screenshot({ path: `${SCREENSHOTS}/safeguarding-case-1280.png`, fullPage: true });

    // They read the original and keep the risky sentence out of every shared version.
    await lead.page
      .getByRole('link', { name: 'Read the whole story and mark what must stay private' })
      .click();
    await expectPage(lead.page, 'The original story');
    await lead.page.getByRole('checkbox', { name: RISK }).check();
    await lead.page.getByRole('button', { name: 'Save what stays private' }).click();
    await lead.page
      .getByRole('status')
      .filter({ hasText: '1 part is kept out of every shared version' })
      .waitFor();
    await expectNoSeriousAxeViolations(lead.page);
    await lead.page.getByRole('link', { name: 'Back to the case' }).click();
    await expectPage(lead.page, 'Safeguarding alert');

    // Closing the alert does not share the story.
    const closing = lead.page.locator('section[aria-labelledby="case-close-title"]');
    await closing.getByText('the storyteller can get a kind message').waitFor();
    expect(
      await closing.getByLabel('Send the storyteller this message when I close the alert').isChecked(),
    ).toBe(true);
    await closing
      .getByLabel('Why you are closing it')
      .fill('Safe plan in place with their GP; checked in again this afternoon.');
    await closing.getByRole('button', { name: 'Close the alert' }).click();
    await closing
      .getByRole('status')
      .filter({ hasText: 'The alert is closed. The story is still not shared.' })
      .waitFor();
    await expectNoSeriousAxeViolations(lead.page);
    expect(await showcaseText(visitor.page)).toBeNull();

    // The storyteller follows the kind message's link, reads the story again and confirms it.
    await page.goto('/dev/outbox');
    await expectPage(page, 'Development mail outbox');
    const message = page.locator('.message').filter({ hasText: 'Your story: what happens next' }).first();
    expect(await message.textContent()).not.toContain('tablets');
    await message.getByRole('link', { name: new RegExp(`${storyPath}$`) }).click();
    await expectPage(page, TITLE);
    await page.getByRole('heading', { level: 2, name: 'Your story is waiting for you' }).waitFor();
    await page.getByText('Parts marked […] have been left out to keep you safe.').waitFor();
    expect(await page.locator('.story-text').first().textContent()).not.toContain('tablets');
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({
      path: `${SCREENSHOTS}/safeguarding-storyteller-waiting-320.png`,
      fullPage: true,
    });
    await noSidewaysScroll(page, 320);
    await page.getByRole('button', { name: 'Approve this text' }).click();
    await page.getByRole('status').filter({ hasText: 'You have approved this text' }).waitFor();
    await expectNoSeriousAxeViolations(page);

    // Now, and only now, the public reads it: without the marked sentence.
    const shared = await showcaseText(visitor.page);
    expect(shared).toContain(SAFE);
    expect(shared).toContain('[…]');
    expect(shared).not.toContain('tablets');
    expect(shared).not.toContain('ending my life');
    await expectNoSeriousAxeViolations(visitor.page);
    expect(problems).toEqual([]);
    expect(lead.problems).toEqual([]);
    expect(visitor.problems).toEqual([]);
  });
});
