import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryResponse } from '../contracts/stories.js';
import { cookieOf, createTestApp, type TestApp } from './testing/test-app.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemoPartnership } from './modules.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemoPartnership(t.context)).toBe(true);
});
afterAll(async () => t.close());

async function signIn(email: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password: DEMO_PASSWORD },
  });
  expect(response.statusCode).toBe(200);
  return cookieOf(response);
}

describe('the demo partnership', () => {
  it('seeds once, with one person in every role who can sign in', async () => {
    expect(await seedDemoPartnership(t.context)).toBe(false);
    const roles = new Set<string>();
    for (const person of DEMO_PEOPLE) {
      const me = await t.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { cookie: await signIn(person.email) },
      });
      for (const role of me.json<{ roles: string[] }>().roles) roles.add(role);
    }
    expect([...roles].sort()).toEqual(
      [
        'coordinator',
        'facilitator',
        'member',
        'partnership_admin',
        'peer_supporter',
        'safeguarding_lead',
      ].sort(),
    );
    const orgs = await t.app.inject({
      method: 'GET',
      url: '/api/organisations',
      headers: { cookie: await signIn('admin@cairn.example') },
    });
    expect(orgs.json<{ organisations: unknown[] }>().organisations.length).toBeGreaterThanOrEqual(3);
  });

  it('has stories in every state and tier, and the public ones are in the showcase', async () => {
    const statuses = new Set<string>();
    for (const email of ['member@cairn.example', 'peer@cairn.example']) {
      const cookie = await signIn(email);
      const list = await t.app.inject({ method: 'GET', url: '/api/stories', headers: { cookie } });
      for (const story of list.json<{ stories: { id: string; status: string }[] }>().stories) {
        statuses.add(story.status);
        const full = await t.app.inject({
          method: 'GET',
          url: `/api/stories/${story.id}`,
          headers: { cookie },
        });
        expect(full.json<StoryResponse>().id).toBe(story.id);
      }
    }
    expect([...statuses].sort()).toEqual(['approved', 'draft', 'in_review', 'submitted', 'withdrawn']);
    const showcase = await t.app.inject({ method: 'GET', url: '/api/showcase/stories' });
    const stories = showcase.json<{ stories: { byline: string; text: string }[] }>().stories;
    expect(stories.length).toBeGreaterThanOrEqual(4);
    expect(stories.map((s) => s.byline)).toEqual(expect.arrayContaining(['Wren', 'Davie', 'Anonymous']));
    expect(stories.every((s) => !s.text.includes('Fiona'))).toBe(true);
    const collections = await t.app.inject({ method: 'GET', url: '/api/showcase/collections' });
    expect(
      collections.json<{ collections: { title: string; storyCount: number }[] }>().collections,
    ).toContainEqual(
      expect.objectContaining({ title: 'Celebrating recovery 2026', storyCount: stories.length }),
    );
  });

  it('has an analysis project under way, coded blind, with suggestions waiting', async () => {
    const cookie = await signIn('peer@cairn.example');
    const list = await t.app.inject({ method: 'GET', url: '/api/analysis/projects', headers: { cookie } });
    const [project] = list.json<{ projects: { id: string; title: string; stories: number }[] }>().projects;
    expect(project).toMatchObject({ title: 'What helps recovery in Riverside' });
    expect(project?.stories).toBeGreaterThanOrEqual(6);
    const full = await t.app.inject({
      method: 'GET',
      url: `/api/analysis/projects/${project?.id}`,
      headers: { cookie },
    });
    const coded = full.json<{ coders: { name: string; applications: number }[] }>().coders;
    expect(coded).toEqual([expect.objectContaining({ name: 'Kit Morrow', applications: 6 })]);
  });
});

describe('two instances starting together on an empty database', () => {
  // Only PostgreSQL can be shared by two processes; PGlite's data directory belongs to one.
  it.runIf(process.env.DATABASE_URL)('seed the demo once, the second waiting for the first', async () => {
    const fresh = await createTestApp();
    const peer = await fresh.createPeer();
    try {
      const results = await Promise.all([
        fresh.database.exclusively('demo-seed', () => seedDemoPartnership(fresh.context)),
        peer.database.exclusively('demo-seed', () => seedDemoPartnership(peer.context)),
      ]);
      expect(results.sort()).toEqual([false, true]);
      const signIn = await fresh.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: DEMO_PEOPLE[0]?.email, password: DEMO_PASSWORD },
      });
      expect(signIn.statusCode).toBe(200);
    } finally {
      await peer.close();
      await fresh.close();
    }
  });
});
