import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { SCREENSHOTS, expectPage, followMenuLink, signInAsDemo, useJourney } from './support/journey.js';

const { newPage, serverUrl } = useJourney('stories');

const MEMBER = 'member@cairn.example';
const PEER = 'peer@cairn.example';
const SAFEGUARDING_LEAD = 'safeguarding@cairn.example';
const INTERVIEW_VTT = fileURLToPath(
  new URL('../server/modules/stories/fixtures/interview.vtt', import.meta.url),
);

/** The polite live region that says whether the story is saved. */
function saveStatus(page: Page) {
  return page.locator('#story-save-status [role="status"]');
}

describe('stories: write, review, consent, showcase and withdrawal', () => {
  it('keeps everything a member types through a dropped connection and a reload, then sends it', async () => {
    const { page, context, problems } = await newPage();
    await signInAsDemo(page, MEMBER);

    await page.goto('/stories');
    await expectPage(page, 'My stories');
    await page.getByRole('link', { name: 'Write a new story' }).click();
    await expectPage(page, 'Write your story');
    // An empty form is fine here: the title is optional.
    await page.getByLabel('Title').fill('Finding my feet again');
    await page.getByRole('button', { name: 'Start writing' }).click();
    await expectPage(page, /^Your story$/);
    const editUrl = page.url();
    expect(editUrl).toMatch(/\/stories\/[0-9a-f-]{36}\/edit$/);

    const box = page.getByLabel('Your story', { exact: true });
    const first = 'The first winter was the hardest. I stopped answering the door.';
    const second = ' Then a friend brought soup every Thursday, and one day I went with her to the café.';
    const isDraftSave = (response: { url(): string; request(): { method(): string } }) =>
      response.url().endsWith('/draft') && response.request().method() === 'PUT';
    const firstSave = page.waitForResponse(isDraftSave);
    await box.click();
    await box.pressSequentially(first);
    expect((await firstSave).status()).toBe(200);
    await expect.poll(() => saveStatus(page).textContent(), { timeout: 15_000 }).toBe('Saved');
    await expectNoSeriousAxeViolations(page);

    // The connection drops midway: typing carries on, and the page says it is not saved yet.
    await context.setOffline(true);
    await box.pressSequentially(second);
    await expect
      .poll(() => saveStatus(page).textContent(), { timeout: 15_000 })
      .toBe('Not saved — you’re offline; we’ll keep trying');
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/story-offline-1280.png`, fullPage: true });
    const stored = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((name) => name.startsWith('cairn:story-draft:'));
      return key ? localStorage.getItem(key) : null;
    });
    expect(stored).toContain('soup every Thursday');

    // Back online, but Cairn is restarting (drafts cannot be saved) when the page is reloaded: the
    // copy kept on this device is offered back.
    await page.route('**/api/stories/*/draft', (route) => route.abort('connectionrefused'));
    await context.setOffline(false);
    await page.reload();
    await expectPage(page, 'Your story');
    await box.waitFor();
    expect(await box.inputValue()).toBe(first);
    const restore = page.getByRole('button', { name: 'Use the copy on this device' });
    await restore.waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/story-restore-1280.png`, fullPage: true });
    await page.unroute('**/api/stories/*/draft');
    await restore.click();
    await expect.poll(() => box.inputValue()).toBe(first + second);
    await expect.poll(() => saveStatus(page).textContent(), { timeout: 15_000 }).toBe('Saved');

    // A fresh load now comes straight from the server, with nothing lost.
    await page.reload();
    await expectPage(page, 'Your story');
    await box.waitFor();
    expect(await box.inputValue()).toBe(first + second);
    expect(await restore.count()).toBe(0);

    await page.getByRole('button', { name: 'Send my story' }).click();
    await expectPage(page, 'Check what identifies you');
    await page.getByRole('button', { name: 'Save the version others read' }).waitFor();
    await expectNoSeriousAxeViolations(page);

    // The story now shows on their list with what to do next.
    await page.goto('/stories');
    await expectPage(page, 'My stories');
    await page.getByRole('link', { name: 'Finding my feet again', exact: true }).waitFor();
    await page.getByRole('link', { name: /^Check what identifies you.*Finding my feet again$/ }).waitFor();
    await page.getByRole('link', { name: 'Finding my feet again', exact: true }).click();
    await expectPage(page, 'Finding my feet again');
    await page.getByText('Sent – check what identifies you').waitFor();

    // A shared phone: a second story is written, partly with no connection, and its writer signs out.
    await page.goto('/stories');
    await expectPage(page, 'My stories');
    await page.getByRole('link', { name: 'Write a new story' }).click();
    await expectPage(page, 'Write your story');
    await page.getByLabel('Title').fill('Nobody else should read this');
    await page.getByRole('button', { name: 'Start writing' }).click();
    await expectPage(page, /^Your story$/);
    const saved = 'My brother does not know I relapsed in March.';
    const typedOffline = ' I have not told my sponsor either.';
    const typedOfflineAgain = ' Tomorrow I will.';
    await box.click();
    await box.pressSequentially(saved);
    await context.setOffline(true);
    await box.pressSequentially(typedOffline);
    await expect
      .poll(() => saveStatus(page).textContent(), { timeout: 15_000 })
      .toBe('Not saved — you’re offline; we’ll keep trying');

    // Signing out would lose words Cairn does not have: it says so, and staying keeps them.
    await page.getByRole('button', { name: 'Sign out' }).click();
    const question = page.getByRole('dialog', { name: 'Some of what you wrote is not saved yet' });
    await question.waitFor();
    await question.getByRole('link', { name: 'Nobody else should read this' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/sign-out-unsaved-1280.png` });
    await question.getByRole('button', { name: 'Stay signed in' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await box.inputValue()).toBe(saved + typedOffline);
    await context.setOffline(false);
    await expect.poll(() => saveStatus(page).textContent(), { timeout: 15_000 }).toBe('Saved');

    // Offline again, with more typed: this time the writer chooses to sign out and delete the words.
    await page.route('**/api/stories/*/draft', (route) => route.abort('connectionrefused'));
    await context.setOffline(true);
    await box.pressSequentially(typedOfflineAgain);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await question.waitFor();
    await context.setOffline(false);
    await question.getByRole('button', { name: 'Sign out and delete the unsaved words' }).click();
    await expectPage(page, 'Sign in');
    await page.unroute('**/api/stories/*/draft');
    // Nothing of the story is left on the phone for the next person.
    const kept = await page.evaluate(() =>
      [localStorage, sessionStorage]
        .flatMap((storage) => Object.keys(storage).map((name) => `${name}=${storage.getItem(name) ?? ''}`))
        .join('\n'),
    );
    for (const words of [
      'Nobody else should read this',
      'relapsed',
      'sponsor',
      'Tomorrow',
      'soup every Thursday',
    ]) {
      expect(kept).not.toContain(words);
    }
    expect(kept).not.toContain('cairn:story-draft:');
    expect(problems).toEqual([]);
  });

  it('lets a peer supporter record an interview, review it, publish it, and withdraw it', async () => {
    const { page, problems } = await newPage();
    await signInAsDemo(page, PEER);

    // Record a one-to-one interview.
    await page.goto('/stories');
    await expectPage(page, 'My stories');
    await page.getByRole('link', { name: 'Record someone’s story' }).click();
    await expectPage(page, 'Record a story');
    await page.getByRole('radio', { name: /^One-to-one interview/ }).check();
    await page.getByLabel('Storytellers’ names').fill('Robin Ash');
    await page.getByLabel('How can we reach them? (optional)').fill('robin@example.org');
    const title = 'Tea at the Tuesday group';
    await page.getByLabel('Title').fill(title);
    await page.getByRole('button', { name: 'Start writing' }).click();
    await expectPage(page, 'The story');
    const storyPath = new URL(page.url()).pathname.replace(/\/edit$/, '');

    // Import the transcript into the draft.
    await page.getByLabel('Transcript file').setInputFiles(INTERVIEW_VTT);
    await page.getByRole('button', { name: 'Import the transcript' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Transcript imported/ })
      .waitFor();
    const box = page.getByLabel('Your story', { exact: true });
    await expect.poll(() => box.inputValue()).toContain('nobody asked me to explain myself');
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/story-recorded-1280.png`, fullPage: true });

    // Send it and review what identifies the storyteller.
    await page.getByRole('button', { name: 'Send my story' }).click();
    await expectPage(page, 'Check what identifies you');
    const findings = page.locator('button.finding');
    await findings.first().waitFor();
    expect(await findings.count()).toBeGreaterThan(0);
    // Every highlight is a button reached with Tab; the first is replaced with a general word.
    await page.getByRole('heading', { level: 2, name: 'Your story as written' }).click();
    for (let presses = 0; presses < 10; presses += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('finding') ?? false)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /a name\. Removed$/,
    );
    await page.keyboard.press('Enter');
    const choices = page.locator('.finding__choices');
    await choices.waitFor();
    await expectNoSeriousAxeViolations(page);
    await choices.getByRole('radio', { name: /^Replace it with/ }).check();
    await choices.getByRole('button', { name: 'Done' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
      .toContain('finding');
    await page.screenshot({ path: `${SCREENSHOTS}/story-review-1280.png`, fullPage: true });

    await page.getByRole('button', { name: 'Save the version others read' }).click();
    await page.getByRole('heading', { level: 2, name: 'The version others read' }).waitFor();
    const safeText = (await page.locator('#safe-title ~ .story-text').textContent()) ?? '';
    expect(safeText).toContain('nobody asked me to explain myself');
    expect(safeText).not.toContain('Robin Ash');
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Approve this text' }).click();
    await page.getByRole('status').filter({ hasText: 'You have approved this text' }).waitFor();

    // Record consent as it was given in the room: the words read out, what Robin agreed, and how.
    await page.getByRole('link', { name: 'Choose who can see it' }).click();
    await expectPage(page, 'Who can see this story');
    const wording = page.locator('details.consent-wording-details');
    await wording.getByText('The words to read out or show them first (version cairn-1)').click();
    await wording.getByText(/^Thank you for sharing your story\. You decide who can see it\./).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('radio', { name: 'People looking for what helps recovery (no names)' }).check();
    // How they agreed is needed, and the error summary says so.
    await page.getByRole('button', { name: 'Save their choice' }).click();
    await page.locator('.error-summary').getByRole('link', { name: 'Choose how they agreed' }).waitFor();
    expect(await focusIsIn(page, '.error-summary')).toBe(true);
    await expectNoSeriousAxeViolations(page);
    // These radios are react-aria's: the label is what a pointer presses.
    const agreed = page.getByRole('radiogroup', { name: 'How did they agree?' });
    await agreed.getByText('Signed a form', { exact: true }).click();
    await page.getByRole('button', { name: 'Save their choice' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Their choice has been saved\. You can add a scan of the form they signed/ })
      .waitFor();
    await expect.poll(() => focusIsIn(page, '.stories-status')).toBe(true);
    await page.getByText('Agreed: People looking for what helps recovery (no names)').first().waitFor();
    const history = page.locator('section[aria-labelledby="consent-history-title"]');
    const latest = history.locator('li.record').first();
    await latest.getByText('Recorded by a peer supporter from what they said').waitFor();
    await latest.getByText('Consent wording: cairn-1').waitFor();
    await expectNoSeriousAxeViolations(page);

    // The scan of the form Robin signed goes with that record, and can be downloaded again.
    await latest.getByRole('button', { name: 'Add the scan' }).click();
    await latest
      .locator('.error-summary')
      .getByRole('link', { name: 'Choose the file of the signed form' })
      .waitFor();
    await expectNoSeriousAxeViolations(page);
    await latest.getByLabel('Add a scan of the signed form').setInputFiles({
      name: 'robin-consent.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% Robin Ash signed this consent form\n%%EOF\n'),
    });
    await latest.getByRole('button', { name: 'Add the scan' }).click();
    await history
      .getByRole('status')
      .filter({ hasText: 'The scan of the signed form has been added.' })
      .waitFor();
    await expect.poll(() => focusIsIn(page, '.stories-status')).toBe(true);
    const scan = latest.getByRole('link', { name: 'Scan of the signed form' });
    const scanned = await page.evaluate(
      async (href) => {
        const response = await fetch(href);
        return { status: response.status, start: (await response.text()).slice(0, 8) };
      },
      (await scan.getAttribute('href')) ?? '',
    );
    expect(scanned).toEqual({ status: 200, start: '%PDF-1.4' });
    await expectNoSeriousAxeViolations(page);

    // Sharing with partners is Robin's own yes, so the page asks them to confirm. Named partner
    // organisations need at least one organisation, and a way to ask: the error summary says so.
    await page.getByRole('radio', { name: 'Named partner organisations' }).check();
    await page.getByRole('heading', { level: 3, name: 'Ask them to confirm' }).waitFor();
    expect(await page.getByRole('button', { name: 'Save their choice' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Ask them to confirm' }).click();
    const summary = page.locator('.error-summary').first();
    await summary.getByRole('link', { name: 'Choose at least one organisation' }).waitFor();
    await summary.getByRole('link', { name: 'Choose how to ask them' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('group', { name: 'Which organisations?' }).getByRole('checkbox').first().check();
    await page.getByLabel('What may they use it for?').fill('Training new peer supporters');
    await page.getByLabel('Until when? (optional)').fill('2027-12-31');
    await agreed.getByText('Said yes out loud', { exact: true }).click();
    await page.getByRole('radio', { name: 'Print a record to give them' }).check();
    await page.getByRole('button', { name: 'Ask them to confirm' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Their record is ready to print\./ })
      .waitFor();
    await expect.poll(() => focusIsIn(page, '.stories-status')).toBe(true);
    const requests = page.locator('section[aria-labelledby="consent-requests-title"]');
    const printed = requests.locator('li.record').first();
    await printed.getByText('Waiting for them').waitFor();
    await printed.getByText('Asked: Named partner organisations').waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/story-consent-1280.png`, fullPage: true });

    // On a phone, nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 900 });
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/story-consent-ask-320.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The printed record carries the reference Robin reads back on the phone.
    await printed.getByRole('link', { name: 'Open the record to print' }).click();
    await expectPage(page, 'Consent record');
    const reference = (await page.locator('.consent-record__reference').textContent()) ?? '';
    expect(reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await page.getByText('Training new peer supporters', { exact: false }).first().waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/story-consent-record-1280.png`, fullPage: true });
    await page.getByRole('link', { name: 'Back to the story' }).click();
    await expectPage(page, 'Who can see this story');

    // A reference that is not this story's is refused, and what was typed stays.
    const referenceBox = page.getByLabel('Their reference');
    await referenceBox.fill('ABCD-EFGH');
    await page.getByRole('button', { name: 'Record their yes' }).click();
    await page
      .locator('.error-summary')
      .getByRole('link', { name: 'Check the reference on their printed record and enter it again' })
      .waitFor();
    expect(await focusIsIn(page, '.error-summary')).toBe(true);
    expect(await referenceBox.inputValue()).toBe('ABCD-EFGH');
    await expectNoSeriousAxeViolations(page);
    // Typed the way it is heard on the phone: lower case, no dash.
    await referenceBox.fill(reference.toLowerCase().replace('-', ''));
    await page.getByRole('button', { name: 'Record their yes' }).click();
    await requests
      .getByRole('status')
      .filter({ hasText: 'Thank you. Their yes has been recorded' })
      .waitFor();
    await expect.poll(() => focusIsIn(page, '.stories-status')).toBe(true);
    await printed.getByText('They said yes', { exact: true }).waitFor();
    await latest.getByText('Confirmed by phone with their reference').waitFor();
    await latest.getByText('Agreed: Named partner organisations').waitFor();
    expect(await page.getByLabel('Their reference').count()).toBe(0);
    await expectNoSeriousAxeViolations(page);

    // Robin also said yes to the public showcase. A text message needs a mobile number, as the
    // contact recorded is an email address; what was chosen is kept.
    await page.getByRole('radio', { name: 'Anyone, on the public stories page' }).check();
    await agreed.getByText('Said yes out loud', { exact: true }).click();
    await page.getByRole('radio', { name: 'By text message, to the mobile number they gave' }).check();
    await page.getByRole('button', { name: 'Ask them to confirm' }).click();
    await page
      .locator('.error-summary')
      .getByRole('link', { name: 'Enter a mobile number to send the link to' })
      .waitFor();
    expect(await page.getByRole('radio', { name: 'Anyone, on the public stories page' }).isChecked()).toBe(
      true,
    );
    expect(await agreed.getByRole('radio', { name: 'Said yes out loud' }).isChecked()).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await page.getByLabel('A different mobile number (optional)').fill('07700 900789');
    await page.getByRole('button', { name: 'Ask them to confirm' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^We have sent them a text message/ })
      .waitFor();
    // They would rather have it by email: the newer request replaces the text message.
    await page.getByRole('radio', { name: 'By email, to the address they gave' }).check();
    expect(await page.getByLabel('A different email address (optional)').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Ask them to confirm' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^We have emailed them a link\./ })
      .waitFor();
    await expect.poll(() => focusIsIn(page, '.stories-status')).toBe(true);
    const emailed = requests.locator('li.record').first();
    await emailed.getByText('Waiting for them').waitFor();
    await requests.locator('li.record').nth(1).getByText('Replaced by a newer request').waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/story-consent-requests-1280.png`, fullPage: true });

    // Robin follows the link in the email (here, in the development outbox) and says yes themselves.
    await page.getByRole('link', { name: 'See the message in the development outbox' }).click();
    await expectPage(page, 'Development mail outbox');
    const message = page
      .locator('li.message')
      .filter({ hasText: 'robin@example.org' })
      .filter({ hasText: 'Your story: please check it' })
      .first();
    const link = (await message.getByRole('link', { name: /\/confirm\// }).getAttribute('href')) ?? '';
    expect(link).toMatch(/^\/confirm\/\S+$/);
    const robin = await newPage(320);
    await robin.page.goto(link);
    await expectPage(robin.page, 'Your story');
    await robin.page.getByRole('button', { name: 'Yes, share it as shown' }).click();
    await robin.page.getByRole('status').filter({ hasText: 'Your story will be shared' }).waitFor();
    await expectNoSeriousAxeViolations(robin.page);
    expect(robin.problems).toEqual([]);

    // Back with the peer supporter: Robin's own yes, and how it is known.
    await page.goBack();
    await expectPage(page, 'Who can see this story');
    await emailed.getByText('They said yes', { exact: true }).waitFor();
    await latest.getByText('Confirmed through a link').waitFor();
    await latest.getByText('Agreed: Anyone, on the public stories page').waitFor();
    await expectNoSeriousAxeViolations(page);

    // The public, not signed in, finds it in the showcase and reads it.
    const visitor = await newPage(320);
    await visitor.page.goto('/');
    await expectPage(visitor.page, 'Welcome to Cairn');
    await followMenuLink(visitor.page, 'Read stories');
    await expectPage(visitor.page, 'Stories of recovery');
    await visitor.page.getByLabel('How the story was shared').selectOption('one_to_one_interview');
    await visitor.page.getByLabel('Search the stories').fill('Tuesday group');
    await visitor.page.getByRole('button', { name: 'Search' }).click();
    await visitor.page.getByRole('link', { name: title }).click();
    await expectPage(visitor.page, title);
    expect(await visitor.page.locator('.reading__text').textContent()).toContain('I make the tea');
    const shareLink = await visitor.page.getByLabel('Link to this story').inputValue();
    expect(shareLink).toBe(`${serverUrl()}${storyPath.replace('/stories/', '/showcase/')}`);
    await visitor.page.screenshot({ path: `${SCREENSHOTS}/showcase-story-320.png`, fullPage: true });

    // The peer supporter withdraws it, and it is gone from the showcase at once.
    await page.getByRole('button', { name: 'Withdraw the story' }).click();
    await page
      .getByRole('radiogroup', { name: 'How did they ask?' })
      .getByText('They told me', { exact: true })
      .click();
    await page.getByRole('button', { name: 'Yes, withdraw it' }).click();
    await page.getByText('The story has been withdrawn everywhere.').waitFor();
    await expectNoSeriousAxeViolations(page);

    await visitor.page.reload();
    await expectPage(visitor.page, 'Stories of recovery');
    await visitor.page.getByText('This story is not available.').waitFor();
    await visitor.page.goto('/showcase?q=Tuesday+group');
    await expectPage(visitor.page, 'Stories of recovery');
    await visitor.page
      .getByRole('status')
      .filter({ hasText: /stor(y|ies)$/ })
      .waitFor();
    expect(await visitor.page.getByRole('link', { name: title }).count()).toBe(0);
    expect(problems).toEqual([]);
    expect(visitor.problems).toEqual([]);
  });

  it('shows support lines to a member at risk, and lets the safeguarding lead act on the alert', async () => {
    // The member writes on a narrow phone screen.
    const { page, problems } = await newPage(320);
    await signInAsDemo(page, MEMBER);
    await page.goto('/stories/new');
    await expectPage(page, 'Write your story');
    await page.getByLabel('Title').fill('This week');
    await page.getByRole('button', { name: 'Start writing' }).click();
    await expectPage(page, /^Your story$/);
    const risk = 'Sometimes I still want to die.';
    await page
      .getByLabel('Your story', { exact: true })
      .fill(`Things have been hard since the summer. ${risk}`);
    // Sending with nothing left unsaved: the page saves first.
    await page.getByRole('button', { name: 'Send my story' }).click();
    await expectPage(page, 'Check what identifies you');
    await page.getByRole('heading', { level: 2, name: 'If you are struggling right now' }).waitFor();
    await page.getByText('Samaritans').first().waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/story-support-lines-320.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(problems).toEqual([]);

    // The safeguarding lead sees the alert with its evidence, reads the original and acts on it.
    const lead = await newPage();
    await signInAsDemo(lead.page, SAFEGUARDING_LEAD);
    await lead.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Safeguarding alerts' })
      .click();
    await expectPage(lead.page, 'Safeguarding alerts');
    const alert = lead.page.locator('li.record').filter({ hasText: risk }).first();
    await alert.waitFor();
    await alert.getByRole('link', { name: /^Open the case/ }).click();
    await expectPage(lead.page, 'Safeguarding alert');
    await lead.page
      .getByRole('link', { name: 'Read the whole story and mark what must stay private' })
      .click();
    await expectPage(lead.page, 'The original story');
    await lead.page.getByText(risk, { exact: false }).first().waitFor();
    await lead.page.goBack();
    await expectPage(lead.page, 'Safeguarding alert');

    // A note is needed.
    const closing = lead.page.locator('section[aria-labelledby="case-close-title"]');
    await closing.getByRole('button', { name: 'I am dealing with this' }).click();
    await closing
      .locator('.error-summary')
      .getByRole('link', { name: 'Say why you are closing the alert' })
      .waitFor();
    await expectNoSeriousAxeViolations(lead.page);
    const note = closing.getByLabel('Why you are closing it');
    await note.fill('Called the member; they are safe and seeing their GP tomorrow.');
    await closing.getByRole('button', { name: 'I am dealing with this' }).click();
    await closing.getByRole('status').filter({ hasText: 'Marked as being dealt with' }).waitFor();
    await note.fill('Checked in again; support is in place.');
    await closing.getByRole('button', { name: 'Close the alert' }).click();
    await closing
      .getByRole('status')
      .filter({ hasText: 'The alert is closed. The story is still not shared.' })
      .waitFor();
    await expectNoSeriousAxeViolations(lead.page);
    await lead.page.screenshot({ path: `${SCREENSHOTS}/safeguarding-alerts-1280.png`, fullPage: true });
    expect(lead.problems).toEqual([]);
  });
});

describe('support lines', () => {
  it('lets a coordinator set the support lines people at risk see', async () => {
    const { page, problems } = await newPage(320);
    await signInAsDemo(page, 'coordinator@cairn.example');
    await page.goto('/organisations');
    await page
      .getByRole('link', { name: /Harbour Recovery Community/ })
      .first()
      .click();
    await page.getByRole('link', { name: 'Support lines shown to people at risk' }).click();
    await expectPage(page, 'Support lines');
    await page.getByRole('button', { name: 'Add another line' }).click();
    await page.getByRole('button', { name: 'Save support lines' }).click();
    // The new, empty line is refused with an error summary that links to its field.
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    const lines = page.getByRole('group', { name: /Support line \d+/ });
    const last = lines.last();
    await last.getByLabel('Name of the service').fill('Harbour crisis drop-in');
    await last.getByLabel('How to reach it').fill('Call 01382 000000');
    await page.getByRole('button', { name: 'Save support lines' }).click();
    await page.getByText('Saved. Storytellers will see these lines.').waitFor();
    await page.reload();
    await expectPage(page, 'Support lines');
    expect(await page.getByLabel('Name of the service').last().inputValue()).toBe('Harbour crisis drop-in');
    expect(problems).toEqual([]);
  });
});

describe('finding stories', () => {
  it('lets a peer supporter search stories they may read, and the public filter the showcase by theme', async () => {
    const { page, problems } = await newPage();
    await signInAsDemo(page, PEER);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Search stories' })
      .click();
    await expectPage(page, 'Search stories');
    await page.getByLabel('Words to look for').fill('allotment');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Back on the allotment' }).waitFor();
    await expectNoSeriousAxeViolations(page);

    const visitor = await newPage(320);
    await visitor.page.goto('/showcase');
    await expectPage(visitor.page, 'Stories of recovery');
    await visitor.page.getByLabel('What the story is about').selectOption('connectedness');
    await visitor.page.getByRole('button', { name: 'Search' }).click();
    await visitor.page.waitForURL(/theme=connectedness/);
    await visitor.page
      .getByRole('status')
      .filter({ hasText: /stor(y|ies)/ })
      .waitFor();
    await expectNoSeriousAxeViolations(visitor.page);
    expect(problems).toEqual([]);
    expect(visitor.problems).toEqual([]);
  });
});

describe('collections', () => {
  it('lets a coordinator gather public stories into a collection the public can read', async () => {
    const { page, problems } = await newPage();
    await signInAsDemo(page, 'coordinator@cairn.example');
    await page.goto('/showcase');
    await expectPage(page, 'Stories of recovery');
    await page.getByRole('link', { name: 'Collections of public stories' }).click();
    await expectPage(page, 'Collections of public stories');
    await page.getByRole('button', { name: 'Create the collection' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await page.getByLabel('Collection title').fill('Stories from the allotment');
    await page.getByRole('button', { name: 'Create the collection' }).click();
    const item = page.locator('li.record').filter({ hasText: 'Stories from the allotment' });
    await item.getByLabel('Add a story').selectOption({ label: 'Back on the allotment' });
    await item.getByRole('button', { name: 'Add to this collection' }).click();
    await item.getByRole('button', { name: 'Remove “Back on the allotment”' }).waitFor();
    await expectNoSeriousAxeViolations(page);

    const visitor = await newPage(320);
    await visitor.page.goto('/showcase');
    await visitor.page.getByRole('link', { name: 'Stories from the allotment' }).click();
    await expectPage(visitor.page, 'Stories from the allotment');
    await visitor.page.getByRole('link', { name: 'Back on the allotment' }).waitFor();
    await expectNoSeriousAxeViolations(visitor.page);
    expect(problems).toEqual([]);
    expect(visitor.problems).toEqual([]);
  });
});

/** Whether the element that has focus is, or is inside, the element `selector` finds. */
async function focusIsIn(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((target) => {
    const active = document.activeElement;
    return Boolean(active && active.closest(target));
  }, selector);
}

/** What a safeguarding lead's Cairn holds about the alerts on a story, read through the API. */
async function alertsOfStory(page: Page, storyId: string) {
  return page.evaluate(async (id) => {
    const list = (await (await fetch('/api/safeguarding/alerts')).json()) as {
      alerts: { id: string; storyId: string; source: string; status: string; evidence: { text: string }[] }[];
    };
    const alerts = list.alerts.filter((alert) => alert.storyId === id);
    const cases = await Promise.all(
      alerts.map(
        async (alert) =>
          (await (await fetch(`/api/safeguarding/alerts/${alert.id}`)).json()) as {
            story: { held: boolean };
            storytellers: { contact: string | null }[];
          },
      ),
    );
    return alerts.map((alert, index) => ({ ...alert, case: cases[index] }));
  }, storyId);
}

describe('raising a concern by hand', () => {
  it('lets a peer supporter leave a way to reach the storyteller, and raise a concern while reviewing', async () => {
    const { page, problems } = await newPage(320);
    await signInAsDemo(page, PEER);
    await page.goto('/stories/new?channel=one_to_one_interview');
    await expectPage(page, 'Record a story');
    const names = page.getByLabel('Storytellers’ names');
    const contact = page.getByLabel('How can we reach them? (optional)');
    await names.fill('Sky Rowan');
    await contact.fill('ring the café');
    await page.getByLabel('Title').fill('Winter at the flat');
    await page.getByRole('button', { name: 'Start writing' }).click();
    // A contact that is neither an email address nor a phone number is refused, and nothing typed is lost.
    await page
      .locator('.error-summary')
      .getByRole('link', {
        name: 'Enter an email address or a mobile number, like 07700 900123, or leave this empty',
      })
      .waitFor();
    expect(await focusIsIn(page, '.error-summary')).toBe(true);
    expect(await contact.inputValue()).toBe('ring the café');
    expect(await names.inputValue()).toBe('Sky Rowan');
    await expectNoSeriousAxeViolations(page);
    await contact.fill('07700 900456');
    await page.getByRole('button', { name: 'Start writing' }).click();
    await expectPage(page, 'The story');
    const storyId = /\/stories\/([0-9a-f-]{36})\/edit$/.exec(page.url())?.[1] ?? '';
    expect(storyId).not.toBe('');
    await page
      .getByLabel('Your story', { exact: true })
      .fill(
        'Sky talked about the walking group and the allotment. She said the flat is cold this winter, ' +
          'that her partner keeps her phone, and that she has nowhere else to go.',
      );
    await page.getByRole('button', { name: 'Send my story' }).click();
    await expectPage(page, 'Check what identifies you');

    // The review asks the peer supporter to read the story for risk too.
    const concern = page.locator('section.concern');
    await concern.getByRole('heading', { level: 2, name: 'Is anyone at risk?' }).waitFor();
    await concern
      .getByText('Does anything in this story make you worried that someone is not safe right now?')
      .waitFor();
    const open = concern.getByRole('button', { name: 'Raise a concern' });
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    await open.click();
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    const note = concern.getByLabel('What worried you?');
    await expect.poll(() => note.evaluate((box) => box === document.activeElement)).toBe(true);
    await expectNoSeriousAxeViolations(page);

    // What worried them is needed.
    await concern.getByRole('button', { name: 'Send the concern' }).click();
    await concern
      .locator('.error-summary')
      .getByRole('link', { name: 'Say in a few words what worried you' })
      .waitFor();
    expect(await focusIsIn(page, '.error-summary')).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/story-concern-error-320.png`, fullPage: true });

    const worry = 'Her partner keeps her phone and she says she has nowhere else to go.';
    await note.fill(worry);
    await concern.getByRole('button', { name: 'Send the concern' }).click();
    await concern
      .getByRole('status')
      .filter({
        hasText:
          'Thank you. A safeguarding lead has been told and will read the story. It won’t be shared while they look at it.',
      })
      .waitFor();
    await expect.poll(() => focusIsIn(page, '.stories-status')).toBe(true);
    expect(await concern.locator('.error-summary').count()).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/story-concern-raised-320.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(problems).toEqual([]);

    // The safeguarding lead has the concern, in the peer supporter's words, with the way to reach Sky.
    const lead = await newPage();
    await signInAsDemo(lead.page, SAFEGUARDING_LEAD);
    const [alert] = await alertsOfStory(lead.page, storyId);
    expect(alert?.source).toBe('reader');
    expect(alert?.evidence.map((item) => item.text)).toContain(worry);
    expect(alert?.case?.story.held).toBe(true);
    expect(alert?.case?.storytellers.map((teller) => teller.contact)).toContain('07700 900456');
    expect(lead.problems).toEqual([]);
  });

  it('lets a reader raise a concern about a shared story, and its storyteller share it again after a check-in', async () => {
    // A peer supporter reads a story shared for analysis and is worried by it.
    const reader = await newPage();
    await signInAsDemo(reader.page, PEER);
    await reader.page.goto('/stories/search');
    await expectPage(reader.page, 'Search stories');
    await reader.page.getByLabel('Words to look for').fill('writing group');
    await reader.page.getByRole('button', { name: 'Search' }).click();
    await reader.page.getByRole('link', { name: 'Finding words', exact: true }).click();
    await expectPage(reader.page, 'Finding words');
    const storyId = /\/stories\/([0-9a-f-]{36})$/.exec(reader.page.url())?.[1] ?? '';
    expect(storyId).not.toBe('');
    await reader.page.getByRole('button', { name: 'Raise a concern' }).click();
    await reader.page
      .getByLabel('What worried you?')
      .fill('“The years I lost” — I would like someone to check in.');
    await reader.page.getByRole('button', { name: 'Send the concern' }).click();
    await reader.page
      .getByRole('status')
      .filter({ hasText: 'so you won’t be able to open it for now' })
      .waitFor();
    await expect.poll(() => focusIsIn(reader.page, '.stories-status')).toBe(true);
    await expectNoSeriousAxeViolations(reader.page);
    expect(reader.problems).toEqual([]);

    // Its storyteller, on a phone, is told kindly that someone will check in, with the support lines.
    const { page, problems } = await newPage(320);
    await signInAsDemo(page, MEMBER);
    await page.goto(`/stories/${storyId}`);
    await expectPage(page, 'Finding words');
    await page.getByRole('heading', { level: 2, name: 'Someone will check in with you' }).waitFor();
    await page
      .getByText('We’ve asked someone from our team to check in with you. Your story isn’t shared')
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'If you are struggling right now' }).waitFor();
    expect(await page.getByText(/safeguarding/i).count()).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/story-hold-looking-320.png`, fullPage: true });

    // The lead keeps the first sentence out of every shared version, then closes the alert.
    const lead = await newPage();
    await signInAsDemo(lead.page, SAFEGUARDING_LEAD);
    const [alert] = await alertsOfStory(lead.page, storyId);
    expect(alert?.source).toBe('reader');
    const statuses = await lead.page.evaluate(
      async ({ id, alertId }) => {
        const original = (await (await fetch(`/api/stories/${id}/original`)).json()) as {
          sentences: { start: number; end: number }[];
        };
        const json = { 'content-type': 'application/json' };
        const withheld = await fetch(`/api/safeguarding/alerts/${alertId}/withheld`, {
          method: 'PUT',
          headers: json,
          body: JSON.stringify({ spans: original.sentences.slice(0, 1) }),
        });
        const closed = await fetch(`/api/safeguarding/alerts/${alertId}`, {
          method: 'PATCH',
          headers: json,
          body: JSON.stringify({
            status: 'closed',
            actionNote: 'Spoke with them; they are safe and well supported.',
          }),
        });
        return [withheld.status, closed.status];
      },
      { id: storyId, alertId: alert?.id ?? '' },
    );
    expect(statuses).toEqual([200, 200]);

    // Back with the storyteller: the story waits for them, with the withheld words marked […].
    await page.reload();
    await expectPage(page, 'Finding words');
    await page.getByRole('heading', { level: 2, name: 'Your story is waiting for you' }).waitFor();
    await page.getByText('Parts marked […] have been left out to keep you safe.').waitFor();
    expect(await page.locator('#story-safe-title ~ .story-text').textContent()).toMatch(/^\[…\]/);
    expect(await page.getByText(/safeguarding/i).count()).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/story-hold-waiting-320.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    // Approving lets the choice they made before apply again, and the page says so.
    await page
      .getByText('It will then be shared as you chose before: people looking for what helps recovery')
      .waitFor();
    await page.getByRole('button', { name: 'Approve this text' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'You have approved this text. Next, choose who can see it.' })
      .waitFor();
    await expect.poll(() => focusIsIn(page, '.stories-status')).toBe(true);
    await page.getByRole('link', { name: 'Choose who can see it' }).first().waitFor();
    expect(await page.getByRole('heading', { name: 'Your story is waiting for you' }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page);
    expect(problems).toEqual([]);
    expect(lead.problems).toEqual([]);
  });
});

describe('reaching people when it matters', () => {
  it('warns an admin where nobody would hear an alert, and keeps a mobile number for urgent messages', async () => {
    const { page, problems } = await newPage(320);
    await signInAsDemo(page, 'admin@cairn.example');
    const warning = page.locator('.warning-text');
    const appoint = warning.getByRole('link', {
      name: 'Choose a safeguarding lead for Riverside Wellbeing Trust',
    });
    await appoint.waitFor();
    expect(await warning.locator('.warning-text__text').textContent()).toMatch(
      /^Warning: Nobody at \d organisations would hear if a story showed someone at risk\./,
    );
    expect(await warning.getByRole('link', { name: /Harbour Recovery Community/ }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/home-no-lead-warning-320.png`, fullPage: true });
    await appoint.click();
    await expectPage(page, /Riverside Wellbeing Trust/);

    // A mobile number for urgent messages: a bad one is refused with what was typed kept.
    await page.goto('/account');
    await expectPage(page, 'My account');
    const mobile = page.getByLabel('Mobile number (optional)');
    await mobile.fill('12345');
    await page.getByRole('button', { name: 'Save mobile number' }).click();
    await page
      .locator('.error-summary')
      .getByRole('link', { name: 'Enter a mobile number, like 07700 900123, or leave this empty' })
      .waitFor();
    expect(await focusIsIn(page, '.error-summary')).toBe(true);
    expect(await mobile.inputValue()).toBe('12345');
    await expectNoSeriousAxeViolations(page);
    await mobile.fill('07700 900123');
    await page.getByRole('button', { name: 'Save mobile number' }).click();
    await page.getByRole('status').filter({ hasText: 'Your mobile number has been saved.' }).waitFor();
    await expect.poll(() => focusIsIn(page, '.account-status')).toBe(true);
    await page.locator('dd').filter({ hasText: '07700 900123' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/account-mobile-320.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.reload();
    await expectPage(page, 'My account');
    expect(await mobile.inputValue()).toBe('07700 900123');
    // The name is untouched.
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Sam Rivers');
    expect(problems).toEqual([]);

    // A coordinator whose organisation has a lead sees no warning.
    const coordinator = await newPage();
    const coverage = coordinator.page.waitForResponse((response) =>
      response.url().endsWith('/api/safeguarding/coverage'),
    );
    await signInAsDemo(coordinator.page, 'coordinator@cairn.example');
    expect(await (await coverage).json()).toEqual({ organisationsWithoutLead: [] });
    expect(await coordinator.page.locator('.warning-text').count()).toBe(0);
    expect(coordinator.problems).toEqual([]);
  });
});
