import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryResponse } from '../../../contracts/stories.js';
import { addPerson, firstOrganisationId, signInAsNewAdmin, type SignedIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let admin: SignedIn;
let organisationId: string;
let storyteller: SignedIn;
let otherMember: SignedIn;
let peer: SignedIn;
let lead: SignedIn;
let coordinator: SignedIn;

const STORY =
  'My name is Fiona Gillespie and I live at 14 Bellfield Street, Dundee DD1 5HN. ' +
  'Call me on 07700 900123. The peer group at the church hall gave me my life back. ' +
  'I started volunteering and now I help run the Tuesday group.';
const CURRENT_RISK =
  'Everything is too much right now. I have been saving up my tablets and I plan to take them all this weekend.';

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
  coordinator = await addPerson(t.app, admin, organisationId, 'coordinator');
  storyteller = await addPerson(t.app, coordinator, organisationId, 'member', 'Fiona Gillespie');
  otherMember = await addPerson(t.app, coordinator, organisationId, 'member');
  peer = await addPerson(t.app, coordinator, organisationId, 'peer_supporter');
  lead = await addPerson(t.app, admin, organisationId, 'safeguarding_lead');
});
afterAll(async () => t.close());

const inject = (options: InjectOptions) => t.app.inject(options);
const as = (who: SignedIn, options: InjectOptions) =>
  inject({ ...options, headers: { ...options.headers, cookie: who.cookie } });

async function writeAndSubmit(who: SignedIn, text: string, title = 'Finding my way') {
  const created = await as(who, {
    method: 'POST',
    url: '/api/stories',
    payload: { organisationId, title, text },
  });
  expect(created.statusCode).toBe(201);
  const id = created.json<StoryResponse>().id;
  const submitted = await as(who, { method: 'POST', url: `/api/stories/${id}/submit` });
  expect(submitted.statusCode).toBe(200);
  return {
    id,
    findings: submitted.json<{
      findings: { start: number; end: number; type: string; replacement: string }[];
    }>().findings,
  };
}

/** Writes, submits, redacts every finding, records consent at `tier` and approves. */
async function publishedStory(tier: 'analysis' | 'partners' | 'public', extra: object = {}) {
  const { id, findings } = await writeAndSubmit(storyteller, STORY);
  await as(storyteller, {
    method: 'POST',
    url: `/api/stories/${id}/versions`,
    payload: {
      decisions: findings.map((f) => ({
        start: f.start,
        end: f.end,
        action: 'redact',
        replacement: f.replacement,
      })),
    },
  });
  const consent = await as(storyteller, {
    method: 'POST',
    url: `/api/stories/${id}/consent`,
    payload: { action: 'grant', tier, method: 'digital', wordingVersion: 'v1', ...extra },
  });
  expect(consent.statusCode).toBe(201);
  const approved = await as(storyteller, { method: 'POST', url: `/api/stories/${id}/approve` });
  expect(approved.json<StoryResponse>().status).toBe('approved');
  return id;
}

describe('writing a story', () => {
  it('autosaves a draft, refuses a stale save, and keeps the text encrypted at rest', async () => {
    const created = await as(storyteller, {
      method: 'POST',
      url: '/api/stories',
      payload: { organisationId, text: 'Once' },
    });
    const story = created.json<StoryResponse>();
    expect(story.draft).toMatchObject({ text: 'Once', revision: 0 });
    const saved = await as(storyteller, {
      method: 'PUT',
      url: `/api/stories/${story.id}/draft`,
      payload: { title: 'Early days', text: 'Once upon a recovery', revision: 0 },
    });
    expect(saved.json()).toMatchObject({ revision: 1 });
    const stale = await as(storyteller, {
      method: 'PUT',
      url: `/api/stories/${story.id}/draft`,
      payload: { title: 'Early days', text: 'Overwritten', revision: 0 },
    });
    expect(stale.statusCode).toBe(409);
    const { sql } = await import('drizzle-orm');
    const raw = await t.context.db.execute(sql`select draft_encrypted from stories where id = ${story.id}`);
    expect(JSON.stringify(raw)).not.toContain('recovery');
    const reread = await as(storyteller, { method: 'GET', url: `/api/stories/${story.id}` });
    expect(reread.json<StoryResponse>().draft?.text).toBe('Once upon a recovery');
  });

  it('never makes a duplicate when a create or submit is retried with the same Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'create-abc-123456' };
    const first = await as(storyteller, {
      method: 'POST',
      url: '/api/stories',
      headers,
      payload: { organisationId, text: 'Hello' },
    });
    const second = await as(storyteller, {
      method: 'POST',
      url: '/api/stories',
      headers,
      payload: { organisationId, text: 'Hello' },
    });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(200);
    expect(second.json<StoryResponse>().id).toBe(first.json<StoryResponse>().id);
    const id = first.json<StoryResponse>().id;
    const submitHeaders = { 'idempotency-key': 'submit-abc-123456' };
    const s1 = await as(storyteller, {
      method: 'POST',
      url: `/api/stories/${id}/submit`,
      headers: submitHeaders,
    });
    const s2 = await as(storyteller, {
      method: 'POST',
      url: `/api/stories/${id}/submit`,
      headers: submitHeaders,
    });
    expect([s1.statusCode, s2.statusCode]).toEqual([200, 200]);
    const again = await as(storyteller, { method: 'POST', url: `/api/stories/${id}/submit` });
    expect(again.statusCode).toBe(409);
    const story = await as(storyteller, { method: 'GET', url: `/api/stories/${id}` });
    expect(story.json<StoryResponse>().versions?.filter((v) => v.kind === 'original')).toHaveLength(1);
  });

  it('finds identifying details on submission and makes a de-identified version from the decisions', async () => {
    const { id, findings } = await writeAndSubmit(storyteller, STORY);
    const types = findings.map((f) => f.type);
    expect(types).toEqual(expect.arrayContaining(['PERSON', 'PHONE', 'POSTCODE']));
    const version = await as(storyteller, {
      method: 'POST',
      url: `/api/stories/${id}/versions`,
      payload: {
        decisions: findings.map((f) => ({
          start: f.start,
          end: f.end,
          action: 'redact',
          replacement: f.replacement,
        })),
      },
    });
    const text = version.json<StoryResponse>().deidentifiedText ?? '';
    expect(text).not.toContain('Fiona');
    expect(text).not.toContain('07700 900123');
    expect(text).toContain('gave me my life back');
  });

  it('refuses overlapping redactions', async () => {
    const { id } = await writeAndSubmit(storyteller, STORY);
    const response = await as(storyteller, {
      method: 'POST',
      url: `/api/stories/${id}/versions`,
      payload: {
        decisions: [
          { start: 0, end: 10, action: 'redact' },
          { start: 5, end: 12, action: 'redact' },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
  });

  it('lets a peer supporter record a story for storytellers without accounts', async () => {
    const created = await as(peer, {
      method: 'POST',
      url: '/api/stories',
      payload: {
        organisationId,
        channel: 'group_sharing',
        text: 'We met every week.',
        storytellerNames: ['Ailsa', 'Tam'],
      },
    });
    expect(created.json<StoryResponse>()).toMatchObject({ channel: 'group_sharing', access: 'collector' });
    const memberTries = await as(otherMember, {
      method: 'POST',
      url: '/api/stories',
      payload: { organisationId, channel: 'one_to_one_interview', text: 'x' },
    });
    expect(memberTries.statusCode).toBe(404);
  });
});

describe('who sees what (role × consent tier × version kind)', () => {
  it('shows analysts only the de-identified text, only with analysis consent, and never the original', async () => {
    const privateStory = (await writeAndSubmit(storyteller, STORY)).id;
    const analysed = await publishedStory('analysis');
    const cases: { who: () => SignedIn; story: () => string; status: number; access?: string }[] = [
      { who: () => storyteller, story: () => privateStory, status: 200, access: 'storyteller' },
      { who: () => peer, story: () => privateStory, status: 404 },
      { who: () => otherMember, story: () => privateStory, status: 404 },
      { who: () => lead, story: () => privateStory, status: 404 },
      { who: () => admin, story: () => privateStory, status: 404 },
      { who: () => peer, story: () => analysed, status: 200, access: 'analyst' },
      { who: () => coordinator, story: () => analysed, status: 200, access: 'analyst' },
      { who: () => otherMember, story: () => analysed, status: 404 },
    ];
    for (const c of cases) {
      const response = await as(c.who(), { method: 'GET', url: `/api/stories/${c.story()}` });
      expect(response.statusCode, `${c.access ?? 'refused'} ${c.story()}`).toBe(c.status);
      if (c.access) expect(response.json<StoryResponse>().access).toBe(c.access);
    }
    const asAnalyst = (
      await as(peer, { method: 'GET', url: `/api/stories/${analysed}` })
    ).json<StoryResponse>();
    expect(asAnalyst.deidentifiedText).not.toContain('Fiona');
    expect(asAnalyst.consent).toBeNull();
    expect(asAnalyst.versions).toBeNull();
    expect((await as(peer, { method: 'GET', url: `/api/stories/${analysed}/original` })).statusCode).toBe(
      404,
    );
    expect(
      (await as(coordinator, { method: 'GET', url: `/api/stories/${analysed}/original` })).statusCode,
    ).toBe(404);
  });

  it('audits every read of an original', async () => {
    const { id } = await writeAndSubmit(storyteller, STORY);
    const original = await as(storyteller, { method: 'GET', url: `/api/stories/${id}/original` });
    expect(original.json<{ text: string }>().text).toContain('Fiona');
    const audit = await as(admin, { method: 'GET', url: '/api/admin/audit?limit=200' });
    const reads = audit
      .json<{ events: { action: string; subjectId: string }[] }>()
      .events.filter((e) => e.action === 'story.original.read' && e.subjectId === id);
    expect(reads).toHaveLength(1);
  });

  it('shows partner organisations the de-identified story only when named', async () => {
    const orgs = (await as(admin, { method: 'GET', url: '/api/organisations' })).json<{
      organisations: { id: string }[];
    }>();
    expect(orgs.organisations.length).toBeGreaterThan(0);
    // The admin's partnership has one organisation; a second one is made through the people module.
    const { createPartnershipAdmin } = await import('../people/index.js');
    expect(createPartnershipAdmin).toBeTypeOf('function');
    const noPartners = await as(storyteller, {
      method: 'POST',
      url: '/api/stories',
      payload: { organisationId, text: 'x' },
    });
    const id = noPartners.json<StoryResponse>().id;
    await as(storyteller, { method: 'POST', url: `/api/stories/${id}/submit` });
    const missing = await as(storyteller, {
      method: 'POST',
      url: `/api/stories/${id}/consent`,
      payload: { action: 'grant', tier: 'partners', method: 'verbal', wordingVersion: 'v1' },
    });
    expect(missing.statusCode).toBe(400);
  });
});

describe('showcase and withdrawal', () => {
  it('shows public, approved stories to everyone, searchable, and removes them at once on withdrawal', async () => {
    const id = await publishedStory('public', { identification: 'pseudonym', pseudonym: 'Wren' });
    const list = await inject({ method: 'GET', url: '/api/showcase/stories?q=volunteering' });
    const found = list
      .json<{ stories: { id: string; byline: string; text: string }[] }>()
      .stories.find((s) => s.id === id);
    expect(found?.byline).toBe('Wren');
    expect(found?.text).not.toContain('Fiona');
    expect((await inject({ method: 'GET', url: `/api/showcase/stories/${id}` })).statusCode).toBe(200);

    const withdrawn = await as(storyteller, {
      method: 'POST',
      url: `/api/stories/${id}/consent`,
      payload: { action: 'withdraw', method: 'digital' },
    });
    expect(withdrawn.json<StoryResponse>()).toMatchObject({
      status: 'withdrawn',
      consent: { tier: 'private', withdrawn: true },
    });
    expect((await inject({ method: 'GET', url: `/api/showcase/stories/${id}` })).statusCode).toBe(404);
    const after = await inject({ method: 'GET', url: '/api/showcase/stories?q=volunteering' });
    expect(after.json<{ stories: { id: string }[] }>().stories.some((s) => s.id === id)).toBe(false);
    expect((await as(peer, { method: 'GET', url: `/api/stories/${id}` })).statusCode).toBe(404);
    const outbox = await inject({ method: 'GET', url: '/api/dev/outbox' });
    expect(
      outbox
        .json<{ messages: { to: string; subject: string }[] }>()
        .messages.some((m) => m.to === storyteller.email && m.subject === 'Your story has been withdrawn'),
    ).toBe(true);
  });

  it('never shows stories without public consent', async () => {
    const analysisOnly = await publishedStory('analysis');
    expect((await inject({ method: 'GET', url: `/api/showcase/stories/${analysisOnly}` })).statusCode).toBe(
      404,
    );
    const list = await inject({ method: 'GET', url: '/api/showcase/stories' });
    expect(list.json<{ stories: { id: string }[] }>().stories.some((s) => s.id === analysisOnly)).toBe(false);
  });

  it('keeps the consent ledger append-only', async () => {
    const { sql } = await import('drizzle-orm');
    await expect(t.context.db.execute(sql`update consent_events set tier = 'public'`)).rejects.toThrow();
  });
});

describe('safeguarding', () => {
  it('does not alert for a past crisis told from recovery', async () => {
    const { id } = await writeAndSubmit(
      storyteller,
      'Back in 2015 I tried to take my own life. Today I run the walking group.',
    );
    const story = (await as(storyteller, { method: 'GET', url: `/api/stories/${id}` })).json<StoryResponse>();
    expect(story.safeguardingHold).toBe(false);
    expect(story.supportLines).toBeNull();
  });
});

describe('routes refuse roles that must be refused', () => {
  const uuid = '00000000-0000-4000-8000-000000000000';
  it.each([
    ['GET', '/api/stories'],
    ['POST', '/api/stories'],
    ['GET', `/api/stories/${uuid}`],
    ['PUT', `/api/stories/${uuid}/draft`],
    ['POST', `/api/stories/${uuid}/submit`],
    ['GET', `/api/stories/${uuid}/original`],
    ['POST', `/api/stories/${uuid}/versions`],
    ['POST', `/api/stories/${uuid}/approve`],
    ['POST', `/api/stories/${uuid}/consent`],
    ['GET', '/api/safeguarding/alerts'],
    ['PATCH', `/api/safeguarding/alerts/${uuid}`],
  ] as const)('%s %s refuses a signed-out visitor', async (method, url) => {
    const payloads: Record<string, object> = {
      'POST /api/stories': { organisationId: uuid },
      [`PUT /api/stories/${uuid}/draft`]: { title: '', text: '', revision: 0 },
      [`POST /api/stories/${uuid}/versions`]: { decisions: [] },
      [`POST /api/stories/${uuid}/consent`]: { action: 'withdraw', method: 'digital' },
      [`PATCH /api/safeguarding/alerts/${uuid}`]: { status: 'closed', actionNote: 'x' },
    };
    const payload = payloads[`${method} ${url}`];
    const response = await inject({ method, url, ...(payload ? { payload } : {}) });
    expect(response.statusCode).toBe(401);
  });

  it("refuses another member the storyteller's curation actions", async () => {
    const { id } = await writeAndSubmit(storyteller, STORY);
    for (const [method, url, payload] of [
      ['POST', `/api/stories/${id}/versions`, { decisions: [] }],
      ['POST', `/api/stories/${id}/approve`, undefined],
      ['POST', `/api/stories/${id}/consent`, { action: 'withdraw', method: 'digital' }],
      ['GET', `/api/stories/${id}/original`, undefined],
    ] as const) {
      const response = await as(otherMember, { method, url, ...(payload ? { payload } : {}) });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
  });
});

describe('search and partners', () => {
  type Result = { id: string; snippet: string; themes: string[] };
  const search = async (who: SignedIn, query: string) =>
    (await as(who, { method: 'GET', url: `/api/stories/search?${query}` })).json<{ results: Result[] }>()
      .results;

  it('finds only what the reader may see, with a de-identified snippet, and drops withdrawn stories', async () => {
    const analysed = await publishedStory('analysis');
    const privateOne = (await writeAndSubmit(storyteller, STORY)).id;
    const peerResults = await search(peer, 'q=volunteering');
    expect(peerResults.map((r) => r.id)).toContain(analysed);
    expect(peerResults.map((r) => r.id)).not.toContain(privateOne);
    expect(peerResults.find((r) => r.id === analysed)?.snippet).not.toContain('Fiona');
    expect((await search(otherMember, 'q=volunteering')).map((r) => r.id)).not.toContain(analysed);
    const own = await search(storyteller, 'status=submitted');
    expect(own.map((r) => r.id)).toContain(privateOne);

    await as(storyteller, {
      method: 'POST',
      url: `/api/stories/${analysed}/consent`,
      payload: { action: 'withdraw', method: 'verbal' },
    });
    expect((await search(peer, 'q=volunteering')).map((r) => r.id)).not.toContain(analysed);
  });

  it('filters by channel, status, theme and date', async () => {
    const analysed = await publishedStory('analysis');
    const today = new Date().toISOString().slice(0, 10);
    expect(
      (await search(peer, `channel=written&status=approved&from=${today}&to=${today}`)).map((r) => r.id),
    ).toContain(analysed);
    expect((await search(peer, 'channel=group_sharing')).map((r) => r.id)).not.toContain(analysed);
    expect((await search(peer, 'from=2001-01-01&to=2001-01-02')).map((r) => r.id)).toEqual([]);
    const themed = await search(peer, 'q=volunteering');
    const themes = themed.find((r) => r.id === analysed)?.themes ?? [];
    if (themes[0]) {
      expect((await search(peer, `theme=${themes[0]}`)).map((r) => r.id)).toContain(analysed);
    }
    const bad = await as(peer, { method: 'GET', url: '/api/stories/search?theme=sadness' });
    expect(bad.statusCode).toBe(400);
  });

  it('shares with a named partner organisation only, and only while consent stands', async () => {
    const partnerOrg = await as(admin, {
      method: 'POST',
      url: '/api/organisations',
      payload: { name: 'Partner Trust' },
    });
    const partnerOrgId = partnerOrg.json<{ id: string }>().id;
    const otherOrg = await as(admin, {
      method: 'POST',
      url: '/api/organisations',
      payload: { name: 'Unnamed Trust' },
    });
    const partnerPeer = await addPerson(t.app, admin, partnerOrgId, 'peer_supporter');
    const otherPeer = await addPerson(t.app, admin, otherOrg.json<{ id: string }>().id, 'peer_supporter');
    const shared = await publishedStory('partners', {
      partnerOrganisationIds: [partnerOrgId],
      purpose: 'Service design',
    });
    const read = await as(partnerPeer, { method: 'GET', url: `/api/stories/${shared}` });
    expect(read.json<StoryResponse>()).toMatchObject({ access: 'partner' });
    expect((await as(otherPeer, { method: 'GET', url: `/api/stories/${shared}` })).statusCode).toBe(404);
    expect((await search(partnerPeer, 'q=volunteering')).map((r) => r.id)).toContain(shared);
    expect((await search(otherPeer, 'q=volunteering')).map((r) => r.id)).not.toContain(shared);
    expect(
      (await as(partnerPeer, { method: 'GET', url: `/api/stories/${shared}/original` })).statusCode,
    ).toBe(404);
  });
});

describe('consent expiry', () => {
  it('warns the collector and storyteller once, a month before consent ends', async () => {
    const { remindExpiringConsents } = await import('./stories.service.js');
    const { id } = await writeAndSubmit(storyteller, STORY, 'Expiring soon');
    const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString();
    await as(storyteller, {
      method: 'POST',
      url: `/api/stories/${id}/consent`,
      payload: {
        action: 'grant',
        tier: 'analysis',
        method: 'digital',
        wordingVersion: 'v1',
        expiresAt: inTenDays,
      },
    });
    expect(await remindExpiringConsents(t.context)).toBeGreaterThanOrEqual(1);
    expect(await remindExpiringConsents(t.context)).toBe(0);
    const outbox = (await inject({ method: 'GET', url: '/api/dev/outbox' })).json<{
      messages: { to: string; text: string }[];
    }>();
    const reminders = outbox.messages.filter(
      (m) =>
        m.to === storyteller.email &&
        m.text.includes('Consent to share a story you are looking after ends on'),
    );
    expect(reminders).toHaveLength(1);
  });

  it('stops sharing once consent has expired, as if withdrawn', async () => {
    const id = await publishedStory('public');
    expect((await inject({ method: 'GET', url: `/api/showcase/stories/${id}` })).statusCode).toBe(200);
    // Time passes: the ledger's latest grant and its projection now lie in the past.
    const { sql } = await import('drizzle-orm');
    const past = new Date(Date.now() - 86_400_000).toISOString();
    await t.context.db.execute(
      sql`insert into consent_events (story_id, action, tier, method, recorded_by, wording_version, expires_at, at)
          values (${id}, 'grant', 'public', 'digital', ${storyteller.personId}, 'v1', ${past}::timestamptz, now() - interval '2 days')`,
    );
    await t.context.db.execute(
      sql`update stories set consent_expires_at = ${past}::timestamptz where id = ${id}`,
    );
    expect((await inject({ method: 'GET', url: `/api/showcase/stories/${id}` })).statusCode).toBe(404);
  });
});

describe('collections', () => {
  it('lets a coordinator gather public stories into a collection the public can browse', async () => {
    const id = await publishedStory('public');
    const created = await as(coordinator, {
      method: 'POST',
      url: '/api/collections',
      payload: { title: 'Celebrating recovery 2026', description: 'Stories shared at the summer gathering' },
    });
    expect(created.statusCode).toBe(201);
    const collectionId = created.json<{ id: string }>().id;
    const notPublic = (await writeAndSubmit(storyteller, STORY)).id;
    const refused = await as(coordinator, {
      method: 'POST',
      url: `/api/collections/${collectionId}/stories`,
      payload: { storyId: notPublic },
    });
    expect(refused.statusCode).toBe(409);
    const added = await as(coordinator, {
      method: 'POST',
      url: `/api/collections/${collectionId}/stories`,
      payload: { storyId: id },
    });
    expect(added.json<{ stories: { id: string }[] }>().stories.map((s) => s.id)).toEqual([id]);
    const list = await inject({ method: 'GET', url: '/api/showcase/collections' });
    expect(list.json<{ collections: { id: string; storyCount: number }[] }>().collections).toContainEqual(
      expect.objectContaining({ id: collectionId, storyCount: 1 }),
    );
    // Withdrawal takes the story out of the collection's public view at once.
    await as(storyteller, {
      method: 'POST',
      url: `/api/stories/${id}/consent`,
      payload: { action: 'withdraw', method: 'digital' },
    });
    const after = await inject({ method: 'GET', url: `/api/showcase/collections/${collectionId}` });
    expect(after.json<{ stories: unknown[] }>().stories).toEqual([]);
  });

  it('refuses members and peer supporters curating collections', async () => {
    for (const who of [otherMember, peer]) {
      const response = await as(who, { method: 'POST', url: '/api/collections', payload: { title: 'Mine' } });
      expect(response.statusCode).toBe(404);
    }
    expect(
      (await inject({ method: 'POST', url: '/api/collections', payload: { title: 'Anon' } })).statusCode,
    ).toBe(401);
  });

  it('filters the showcase by theme', async () => {
    const id = await publishedStory('public');
    const search = await as(peer, { method: 'GET', url: `/api/stories/search?q=volunteering&limit=100` });
    const found = search
      .json<{ results: { id: string; themes: string[] }[] }>()
      .results.find((r) => r.id === id);
    expect(found).toBeDefined();
    const themes = found?.themes ?? [];
    const theme = themes[0];
    if (theme) {
      const filtered = await inject({ method: 'GET', url: `/api/showcase/stories?theme=${theme}` });
      expect(filtered.json<{ stories: { id: string }[] }>().stories.map((s) => s.id)).toContain(id);
    }
    const other = ['connectedness', 'hope', 'identity', 'meaning', 'empowerment'].find(
      (c) => !themes.includes(c),
    );
    if (other) {
      const filtered = await inject({ method: 'GET', url: `/api/showcase/stories?theme=${other}` });
      expect(filtered.json<{ stories: { id: string }[] }>().stories.map((s) => s.id)).not.toContain(id);
    }
  });
});

describe('personal data rights', () => {
  it("includes a storyteller's stories in their download, and erasure withdraws and deletes them", async () => {
    const teller = await addPerson(t.app, coordinator, organisationId, 'member', 'Skye Lennox');
    const created = await as(teller, {
      method: 'POST',
      url: '/api/stories',
      payload: { organisationId, title: 'Mine', text: STORY },
    });
    const id = created.json<StoryResponse>().id;
    await as(teller, { method: 'POST', url: `/api/stories/${id}/submit` });
    const data = await as(teller, { method: 'GET', url: '/api/me/data' });
    const exported = data.json<{ stories: { stories: { id: string; original: string }[] } }>().stories
      .stories;
    expect(exported.find((s) => s.id === id)?.original).toContain('Fiona');

    const asked = await as(teller, {
      method: 'POST',
      url: '/api/me/erasure-requests',
      payload: { reason: 'Please remove me' },
    });
    const done = await as(admin, {
      method: 'POST',
      url: `/api/admin/erasure-requests/${asked.json<{ id: string }>().id}`,
      payload: { decision: 'complete', outcome: 'Done' },
    });
    expect(done.json<{ outcome: string }>().outcome).toContain('stories');
    const { sql } = await import('drizzle-orm');
    const versions = await t.context.db.execute(
      sql`select count(*)::int as n from story_versions where story_id = ${id}`,
    );
    expect(JSON.stringify(versions)).toContain('"n":0');
    const status = await t.context.db.execute(sql`select status from stories where id = ${id}`);
    expect(JSON.stringify(status)).toContain('withdrawn');
  });
});

describe('support lines per organisation', () => {
  it('shows the defaults until a coordinator sets local ones, which the storyteller then sees', async () => {
    const before = await as(storyteller, {
      method: 'GET',
      url: `/api/organisations/${organisationId}/support-lines`,
    });
    expect(before.json()).toMatchObject({ isDefault: true });
    const refused = await as(storyteller, {
      method: 'PUT',
      url: `/api/organisations/${organisationId}/support-lines`,
      payload: { lines: [{ name: 'X', contact: 'Y' }] },
    });
    expect(refused.statusCode).toBe(404);
    const empty = await as(coordinator, {
      method: 'PUT',
      url: `/api/organisations/${organisationId}/support-lines`,
      payload: { lines: [] },
    });
    expect(empty.statusCode).toBe(400);
    const set = await as(coordinator, {
      method: 'PUT',
      url: `/api/organisations/${organisationId}/support-lines`,
      payload: {
        lines: [
          { name: 'Samaritans', contact: 'Call 116 123', hours: 'Any time' },
          { name: 'Harbour crisis drop-in', contact: 'Call 01382 000000', hours: 'Weekdays 9 to 5' },
        ],
      },
    });
    expect(set.json()).toMatchObject({ isDefault: false });
    const { id } = await writeAndSubmit(storyteller, CURRENT_RISK, 'Tonight');
    const story = (await as(storyteller, { method: 'GET', url: `/api/stories/${id}` })).json<StoryResponse>();
    expect(story.supportLines?.map((l) => l.name)).toEqual(['Samaritans', 'Harbour crisis drop-in']);
  });
});

describe('found in review', () => {
  it('shows nobody else’s stories in search to someone with no organisation, or to a plain member of a partner', async () => {
    await publishedStory('analysis');
    const partnerOrg = await as(admin, {
      method: 'POST',
      url: '/api/organisations',
      payload: { name: 'Review Partner' },
    });
    const partnerOrgId = partnerOrg.json<{ id: string }>().id;
    await publishedStory('partners', { partnerOrganisationIds: [partnerOrgId], purpose: 'Review' });
    const partnerMember = await addPerson(t.app, admin, partnerOrgId, 'member');
    const removed = await addPerson(t.app, coordinator, organisationId, 'member');
    const members = await as(coordinator, {
      method: 'GET',
      url: `/api/organisations/${organisationId}/members`,
    });
    const membershipId = members
      .json<{ members: { membershipId: string; personId: string }[] }>()
      .members.find((m) => m.personId === removed.personId)?.membershipId;
    await as(coordinator, { method: 'DELETE', url: `/api/memberships/${membershipId}` });
    for (const who of [removed, partnerMember]) {
      const results = await as(who, { method: 'GET', url: '/api/stories/search?q=volunteering&limit=100' });
      expect(results.json<{ results: unknown[] }>().results).toEqual([]);
    }
  });

  it('never shows an identifying title to the public or analysts', async () => {
    const created = await as(storyteller, {
      method: 'POST',
      url: '/api/stories',
      payload: { organisationId, title: 'Fiona Gillespie of 14 Bellfield Street', text: STORY },
    });
    const id = created.json<StoryResponse>().id;
    const submitted = await as(storyteller, { method: 'POST', url: `/api/stories/${id}/submit` });
    const findings = submitted.json<{ findings: { start: number; end: number; replacement: string }[] }>()
      .findings;
    await as(storyteller, {
      method: 'POST',
      url: `/api/stories/${id}/versions`,
      payload: {
        decisions: findings.map((f) => ({
          start: f.start,
          end: f.end,
          action: 'redact',
          replacement: f.replacement,
        })),
      },
    });
    await as(storyteller, {
      method: 'POST',
      url: `/api/stories/${id}/consent`,
      payload: { action: 'grant', tier: 'public', method: 'digital', wordingVersion: 'v1' },
    });
    await as(storyteller, { method: 'POST', url: `/api/stories/${id}/approve` });
    const publicTitle = (await inject({ method: 'GET', url: `/api/showcase/stories/${id}` })).json<{
      title: string;
    }>().title;
    expect(publicTitle).not.toContain('Fiona');
    expect(publicTitle).not.toContain('Bellfield');
    const analystTitle = (await as(peer, { method: 'GET', url: `/api/stories/${id}` })).json<StoryResponse>()
      .title;
    expect(analystTitle).not.toContain('Fiona');
    const ownTitle = (
      await as(storyteller, { method: 'GET', url: `/api/stories/${id}` })
    ).json<StoryResponse>().title;
    expect(ownTitle).toContain('Fiona');
  });

  it('submits once however many submissions arrive together', async () => {
    const created = await as(storyteller, {
      method: 'POST',
      url: '/api/stories',
      payload: { organisationId, text: CURRENT_RISK },
    });
    const id = created.json<StoryResponse>().id;
    const headers = { 'idempotency-key': 'same-submit-key-1' };
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        as(storyteller, { method: 'POST', url: `/api/stories/${id}/submit`, headers }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    const { sql } = await import('drizzle-orm');
    const counts = await t.context.db.execute(
      sql`select (select count(*)::int from story_versions where story_id = ${id}) as versions,
                 (select count(*)::int from safeguarding_alerts where story_id = ${id}) as alerts`,
    );
    expect(JSON.stringify(counts)).toContain('"versions":1');
    expect(JSON.stringify(counts)).toContain('"alerts":1');
  });

  it("keeps other people's stories out of a peer supporter's own data download", async () => {
    await as(peer, {
      method: 'POST',
      url: '/api/stories',
      payload: {
        organisationId,
        channel: 'one_to_one_interview',
        text: 'Someone else’s words',
        storytellerNames: ['Rab'],
      },
    });
    const data = (await as(peer, { method: 'GET', url: '/api/me/data' })).json<{
      stories: { stories: unknown[]; storiesCollectedForOthers: { id: string }[] };
    }>();
    expect(data.stories.storiesCollectedForOthers.length).toBeGreaterThan(0);
    expect(JSON.stringify(data)).not.toContain('Someone else’s words');
  });
});

describe('idempotent creation under concurrency', () => {
  it('makes one story when the same create is sent several times at once', async () => {
    const headers = { 'idempotency-key': 'racing-create-key-1' };
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        as(storyteller, {
          method: 'POST',
          url: '/api/stories',
          headers,
          payload: { organisationId, text: 'Same' },
        }),
      ),
    );
    expect(new Set(results.map((r) => r.json<StoryResponse>().id)).size).toBe(1);
    expect(results.every((r) => r.statusCode === 200 || r.statusCode === 201)).toBe(true);
  });
});

describe('nothing about a risk reaches anyone but the storyteller and the lead', () => {
  it('does not tell the collector that a recorded story raised a concern', async () => {
    const created = await as(peer, {
      method: 'POST',
      url: '/api/stories',
      payload: {
        organisationId,
        channel: 'one_to_one_interview',
        text: CURRENT_RISK,
        storytellerNames: ['Jo'],
      },
    });
    const id = created.json<StoryResponse>().id;
    await as(peer, { method: 'POST', url: `/api/stories/${id}/submit` });
    const seen = (await as(peer, { method: 'GET', url: `/api/stories/${id}` })).json<StoryResponse>();
    expect(seen.safeguardingHold).toBeNull();
    expect(seen.supportLines).toBeNull();
  });
});
