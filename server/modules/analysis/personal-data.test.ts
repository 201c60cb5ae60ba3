import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementReport, Assignments } from '../../../contracts/analysis.js';
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
let leaving: SignedIn;
let staying: SignedIn;
let first: string;
let second: string;
let analysis: ProjectWithCodebook;

type AnalysisData = {
  codesYouApplied: { project: string; story: string; code: string }[];
  storiesGivenToYouToCode: { project: string; story: string }[];
  memosYouWrote: { project: string; text: string }[];
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  const organisationId = await firstOrganisationId(t.app, admin);
  const storyteller = await addPerson(t.app, admin, organisationId, 'member');
  lead = await addPerson(t.app, admin, organisationId, 'coordinator');
  leaving = await addPerson(t.app, admin, organisationId, 'peer_supporter', 'Sam Leaving');
  staying = await addPerson(t.app, admin, organisationId, 'peer_supporter');
  const story = (title: string, text: string) =>
    addConsentedStory(t.app, storyteller, { organisationId, title, text, tier: 'analysis' });
  first = await story('Belonging', 'My peer support group helped me feel I belonged.');
  second = await story('Purpose', 'Volunteering at the café gives my life purpose.');
  analysis = await createProject(t, lead, {
    organisationId,
    title: 'Peer support and belonging',
    blind: false,
  });
  const given = await t.as(lead, {
    method: 'POST',
    url: `/api/analysis/projects/${analysis.project.id}/assignments`,
    payload: { coderId: leaving.personId, storyIds: [first, second] },
  });
  expect(given.statusCode).toBe(200);
  const connected = analysis.code('Connectedness');
  const code = (who: SignedIn, storyId: string, phrase: string) =>
    codePhrase(t, who, analysis.project.id, { storyId, codeId: connected, phrase });
  expect((await code(leaving, first, 'peer support group')).response.statusCode).toBe(201);
  expect((await code(leaving, second, 'Volunteering at the café')).response.statusCode).toBe(201);
  expect((await code(staying, first, 'I belonged')).response.statusCode).toBe(201);
  const memo = await t.as(leaving, {
    method: 'POST',
    url: `/api/analysis/projects/${analysis.project.id}/memos`,
    payload: { targetKind: 'project', targetId: analysis.project.id, body: 'Belonging came up before hope.' },
  });
  expect(memo.statusCode).toBe(201);
});

afterAll(async () => {
  await t.close();
});

async function agreement(): Promise<AgreementReport> {
  const response = await t.as(lead, {
    method: 'GET',
    url: `/api/analysis/projects/${analysis.project.id}/agreement?unit=story`,
  });
  expect(response.statusCode).toBe(200);
  return response.json<AgreementReport>();
}

async function erase(person: SignedIn) {
  const asked = await t.as(person, { method: 'POST', url: '/api/me/erasure-requests', payload: {} });
  expect(asked.statusCode).toBe(201);
  const done = await t.as(admin, {
    method: 'POST',
    url: `/api/admin/erasure-requests/${asked.json<{ id: string }>().id}`,
    payload: { decision: 'complete', outcome: 'Erased as asked' },
  });
  expect(done.statusCode).toBe(200);
  return done.json<{ outcome: string }>().outcome;
}

describe("a coder's data in analysis", () => {
  it('lists in their download what they coded, were given to code and wrote', async () => {
    const response = await t.as(leaving, { method: 'GET', url: '/api/me/data' });
    expect(response.statusCode).toBe(200);
    const data = response.json<{ analysis: AnalysisData }>().analysis;
    expect(data.codesYouApplied.map((c) => [c.project, c.story, c.code]).sort()).toEqual(
      [
        ['Peer support and belonging', first, 'Connectedness'],
        ['Peer support and belonging', second, 'Connectedness'],
      ].sort(),
    );
    expect(data.storiesGivenToYouToCode.map((g) => g.story).sort()).toEqual([first, second].sort());
    expect(data.memosYouWrote).toEqual([
      expect.objectContaining({
        project: 'Peer support and belonging',
        text: 'Belonging came up before hope.',
      }),
    ]);
    // Nobody else's coding is in it.
    const other = (await t.as(staying, { method: 'GET', url: '/api/me/data' })).json<{
      analysis: AnalysisData;
    }>();
    expect(other.analysis.codesYouApplied.map((c) => c.story)).toEqual([first]);
    expect(other.analysis.storiesGivenToYouToCode).toEqual([]);
  });

  it('erasure unlinks the coder but leaves the agreement figures exactly as they were', async () => {
    const before = await agreement();
    expect(before.coders.map((c) => c.id)).toContain(leaving.personId);
    expect(before.overall.pairs).toHaveLength(1);

    const outcome = await erase(leaving);
    expect(outcome).toContain('analysis: 2 codings, 1 memos and 0 briefing downloads kept');
    expect(outcome).toContain('2 stories given to code taken back');

    const after = await agreement();
    const leftId = after.coders.find((c) => c.id !== staying.personId)?.id;
    expect(leftId).toBeDefined();
    // The work stays under an id that leads to nobody, not even the anonymised account.
    expect(after.coders.map((c) => c.id)).not.toContain(leaving.personId);
    expect(after.coders.find((c) => c.id === leftId)?.name).toBe('A former team member');
    const figures = (r: AgreementReport) => ({
      units: r.overall.units,
      percentAgreement: r.overall.percentAgreement,
      alpha: r.overall.alpha,
      pairs: r.overall.pairs.map((p) => [p.units, p.agreed, p.percentAgreement, p.kappa]),
      codes: r.codes.map((c) => [c.codeId, c.alpha, c.pairs.map((p) => p.agreed)]),
    });
    expect(figures(after)).toEqual(figures(before));

    const assignments = await t.as(lead, {
      method: 'GET',
      url: `/api/analysis/projects/${analysis.project.id}/assignments`,
    });
    expect(assignments.json<Assignments>().all).toEqual([]);

    const memos = await t.as(lead, {
      method: 'GET',
      url: `/api/analysis/projects/${analysis.project.id}/memos?targetKind=project&targetId=${analysis.project.id}`,
    });
    expect(memos.json<{ memos: { body: string; authorName: string }[] }>().memos).toEqual([
      expect.objectContaining({ body: 'Belonging came up before hope.', authorName: 'A former team member' }),
    ]);
  });
});
