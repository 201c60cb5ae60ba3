import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { SCREENSHOTS, expectPage, signInAsDemo, useJourney } from './support/journey.js';

const { newPage } = useJourney('involvement');

const ACTIVITY = 'Peer-led walk around the harbour';
const CHANGED_ACTIVITY = 'Peer-led walk and a talk at the library';
const COURSE = 'Listening skills for peer supporters';

/** What has focus: its accessible label or text, and the id of the form it sits in. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      label: element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '',
      name: element?.getAttribute('name') ?? '',
      form: element?.closest('form')?.id ?? '',
    };
  });
}

function isoToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

describe('involvement: changing log entries and training records in place', () => {
  it('lets a coordinator change a log entry and a member’s training in place, keyboard first', async () => {
    const jo = await newPage();
    const page = jo.page;
    await signInAsDemo(page, 'coordinator@cairn.example');
    const me = (await (await page.request.get('/api/me')).json()) as {
      memberships: { organisationId: string }[];
    };
    const organisationId = me.memberships[0]?.organisationId ?? '';
    const members = (await (
      await page.request.get(`/api/organisations/${organisationId}/members`)
    ).json()) as {
      members: { personId: string; displayName: string }[];
    };
    const alexId = members.members.find((m) => m.displayName === 'Alex Brae')?.personId ?? '';
    const created = await page.request.post(`/api/organisations/${organisationId}/involvement`, {
      data: {
        personId: alexId,
        occurredOn: isoToday(),
        activity: ACTIVITY,
        role: 'peer_supporter',
        hours: 1.5,
        expensesPence: 250,
        paymentChoice: 'declined',
      },
    });
    expect(created.status()).toBe(201);
    const entryId = ((await created.json()) as { entry: { id: string } }).entry.id;

    // The log: Edit opens a form in place, focus goes into it, Escape brings it back to Edit.
    await page.goto(`/involvement/organisations/${organisationId}`);
    await expectPage(page, 'Involvement log');
    const row = page.locator('tr').filter({ hasText: ACTIVITY });
    const edit = row.getByRole('button', { name: /^Edit the entry for Alex Brae on / });
    await edit.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).form).toBe(`edit-entry-${entryId}`);
    expect((await focused(page)).name).toBe('occurredOn');
    expect(await edit.getAttribute('aria-expanded')).toBe('true');
    const form = page.locator(`#edit-entry-${entryId}`);
    // The payment choice keeps its warning about vouchers and benefits.
    await form.getByText('Vouchers can count as earnings for benefits', { exact: false }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await form.screenshot({ path: `${SCREENSHOTS}/involvement-entry-edit-1280.png` });
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused(page)).label).toMatch(/^Edit the entry for Alex Brae on /);
    expect(await form.count()).toBe(0);

    // Bad hours: the error sits beside the field and the summary takes focus; nothing is saved.
    await edit.click();
    await form.getByLabel('Hours').fill('30');
    await form.getByRole('button', { name: 'Save changes' }).click();
    const summary = page.locator('.error-summary');
    await summary
      .getByRole('link', { name: 'Enter hours as a number from 0 to 24, for example 2 or 1.5' })
      .waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
      .toContain('error-summary');
    expect(await form.locator('.field__error').count()).toBe(1);
    await expectNoSeriousAxeViolations(page);

    // Fixed and saved: the row shows the change, and focus is back on its Edit button.
    await form.getByLabel('Hours').fill('2.75');
    await form.getByLabel('What they did').fill(CHANGED_ACTIVITY);
    await form.getByLabel('Voucher').check();
    await form.getByRole('button', { name: 'Save changes' }).click();
    const changedRow = page.locator('tr').filter({ hasText: CHANGED_ACTIVITY });
    await changedRow.getByText('2.75', { exact: true }).waitFor();
    await changedRow.getByText('Voucher', { exact: true }).waitFor();
    await page.getByText('Saved the changes to the entry for Alex Brae', { exact: false }).waitFor();
    expect(await page.locator('tr').filter({ hasText: ACTIVITY }).count()).toBe(0);
    await expect.poll(async () => (await focused(page)).label).toMatch(/^Edit the entry for Alex Brae on /);
    await expectNoSeriousAxeViolations(page);
    const log = (await (
      await page.request.get(
        `/api/organisations/${organisationId}/involvement?from=${isoToday()}&to=${isoToday()}`,
      )
    ).json()) as { entries: { id: string; hours: number; paymentChoice: string; expensesPence: number }[] };
    expect(log.entries.find((e) => e.id === entryId)).toMatchObject({
      hours: 2.75,
      paymentChoice: 'voucher',
      expensesPence: 250,
    });

    // A member's training, kept by the coordinator: changed in place.
    await page.getByLabel('Member', { exact: true }).selectOption({ label: 'Alex Brae' });
    await page.getByRole('heading', { name: 'Training for Alex Brae' }).waitFor();
    const stories = page.getByRole('button', {
      name: 'Edit the training record Collecting stories with consent',
    });
    await stories.click();
    const trainingForm = page.getByRole('form', {
      name: 'Change the training record Collecting stories with consent',
    });
    await expect.poll(async () => (await focused(page)).name).toBe('kind');
    await trainingForm.getByLabel('Who ran it').fill('Riverside Recovery College');
    await trainingForm.getByLabel('Refresh due (optional)').fill('2020-01-01');
    await trainingForm.getByRole('button', { name: 'Save changes' }).click();
    await page
      .locator('.error-summary')
      .getByRole('link', { name: 'The refresh date must come after the course was completed' })
      .waitFor();
    await expectNoSeriousAxeViolations(page);
    await trainingForm.getByLabel('Refresh due (optional)').fill('');
    await trainingForm.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Run by Riverside Recovery College').waitFor();
    await expect
      .poll(async () => (await focused(page)).label)
      .toBe('Edit the training record Collecting stories with consent');
    await expectNoSeriousAxeViolations(page);
    expect(jo.problems).toEqual([]);
  });

  it('lets a member change and delete their own training record, with a confirmation', async () => {
    const alex = await newPage(320);
    await signInAsDemo(alex.page, 'member@cairn.example');
    await alex.page.goto('/involvement');
    await expectPage(alex.page, 'My time given');
    const added = await alex.page.request.post('/api/me/training', {
      data: {
        kind: 'other',
        title: COURSE,
        provider: 'Harbour Recovery Community',
        completedOn: '2026-01-10',
      },
    });
    expect(added.status()).toBe(201);
    await alex.page.reload();
    await expectPage(alex.page, 'My time given');
    const editCourse = alex.page.getByRole('button', { name: `Edit the training record ${COURSE}` });
    await editCourse.focus();
    await alex.page.keyboard.press('Enter');
    const courseForm = alex.page.getByRole('form', { name: `Change the training record ${COURSE}` });
    await expect.poll(async () => (await focused(alex.page)).name).toBe('kind');
    await courseForm.getByLabel('Course title').fill(`${COURSE}, part 2`);
    await courseForm.getByLabel('Refresh due (optional)').fill('2028-01-10');
    await expectNoSeriousAxeViolations(alex.page);
    await alex.page.screenshot({ path: `${SCREENSHOTS}/involvement-training-edit-320.png`, fullPage: true });
    await courseForm.getByRole('button', { name: 'Save changes' }).click();
    await alex.page.getByRole('heading', { name: `${COURSE}, part 2` }).waitFor();
    await alex.page.getByText('Refresh due 10 January 2028').waitFor();
    await expect
      .poll(async () => (await focused(alex.page)).label)
      .toBe(`Edit the training record ${COURSE}, part 2`);
    await expectNoSeriousAxeViolations(alex.page);

    await alex.page.getByRole('button', { name: `Delete the training record ${COURSE}, part 2` }).click();
    await alex.page
      .getByText(`Delete the training record ${COURSE}, part 2? This cannot be undone.`)
      .waitFor();
    await expectNoSeriousAxeViolations(alex.page);
    // Cancel keeps it, and focus goes back to Delete.
    await alex.page.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(async () => (await focused(alex.page)).label)
      .toBe(`Delete the training record ${COURSE}, part 2`);
    await alex.page.getByRole('button', { name: `Delete the training record ${COURSE}, part 2` }).click();
    await alex.page.getByRole('button', { name: 'Yes, delete it' }).click();
    await alex.page.getByText(`Deleted the training record ${COURSE}, part 2.`).waitFor();
    await expect.poll(() => alex.page.getByRole('heading', { name: `${COURSE}, part 2` }).count()).toBe(0);
    await expectNoSeriousAxeViolations(alex.page);
    const mine = (await (await alex.page.request.get('/api/me/training')).json()) as {
      training: { title: string }[];
    };
    expect(mine.training.map((r) => r.title)).not.toContain(`${COURSE}, part 2`);

    expect(alex.problems).toEqual([]);
  });
});
