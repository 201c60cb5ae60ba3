import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assignments } from '../../../contracts/analysis.js';
import {
  addConsentedStory,
  addPerson,
  firstOrganisationId,
  signInAsNewAdmin,
  type SignedIn,
} from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { codePhrase, createProject, type ProjectWithCodebook } from './analysis.factories.js';

let t: TestApp;
let admin: SignedIn;
let lead: SignedIn;
let coderA: SignedIn;
let coderB: SignedIn;
let member: SignedIn;
let storyteller: SignedIn;
let analysed: string;
let shared: string;
let kept: string;
let analysis: ProjectWithCodebook;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  const organisationId = await firstOrganisationId(t.app, admin);
  storyteller = await addPerson(t.app, admin, organisationId, 'member');
  lead = await addPerson(t.app, admin, organisationId, 'coordinator');
  coderA = await addPerson(t.app, admin, organisationId, 'peer_supporter');
  coderB = await addPerson(t.app, admin, organisationId, 'peer_supporter');
  member = await addPerson(t.app, admin, organisationId, 'member');
  const story = (title: string, text: string, tier: 'analysis' | 'private') =>
    addConsentedStory(t.app, storyteller, { organisationId, title, text, tier });
  analysed = await story('Belonging', 'My peer support group helped me feel I belonged.', 'analysis');
  shared = await story('Hope', 'I have hope for the future now.', 'analysis');
  // Consent that does not reach analysis: the team may not read it, so nobody can be given it.
  kept = await story('Mine alone', 'This one stays with me and the people I chose.', 'private');
  analysis = await createProject(t, lead, { organisationId, title: 'Who codes what' });
});

afterAll(async () => {
  await t.close();
});

const url = () => `/api/analysis/projects/${analysis.project.id}/assignments`;

function assign(who: SignedIn, coder: SignedIn, storyIds: string[]) {
  return t.as(who, { method: 'POST', url: url(), payload: { coderId: coder.personId, storyIds } });
}

async function listFor(who: SignedIn): Promise<Assignments> {
  const response = await t.as(who, { method: 'GET', url: url() });
  expect(response.statusCode).toBe(200);
  return response.json<Assignments>();
}

describe('giving stories to coders', () => {
  it('lets the lead give stories to coders, two coders on one story for an agreement check', async () => {
    expect((await assign(lead, coderA, [analysed, shared])).statusCode).toBe(200);
    const response = await assign(lead, coderB, [analysed]);
    expect(response.statusCode).toBe(200);
    const view = response.json<Assignments>();
    expect(view.mayAssign).toBe(true);
    expect(view.all.map((a) => [a.title, a.coderId]).sort()).toEqual(
      [
        ['Belonging', coderA.personId],
        ['Hope', coderA.personId],
        ['Belonging', coderB.personId],
      ].sort(),
    );
    expect(view.team.map((p) => p.personId)).toEqual(
      expect.arrayContaining([lead.personId, coderA.personId, coderB.personId]),
    );
    expect(view.team.map((p) => p.personId)).not.toContain(member.personId);
    // Giving the same story again changes nothing.
    expect((await assign(lead, coderB, [analysed])).json<Assignments>().all).toHaveLength(3);
  });

  it('shows a coder only the stories given to them, with what they have coded', async () => {
    const coded = await codePhrase(t, coderA, analysis.project.id, {
      storyId: analysed,
      codeId: analysis.code('Connectedness'),
      phrase: 'peer support group',
    });
    expect(coded.response.statusCode).toBe(201);
    const a = await listFor(coderA);
    expect(a.mayAssign).toBe(false);
    expect(a.all).toEqual([]);
    expect(a.team).toEqual([]);
    expect(a.mine.map((s) => [s.title, s.coded]).sort()).toEqual([
      ['Belonging', true],
      ['Hope', false],
    ]);
    const b = await listFor(coderB);
    expect(b.mine.map((s) => [s.title, s.coded])).toEqual([['Belonging', false]]);
    const led = await listFor(lead);
    expect(led.all.filter((s) => s.coded).map((s) => s.coderId)).toEqual([coderA.personId]);
  });

  it('refuses a coder who tries to give stories, and anyone outside the team', async () => {
    const refused = await assign(coderA, coderB, [shared]);
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json<{ detail: string }>().detail).toContain('facilitator or coordinator');
    expect(
      (await t.as(coderA, { method: 'DELETE', url: `${url()}/${analysed}/${coderB.personId}` })).statusCode,
    ).toBe(403);
    expect((await t.as(member, { method: 'GET', url: url() })).statusCode).toBe(404);
    const notOnTeam = await assign(lead, member, [shared]);
    expect(notOnTeam.statusCode).toBe(400);
    expect(notOnTeam.headers['content-type']).toContain('application/problem+json');
  });

  it('cannot give a story whose consent does not reach analysis', async () => {
    const response = await assign(lead, coderB, [kept]);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    // Nothing of the request was kept, not even the stories that could have been given.
    expect((await assign(lead, coderB, [shared, kept])).statusCode).toBe(404);
    expect((await listFor(coderB)).mine.map((s) => s.title)).toEqual(['Belonging']);
  });

  it('lets the lead take a story back, once, and audits every change', async () => {
    const removed = await t.as(lead, { method: 'DELETE', url: `${url()}/${shared}/${coderA.personId}` });
    expect(removed.statusCode).toBe(200);
    expect(removed.json<Assignments>().all).toHaveLength(2);
    expect((await listFor(coderA)).mine.map((s) => s.title)).toEqual(['Belonging']);
    const again = await t.as(lead, { method: 'DELETE', url: `${url()}/${shared}/${coderA.personId}` });
    expect(again.statusCode).toBe(404);

    const audit = await t.as(admin, { method: 'GET', url: '/api/admin/audit?limit=200' });
    const events = audit
      .json<{
        events: { action: string; subjectId: string; actorId: string; details: { coderId: string } }[];
      }>()
      .events.filter((e) => e.subjectId === analysis.project.id);
    expect(events.map((e) => e.action).sort()).toEqual([
      'analysis.story_assigned',
      'analysis.story_assigned',
      'analysis.story_assigned',
      'analysis.story_unassigned',
    ]);
    expect(events.every((e) => e.actorId === lead.personId)).toBe(true);
  });

  it('drops a story from every list once its storyteller withdraws consent', async () => {
    const withdrawn = await t.as(storyteller, {
      method: 'POST',
      url: `/api/stories/${analysed}/consent`,
      payload: { action: 'withdraw', method: 'digital' },
    });
    expect(withdrawn.statusCode).toBe(201);
    expect((await listFor(coderA)).mine).toEqual([]);
    expect((await listFor(coderB)).mine).toEqual([]);
    expect((await listFor(lead)).all).toEqual([]);
    expect((await assign(lead, coderA, [analysed])).statusCode).toBe(404);
  });
});
