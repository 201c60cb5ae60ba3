import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { expectPage, signInAsDemo, useJourney } from './support/journey.js';

const { newPage } = useJourney('analysis');

const PROJECT = 'Recovery journeys in Riverside';
const PROJECT_XSD = fileURLToPath(
  new URL('../server/modules/analysis/refi-qda-schemas/Project.xsd', import.meta.url),
);
/** Three demo stories: one shared with partners (quotable to decision makers), two public. */
const STORIES = ['What the café gave me', 'The kettle was always on', 'Learning to ask'];

/** Codes a story's first sentence, chosen with the keyboard by its checkbox. */
async function codeFirstSentence(page: Page, projectId: string, story: string, code: string) {
  await page.goto(`/analysis/${projectId}`);
  await expectPage(page, PROJECT);
  await page.getByRole('link', { name: `Code: ${story}` }).click();
  await expectPage(page, story);
  await page.getByRole('checkbox', { name: /^Sentence 1: / }).check();
  await page.getByLabel('Code', { exact: true }).selectOption({ label: code });
  await page.getByRole('button', { name: 'Apply the code' }).click();
  await page.getByText(`Applied “${code}”.`).waitFor();
}

describe('analysis, from stories to a briefing', () => {
  it('two peer researchers code three stories blind, compare, agree, write a key message and download the briefing', async () => {
    // The peer supporter starts a blind project and adds the stories shared for analysis.
    const kit = await newPage();
    const peer = kit.page;
    await signInAsDemo(peer, 'peer@cairn.example');
    await peer.getByRole('link', { name: 'Finding themes', exact: true }).first().click();
    await expectPage(peer, 'Finding themes');
    await peer.getByRole('button', { name: 'Start the project' }).click();
    await peer.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectNoSeriousAxeViolations(peer);
    await peer.getByLabel('Project name').fill(PROJECT);
    await peer.getByLabel('What do you want to find out? (optional)').fill('What helps people keep going?');
    await peer.getByRole('button', { name: 'Start the project' }).click();
    await peer.waitForURL(/\/analysis\/[0-9a-f-]{36}$/);
    await expectPage(peer, PROJECT);
    const projectId = /\/analysis\/([0-9a-f-]{36})$/.exec(peer.url())?.[1] ?? '';
    await peer.getByRole('button', { name: /^Add \d+ stories shared for analysis$/ }).click();
    await peer.getByText('Stories added.').waitFor();
    for (const story of STORIES) await peer.getByRole('link', { name: `Code: ${story}` }).waitFor();
    await expectNoSeriousAxeViolations(peer);

    // Kit codes by sentence with the keyboard; one stretch is selected with the mouse instead.
    await codeFirstSentence(peer, projectId, STORIES[0] ?? '', 'Connectedness');
    await expectNoSeriousAxeViolations(peer);
    await codeFirstSentence(peer, projectId, STORIES[1] ?? '', 'Connectedness');
    await codeFirstSentence(peer, projectId, STORIES[2] ?? '', 'Hope and optimism');
    const text = peer.getByTestId('story-text');
    await text.click({ clickCount: 3 });
    await expect.poll(() => peer.locator('.analysis-selection').textContent()).toMatch(/^“.+”$/);
    await peer.getByLabel('Code', { exact: true }).selectOption({ label: 'Empowerment' });
    await peer.getByRole('button', { name: 'Apply the code' }).click();
    await peer.getByText('Applied “Empowerment”.').waitFor();

    // Jo, the coordinator, codes the same stories blind: Kit's coding is not visible to her.
    const jo = await newPage();
    const coordinator = jo.page;
    await signInAsDemo(coordinator, 'coordinator@cairn.example');
    // Jo leads the analysis: she gives Kit the first story, by keyboard, and sees it is coded.
    await coordinator.goto(`/analysis/${projectId}`);
    await expectPage(coordinator, PROJECT);
    await coordinator.getByLabel('Coder', { exact: true }).selectOption({ label: 'Kit Morrow' });
    await coordinator.getByRole('checkbox', { name: STORIES[0] }).check();
    await coordinator.getByRole('button', { name: 'Give to coder' }).press('Enter');
    await coordinator.getByText('Stories given.').waitFor();
    await coordinator.getByRole('button', { name: `Take “${STORIES[0]}” back from Kit Morrow` }).waitFor();
    await expectNoSeriousAxeViolations(coordinator);
    await peer.goto(`/analysis/${projectId}`);
    await peer.getByRole('heading', { name: 'Stories given to you' }).waitFor();
    await peer.getByText('1 of 1 story coded').waitFor();
    await codeFirstSentence(coordinator, projectId, STORIES[0] ?? '', 'Connectedness');
    expect(await coordinator.getByText('by Kit Morrow').count()).toBe(0);
    await codeFirstSentence(coordinator, projectId, STORIES[1] ?? '', 'Hope and optimism');
    await codeFirstSentence(coordinator, projectId, STORIES[2] ?? '', 'Hope and optimism');
    await coordinator.goto(`/analysis/${projectId}/compare`);
    await expectPage(coordinator, `Compare and agree: ${PROJECT}`);
    await coordinator.getByText('Comparison is not open yet').waitFor();
    await expectNoSeriousAxeViolations(coordinator);

    // Kit opens comparison (it asks first), then they compare and agree a consensus.
    await peer.goto(`/analysis/${projectId}`);
    await expectPage(peer, PROJECT);
    await peer.getByRole('button', { name: 'Open comparison' }).click();
    await peer.getByRole('button', { name: 'Yes, open comparison' }).click();
    await peer.getByText('Comparison is open. Everyone can now see everyone’s coding.').waitFor();
    await peer.getByRole('link', { name: 'Compare and agree' }).click();
    await expectPage(peer, `Compare and agree: ${PROJECT}`);
    await peer.getByRole('heading', { name: 'How closely you agree' }).waitFor();
    await peer.getByRole('columnheader', { name: 'Cohen’s kappa' }).waitFor();
    // the figures count only the codes somebody used, and each code has its own kappa
    await peer
      .getByText(/^The figures count the (code|\d+ codes) somebody used \(of \d+ in the codebook\)/)
      .waitFor();
    await peer.getByRole('columnheader', { name: 'Kappa', exact: true }).waitFor();
    for (const box of await peer.locator('.table-scroll').all())
      expect(await box.getAttribute('tabindex')).toBe('0');
    await expectNoSeriousAxeViolations(peer);
    const agree = peer.getByRole('button', { name: /^Agree: apply .+ here$/ }).first();
    await agree.click();
    await peer.getByText('Agreed:', { exact: false }).first().waitFor();

    // The team adds a code of its own under "Difficulties and barriers", and retires one it does not use.
    await peer.goto(`/analysis/${projectId}`);
    await peer.getByRole('link', { name: 'The codebook: codes, definitions and your own codes' }).click();
    await expectPage(peer, /CHIME recovery framework/);
    await peer.getByLabel('Code name').fill('Waiting for help');
    await peer
      .getByLabel('What it means (optional)')
      .fill('Waiting lists, waiting rooms, waiting for a call back.');
    await peer.getByLabel('Put it under').selectOption({ label: 'Difficulties and barriers' });
    await peer.getByRole('button', { name: 'Add the code' }).click();
    await peer.getByText('Waiting for help added.').waitFor();
    await peer.getByRole('button', { name: 'Move, merge or retire Spirituality' }).click();
    await peer.getByRole('button', { name: 'Retire Spirituality', exact: true }).click();
    await peer.getByText('Spirituality retired. Its coding is kept.').waitFor();
    await expectNoSeriousAxeViolations(peer);

    // A key message for decision makers, backed by a quote whose consent allows it.
    await peer.goto(`/analysis/${projectId}/messages`);
    await expectPage(peer, `Themes and key messages: ${PROJECT}`);
    await expectNoSeriousAxeViolations(peer);
    await peer.getByLabel('Theme name').fill('Belonging');
    await peer.getByRole('checkbox', { name: 'Connectedness', exact: true }).check();
    await peer.getByRole('button', { name: 'Create the theme' }).click();
    await peer.getByText('Theme “Belonging” created.').waitFor();
    const audience = peer.getByRole('radiogroup', { name: 'Who is this message for?' });
    await audience.getByText('Strategic decision makers').click();
    await expect
      .poll(() => audience.getByRole('radio', { name: 'Strategic decision makers' }).isChecked())
      .toBe(true);
    await peer
      .getByLabel('The message', { exact: true })
      .fill('Peer-led spaces where people belong keep them in recovery: fund them for the long term.');
    await peer.getByRole('combobox', { name: 'Theme (optional)' }).selectOption({ label: 'Belonging' });
    await peer.getByRole('button', { name: 'Find quotes' }).click();
    const quote = peer.getByRole('checkbox', { name: new RegExp(STORIES[0] ?? '') }).first();
    await quote.check();
    await peer.getByRole('button', { name: 'Save the key message' }).click();
    await peer.getByText('Key message saved for', { exact: false }).waitFor();
    await peer
      .getByText(/^Heard in \d+ of the \d+ stor(y|ies) coded/)
      .first()
      .waitFor();
    await expectNoSeriousAxeViolations(peer);

    const [word] = await Promise.all([
      peer.waitForEvent('download'),
      peer.getByRole('link', { name: 'Download the briefing for strategic decision makers (Word)' }).click(),
    ]);
    expect(
      readFileSync(await word.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const [pdf] = await Promise.all([
      peer.waitForEvent('download'),
      peer.getByRole('link', { name: 'Download the briefing for strategic decision makers (PDF)' }).click(),
    ]);
    expect(
      readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const [qdpx] = await Promise.all([
      peer.waitForEvent('download'),
      peer
        .getByRole('link', { name: 'Download the project for NVivo, ATLAS.ti, MAXQDA or QualCoder (.qdpx)' })
        .click(),
    ]);
    expect(qdpx.suggestedFilename()).toBe('recovery-journeys-in-riverside.qdpx');
    // The project opens in other tools: project.qde validates against the REFI-QDA schema.
    const files = unzipSync(new Uint8Array(readFileSync(await qdpx.path())));
    const qde = join(mkdtempSync(join(tmpdir(), 'cairn-qdpx-')), 'project.qde');
    writeFileSync(qde, files['project.qde'] ?? new Uint8Array());
    execFileSync('xmllint', ['--noout', '--schema', PROJECT_XSD, qde], { stdio: 'pipe' });

    // The same project on a phone, 320 px wide: the list, coding a story, comparing and the key messages.
    const phone = await newPage(320);
    await signInAsDemo(phone.page, 'peer@cairn.example');
    await phone.page.goto(`/analysis/${projectId}`);
    await expectPage(phone.page, PROJECT);
    await expectNoSeriousAxeViolations(phone.page);
    await phone.page.getByRole('link', { name: `Code: ${STORIES[0] ?? ''}` }).click();
    await expectPage(phone.page, STORIES[0] ?? '');
    await expectNoSeriousAxeViolations(phone.page);
    await phone.page.goto(`/analysis/${projectId}/compare`);
    await expectPage(phone.page, `Compare and agree: ${PROJECT}`);
    await expectNoSeriousAxeViolations(phone.page);
    await phone.page.goto(`/analysis/${projectId}/messages`);
    await expectPage(phone.page, `Themes and key messages: ${PROJECT}`);
    await expectNoSeriousAxeViolations(phone.page);

    for (const watched of [kit, jo, phone]) expect(watched.problems).toEqual([]);
  });
});
