import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { showcaseAnswers } from '../../../contracts/showcase.answers.js';
import {
  CHIME_THEMES,
  CollectionListResponseSchema,
  CollectionResponseSchema,
  ShowcaseListResponseSchema,
  ShowcaseStorySchema,
  type StoryResponse,
} from '../../../contracts/stories.js';
import {
  addPerson,
  firstOrganisationId,
  signInAsNewAdmin,
  TEST_PASSWORD,
  type SignedIn,
} from '../../testing/factories.js';
import { cookieOf, createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  createStory,
  grantConsent,
  publishStory,
  redactAll,
  reviewStory,
  submitStory,
  withdrawConsent,
  type Consent,
} from './stories.factories.js';
import { searchStories, type SearchOptions } from './search.repository.js';
import { stories } from './stories.tables.js';

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
const SATURDAYS =
  'I moved to the area last year and knew nobody. The walking group on a Saturday changed that. ' +
  'Now I have people to text when I am having a hard day.';
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

/** Sends `text` as `who`, in the test organisation; returns its id and what was found in it. */
const writeAndSubmit = (who: SignedIn, text: string, title = 'Finding my way') =>
  submitStory(t, who, { organisationId, title, text });

/** The storyteller's STORY, with every finding redacted, consented at `tier` and approved. */
const publishedStory = (tier: Consent['tier'], consent: Omit<Consent, 'tier'> = {}) =>
  publishStory(t, storyteller, {
    organisationId,
    title: 'Finding my way',
    text: STORY,
    consent: { tier, ...consent },
  });

describe('writing a story', () => {
  it('autosaves a draft, refuses a stale save, and keeps the text encrypted at rest', async () => {
    const created = await t.as(storyteller, {
      method: 'POST',
      url: '/api/stories',
      payload: { organisationId, text: 'Once' },
    });
    const story = created.json<StoryResponse>();
    expect(story.draft).toMatchObject({ text: 'Once', revision: 0 });
    const saved = await t.as(storyteller, {
      method: 'PUT',
      url: `/api/stories/${story.id}/draft`,
      payload: { title: 'Early days', text: 'Once upon a recovery', revision: 0 },
    });
    expect(saved.json()).toMatchObject({ revision: 1 });
    const stale = await t.as(storyteller, {
      method: 'PUT',
      url: `/api/stories/${story.id}/draft`,
      payload: { title: 'Early days', text: 'Overwritten', revision: 0 },
    });
    expect(stale.statusCode).toBe(409);
    const { sql } = await import('drizzle-orm');
    const raw = await t.context.db.execute(sql`select draft_encrypted from stories where id = ${story.id}`);
    expect(JSON.stringify(raw)).not.toContain('recovery');
    const reread = await t.as(storyteller, { method: 'GET', url: `/api/stories/${story.id}` });
    expect(reread.json<StoryResponse>().draft?.text).toBe('Once upon a recovery');
  });

  it('tells a storyteller in their language why their sent story cannot be sent or changed again', async () => {
    const created = await t.as(storyteller, {
      method: 'POST',
      url: '/api/stories',
      payload: { organisationId, text: 'The Tuesday group gave me a reason to get up.' },
    });
    const id = created.json<StoryResponse>().id;
    expect((await t.as(storyteller, { method: 'POST', url: `/api/stories/${id}/submit` })).statusCode).toBe(
      200,
    );
    const again = await t.as(storyteller, {
      method: 'POST',
      url: `/api/stories/${id}/submit`,
      headers: { 'accept-language': 'cy' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ detail: string }>().detail).toBe('Mae’r stori hon wedi’i hanfon yn barod.');
    const changed = await t.as(storyteller, {
      method: 'PUT',
      url: `/api/stories/${id}/draft`,
      payload: { title: 'Tuesdays', text: 'Now I make the tea.', revision: 1 },
      headers: { 'accept-language': 'ur' },
    });
    expect(changed.statusCode).toBe(409);
    expect(changed.json<{ detail: string }>().detail).toBe(
      'یہ کہانی بھیجی جا چکی ہے، اس لیے اب اس کا مسودہ نہیں بدلا جا سکتا۔',
    );
  });

  it('never makes a duplicate when a create or submit is retried with the same Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'create-abc-123456' };
    const first = await t.as(storyteller, {
      method: 'POST',
      url: '/api/stories',
      headers,
      payload: { organisationId, text: 'Hello' },
    });
    const second = await t.as(storyteller, {
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
    const s1 = await t.as(storyteller, {
      method: 'POST',
      url: `/api/stories/${id}/submit`,
      headers: submitHeaders,
    });
    const s2 = await t.as(storyteller, {
      method: 'POST',
      url: `/api/stories/${id}/submit`,
      headers: submitHeaders,
    });
    expect([s1.statusCode, s2.statusCode]).toEqual([200, 200]);
    const again = await t.as(storyteller, { method: 'POST', url: `/api/stories/${id}/submit` });
    expect(again.statusCode).toBe(409);
    const story = await t.as(storyteller, { method: 'GET', url: `/api/stories/${id}` });
    expect(story.json<StoryResponse>().versions?.filter((v) => v.kind === 'original')).toHaveLength(1);
  });

  it('finds identifying details on submission and makes a de-identified version from the decisions', async () => {
    const { id, findings } = await writeAndSubmit(storyteller, STORY);
    const types = findings.map((f) => f.type);
    expect(types).toEqual(expect.arrayContaining(['PERSON', 'PHONE', 'POSTCODE']));
    const version = await reviewStory(t, storyteller, id, redactAll(findings));
    const text = version.deidentifiedText ?? '';
    expect(text).not.toContain('Fiona');
    expect(text).not.toContain('07700 900123');
    expect(text).toContain('gave me my life back');
  });

  it('refuses overlapping redactions', async () => {
    const { id } = await writeAndSubmit(storyteller, STORY);
    const response = await t.as(storyteller, {
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
    expect(response.json<{ detail: string }>().detail).toBe(
      'Two of the parts you took out overlap, or one falls outside the story. Reload the page and try again.',
    );
    // A storyteller reading Urdu is told in Urdu; a draft cannot be checked yet.
    const inUrdu = await t.as(storyteller, {
      method: 'POST',
      url: `/api/stories/${id}/versions`,
      payload: { decisions: [{ start: 0, end: 100_000, action: 'redact' }] },
      headers: { 'accept-language': 'ur' },
    });
    expect(inUrdu.json<{ detail: string }>().detail).toBe(
      'نکالے گئے دو حصے ایک دوسرے پر آ رہے ہیں، یا کوئی حصہ کہانی سے باہر ہے۔ صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔',
    );
    const draft = await createStory(t, storyteller, { organisationId, text: STORY });
    const tooSoon = await t.as(storyteller, {
      method: 'POST',
      url: `/api/stories/${draft.id}/versions`,
      payload: { decisions: [] },
      headers: { 'accept-language': 'cy' },
    });
    expect(tooSoon.statusCode).toBe(409);
    expect(tooSoon.json<{ detail: string }>().detail).toBe(
      'Dim ond stori sydd wedi’i hanfon y gellir ei gwirio am yr hyn sy’n dweud pwy a’i hadroddodd.',
    );
  });

  it('lets a peer supporter record a story for storytellers without accounts', async () => {
    const created = await createStory(t, peer, {
      organisationId,
      channel: 'group_sharing',
      text: 'We met every week.',
      storytellerNames: ['Ailsa', 'Tam'],
    });
    expect(created).toMatchObject({ channel: 'group_sharing', access: 'collector' });
    const memberTries = await t.as(otherMember, {
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
    // `access` null: the reader is refused (404), as if the story did not exist.
    const cases: { who: SignedIn; story: string; access: StoryResponse['access'] | null }[] = [
      { who: storyteller, story: privateStory, access: 'storyteller' },
      { who: peer, story: privateStory, access: null },
      { who: otherMember, story: privateStory, access: null },
      { who: lead, story: privateStory, access: null },
      { who: admin, story: privateStory, access: null },
      { who: peer, story: analysed, access: 'analyst' },
      { who: coordinator, story: analysed, access: 'analyst' },
      { who: otherMember, story: analysed, access: null },
    ];
    for (const c of cases) {
      const response = await t.as(c.who, { method: 'GET', url: `/api/stories/${c.story}` });
      const label = `${c.access ?? 'refused'} ${c.story}`;
      expect(response.statusCode, label).toBe(c.access ? 200 : 404);
      const access = response.statusCode === 200 ? response.json<StoryResponse>().access : null;
      expect(access, label).toBe(c.access);
    }
    const asAnalyst = (
      await t.as(peer, { method: 'GET', url: `/api/stories/${analysed}` })
    ).json<StoryResponse>();
    expect(asAnalyst.deidentifiedText).not.toContain('Fiona');
    expect(asAnalyst.consent).toBeNull();
    expect(asAnalyst.versions).toBeNull();
    expect((await t.as(peer, { method: 'GET', url: `/api/stories/${analysed}/original` })).statusCode).toBe(
      404,
    );
    expect(
      (await t.as(coordinator, { method: 'GET', url: `/api/stories/${analysed}/original` })).statusCode,
    ).toBe(404);
  });

  it('audits every read of an original', async () => {
    const { id } = await writeAndSubmit(storyteller, STORY);
    const original = await t.as(storyteller, { method: 'GET', url: `/api/stories/${id}/original` });
    expect(original.json<{ text: string }>().text).toContain('Fiona');
    const audit = await t.as(admin, { method: 'GET', url: '/api/admin/audit?limit=200' });
    const reads = audit
      .json<{ events: { action: string; subjectId: string }[] }>()
      .events.filter((e) => e.action === 'story.original.read' && e.subjectId === id);
    expect(reads).toHaveLength(1);
  });

  it('shows partner organisations the de-identified story only when named', async () => {
    const orgs = (await t.as(admin, { method: 'GET', url: '/api/organisations' })).json<{
      organisations: { id: string }[];
    }>();
    expect(orgs.organisations.length).toBeGreaterThan(0);
    // The admin's partnership has one organisation; a second one is made through the people module.
    const { createPartnershipAdmin } = await import('../people/index.js');
    expect(createPartnershipAdmin).toBeTypeOf('function');
    const { id } = await writeAndSubmit(storyteller, 'x');
    const missing = await t.as(storyteller, {
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
    const list = await t.as(null, { method: 'GET', url: '/api/showcase/stories?q=volunteering' });
    const found = list
      .json<{ stories: { id: string; byline: string; text: string }[] }>()
      .stories.find((s) => s.id === id);
    expect(found?.byline).toBe('Wren');
    expect(found?.text).not.toContain('Fiona');
    expect((await t.as(null, { method: 'GET', url: `/api/showcase/stories/${id}` })).statusCode).toBe(200);

    const withdrawn = await withdrawConsent(t, storyteller, id);
    expect(withdrawn).toMatchObject({
      status: 'withdrawn',
      consent: { tier: 'private', withdrawn: true },
    });
    expect((await t.as(null, { method: 'GET', url: `/api/showcase/stories/${id}` })).statusCode).toBe(404);
    const after = await t.as(null, { method: 'GET', url: '/api/showcase/stories?q=volunteering' });
    expect(after.json<{ stories: { id: string }[] }>().stories.some((s) => s.id === id)).toBe(false);
    expect((await t.as(peer, { method: 'GET', url: `/api/stories/${id}` })).statusCode).toBe(404);
    const told = await t.outbox(storyteller.email);
    const mail = told.find((m) => m.subject === 'Your story has been withdrawn');
    // In the words the storyteller chose by, not staff words ("showcase", "analysis", "export").
    expect(mail?.text).toContain('with people looking for what helps recovery');
    expect(mail?.text).not.toMatch(/showcase|analysis|export/i);
  });

  it('shows each storyteller by the name they chose, in the list and on the story alike', async () => {
    const chosen = {
      [await publishedStory('public', { identification: 'pseudonym', pseudonym: 'Heron' })]: 'Heron',
      [await publishedStory('public', { identification: 'first_name' })]: 'Fiona',
      [await publishedStory('public', { identification: 'anonymous' })]: 'Anonymous',
    };
    const list = await t.as(null, { method: 'GET', url: '/api/showcase/stories?limit=50' });
    const listed = list
      .json<{ stories: { id: string; byline: string }[] }>()
      .stories.filter((s) => s.id in chosen);
    expect(Object.fromEntries(listed.map((s) => [s.id, s.byline]))).toEqual(chosen);
    for (const story of listed) {
      const alone = await t.as(null, { method: 'GET', url: `/api/showcase/stories/${story.id}` });
      expect(alone.json()).toEqual(story);
    }
  });

  it('finds public stories by the words the public can read, never by the title as first written', async () => {
    const id = await publishStory(t, storyteller, {
      organisationId,
      title: 'Leaving 14 Bellfield Street',
      text: STORY,
      consent: { tier: 'public' },
    });
    const shown = await t.as(null, { method: 'GET', url: `/api/showcase/stories/${id}` });
    expect(shown.json<{ title: string }>().title).not.toContain('Bellfield');
    const ids = async (q: string) =>
      (await t.as(null, { method: 'GET', url: `/api/showcase/stories?limit=50&q=${q}` }))
        .json<{ stories: { id: string }[] }>()
        .stories.map((s) => s.id);
    expect(await ids('Leaving')).toContain(id);
    expect(await ids('Bellfield')).not.toContain(id);
  });

  it('never shows stories without public consent', async () => {
    const analysisOnly = await publishedStory('analysis');
    expect(
      (await t.as(null, { method: 'GET', url: `/api/showcase/stories/${analysisOnly}` })).statusCode,
    ).toBe(404);
    const list = await t.as(null, { method: 'GET', url: '/api/showcase/stories' });
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
    const story = (
      await t.as(storyteller, { method: 'GET', url: `/api/stories/${id}` })
    ).json<StoryResponse>();
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
    const response = await t.as(null, { method, url, ...(payload ? { payload } : {}) });
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
      const response = await t.as(otherMember, { method, url, ...(payload ? { payload } : {}) });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
  });
});

describe('search and partners', () => {
  type Result = { id: string; snippet: string; themes: string[] };
  const search = async (who: SignedIn, query: string) =>
    (await t.as(who, { method: 'GET', url: `/api/stories/search?${query}` })).json<{ results: Result[] }>()
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

    await withdrawConsent(t, storyteller, analysed, 'verbal');
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
    const [theme] = themed.find((r) => r.id === analysed)?.themes ?? [];
    expect(theme).toBeDefined();
    expect((await search(peer, `theme=${theme}`)).map((r) => r.id)).toContain(analysed);
    const bad = await t.as(peer, { method: 'GET', url: '/api/stories/search?theme=sadness' });
    expect(bad.statusCode).toBe(400);
  });

  it('shares with a named partner organisation only, and only while consent stands', async () => {
    const partnerOrg = await t.as(admin, {
      method: 'POST',
      url: '/api/organisations',
      payload: { name: 'Partner Trust' },
    });
    const partnerOrgId = partnerOrg.json<{ id: string }>().id;
    const otherOrg = await t.as(admin, {
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
    const read = await t.as(partnerPeer, { method: 'GET', url: `/api/stories/${shared}` });
    expect(read.json<StoryResponse>()).toMatchObject({ access: 'partner' });
    expect((await t.as(otherPeer, { method: 'GET', url: `/api/stories/${shared}` })).statusCode).toBe(404);
    expect((await search(partnerPeer, 'q=volunteering')).map((r) => r.id)).toContain(shared);
    expect((await search(otherPeer, 'q=volunteering')).map((r) => r.id)).not.toContain(shared);
    expect(
      (await t.as(partnerPeer, { method: 'GET', url: `/api/stories/${shared}/original` })).statusCode,
    ).toBe(404);
  });
});

describe('search shapes', () => {
  it('gives every reader the same page whether the words, the newest stories or the date order drive', async () => {
    const shared = await publishedStory('partners', {
      partnerOrganisationIds: [organisationId],
      purpose: 'Design',
    });
    const analysed = await publishedStory('analysis');
    const published = await publishedStory('public');
    const told = await writeAndSubmit(storyteller, STORY);
    const saturdays = await writeAndSubmit(peer, SATURDAYS, 'Saturdays');
    // Spread over more than a year, two at the same moment, so windows of time split them and the
    // id breaks the tie.
    const daysAgo: [string, number][] = [
      [shared, 0],
      [analysed, 3],
      [published, 3],
      [told.id, 40],
      [saturdays.id, 400],
    ];
    for (const [id, days] of daysAgo)
      await t.context.db
        .update(stories)
        .set({ createdAt: sql`date_trunc('minute', now()) - make_interval(days => ${days})` })
        .where(eq(stories.id, id));
    const partnerReader = {
      personId: otherMember.personId,
      analystOrganisationIds: [],
      partnerOrganisationIds: [organisationId],
    };
    const readers = [
      { personId: storyteller.personId, analystOrganisationIds: [], partnerOrganisationIds: [] },
      { personId: peer.personId, analystOrganisationIds: [organisationId], partnerOrganisationIds: [] },
      partnerReader,
      {
        personId: lead.personId,
        analystOrganisationIds: [organisationId],
        partnerOrganisationIds: [organisationId],
      },
    ];
    const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const queries = [
      { q: 'volunteering', limit: 20 },
      { q: 'volunteering', limit: 2 },
      { q: 'volunteering', limit: 1 },
      { q: 'walking group', limit: 20 },
      { q: 'volunteering', channel: 'written' as const, status: 'approved' as const, limit: 20 },
      { q: 'volunteering', to: monthAgo, limit: 20 },
      { q: 'zeppelin', limit: 20 },
      { limit: 3 },
    ];
    const shapes: SearchOptions[] = [
      {},
      { shape: 'walk' },
      { shape: 'gather' },
      { shape: 'weeks' },
      { shape: 'weeks', firstWeeks: 2 },
      { shape: 'weeks', firstWeeks: 1000 },
    ];
    let found = 0;
    let lookedFurther = 0;
    for (const reader of readers) {
      for (const query of queries) {
        let looks = 0;
        const [expected, ...others] = await Promise.all(
          shapes.map((options) =>
            searchStories(t.context.db, reader, query, {
              ...options,
              onStatement: ({ step }) => {
                // Every look after the first reads older weeks.
                if (step === 'weeks' && options.firstWeeks === 2) looks++;
              },
            }),
          ),
        );
        for (const page of others) expect(page).toEqual(expected);
        found += expected?.length ?? 0;
        if (looks > 1) lookedFurther++;
      }
    }
    expect(found).toBeGreaterThan(0);
    // The first look covered two weeks, so older weeks had to be searched too.
    expect(lookedFurther).toBeGreaterThan(0);
    const partnerPage = await searchStories(t.context.db, partnerReader, { q: 'volunteering', limit: 20 });
    expect(partnerPage.map((r) => r.id)).toContain(shared);
  });
});

describe('consent expiry', () => {
  it('warns the collector and storyteller once, a month before consent ends', async () => {
    const { remindExpiringConsents } = await import('./consent/expiry-reminders.js');
    const { id } = await writeAndSubmit(storyteller, STORY, 'Expiring soon');
    const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString();
    await grantConsent(t, storyteller, id, { tier: 'analysis', expiresAt: inTenDays });
    expect(await remindExpiringConsents(t.context)).toBeGreaterThanOrEqual(1);
    expect(await remindExpiringConsents(t.context)).toBe(0);
    const reminders = (await t.outbox(storyteller.email)).filter((m) =>
      m.text.includes('Consent to share a story you are looking after ends on'),
    );
    expect(reminders).toHaveLength(1);
  });

  it('stops sharing once consent has expired, as if withdrawn', async () => {
    const id = await publishedStory('public');
    expect((await t.as(null, { method: 'GET', url: `/api/showcase/stories/${id}` })).statusCode).toBe(200);
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
    expect((await t.as(null, { method: 'GET', url: `/api/showcase/stories/${id}` })).statusCode).toBe(404);
  });
});

describe('collections', () => {
  it('lets a coordinator gather public stories into a collection the public can browse', async () => {
    const id = await publishedStory('public');
    const created = await t.as(coordinator, {
      method: 'POST',
      url: '/api/collections',
      payload: { title: 'Celebrating recovery 2026', description: 'Stories shared at the summer gathering' },
    });
    expect(created.statusCode).toBe(201);
    const collectionId = created.json<{ id: string }>().id;
    const notPublic = (await writeAndSubmit(storyteller, STORY)).id;
    const refused = await t.as(coordinator, {
      method: 'POST',
      url: `/api/collections/${collectionId}/stories`,
      payload: { storyId: notPublic },
    });
    expect(refused.statusCode).toBe(409);
    const added = await t.as(coordinator, {
      method: 'POST',
      url: `/api/collections/${collectionId}/stories`,
      payload: { storyId: id },
    });
    expect(added.json<{ stories: { id: string }[] }>().stories.map((s) => s.id)).toEqual([id]);
    const list = await t.as(null, { method: 'GET', url: '/api/showcase/collections' });
    expect(list.json<{ collections: { id: string; storyCount: number }[] }>().collections).toContainEqual(
      expect.objectContaining({ id: collectionId, storyCount: 1 }),
    );
    // The public pages check these answers without zod (showcase.answers.ts): on the server's real
    // answers they agree with the contract's schemas, field for field.
    const inCollection = await t.as(null, {
      method: 'GET',
      url: `/api/showcase/collections/${collectionId}`,
    });
    const story = await t.as(null, { method: 'GET', url: `/api/showcase/stories/${id}` });
    const stories = await t.as(null, { method: 'GET', url: '/api/showcase/stories' });
    const pairs = [
      [showcaseAnswers.collections, CollectionListResponseSchema, list.json()],
      [showcaseAnswers.collection, CollectionResponseSchema, inCollection.json()],
      [showcaseAnswers.story, ShowcaseStorySchema, story.json()],
      [showcaseAnswers.stories, ShowcaseListResponseSchema, stories.json()],
    ] as const;
    for (const [check, schema, answer] of pairs) {
      expect(check.safeParse(answer)).toEqual({ success: true, data: schema.parse(answer) });
    }
    expect(showcaseAnswers.collection.safeParse(inCollection.json())).toMatchObject({
      success: true,
      data: { stories: [{ id }] },
    });
    // And refuse what the schemas refuse: a field missing, a wrong kind, an unknown channel.
    const good = story.json<Record<string, unknown>>();
    const { title: _title, ...untitled } = good;
    for (const broken of [
      untitled,
      { ...good, channel: 'carrier pigeon' },
      { ...good, id: 'seven' },
      null,
      [],
    ]) {
      expect(ShowcaseStorySchema.safeParse(broken).success).toBe(false);
      expect(showcaseAnswers.story.safeParse(broken)).toEqual({ success: false });
    }
    expect(showcaseAnswers.stories.safeParse({ stories: [untitled] })).toEqual({ success: false });
    expect(showcaseAnswers.collections.safeParse({ collections: [{ id: collectionId }] })).toEqual({
      success: false,
    });

    // Withdrawal takes the story out of the collection's public view at once.
    await withdrawConsent(t, storyteller, id);
    const after = await t.as(null, { method: 'GET', url: `/api/showcase/collections/${collectionId}` });
    expect(after.json<{ stories: unknown[] }>().stories).toEqual([]);
  });

  it('refuses members and peer supporters curating collections', async () => {
    for (const who of [otherMember, peer]) {
      const response = await t.as(who, {
        method: 'POST',
        url: '/api/collections',
        payload: { title: 'Mine' },
      });
      expect(response.statusCode).toBe(404);
    }
    expect(
      (await t.as(null, { method: 'POST', url: '/api/collections', payload: { title: 'Anon' } })).statusCode,
    ).toBe(401);
  });

  it('filters the showcase by theme', async () => {
    // Told so that some of the CHIME themes are found in it, and not all of them.
    const id = await publishStory(t, storyteller, {
      organisationId,
      title: 'Saturdays',
      text: SATURDAYS,
      consent: { tier: 'public' },
    });
    const search = await t.as(peer, { method: 'GET', url: `/api/stories/search?q=walking&limit=100` });
    const themes =
      search.json<{ results: { id: string; themes: string[] }[] }>().results.find((r) => r.id === id)
        ?.themes ?? [];
    const [theme] = themes;
    const other = CHIME_THEMES.find((c) => !themes.includes(c));
    expect(theme).toBeDefined();
    expect(other).toBeDefined();
    const filtered = await t.as(null, { method: 'GET', url: `/api/showcase/stories?theme=${theme}` });
    expect(filtered.json<{ stories: { id: string }[] }>().stories.map((s) => s.id)).toContain(id);
    const unrelated = await t.as(null, { method: 'GET', url: `/api/showcase/stories?theme=${other}` });
    expect(unrelated.json<{ stories: { id: string }[] }>().stories.map((s) => s.id)).not.toContain(id);
  });
});

describe('personal data rights', () => {
  it("includes a storyteller's stories in their download, and erasure withdraws and deletes them", async () => {
    const teller = await addPerson(t.app, coordinator, organisationId, 'member', 'Skye Lennox');
    const { id } = await submitStory(t, teller, { organisationId, title: 'Mine', text: STORY });
    const data = await t.as(teller, { method: 'GET', url: '/api/me/data' });
    const exported = data.json<{ stories: { stories: { id: string; original: string }[] } }>().stories
      .stories;
    expect(exported.find((s) => s.id === id)?.original).toContain('Fiona');

    const asked = await t.as(teller, {
      method: 'POST',
      url: '/api/me/erasure-requests',
      payload: { reason: 'Please remove me' },
    });
    const done = await t.as(admin, {
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
    const before = await t.as(storyteller, {
      method: 'GET',
      url: `/api/organisations/${organisationId}/support-lines`,
    });
    expect(before.json()).toMatchObject({ isDefault: true });
    const refused = await t.as(storyteller, {
      method: 'PUT',
      url: `/api/organisations/${organisationId}/support-lines`,
      payload: { lines: [{ name: 'X', contact: 'Y' }] },
    });
    expect(refused.statusCode).toBe(404);
    const empty = await t.as(coordinator, {
      method: 'PUT',
      url: `/api/organisations/${organisationId}/support-lines`,
      payload: { lines: [] },
    });
    expect(empty.statusCode).toBe(400);
    const set = await t.as(coordinator, {
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
    const story = (
      await t.as(storyteller, { method: 'GET', url: `/api/stories/${id}` })
    ).json<StoryResponse>();
    expect(story.supportLines?.map((l) => l.name)).toEqual(['Samaritans', 'Harbour crisis drop-in']);
  });
});

describe('found in review', () => {
  it('shows nobody else’s stories in search to someone with no organisation, or to a plain member of a partner', async () => {
    await publishedStory('analysis');
    const partnerOrg = await t.as(admin, {
      method: 'POST',
      url: '/api/organisations',
      payload: { name: 'Review Partner' },
    });
    const partnerOrgId = partnerOrg.json<{ id: string }>().id;
    await publishedStory('partners', { partnerOrganisationIds: [partnerOrgId], purpose: 'Review' });
    const partnerMember = await addPerson(t.app, admin, partnerOrgId, 'member');
    const removed = await addPerson(t.app, coordinator, organisationId, 'member');
    const members = await t.as(coordinator, {
      method: 'GET',
      url: `/api/organisations/${organisationId}/members`,
    });
    const membershipId = members
      .json<{ members: { membershipId: string; personId: string }[] }>()
      .members.find((m) => m.personId === removed.personId)?.membershipId;
    await t.as(coordinator, { method: 'DELETE', url: `/api/memberships/${membershipId}` });
    // Their last membership gone, their session ended with it; signed in again, they belong nowhere.
    expect(
      (await t.as(removed, { method: 'GET', url: '/api/stories/search?q=volunteering' })).statusCode,
    ).toBe(401);
    const again = await t.as(null, {
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: removed.email, password: TEST_PASSWORD },
    });
    const nowhere = { cookie: cookieOf(again) };
    for (const who of [nowhere, partnerMember]) {
      const results = await t.as(who, { method: 'GET', url: '/api/stories/search?q=volunteering&limit=100' });
      expect(results.json<{ results: unknown[] }>().results).toEqual([]);
    }
  });

  it('never shows an identifying title to the public or analysts', async () => {
    const id = await publishStory(t, storyteller, {
      organisationId,
      title: 'Fiona Gillespie of 14 Bellfield Street',
      text: STORY,
      consent: { tier: 'public' },
    });
    const publicTitle = (await t.as(null, { method: 'GET', url: `/api/showcase/stories/${id}` })).json<{
      title: string;
    }>().title;
    expect(publicTitle).not.toContain('Fiona');
    expect(publicTitle).not.toContain('Bellfield');
    const analystTitle = (
      await t.as(peer, { method: 'GET', url: `/api/stories/${id}` })
    ).json<StoryResponse>().title;
    expect(analystTitle).not.toContain('Fiona');
    const ownTitle = (
      await t.as(storyteller, { method: 'GET', url: `/api/stories/${id}` })
    ).json<StoryResponse>().title;
    expect(ownTitle).toContain('Fiona');
  });

  it('submits once however many submissions arrive together', async () => {
    const { id } = await createStory(t, storyteller, { organisationId, text: CURRENT_RISK });
    const headers = { 'idempotency-key': 'same-submit-key-1' };
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        t.as(storyteller, { method: 'POST', url: `/api/stories/${id}/submit`, headers }),
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
    await createStory(t, peer, {
      organisationId,
      channel: 'one_to_one_interview',
      text: 'Someone else’s words',
      storytellerNames: ['Rab'],
    });
    const data = (await t.as(peer, { method: 'GET', url: '/api/me/data' })).json<{
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
        t.as(storyteller, {
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
    const { id } = await submitStory(t, peer, {
      organisationId,
      channel: 'one_to_one_interview',
      text: CURRENT_RISK,
      storytellerNames: ['Jo'],
    });
    const seen = (await t.as(peer, { method: 'GET', url: `/api/stories/${id}` })).json<StoryResponse>();
    expect(seen.safeguardingHold).toBeNull();
    expect(seen.supportLines).toBeNull();
  });
});
