import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, Reach } from '../../../contracts/activities.js';
import { DEMO_PASSWORD, seedDemoPartnership } from '../../modules.js';
import { cookieOf, createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemoPartnership(t.context)).toBe(true);
}, 120_000);
afterAll(async () => t.close());

/** A demo person, signed in. */
async function signIn(email: string): Promise<{ cookie: string }> {
  const response = await t.as(null, {
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password: DEMO_PASSWORD },
  });
  return { cookie: cookieOf(response) };
}

describe('the activities demo', () => {
  it('has a public programme, a calendar and a reach view with small numbers hidden', async () => {
    const coordinator = await signIn('coordinator@cairn.example');
    const orgs = await t.as(coordinator, { method: 'GET', url: '/api/organisations' });
    const home = orgs
      .json<{ organisations: { id: string; name: string }[] }>()
      .organisations.find((o) => o.name === 'Harbour Recovery Community');
    if (!home) throw new Error('no home organisation');
    const programme = await t.as(null, {
      method: 'GET',
      url: `/api/activities/public/organisations/${home.id}/programme`,
    });
    const activities = programme.json<{ activities: Activity[] }>().activities;
    expect(activities.map((a) => a.kind)).toEqual(
      expect.arrayContaining(['peer_group', 'allotment_session', 'skills_workshop', 'walk']),
    );
    const feed = await t.as(null, {
      method: 'GET',
      url: `/api/activities/public/organisations/${home.id}/calendar.ics`,
    });
    const events = new ICAL.Component(ICAL.parse(feed.body)).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(10);

    const proposals = await t.as(await signIn('member@cairn.example'), {
      method: 'GET',
      url: `/api/activities/organisations/${home.id}/proposals`,
    });
    expect(proposals.json<{ proposals: { status: string }[] }>().proposals.map((p) => p.status)).toEqual([
      'open',
      'not_now',
    ]);

    const reach = await t.as(coordinator, {
      method: 'GET',
      url: `/api/activities/organisations/${home.id}/reach`,
    });
    expect(reach.statusCode, reach.body).toBe(200);
    const body = reach.json<Reach>();
    // Few demo people have accounts, so people and sign-ups are all "fewer than 5".
    for (const table of [body.byArea, body.byCommunity]) {
      for (const row of table.rows) expect([row.people.value, row.signUps.value]).toEqual([null, null]);
    }
    // The demo café and the stories show believable numbers, never one under 5.
    const shown = [body.byArea, body.byCommunity]
      .flatMap((table) => [
        ...table.rows.flatMap((row) => [row.cafeParticipants, row.stories]),
        table.total.cafeParticipants,
        table.total.stories,
      ])
      .flatMap((count) => (count.value === null ? [] : [count.value]));
    expect(shown.filter((value) => value < 5)).toEqual([]);
    const area = (label: string) => body.byArea.rows.find((r) => r.label === label);
    expect(area('DD4')?.cafeParticipants.value).toBeGreaterThanOrEqual(5);
    expect(area('DD3')?.cafeParticipants.value).toBeGreaterThanOrEqual(5);
    expect(body.byArea.total.cafeParticipants.value).toBeGreaterThanOrEqual(20);
    expect(
      body.byCommunity.rows.find((r) => r.label === 'Polish-speaking community')?.cafeParticipants.value,
    ).toBeGreaterThanOrEqual(5);
    expect(body.byArea.total.stories.value).toBeGreaterThanOrEqual(5);
  });
});
