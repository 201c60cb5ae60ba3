import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Confirmation,
  ConfirmationPage,
  ConsentRecord,
  SafeguardingAlert,
  StoryResponse,
} from '../../../../contracts/stories.js';
import {
  addPerson,
  firstOrganisationId,
  signInAsNewAdmin,
  type SignedIn,
} from '../../../testing/factories.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

let t: TestApp;
let admin: SignedIn;
let organisationId: string;
let otherOrganisationId: string;
let coordinator: SignedIn;
let peer: SignedIn;
let lead: SignedIn;
let member: SignedIn;

const STORY = 'Coming to the recovery café every Thursday gave me a reason to get up. Now I make the tea.';

beforeAll(async () => {
  t = await createTestApp({ dataDir: mkdtempSync(join(tmpdir(), 'cairn-consent-')) });
  admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
  coordinator = await addPerson(t.app, admin, organisationId, 'coordinator');
  peer = await addPerson(t.app, coordinator, organisationId, 'peer_supporter', 'Pat Peer');
  lead = await addPerson(t.app, admin, organisationId, 'safeguarding_lead');
  member = await addPerson(t.app, coordinator, organisationId, 'member');
  const other = await as(admin, {
    method: 'POST',
    url: '/api/organisations',
    payload: { name: 'Far Away Trust' },
  });
  otherOrganisationId = other.json<{ id: string }>().id;
});
afterAll(async () => t.close());

function as(who: SignedIn | null, options: InjectOptions) {
  return t.app.inject(who ? { ...options, headers: { ...options.headers, cookie: who.cookie } } : options);
}

async function outbox() {
  const response = await t.app.inject({ method: 'GET', url: '/api/dev/outbox' });
  return response.json<{ messages: { to: string; subject: string; text: string; channel: string }[] }>()
    .messages;
}

/** A story a peer recorded for someone without an account, sent and reviewed. */
async function recordedStory(text = STORY, contact = 'jo@example.org') {
  const created = await as(peer, {
    method: 'POST',
    url: '/api/stories',
    payload: {
      organisationId,
      channel: 'one_to_one_interview',
      title: 'Thursdays',
      text,
      storytellerNames: ['Jo'],
      storytellerContact: contact,
    },
  });
  const id = created.json<StoryResponse>().id;
  await as(peer, { method: 'POST', url: `/api/stories/${id}/submit` });
  const version = await as(peer, {
    method: 'POST',
    url: `/api/stories/${id}/versions`,
    payload: { decisions: [] },
  });
  expect(version.statusCode).toBe(201);
  return id;
}

function tokenIn(text: string | undefined): string {
  const token = text?.match(/\/confirm\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error('no confirmation link');
  return token;
}

async function publicIds() {
  const response = await t.app.inject({ method: 'GET', url: '/api/showcase/stories?limit=50' });
  return response.json<{ stories: { id: string }[] }>().stories.map((s) => s.id);
}

describe('consent as it happens in a room', () => {
  it('records how consent was given, and refuses to share beyond the organisation without the storyteller', async () => {
    const id = await recordedStory();
    const publicByPeer = await as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/consent`,
      payload: { action: 'grant', tier: 'public', method: 'verbal', wordingVersion: 'cairn-1' },
    });
    expect(publicByPeer.statusCode).toBe(409);
    expect(publicByPeer.json<{ detail: string }>().detail).toContain('storyteller’s own yes');
    const analysis = await as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/consent`,
      payload: { action: 'grant', tier: 'analysis', method: 'verbal', wordingVersion: 'cairn-1' },
    });
    expect(analysis.statusCode).toBe(201);
    expect(analysis.json<StoryResponse>().consentEvents?.at(-1)).toMatchObject({
      method: 'verbal',
      confirmation: 'on_behalf',
      wordingVersion: 'cairn-1',
      hasForm: false,
    });
  });

  it('keeps the organisation’s own wording, versioned, and records which version was read', async () => {
    const first = await as(coordinator, {
      method: 'PUT',
      url: `/api/organisations/${organisationId}/consent-wording`,
      payload: {
        text: 'We will read your story with you and take out anything that says who you are. You choose who sees it.',
      },
    });
    expect(first.statusCode).toBe(200);
    const second = await as(coordinator, {
      method: 'PUT',
      url: `/api/organisations/${organisationId}/consent-wording`,
      payload: {
        text: 'We read your story together and take out anything that says who you are. You choose who sees it, and can change your mind.',
      },
    });
    const wordings = second.json<{
      current: { id: string; version: string };
      earlier: { version: string }[];
    }>();
    expect(wordings.current.version).toBe('v2');
    expect(wordings.earlier.map((w) => w.version)).toEqual(['v1', 'cairn-1']);
    const tooShort = await as(coordinator, {
      method: 'PUT',
      url: `/api/organisations/${organisationId}/consent-wording`,
      payload: { text: 'ok' },
    });
    expect(tooShort.statusCode).toBe(400);
    expect(
      (
        await as(member, {
          method: 'PUT',
          url: `/api/organisations/${organisationId}/consent-wording`,
          payload: { text: 'x'.repeat(50) },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await as(member, { method: 'GET', url: `/api/organisations/${organisationId}/consent-wording` }))
        .statusCode,
    ).toBe(200);

    const id = await recordedStory();
    const foreign = await as(admin, {
      method: 'PUT',
      url: `/api/organisations/${otherOrganisationId}/consent-wording`,
      payload: { text: 'Words from another organisation entirely, read out in another place.' },
    });
    const foreignId = foreign.json<{ current: { id: string } }>().current.id;
    const grantUnder = (wordingId: string) =>
      as(peer, {
        method: 'POST',
        url: `/api/stories/${id}/consent`,
        payload: { action: 'grant', tier: 'analysis', method: 'written', wordingVersion: 'x', wordingId },
      });
    expect((await grantUnder(foreignId)).statusCode).toBe(400);
    const recorded = await grantUnder(wordings.current.id);
    expect(recorded.json<StoryResponse>().consentEvents?.at(-1)?.wordingVersion).toBe('v2');
  });

  it('keeps a scan of the signed form with the consent record, for the people curating the story only', async () => {
    const id = await recordedStory();
    const recorded = await as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/consent`,
      payload: { action: 'grant', tier: 'analysis', method: 'written', wordingVersion: 'cairn-1' },
    });
    const eventId = recorded.json<StoryResponse>().consentEvents?.at(-1)?.id ?? '';
    const url = `/api/stories/${id}/consent-events/${eventId}/form`;
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 7),
    ]);
    const notAForm = await as(peer, {
      method: 'PUT',
      url,
      payload: Buffer.from('just some text'),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(notAForm.statusCode).toBe(400);
    const uploaded = await as(peer, {
      method: 'PUT',
      url,
      payload: png,
      headers: { 'content-type': 'image/png' },
    });
    expect(uploaded.json(), uploaded.body).toEqual({ mime: 'image/png', size: png.length });
    const read = await as(peer, { method: 'GET', url });
    expect(read.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(read.rawPayload, png)).toBe(0);
    expect((await as(member, { method: 'GET', url })).statusCode).toBe(404);
    const story = (await as(peer, { method: 'GET', url: `/api/stories/${id}` })).json<StoryResponse>();
    expect(story.consentEvents?.at(-1)?.hasForm).toBe(true);
  });
});

describe('the storyteller confirms for themselves', () => {
  it('by a one-time link: they read the text and the choices, say yes, and only then is it shared', async () => {
    const id = await recordedStory();
    const noContact = await as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations`,
      payload: { tier: 'public', method: 'verbal', send: 'text' },
    });
    expect(noContact.statusCode).toBe(400);
    expect(noContact.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('to');

    const requested = await as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations`,
      payload: { tier: 'public', method: 'verbal', send: 'email', identification: 'anonymous' },
    });
    expect(requested.statusCode).toBe(201);
    expect(requested.json<{ confirmation: Confirmation }>().confirmation.state).toBe('waiting');
    expect(await publicIds()).not.toContain(id);
    const mail = (await outbox()).find((m) => m.to === 'jo@example.org');
    expect(mail?.text).not.toContain('recovery café');
    const token = tokenIn(mail?.text);

    const page = await as(null, { method: 'GET', url: `/api/confirm/${token}` });
    expect(page.statusCode).toBe(200);
    const shown = page.json<ConfirmationPage>();
    expect(shown).toMatchObject({ state: 'waiting', collectorFirstName: 'Pat', text: STORY });
    expect(shown.proposal.tier).toBe('public');
    expect(shown.wording.length).toBeGreaterThan(40);

    const yes = await as(null, { method: 'POST', url: `/api/confirm/${token}`, payload: { answer: 'yes' } });
    expect(yes.json<ConfirmationPage>().state).toBe('confirmed');
    expect(await publicIds()).toContain(id);
    const story = (await as(peer, { method: 'GET', url: `/api/stories/${id}` })).json<StoryResponse>();
    expect(story.status).toBe('approved');
    expect(story.consentEvents?.at(-1)).toMatchObject({
      tier: 'public',
      confirmation: 'link',
      method: 'digital',
    });
    const again = await as(null, {
      method: 'POST',
      url: `/api/confirm/${token}`,
      payload: { answer: 'yes' },
    });
    expect(again.statusCode).toBe(409);
    expect(
      (await outbox()).some(
        (m) => m.to === peer.email && m.subject === 'A storyteller confirmed their story',
      ),
    ).toBe(true);
    expect(
      (await as(null, { method: 'GET', url: '/api/confirm/not-a-real-token-at-all-000' })).statusCode,
    ).toBe(404);
  });

  it('by text message, and a no keeps the story as it was', async () => {
    const id = await recordedStory(STORY, '07700 900321');
    await as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations`,
      payload: {
        tier: 'partners',
        partnerOrganisationIds: [otherOrganisationId],
        purpose: 'Training',
        method: 'verbal',
        send: 'text',
      },
    });
    const text = (await outbox()).find((m) => m.channel === 'text' && m.to === '+447700900321');
    const token = tokenIn(text?.text);
    const shown = (await as(null, { method: 'GET', url: `/api/confirm/${token}` })).json<ConfirmationPage>();
    expect(shown.proposal.partnerOrganisationNames).toEqual(['Far Away Trust']);
    const no = await as(null, { method: 'POST', url: `/api/confirm/${token}`, payload: { answer: 'no' } });
    expect(no.json<ConfirmationPage>().state).toBe('declined');
    const story = (await as(peer, { method: 'GET', url: `/api/stories/${id}` })).json<StoryResponse>();
    expect(story.consent?.tier).toBe('private');
    expect(story.status).toBe('in_review');
  });

  it('by a printed record whose reference they read back on the phone', async () => {
    const id = await recordedStory();
    const requested = await as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations`,
      payload: {
        tier: 'public',
        method: 'written',
        send: 'print',
        identification: 'pseudonym',
        pseudonym: 'JT',
      },
    });
    const { confirmation } = requested.json<{ confirmation: Confirmation }>();
    expect(confirmation.reference).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const record = await as(peer, {
      method: 'GET',
      url: `/api/stories/${id}/confirmations/${confirmation.id}`,
    });
    expect(record.json<ConsentRecord>()).toMatchObject({
      storytellerName: 'Jo',
      text: STORY,
      reference: confirmation.reference,
    });
    expect(
      (await as(member, { method: 'GET', url: `/api/stories/${id}/confirmations/${confirmation.id}` }))
        .statusCode,
    ).toBe(404);

    const wrong = await as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations/by-reference`,
      payload: { reference: 'ZZZZ-ZZZZ' },
    });
    expect(wrong.statusCode).toBe(400);
    const typed = confirmation.reference.toLowerCase().replace('-', '');
    const confirmed = await as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations/by-reference`,
      payload: { reference: typed },
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json<StoryResponse>().consentEvents?.at(-1)).toMatchObject({
      confirmation: 'reference',
      method: 'verbal',
    });
    expect(await publicIds()).toContain(id);
  });

  it('replaces an earlier request, and refuses a yes to text that has changed since', async () => {
    const id = await recordedStory();
    await as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations`,
      payload: { tier: 'analysis', method: 'verbal', send: 'email' },
    });
    const firstToken = tokenIn((await outbox()).find((m) => m.to === 'jo@example.org')?.text);
    await as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations`,
      payload: { tier: 'public', method: 'verbal', send: 'email' },
    });
    expect(
      (await as(null, { method: 'GET', url: `/api/confirm/${firstToken}` })).json<ConfirmationPage>().state,
    ).toBe('replaced');
    const secondToken = tokenIn((await outbox()).find((m) => m.to === 'jo@example.org')?.text);
    expect(secondToken).not.toBe(firstToken);
    // The peer saves a new safe version: the text Jo was asked about is no longer the one to share.
    await as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/versions`,
      payload: { decisions: [{ start: 0, end: 6, action: 'redact' }] },
    });
    expect(
      (await as(null, { method: 'GET', url: `/api/confirm/${secondToken}` })).json<ConfirmationPage>().state,
    ).toBe('changed');
    expect(
      (await as(null, { method: 'POST', url: `/api/confirm/${secondToken}`, payload: { answer: 'yes' } }))
        .statusCode,
    ).toBe(409);
    expect(await publicIds()).not.toContain(id);
  });

  it('lifts a safeguarding hold only when they confirm after every alert is closed', async () => {
    const id = await recordedStory(
      'I have been thinking about ending my life this week and I have the tablets saved.',
    );
    const alerts = (await as(lead, { method: 'GET', url: '/api/safeguarding/alerts' })).json<{
      alerts: SafeguardingAlert[];
    }>();
    const alert = alerts.alerts.find((a) => a.storyId === id);
    expect(alert).toBeDefined();
    await as(lead, {
      method: 'PUT',
      url: `/api/safeguarding/alerts/${alert?.id}/withheld`,
      payload: { spans: [{ start: 0, end: 80 }] },
    });
    // While the alert is open, nobody can be asked to confirm it.
    const early = await as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations`,
      payload: { tier: 'public', method: 'verbal', send: 'email' },
    });
    expect(early.statusCode).toBe(409);
    let row = await t.context.db.execute(sql`select safeguarding_hold as held from stories where id = ${id}`);
    expect(JSON.stringify(row)).toContain('"held":true');
    expect(await publicIds()).not.toContain(id);

    await as(lead, {
      method: 'PATCH',
      url: `/api/safeguarding/alerts/${alert?.id}`,
      payload: { status: 'closed', actionNote: 'Spoke with Jo; safe.' },
    });
    row = await t.context.db.execute(sql`select safeguarding_hold as held from stories where id = ${id}`);
    expect(JSON.stringify(row)).toContain('"held":true');
    await as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations`,
      payload: { tier: 'public', method: 'verbal', send: 'email' },
    });
    const after = tokenIn((await outbox()).find((m) => m.to === 'jo@example.org')?.text);
    const shown = (await as(null, { method: 'GET', url: `/api/confirm/${after}` })).json<ConfirmationPage>();
    expect(shown.text).not.toContain('tablets');
    await as(null, { method: 'POST', url: `/api/confirm/${after}`, payload: { answer: 'yes' } });
    expect(await publicIds()).toContain(id);
  });

  it('will not let anyone but the storyteller, at the contact they gave, answer for a held story', async () => {
    const id = await recordedStory(
      'I have been thinking about ending my life this week and I have the tablets saved.',
    );
    const alerts = (await as(lead, { method: 'GET', url: '/api/safeguarding/alerts' })).json<{
      alerts: SafeguardingAlert[];
    }>();
    const alert = alerts.alerts.find((a) => a.storyId === id);
    const ask = (payload: object) =>
      as(peer, { method: 'POST', url: `/api/stories/${id}/confirmations`, payload });
    expect((await ask({ tier: 'public', method: 'verbal', send: 'email' })).statusCode).toBe(409);
    await as(lead, {
      method: 'PATCH',
      url: `/api/safeguarding/alerts/${alert?.id}`,
      payload: { status: 'closed', actionNote: 'Safe.' },
    });
    expect((await ask({ tier: 'public', method: 'verbal', send: 'print' })).statusCode).toBe(409);
    expect(
      (await ask({ tier: 'public', method: 'verbal', send: 'email', to: 'peer.self@example.org' }))
        .statusCode,
    ).toBe(409);
    expect((await ask({ tier: 'public', method: 'verbal', send: 'email' })).statusCode).toBe(201);
    const token = tokenIn((await outbox()).find((m) => m.to === 'jo@example.org')?.text);
    await as(null, { method: 'POST', url: `/api/confirm/${token}`, payload: { answer: 'yes' } });
    expect(await publicIds()).toContain(id);
    // Once answered, an old message shows nothing of the story.
    const after = (await as(null, { method: 'GET', url: `/api/confirm/${token}` })).json<ConfirmationPage>();
    expect(after).toMatchObject({ state: 'confirmed', text: '', title: '' });
  });
});
