import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { expectPage, followMenuLink, signInAsDemo, useJourney } from './support/journey.js';

const { newPage } = useJourney('coproduction');

const IDEA = 'A Sunday walking group for people in early recovery';
const CONTACT = 'ash.walker@example.org';
const HELP_CONTACT = '07700 900456';

describe('You said, we did: from a café to a commitment and back to the person who spoke', () => {
  it('brings a café priority in, commits to it, changes its status, and tells the contributor', async () => {
    // A café: Ash joins without an account, leaves a contact, and adds the idea that gets sent on.
    const lead = await newPage();
    await signInAsDemo(lead.page, 'facilitator@cairn.example');
    const me = (await (await lead.page.request.get('/api/me')).json()) as {
      memberships: { organisationId: string }[];
      partnership: { id: string };
    };
    const created = await lead.page.request.post('/api/cafes', {
      data: {
        organisationId: me.memberships[0]?.organisationId,
        title: 'Winter in Riverside',
        rounds: [{ question: 'What would help this winter?', minutes: 10 }],
        tables: 1,
      },
    });
    expect(created.status()).toBe(201);
    const cafe = (await created.json()) as { id: string; joinCode: string };
    const control = (action: string) =>
      lead.page.request.post(`/api/cafes/${cafe.id}/control`, { data: { action } });
    await control('start');

    const ash = await newPage(320);
    await ash.page.goto(`/join/${cafe.joinCode}`);
    await ash.page.getByLabel('Email or phone number (optional)').fill(CONTACT);
    await ash.page.getByRole('button', { name: 'Join the café' }).click();
    await expectPage(ash.page, 'Winter in Riverside');
    await ash.page.getByLabel('Your idea').fill(IDEA);
    await ash.page.getByRole('button', { name: 'Add idea' }).click();
    await ash.page.getByText('Your idea has been added.').waitFor();
    // Ash would help, and leaves a mobile number for that, agreeing in plain words first.
    await ash.page.getByRole('button', { name: `I’d help with: ${IDEA}` }).click();
    await ash.page.getByText('Leave a way to reach you about helping (optional)').click();
    await ash.page.getByRole('button', { name: 'Leave my contact' }).click();
    await ash.page.getByText('Write an email address or mobile number').waitFor();
    await ash.page.getByLabel('Email or mobile number').fill(HELP_CONTACT);
    await ash.page.getByRole('button', { name: 'Leave my contact' }).click();
    await ash.page.getByText('Tick the box to agree, or leave your contact out').waitFor();
    await expectNoSeriousAxeViolations(ash.page);
    await ash.page.getByLabel('I agree the organisers may contact me about helping with this').check();
    await ash.page.getByRole('button', { name: 'Leave my contact' }).click();
    await ash.page.getByText('Thank you. The organisers can reach you about helping.').waitFor();
    await ash.page.getByText('You left a way to reach you about helping with this.').waitFor();
    await expectNoSeriousAxeViolations(ash.page);
    await control('close');
    const board = (await (await lead.page.request.get(`/api/cafes/${cafe.id}/board`)).json()) as {
      ideas: { id: string; text: string }[];
    };
    const ideaId = board.ideas.find((i) => i.text === IDEA)?.id;
    const sent = await lead.page.request.post(`/api/cafes/${cafe.id}/priorities`, { data: { ideaId } });
    expect(sent.status()).toBe(200);

    // The coordinator brings it into "You said, we did", publishes it and commits to it.
    const jo = await newPage();
    const page = jo.page;
    await signInAsDemo(page, 'coordinator@cairn.example');
    await page.getByRole('link', { name: 'Have your say', exact: true }).first().click();
    await expectPage(page, 'Have your say');
    await expectNoSeriousAxeViolations(page);
    const row = page.locator('li, tr, article').filter({ hasText: IDEA }).first();
    await row.getByRole('button', { name: 'Bring into You said, we did' }).click();
    await page.getByText(`“${IDEA}” is now in You said, we did.`, { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Open the priority' }).first().click();
    await expectPage(page, IDEA);
    // The coordinator sees who offered to help and how to reach them (the reading is recorded).
    await page.getByRole('button', { name: 'Show who offered to help' }).click();
    const helpers = page.getByRole('table', { name: 'People who offered to help, with how to reach them' });
    await helpers.getByRole('cell', { name: HELP_CONTACT }).waitFor();
    await helpers.getByRole('rowheader', { name: 'No name given' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Publish on the public page' }).click();
    await page.getByRole('button', { name: 'Take off the public page' }).waitFor();
    await page.getByLabel('What will be done').fill('Start a Sunday walking group with two peer volunteers.');
    await page.getByRole('button', { name: 'Add the commitment' }).click();
    const commitment = page.locator('article').filter({ hasText: 'Start a Sunday walking group' }).first();
    await commitment.waitFor();
    await expectNoSeriousAxeViolations(page);
    await commitment.getByText('In progress', { exact: true }).click();
    await commitment.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved. The status is now “In progress”.', { exact: false }).waitFor();
    await expectNoSeriousAxeViolations(page);

    // Anyone can see it on the public page, without signing in.
    const visitor = await newPage(320);
    await visitor.page.goto(`/you-said-we-did/${me.partnership.id}`);
    await expectPage(visitor.page, 'You said, we did');
    await visitor.page.getByText(IDEA).first().waitFor();
    await visitor.page.getByText('Start a Sunday walking group with two peer volunteers.').waitFor();
    await visitor.page.getByText('In progress').first().waitFor();
    // Counted in the words people use: promises, not the staff word "commitments".
    await visitor.page.getByText(/^\d+ promises?: \d+ done, [1-9]\d* in progress, /).waitFor();
    expect(await visitor.page.getByText(/commitment/i).count()).toBe(0);
    expect(await visitor.page.getByText(CONTACT).count()).toBe(0);
    await expectNoSeriousAxeViolations(visitor.page);
    // Each priority's title opens its own page, the one news about it links to.
    await visitor.page.getByRole('link', { name: IDEA }).click();
    await expectPage(visitor.page, IDEA);
    const priorityUrl = visitor.page.url();
    expect(priorityUrl).toMatch(/\/you-said-we-did\/priorities\/[\w-]+$/);

    // Ash hears when the idea is taken forward, when an organisation promises something and when its
    // status changes: news, held for the day's one message, each with a one-click way to stop news
    // that needs no sign-in, and a link that opens the priority itself, where the promise stands.
    await visitor.page.goto('/dev/outbox');
    await expectPage(visitor.page, 'Development mail outbox');
    const messages = visitor.page.locator('.message').filter({ hasText: CONTACT });
    expect(await messages.count()).toBe(3);
    await messages.filter({ hasText: 'has been taken forward' }).waitFor();
    const promise = messages.filter({ hasText: 'has made a promise in answer to this' });
    await promise
      .getByRole('link', { name: /\/you-said-we-did\/priorities\// })
      .first()
      .click();
    // The priority's own page, its title the heading that has focus, so a screen reader starts there.
    await expectPage(visitor.page, IDEA);
    expect(visitor.page.url()).toBe(priorityUrl);
    await visitor.page.waitForFunction(
      (title) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === title,
      IDEA,
    );
    await visitor.page.getByText('Where this stands: Open').waitFor();
    const promised = visitor.page
      .locator('article')
      .filter({ hasText: 'Start a Sunday walking group' })
      .last();
    await promised.getByText('Start a Sunday walking group with two peer volunteers.').waitFor();
    await promised.getByText('In progress').first().waitFor();
    expect(await visitor.page.getByRole('heading', { level: 2, name: 'What was promised' }).count()).toBe(1);
    expect(await visitor.page.getByText(/commitment/i).count()).toBe(0);
    await visitor.page
      .getByRole('link', { name: 'See everything this partnership was told and did' })
      .click();
    await expectPage(visitor.page, 'You said, we did');
    // A priority that is not (or no longer) public says so plainly, without signing in.
    await visitor.page.goto('/you-said-we-did/priorities/00000000-0000-4000-8000-000000000000');
    await expectPage(visitor.page, 'We could not find this priority');
    await visitor.page.getByText('It may not have been published yet', { exact: false }).waitFor();
    await visitor.page.goto('/dev/outbox');
    await expectPage(visitor.page, 'Development mail outbox');
    await messages.first().getByText('held for the day’s one message', { exact: false }).waitFor();
    await messages
      .first()
      .getByRole('link', { name: /\/unsubscribe\// })
      .click();
    await expectPage(visitor.page, 'Stop news from Cairn');
    await visitor.page.getByText('Messages that need you at once still come', { exact: false }).waitFor();
    await expectNoSeriousAxeViolations(visitor.page);
    await visitor.page.getByRole('button', { name: 'Stop news from Cairn' }).click();
    await visitor.page.getByRole('heading', { name: 'You will not get news from Cairn any more' }).waitFor();
    await expectNoSeriousAxeViolations(visitor.page);
    // The same link undoes it.
    await visitor.page.getByRole('button', { name: 'Start news again' }).click();
    await visitor.page.getByText('News will come again, at most one message a day.').waitFor();

    for (const watched of [lead, ash, jo, visitor]) expect(watched.problems).toEqual([]);
  });

  it('shows the demo year of co-production and each person’s involvement, every page checked with axe', async () => {
    const jo = await newPage();
    const page = jo.page;
    await signInAsDemo(page, 'coordinator@cairn.example');
    const me = (await (await page.request.get('/api/me')).json()) as {
      memberships: { organisationId: string }[];
    };
    const organisationId = me.memberships[0]?.organisationId ?? '';

    // A key message from the peer researchers becomes a priority.
    await page.goto('/coproduction');
    await expectPage(page, 'Have your say');
    const keyMessage = page
      .locator('li')
      .filter({ hasText: 'Keep peer groups running in every neighbourhood' })
      .first();
    await keyMessage
      .getByText('From “What helps recovery in Riverside”, for strategic decision makers', { exact: false })
      .waitFor();
    await keyMessage.getByRole('button', { name: 'Bring into You said, we did' }).click();
    await page.getByText('is now in You said, we did.', { exact: false }).waitFor();
    await keyMessage.getByRole('link', { name: 'Open the priority' }).click();
    await expectPage(page, /^Keep peer groups running in every neighbourhood/);
    await page.getByText('From a key message in research').first().waitFor();
    await expectNoSeriousAxeViolations(page);

    await page.goto('/coproduction/groups');
    await expectPage(page, 'Groups and meetings');
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('link', { name: 'Harbour co-production group' }).click();
    await expectPage(page, 'Harbour co-production group');
    await expectNoSeriousAxeViolations(page);
    // A decision the group made becomes a priority, followed through in public.
    await page
      .getByRole('button', { name: /^Make “.+” a You said, we did priority$/ })
      .first()
      .click();
    await page.getByText('is now in You said, we did.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Open its priority' }).first().click();
    await page.getByText('From a group meeting').first().waitFor();
    await expectNoSeriousAxeViolations(page);

    await page.goto('/coproduction/charter');
    await expectPage(page, 'Working Together charter');
    await expectNoSeriousAxeViolations(page);

    await page.goto(`/coproduction/organisations/${organisationId}`);
    await expectPage(page, /^Where power is shared: /);
    await expectNoSeriousAxeViolations(page);
    // A new seat starts vacant and is offered to members; then someone is appointed to it.
    await page.getByLabel('Kind of seat').selectOption({ label: 'Interview panel' });
    await page
      .getByLabel('Board, committee, team or panel', { exact: true })
      .fill('Peer worker interview panel');
    await page.getByRole('button', { name: 'Add the seat' }).click();
    await page
      .getByText('The seat on Peer worker interview panel has been added.', { exact: false })
      .waitFor();
    await page.getByRole('button', { name: 'Change the seat on Peer worker interview panel' }).click();
    await page.getByLabel('Held by').selectOption({ label: 'Kit Morrow' });
    await page.getByRole('button', { name: 'Save the seat' }).click();
    await page.getByText('The seat on Peer worker interview panel is saved.').waitFor();
    await expectNoSeriousAxeViolations(page);

    await page.goto(`/involvement/organisations/${organisationId}`);
    await expectPage(page, 'Involvement log');
    await page.getByRole('link', { name: 'Download for finance (CSV)' }).waitFor();
    await expectNoSeriousAxeViolations(page);

    await page.goto('/involvement/opportunities');
    await expectPage(page, 'Opportunities to get involved');
    await expectNoSeriousAxeViolations(page);

    // A member's own record, with the PDF for a job or volunteering application.
    const alex = await newPage(320);
    await signInAsDemo(alex.page, 'member@cairn.example');
    await followMenuLink(alex.page, 'My time given');
    await expectPage(alex.page, 'My time given');
    await expectNoSeriousAxeViolations(alex.page);
    const [pdf] = await Promise.all([
      alex.page.waitForEvent('download'),
      alex.page.getByRole('link', { name: 'Download a record of my time given (PDF)' }).click(),
    ]);
    expect(
      readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await alex.page.goto('/coproduction');
    await expectPage(alex.page, 'Have your say');
    await expectNoSeriousAxeViolations(alex.page);

    for (const watched of [jo, alex]) expect(watched.problems).toEqual([]);
  });
});
