import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AgreementReport,
  Codebook,
  CodingView,
  Project,
  Synthesis,
} from '../../../contracts/analysis.js';
import {
  addConsentedStory,
  addPerson,
  firstOrganisationId,
  signInAsNewAdmin,
  type SignedIn,
} from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  addKeyMessage,
  codePhrase,
  createOrganisation,
  createProject,
  getCodingView,
} from './analysis.factories.js';

const schemas = fileURLToPath(new URL('./refi-qda-schemas/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'cairn-analysis-'));

let t: TestApp;
let organisationId: string;
let partnerOrganisationId: string;
let admin: SignedIn;
let storyteller: SignedIn;
let coderA: SignedIn;
let coderB: SignedIn;
let member: SignedIn;
const storyIds: Record<'analysis' | 'partners' | 'public' | 'private', string> = {
  analysis: '',
  partners: '',
  public: '',
  private: '',
};

const TEXTS = {
  analysis:
    'My peer support group helped me feel I belonged. The waiting list for counselling was eight months long. I have hope for the future now.',
  partners:
    'Volunteering at the café gives my life purpose. I am taking control of my life again. Nobody judged me there.',
  public:
    'I am proud of who I am becoming. My family trust me again. Recovery is possible, I believe that now.',
  private: 'This one stays with me and the people I chose.',
};

function story(tier: keyof typeof TEXTS): Promise<string> {
  return addConsentedStory(t.app, storyteller, {
    organisationId,
    title: `A ${tier} story`,
    text: TEXTS[tier],
    tier,
    ...(tier === 'analysis' || tier === 'private' ? {} : { partnerOrganisationIds: [partnerOrganisationId] }),
  });
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
  partnerOrganisationId = await createOrganisation(t, admin, 'Partner Trust');
  storyteller = await addPerson(t.app, admin, organisationId, 'member');
  coderA = await addPerson(t.app, admin, organisationId, 'peer_supporter');
  coderB = await addPerson(t.app, admin, organisationId, 'peer_supporter');
  member = await addPerson(t.app, admin, organisationId, 'member');
  for (const tier of ['analysis', 'partners', 'public', 'private'] as const)
    storyIds[tier] = await story(tier);
});
afterAll(async () => t.close());

function newProject(blind = true) {
  return createProject(t, coderA, {
    organisationId,
    title: 'What helps recovery here',
    question: 'What helps, and what gets in the way?',
    blind,
  });
}

describe('projects and access', () => {
  it('starts from the CHIME codebook and gathers only stories whose consent allows analysis', async () => {
    const { project, codebook } = await newProject();
    const top = codebook.codes.filter((c) => c.parentId === null).map((c) => c.name);
    expect(top).toEqual([
      'Connectedness',
      'Hope and optimism',
      'Identity',
      'Meaning in life',
      'Empowerment',
      'Difficulties and barriers',
    ]);
    expect(codebook.codes).toHaveLength(6 + 4 + 5 + 3 + 6 + 3);
    expect(project.stories.map((s) => s.storyId).sort()).toEqual(
      [storyIds.analysis, storyIds.partners, storyIds.public].sort(),
    );
    const view = await getCodingView(t, coderB, project.id, storyIds.analysis);
    expect(view.text).toBe(TEXTS.analysis);
    const privateStory = await t.as(coderA, {
      method: 'GET',
      url: `/api/analysis/projects/${project.id}/stories/${storyIds.private}`,
    });
    expect(privateStory.statusCode).toBe(404);
  });

  it('starts from an empty codebook when the team wants its own codes', async () => {
    const created = await t.as(coderA, {
      method: 'POST',
      url: '/api/analysis/projects',
      payload: { organisationId, title: 'Our own words', startFrom: 'empty' },
    });
    const codebook = (
      await t.as(coderA, {
        method: 'GET',
        url: `/api/analysis/codebooks/${created.json<Project>().codebookId}`,
      })
    ).json<Codebook>();
    expect(codebook).toMatchObject({ name: 'Our own codes: Our own words', codes: [] });
  });

  it('refuses people who are not analysts in the organisation', async () => {
    const { project } = await newProject();
    for (const url of [
      `/api/analysis/projects/${project.id}`,
      `/api/analysis/projects/${project.id}/stories/${storyIds.analysis}`,
      `/api/analysis/projects/${project.id}/project.qdpx`,
      `/api/analysis/codebooks/${project.codebookId}`,
    ]) {
      expect((await t.as(member, { method: 'GET', url })).statusCode, url).toBe(404);
      expect((await t.as(null, { method: 'GET', url })).statusCode, url).toBe(401);
    }
    expect((await t.as(member, { method: 'GET', url: '/api/analysis/projects' })).json()).toEqual({
      projects: [],
    });
    const create = await t.as(member, {
      method: 'POST',
      url: '/api/analysis/projects',
      payload: { organisationId, title: 'Mine' },
    });
    expect(create.statusCode).toBe(404);
  });

  it('drops a story out of the project the moment its consent is withdrawn', async () => {
    // An organisation of its own, so the story withdrawn here is in no other test's project.
    const ownOrganisationId = await createOrganisation(t, admin, 'Withdrawal Trust');
    const teller = await addPerson(t.app, admin, ownOrganisationId, 'member');
    const coder = await addPerson(t.app, admin, ownOrganisationId, 'peer_supporter');
    const extra = await addConsentedStory(t.app, teller, {
      organisationId: ownOrganisationId,
      title: 'A story to withdraw',
      text: TEXTS.analysis,
      tier: 'analysis',
    });
    const { project, code } = await createProject(t, coder, {
      organisationId: ownOrganisationId,
      title: 'What helps recovery here',
    });
    expect(project.stories.map((s) => s.storyId)).toEqual([extra]);
    expect(
      (
        await codePhrase(t, coder, project.id, {
          storyId: extra,
          codeId: code('Connectedness'),
          phrase: 'peer support group',
        })
      ).response.statusCode,
    ).toBe(201);
    const withdrawn = await t.as(teller, {
      method: 'POST',
      url: `/api/stories/${extra}/consent`,
      payload: { action: 'withdraw', method: 'digital' },
    });
    expect(withdrawn.statusCode).toBe(201);
    const after = (
      await t.as(coder, { method: 'GET', url: `/api/analysis/projects/${project.id}` })
    ).json<Project>();
    expect(after.stories.map((s) => s.storyId)).not.toContain(extra);
    const view = await t.as(coder, {
      method: 'GET',
      url: `/api/analysis/projects/${project.id}/stories/${extra}`,
    });
    expect(view.statusCode).toBe(404);
    const csv = (
      await t.as(coder, { method: 'GET', url: `/api/analysis/projects/${project.id}/excerpts.csv` })
    ).body;
    expect(csv).not.toContain('peer support group');
  });
});

describe('blind coding, comparison and agreement', () => {
  it('shows coders only their own work until comparison opens, then measures agreement', async () => {
    const { project, code } = await newProject();
    const connected = code('Connectedness');
    const hope = code('Hope and optimism');
    // Story level: A codes connectedness in both stories; B in the first only, and hope in the second.
    expect(
      (
        await codePhrase(t, coderA, project.id, {
          storyId: storyIds.analysis,
          codeId: connected,
          phrase: 'peer support group',
        })
      ).response.statusCode,
    ).toBe(201);
    await codePhrase(t, coderA, project.id, {
      storyId: storyIds.partners,
      codeId: connected,
      phrase: 'Volunteering at the café',
    });
    await codePhrase(t, coderB, project.id, {
      storyId: storyIds.analysis,
      codeId: connected,
      phrase: 'I belonged',
    });
    await codePhrase(t, coderB, project.id, {
      storyId: storyIds.partners,
      codeId: hope,
      phrase: 'gives my life purpose',
    });

    const seenByB = await getCodingView(t, coderB, project.id, storyIds.analysis);
    expect(seenByB.applications.map((a) => a.text)).toEqual(['I belonged']);
    const early = await t.as(coderB, {
      method: 'GET',
      url: `/api/analysis/projects/${project.id}/agreement`,
    });
    expect(early.statusCode).toBe(409);
    const consensusEarly = await codePhrase(t, coderA, project.id, {
      storyId: storyIds.analysis,
      codeId: connected,
      phrase: 'peer support group',
      source: 'consensus',
    });
    expect(consensusEarly.response.statusCode).toBe(409);
    // Said in the coder's language (the analysis pages still show English, so this one is English).
    expect(consensusEarly.response.json<{ detail: string }>().detail).toBe(
      'Open comparison first: consensus comes after everyone has coded.',
    );
    const pastEnd = await t.as(coderA, {
      method: 'POST',
      url: `/api/analysis/projects/${project.id}/applications`,
      payload: { storyId: storyIds.analysis, codeId: connected, start: 0, end: 100_000, source: 'person' },
      headers: { 'accept-language': 'cy' },
    });
    expect(pastEnd.statusCode).toBe(400);
    expect(pastEnd.json<{ errors: { path: string; message: string }[] }>().errors).toEqual([
      { path: 'end', message: 'Dewiswch destun o fewn y stori' },
    ]);

    const opened = await t.as(coderB, {
      method: 'PATCH',
      url: `/api/analysis/projects/${project.id}`,
      payload: { comparisonOpen: true },
    });
    expect(opened.json<Project>().comparisonOpen).toBe(true);
    const both = await getCodingView(t, coderB, project.id, storyIds.analysis);
    expect(both.applications.map((a) => a.text).sort()).toEqual(['I belonged', 'peer support group']);
    const reclose = await t.as(coderA, {
      method: 'PATCH',
      url: `/api/analysis/projects/${project.id}`,
      payload: { comparisonOpen: false },
    });
    expect(reclose.statusCode).toBe(409);
    const nothing = await t.as(coderA, {
      method: 'PATCH',
      url: `/api/analysis/projects/${project.id}`,
      payload: {},
    });
    // An empty change names nothing to change: refused, and nothing changes.
    expect(nothing.statusCode, nothing.body).toBe(400);
    expect(nothing.json<{ detail: string }>().detail).toBe('Say what to change: send at least one field.');

    const report = (
      await t.as(coderA, { method: 'GET', url: `/api/analysis/projects/${project.id}/agreement?unit=story` })
    ).json<AgreementReport>();
    const connectedness = report.codes.find((c) => c.codeId === connected);
    // Story 1: both coded it; story 2: A did, B did not → 1 of 2 stories agreed.
    expect(connectedness?.pairs).toEqual([
      expect.objectContaining({ units: 2, agreed: 1, percentAgreement: 0.5 }),
    ]);
    expect(connectedness?.disagreements.map((d) => d.storyId)).toEqual([storyIds.partners]);
    const hopeStats = report.codes.find((c) => c.codeId === hope);
    expect(hopeStats?.pairs[0]).toMatchObject({ units: 2, agreed: 1 });
    expect(report.coders.map((c) => c.id).sort()).toEqual([coderA.personId, coderB.personId].sort());

    // The team agrees a consensus, which synthesis then counts instead of each coder's own.
    expect(
      (
        await codePhrase(t, coderB, project.id, {
          storyId: storyIds.partners,
          codeId: connected,
          phrase: 'Volunteering at the café',
          source: 'consensus',
        })
      ).response.statusCode,
    ).toBe(201);
    // Agreeing the same difference again adds nothing.
    await codePhrase(t, coderA, project.id, {
      storyId: storyIds.partners,
      codeId: connected,
      phrase: 'Volunteering at the café',
      source: 'consensus',
    });
    const agreed = await getCodingView(t, coderA, project.id, storyIds.partners);
    expect(agreed.applications.filter((a) => a.source === 'consensus')).toHaveLength(1);
  });

  it('adds the text toolkit as a separate coder with its evidence, and records decisions', async () => {
    const { project } = await newProject(false);
    const first = await t.as(coderA, {
      method: 'POST',
      url: `/api/analysis/projects/${project.id}/suggestions`,
    });
    expect(first.statusCode).toBe(200);
    const added = first.json<{ added: number }>().added;
    expect(added).toBeGreaterThan(0);
    const again = await t.as(coderA, {
      method: 'POST',
      url: `/api/analysis/projects/${project.id}/suggestions`,
    });
    expect(again.json<{ added: number }>().added).toBe(0);
    const view = await getCodingView(t, coderA, project.id, storyIds.analysis);
    const suggestion = view.applications.find((a) => a.source === 'suggestion');
    expect(suggestion?.coderName).toBe('Suggestions');
    expect(suggestion?.evidence.length).toBeGreaterThan(0);
    expect(suggestion?.text.toLowerCase()).toContain(suggestion?.evidence[0]);
    const decided = await t.as(coderB, {
      method: 'PATCH',
      url: `/api/analysis/projects/${project.id}/applications/${suggestion?.id}`,
      payload: { decision: 'accepted' },
    });
    expect(decided.json<CodingView>().applications.find((a) => a.id === suggestion?.id)?.decision).toBe(
      'accepted',
    );
    const withSuggestions = await t.as(coderA, {
      method: 'GET',
      url: `/api/analysis/projects/${project.id}/agreement?unit=sentence&suggestions=true`,
    });
    expect(withSuggestions.json<AgreementReport>().coders.map((c) => c.name)).toContain('Suggestions');
  });
});

describe('codebooks', () => {
  it('merges a code into another without losing applications, and refuses a code inside itself', async () => {
    const { project, codebook, code } = await newProject(false);
    const peer = code('Peer support and support groups');
    const connected = code('Connectedness');
    await codePhrase(t, coderA, project.id, {
      storyId: storyIds.analysis,
      codeId: peer,
      phrase: 'peer support group',
    });
    const merged = await t.as(coderA, {
      method: 'POST',
      url: `/api/analysis/codebooks/${codebook.id}/codes/${peer}/merge`,
      payload: { intoId: connected },
    });
    expect(merged.statusCode).toBe(200);
    expect(merged.json<Codebook>().codes.find((c) => c.id === peer)).toMatchObject({
      retired: true,
      mergedInto: connected,
    });
    const view = await getCodingView(t, coderA, project.id, storyIds.analysis);
    expect(view.applications.map((a) => a.codeId)).toEqual([connected]);

    const loop = await t.as(coderA, {
      method: 'PATCH',
      url: `/api/analysis/codebooks/${codebook.id}/codes/${connected}`,
      payload: { parentId: code('Relationships') },
      headers: { 'accept-language': 'cy' },
    });
    expect(loop.statusCode).toBe(400);
    expect(loop.json<{ errors: { path: string; message: string }[] }>().errors).toEqual([
      { path: 'parentId', message: 'Dewiswch god y tu allan i’r un hwn' },
    ]);
    const custom = await t.as(coderA, {
      method: 'POST',
      url: `/api/analysis/codebooks/${codebook.id}/codes`,
      payload: {
        name: 'Housing',
        definition: 'Where people live and how secure it is.',
        inclusion: 'Tenancies, hostels, sofa surfing.',
        exclusion: 'Places visited, like the café.',
        parentId: code('Difficulties and barriers'),
      },
    });
    expect(custom.statusCode).toBe(201);
    const housing = custom.json<Codebook>().codes.find((c) => c.name === 'Housing');
    expect(housing).toMatchObject({ inclusion: 'Tenancies, hostels, sofa surfing.', retired: false });
  });
});

describe('themes, key messages and exports', () => {
  it('backs key messages with quotes only where consent reaches the audience', async () => {
    const { project, code } = await newProject(false);
    const barriers = code('Difficulties and barriers');
    const meaning = code('Meaning in life');
    const { applicationId: waitingQuote } = await codePhrase(t, coderA, project.id, {
      storyId: storyIds.analysis,
      codeId: barriers,
      phrase: 'The waiting list for counselling was eight months long.',
    });
    const { applicationId: purposeQuote } = await codePhrase(t, coderA, project.id, {
      storyId: storyIds.partners,
      codeId: meaning,
      phrase: 'Volunteering at the café gives my life purpose.',
    });
    await codePhrase(t, coderA, project.id, {
      storyId: storyIds.public,
      codeId: code('Identity'),
      phrase: 'I am proud of who I am becoming.',
    });
    const memo = await t.as(coderB, {
      method: 'POST',
      url: `/api/analysis/projects/${project.id}/memos`,
      payload: {
        targetKind: 'story',
        targetId: storyIds.partners,
        body: 'Purpose came through volunteering, not services.',
      },
    });
    expect(memo.statusCode).toBe(201);
    const view = await getCodingView(t, coderA, project.id, storyIds.partners);
    expect(view.memos.map((m) => m.body)).toEqual(['Purpose came through volunteering, not services.']);
    // Memos on a coding, listed by target; a story outside the project has none to show.
    expect(view.applications.map((a) => a.id)).toEqual([purposeQuote]);
    await t.as(coderB, {
      method: 'POST',
      url: `/api/analysis/projects/${project.id}/memos`,
      payload: { targetKind: 'application', targetId: purposeQuote, body: 'Is this meaning or empowerment?' },
    });
    const onCoding = await t.as(coderA, {
      method: 'GET',
      url: `/api/analysis/projects/${project.id}/memos?targetKind=application&targetId=${purposeQuote}`,
    });
    expect(onCoding.json<{ memos: { body: string }[] }>().memos.map((m) => m.body)).toEqual([
      'Is this meaning or empowerment?',
    ]);
    const outside = await t.as(coderA, {
      method: 'GET',
      url: `/api/analysis/projects/${project.id}/memos?targetKind=story&targetId=${storyIds.private}`,
    });
    expect(outside.statusCode).toBe(404);

    const theme = await t.as(coderA, {
      method: 'POST',
      url: `/api/analysis/projects/${project.id}/themes`,
      payload: { name: 'Purpose through doing', codeIds: [meaning] },
    });
    expect(theme.statusCode).toBe(201);
    const themeId = theme.json<Synthesis>().themes[0]?.id;
    expect(theme.json<Synthesis>().themes[0]).toMatchObject({ stories: 1 });

    const analysisOnly = await addKeyMessage(t, coderA, project.id, {
      audience: 'decision_makers',
      text: 'Waiting lists push people away.',
      quoteApplicationIds: [waitingQuote],
    });
    expect(analysisOnly.statusCode).toBe(403);
    expect(analysisOnly.json<{ detail: string }>().detail).toBe(
      'The storyteller’s consent does not allow quoting to strategic decision makers. Choose another quote, or leave it out.',
    );
    const toPublic = await addKeyMessage(t, coderA, project.id, {
      audience: 'public',
      text: 'Purpose comes from doing.',
      quoteApplicationIds: [purposeQuote],
    });
    expect(toPublic.statusCode).toBe(403);
    const message = await addKeyMessage(t, coderA, project.id, {
      audience: 'decision_makers',
      text: 'Fund volunteering roles: they give people purpose that services alone do not.',
      themeId,
      quoteApplicationIds: [purposeQuote],
    });
    expect(message.statusCode, message.body).toBe(201);
    expect(message.json<Synthesis>().messages[0]).toMatchObject({
      stories: 1,
      quotes: [expect.objectContaining({ text: 'Volunteering at the café gives my life purpose.' })],
    });

    // Briefings: Word (well-formed zip holding the message) and PDF (text readable). The quote was
    // shared with the partner only, so it goes in the briefing made for that partner, not a general one.
    const docx = await t.as(coderA, {
      method: 'GET',
      url: `/api/analysis/projects/${project.id}/briefing.docx?audience=decision_makers`,
    });
    expect(docx.statusCode).toBe(200);
    const documentXml = strFromU8(
      unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml'] ?? new Uint8Array(),
    );
    expect(documentXml).toContain('Fund volunteering roles');
    expect(documentXml).not.toContain('Volunteering at the café gives my life purpose.');
    const forPartner = await t.as(coderA, {
      method: 'GET',
      url: `/api/analysis/projects/${project.id}/briefing.docx?audience=decision_makers&partnerOrganisationId=${partnerOrganisationId}`,
    });
    expect(forPartner.statusCode).toBe(200);
    expect(
      strFromU8(unzipSync(new Uint8Array(forPartner.rawPayload))['word/document.xml'] ?? new Uint8Array()),
    ).toContain('Volunteering at the café gives my life purpose.” (Shared with Partner Trust)');
    const pdf = await t.as(coderA, {
      method: 'GET',
      url: `/api/analysis/projects/${project.id}/briefing.pdf?audience=decision_makers`,
    });
    const pdfFile = join(scratch, 'briefing.pdf');
    writeFileSync(pdfFile, pdf.rawPayload);
    const pdfText = execFileSync('pdftotext', [pdfFile, '-']).toString();
    expect(pdfText).toContain('Heard in 1 of the 3 stories we coded.');
    const badAudience = await t.as(coderA, {
      method: 'GET',
      url: `/api/analysis/projects/${project.id}/briefing.pdf?audience=everyone`,
    });
    expect(badAudience.statusCode).toBe(400);

    // Search: coded excerpts by code (with sub-codes) and by words.
    const byCode = await t.as(coderA, {
      method: 'GET',
      url: `/api/analysis/projects/${project.id}/excerpts?codeId=${barriers}`,
    });
    expect(byCode.json<{ excerpts: { text: string }[] }>().excerpts.map((e) => e.text)).toEqual([
      'The waiting list for counselling was eight months long.',
    ]);
    const byWord = await t.as(coderA, {
      method: 'GET',
      url: `/api/analysis/projects/${project.id}/excerpts?q=PROUD`,
    });
    expect(byWord.json<{ excerpts: { codeName: string }[] }>().excerpts.map((e) => e.codeName)).toEqual([
      'Identity',
    ]);
  });

  it('exports the project as .qdpx and the codebook as .qdc, both valid against the REFI-QDA schemas, and a CSV', async () => {
    const { project, code } = await newProject(false);
    await codePhrase(t, coderA, project.id, {
      storyId: storyIds.analysis,
      codeId: code('Connectedness'),
      phrase: 'peer support group',
    });
    await codePhrase(t, coderB, project.id, {
      storyId: storyIds.analysis,
      codeId: code('Connectedness'),
      phrase: 'I belonged',
    });
    await t.as(coderA, {
      method: 'POST',
      url: `/api/analysis/projects/${project.id}/memos`,
      payload: {
        targetKind: 'code',
        targetId: code('Connectedness'),
        body: 'Groups & "belonging" <together>.',
      },
    });
    const qdpx = await t.as(coderA, {
      method: 'GET',
      url: `/api/analysis/projects/${project.id}/project.qdpx`,
    });
    expect(qdpx.statusCode).toBe(200);
    expect(qdpx.headers['content-disposition']).toContain('what-helps-recovery-here.qdpx');
    const files = unzipSync(new Uint8Array(qdpx.rawPayload));
    const projectXml = files['project.qde'];
    expect(projectXml).toBeDefined();
    const sources = Object.keys(files).filter((name) => name.startsWith('sources/'));
    expect(sources).toHaveLength(3);
    const projectFile = join(scratch, 'project.qde');
    writeFileSync(projectFile, projectXml ?? new Uint8Array());
    execFileSync('xmllint', ['--noout', '--schema', join(schemas, 'Project.xsd'), projectFile], {
      stdio: 'pipe',
    });

    const qdc = await t.as(coderA, {
      method: 'GET',
      url: `/api/analysis/projects/${project.id}/codebook.qdc`,
    });
    const codebookFile = join(scratch, 'codebook.qdc');
    writeFileSync(codebookFile, qdc.rawPayload);
    execFileSync('xmllint', ['--noout', '--schema', join(schemas, 'Codebook.xsd'), codebookFile], {
      stdio: 'pipe',
    });
    expect(qdc.body).toContain('Difficulties and barriers');

    const csv = await t.as(coderA, {
      method: 'GET',
      url: `/api/analysis/projects/${project.id}/excerpts.csv`,
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('"Story","Code","Coder","Source","Decision","Start","End","Excerpt"');
    expect(lines).toHaveLength(3);
    expect(csv.body).toContain('"peer support group"');

    const audit = await t.as(admin, { method: 'GET', url: '/api/admin/audit?limit=200' });
    const actions = audit
      .json<{ events: { action: string; subjectId: string }[] }>()
      .events.filter((e) => e.subjectId === project.id);
    expect(actions.map((e) => e.action).sort()).toEqual([
      'analysis.excerpts_exported',
      'analysis.project_exported',
    ]);
  });
});
