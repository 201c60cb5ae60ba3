import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { expectPage, signInAsDemo, useJourney } from './support/journey.js';

const { newPage } = useJourney('community');

// Names the demo partnership does not use, so nothing here collides with the seeded roles and partners.
const ROLE = 'Allotment shed volunteer';
const PARTNER = 'Eastside Food Larder';

describe('the wider community offer', () => {
  it('a coordinator adds a role, a member applies, and the coordinator accepts them and records their hours', async () => {
    // Jo, the coordinator, adds a volunteering role from the programme page's links.
    const jo = await newPage();
    await signInAsDemo(jo.page, 'coordinator@cairn.example');
    await jo.page.goto('/activities');
    await expectPage(jo.page, "What's on");
    await jo.page.getByRole('link', { name: 'Work placements and volunteering' }).click();
    await expectPage(jo.page, 'Work placements and volunteering');
    await jo.page.getByRole('button', { name: 'Add this role' }).click();
    await jo.page.getByRole('link', { name: 'Give the role a name' }).waitFor();
    await expectNoSeriousAxeViolations(jo.page);
    await jo.page.getByLabel('Name of the role').fill(ROLE);
    await jo.page
      .getByLabel('What the role involves (optional)')
      .fill('Keep the allotment shed tidy, lend out tools and make the tea on Saturday mornings.');
    await jo.page.getByLabel('Volunteering', { exact: true }).check();
    await jo.page.getByLabel('Hours a week (optional)').fill('4');
    await jo.page.getByRole('button', { name: 'Add this role' }).click();
    await jo.page.getByText(`The role "${ROLE}" is now on offer.`).waitFor();
    await jo.page.getByRole('heading', { name: ROLE, level: 3 }).waitFor();
    await expectNoSeriousAxeViolations(jo.page);

    // Alex, a member, applies with a message.
    const alex = await newPage(320);
    await signInAsDemo(alex.page, 'member@cairn.example');
    await alex.page.getByRole('link', { name: 'Work placements and volunteering' }).click();
    await expectPage(alex.page, 'Work placements and volunteering');
    await alex.page.getByRole('button', { name: `Apply for ${ROLE}` }).click();
    await alex.page
      .getByLabel('A message to the coordinator (optional)')
      .fill('I grow tomatoes at home and I am free most Saturdays.');
    await expectNoSeriousAxeViolations(alex.page);
    await alex.page.getByRole('button', { name: 'Send my application' }).click();
    await alex.page.getByText(`Thank you. Your application for ${ROLE} has been sent.`).waitFor();
    await alex.page.getByText('You have applied').waitFor();
    await expectNoSeriousAxeViolations(alex.page);

    // Jo accepts Alex and records their first morning, paid in vouchers.
    await jo.page.reload();
    await expectPage(jo.page, 'Work placements and volunteering');
    await jo.page.getByText('I grow tomatoes at home and I am free most Saturdays.').waitFor();
    await jo.page.getByRole('button', { name: 'Accept the application from Alex Brae' }).click();
    await jo.page.getByText('You accepted Alex Brae. You can now record their hours.').waitFor();
    await jo.page.getByRole('button', { name: 'Record hours worked by Alex Brae' }).click();
    await jo.page.getByLabel('Expenses, in pounds (optional)').fill('four pounds');
    await jo.page.getByRole('button', { name: 'Save hours' }).click();
    await jo.page.getByRole('link', { name: 'Enter hours between 0.25 and 24' }).waitFor();
    await jo.page.getByRole('link', { name: 'Enter expenses in pounds and pence, like 4.50' }).waitFor();
    await jo.page.getByLabel('Hours worked', { exact: true }).fill('3.5');
    await jo.page.getByLabel('Expenses, in pounds (optional)').fill('4.50');
    await jo.page.getByLabel('Voucher', { exact: true }).check();
    await jo.page.getByText('Vouchers can count as earnings for benefits', { exact: false }).waitFor();
    await expectNoSeriousAxeViolations(jo.page);
    await jo.page.getByRole('button', { name: 'Save hours' }).click();
    await jo.page
      .getByText(/^Saved: 3\.5 hours for Alex Brae on .+, added to their involvement log\.$/)
      .waitFor();
    await expectNoSeriousAxeViolations(jo.page);

    // The hours are in Alex's involvement log.
    const log = (await (await alex.page.request.get('/api/me/involvement')).json()) as {
      entries: { activity: string; hours: number; expensesPence: number; paymentChoice: string }[];
    };
    expect(log.entries.find((e) => e.activity === `Volunteering: ${ROLE}`)).toMatchObject({
      hours: 3.5,
      expensesPence: 450,
      paymentChoice: 'voucher',
    });

    for (const watched of [jo, alex]) expect(watched.problems).toEqual([]);
  });

  it('a coordinator adds a partner and signposts a member with their consent; so does a peer supporter', async () => {
    // Jo adds a partner to the directory; a web address without https:// is explained first.
    const jo = await newPage();
    await signInAsDemo(jo.page, 'coordinator@cairn.example');
    await jo.page.goto('/activities');
    await expectPage(jo.page, "What's on");
    await jo.page.getByRole('link', { name: 'Help from other organisations' }).click();
    await expectPage(jo.page, 'Help from other organisations');
    await jo.page.getByLabel('Name of the partner').fill(PARTNER);
    await jo.page.getByLabel('Kind of partner').selectOption({ label: 'Local organisation' });
    await jo.page
      .getByLabel('What they offer', { exact: true })
      .fill('Free food parcels and a warm space with soup on weekday lunchtimes.');
    await jo.page
      .getByLabel('How to get in touch (optional)')
      .fill('Drop in at 4 Mill Street, 11:00 to 14:00');
    await jo.page.getByLabel('Website (optional)').fill('eastside-larder');
    await jo.page.getByRole('button', { name: 'Add this partner' }).click();
    await jo.page
      .getByRole('link', { name: 'Enter a web address starting with https://, like https://example.org' })
      .waitFor();
    await expectNoSeriousAxeViolations(jo.page);
    await jo.page.getByLabel('Website (optional)').fill('https://eastside-larder.example.org');
    await jo.page.getByRole('button', { name: 'Add this partner' }).click();
    await jo.page.getByText(`${PARTNER} is now in the directory.`).waitFor();
    await jo.page.getByRole('link', { name: `${PARTNER} website` }).waitFor();
    await expectNoSeriousAxeViolations(jo.page);

    // Signposting Alex there: nothing is sent until Alex's agreement is ticked.
    await jo.page.getByRole('button', { name: `Signpost someone to ${PARTNER}` }).click();
    await jo.page.getByLabel('Who you are signposting').selectOption({ label: 'Alex Brae' });
    await jo.page.getByLabel('Note (optional)').fill('Would like a food parcel this week.');
    await jo.page.getByRole('button', { name: 'Record the referral' }).click();
    await jo.page
      .getByRole('link', { name: 'Ask Alex Brae first. A referral is only recorded when they agree to it.' })
      .waitFor();
    await expectNoSeriousAxeViolations(jo.page);
    await jo.page.getByLabel('Alex Brae agreed to be referred').check();
    await jo.page.getByRole('button', { name: 'Record the referral' }).click();
    await jo.page.getByRole('heading', { name: 'Referral recorded' }).waitFor();
    await jo.page
      .getByText(new RegExp(`^Alex Brae was signposted to ${PARTNER} on .+, with their agreement\\.$`))
      .waitFor();
    await jo.page.getByText('Note: Would like a food parcel this week.').waitFor();
    await expectNoSeriousAxeViolations(jo.page);

    // Kit, a peer supporter, sees the directory without its add form, and signposts Alex too.
    const kit = await newPage(320);
    await signInAsDemo(kit.page, 'peer@cairn.example');
    await kit.page.goto('/activities/partners');
    await expectPage(kit.page, 'Help from other organisations');
    await kit.page.getByRole('heading', { name: PARTNER, level: 3 }).waitFor();
    expect(await kit.page.getByRole('button', { name: 'Add this partner' }).count()).toBe(0);
    await kit.page.getByRole('button', { name: `Signpost someone to ${PARTNER}` }).click();
    await kit.page.getByLabel('Who you are signposting').selectOption({ label: 'Alex Brae' });
    await kit.page.getByLabel('Alex Brae agreed to be referred').check();
    await kit.page.getByRole('button', { name: 'Record the referral' }).click();
    await kit.page.getByRole('heading', { name: 'Referral recorded' }).waitFor();
    await expectNoSeriousAxeViolations(kit.page);

    for (const watched of [jo, kit]) expect(watched.problems).toEqual([]);
  });

  it('a coordinator sets the outreach targets, and the server’s postcode check is shown by the field', async () => {
    const jo = await newPage();
    await signInAsDemo(jo.page, 'coordinator@cairn.example');
    await jo.page.getByRole('link', { name: /^Outreach targets: / }).click();
    await expectPage(jo.page, 'Outreach targets');
    await jo.page.getByLabel('Postcode districts').fill('DD2\nDD44X');
    await jo.page.getByLabel('Communities').fill('Older people living alone\nStudents');
    await jo.page.getByRole('button', { name: 'Save outreach targets' }).click();
    await jo.page
      .getByRole('link', { name: '"DD44X": Enter the first part of a postcode only, like DD4' })
      .waitFor();
    await expectNoSeriousAxeViolations(jo.page);
    await jo.page.getByLabel('Postcode districts').fill('dd2\nDD5');
    await jo.page.getByRole('button', { name: 'Save outreach targets' }).click();
    await jo.page.getByText('Saved: 2 postcode districts and 2 communities.').waitFor();
    await jo.page.getByText('DD2, DD5').waitFor();
    await expectNoSeriousAxeViolations(jo.page);

    expect(jo.problems).toEqual([]);
  });
});
