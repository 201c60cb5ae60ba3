import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Group, PowerSharing, PublicYouSaidWeDid } from '../../../contracts/coproduction.js';
import { DEMO_PASSWORD, seedDemoPartnership } from '../../modules.js';
import { cookieOf, createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let member: { cookie: string };

beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemoPartnership(t.context)).toBe(true);
  const signIn = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: 'member@cairn.example', password: DEMO_PASSWORD },
  });
  member = { cookie: cookieOf(signIn) };
}, 120_000);
afterAll(async () => t.close());

describe('the demo year of co-production', () => {
  it('has a monthly group with twelve meetings that its member can read', async () => {
    const groups = await t.as(member, {
      method: 'GET',
      url: '/api/coproduction/groups',
    });
    const [summary] = groups.json<{ groups: { id: string; meetingCount: number }[] }>().groups;
    expect(summary?.meetingCount).toBe(12);
    const group = await t.as(member, {
      method: 'GET',
      url: `/api/coproduction/groups/${summary?.id}`,
    });
    expect(group.json<Group>().meetings).toHaveLength(12);
  });

  it('shares power on the board and panels, with one seat vacant, and a published "You said, we did"', async () => {
    const me = await t.as(member, { method: 'GET', url: '/api/me' });
    const body = me.json<{ partnership: { id: string } | null; memberships: { organisationId: string }[] }>();
    const organisationId = body.memberships[0]?.organisationId ?? '';
    const power = await t.as(member, {
      method: 'GET',
      url: `/api/coproduction/organisations/${organisationId}/power-sharing`,
    });
    expect(power.json<PowerSharing>().seats).toMatchObject({ total: 4, filled: 3, vacant: 1 });
    const charter = await t.as(member, {
      method: 'GET',
      url: '/api/coproduction/charter',
    });
    const levels = charter
      .json<{ organisations: { id: string; commitments: { level: string; latest: unknown }[] }[] }>()
      .organisations.find((o) => o.id === organisationId)
      ?.commitments.map((c) => c.level);
    expect(new Set(levels)).toEqual(new Set(['individual', 'organisational', 'local_services', 'societal']));

    const priorities = await t.as(member, {
      method: 'GET',
      url: '/api/coproduction/priorities',
    });
    const first = priorities.json<{ priorities: { organisationId: string }[] }>().priorities[0];
    expect(first).toBeDefined();
    const page = await t.as(null, {
      method: 'GET',
      url: `/api/coproduction/public/partnerships/${body.partnership?.id ?? ''}`,
    });
    const statuses = page
      .json<PublicYouSaidWeDid>()
      .priorities.flatMap((p) => p.commitments.map((c) => c.status));
    expect(new Set(statuses)).toEqual(new Set(['planned', 'in_progress', 'done', 'declined']));
    const notes = await t.as(member, {
      method: 'GET',
      url: '/api/coproduction/notifications',
    });
    // Two promises, three updates on what was done and two changes of status on the priority they follow.
    const texts = notes.json<{ notifications: { text: string }[] }>().notifications.map((n) => n.text);
    expect(texts).toHaveLength(7);
    expect(texts.filter((text) => text.includes('has made a promise in answer to this'))).toHaveLength(2);
    expect(texts.filter((text) => text.includes('What has happened so far'))).toHaveLength(3);
  });
});
