import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  uniqueEmail,
  type SignedIn,
} from '../../../testing/factories.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { createStory, recordStory } from '../stories.factories.js';
import { BUILT_IN_WORDING } from './wordings.js';

let t: TestApp;
let admin: SignedIn;
let organisationId: string;
let otherOrganisationId: string;
let coordinator: SignedIn;
let peer: SignedIn;
let lead: SignedIn;
let member: SignedIn;

const STORY = 'Coming to the recovery café every Thursday gave me a reason to get up. Now I make the tea.';
const AT_RISK = 'I have been thinking about ending my life this week and I have the tablets saved.';

beforeAll(async () => {
  t = await createTestApp({ dataDir: mkdtempSync(join(tmpdir(), 'cairn-consent-')) });
  admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
  coordinator = await addPerson(t.app, admin, organisationId, 'coordinator');
  peer = await addPerson(t.app, coordinator, organisationId, 'peer_supporter', 'Pat Peer');
  lead = await addPerson(t.app, admin, organisationId, 'safeguarding_lead');
  member = await addPerson(t.app, coordinator, organisationId, 'member');
  const other = await t.as(admin, {
    method: 'POST',
    url: '/api/organisations',
    payload: { name: 'Far Away Trust' },
  });
  otherOrganisationId = other.json<{ id: string }>().id;
});
afterAll(async () => t.close());

/**
 * A story a peer recorded for Jo, who has no account, sent and reviewed. Jo's contact is their own
 * unless given, so the messages a test reads were sent for its story alone.
 */
function recordedStory(story: { text?: string; contact?: string; language?: 'en' | 'cy' | 'ur' } = {}) {
  return recordStory(t, peer, {
    organisationId,
    title: 'Thursdays',
    text: story.text ?? STORY,
    storytellerContact: story.contact ?? uniqueEmail('jo'),
    ...(story.language ? { storytellerLanguage: story.language } : {}),
  });
}

function tokenIn(text: string | undefined): string {
  const token = text?.match(/\/confirm\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error('no confirmation link');
  return token;
}

async function publicIds() {
  const response = await t.as(null, { method: 'GET', url: '/api/showcase/stories?limit=50' });
  return response.json<{ stories: { id: string }[] }>().stories.map((s) => s.id);
}

describe('consent as it happens in a room', () => {
  it('records how consent was given, and refuses to share beyond the organisation without the storyteller', async () => {
    const id = await recordedStory();
    const publicByPeer = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/consent`,
      payload: { action: 'grant', tier: 'public', method: 'verbal', wordingVersion: 'cairn-1' },
    });
    expect(publicByPeer.statusCode).toBe(409);
    expect(publicByPeer.json<{ detail: string }>().detail).toContain('storyteller’s own yes');
    const analysis = await t.as(peer, {
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
    const first = await t.as(coordinator, {
      method: 'PUT',
      url: `/api/organisations/${organisationId}/consent-wording`,
      payload: {
        text: 'We will read your story with you and take out anything that says who you are. You choose who sees it.',
      },
    });
    expect(first.statusCode).toBe(200);
    const second = await t.as(coordinator, {
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
    const tooShort = await t.as(coordinator, {
      method: 'PUT',
      url: `/api/organisations/${organisationId}/consent-wording`,
      payload: { text: 'ok' },
    });
    expect(tooShort.statusCode).toBe(400);
    expect(
      (
        await t.as(member, {
          method: 'PUT',
          url: `/api/organisations/${organisationId}/consent-wording`,
          payload: { text: 'x'.repeat(50) },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await t.as(member, { method: 'GET', url: `/api/organisations/${organisationId}/consent-wording` }))
        .statusCode,
    ).toBe(200);

    const id = await recordedStory();
    const foreign = await t.as(admin, {
      method: 'PUT',
      url: `/api/organisations/${otherOrganisationId}/consent-wording`,
      payload: { text: 'Words from another organisation entirely, read out in another place.' },
    });
    const foreignId = foreign.json<{ current: { id: string } }>().current.id;
    const grantUnder = (wordingId: string) =>
      t.as(peer, {
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
    const recorded = await t.as(peer, {
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
    const notAForm = await t.as(peer, {
      method: 'PUT',
      url,
      payload: Buffer.from('just some text'),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(notAForm.statusCode).toBe(400);
    const uploaded = await t.as(peer, {
      method: 'PUT',
      url,
      payload: png,
      headers: { 'content-type': 'image/png' },
    });
    expect(uploaded.json(), uploaded.body).toEqual({ mime: 'image/png', size: png.length });
    const read = await t.as(peer, { method: 'GET', url });
    expect(read.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(read.rawPayload, png)).toBe(0);
    expect((await t.as(member, { method: 'GET', url })).statusCode).toBe(404);
    const story = (await t.as(peer, { method: 'GET', url: `/api/stories/${id}` })).json<StoryResponse>();
    expect(story.consentEvents?.at(-1)?.hasForm).toBe(true);
  });
});

describe('the storyteller confirms for themselves', () => {
  it('by a one-time link: they read the text and the choices, say yes, and only then is it shared', async () => {
    const jo = uniqueEmail('jo');
    const id = await recordedStory({ contact: jo });
    const noContact = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations`,
      payload: { tier: 'public', method: 'verbal', send: 'text' },
    });
    expect(noContact.statusCode).toBe(400);
    expect(noContact.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('to');

    const requested = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations`,
      payload: { tier: 'public', method: 'verbal', send: 'email', identification: 'anonymous' },
    });
    expect(requested.statusCode).toBe(201);
    expect(requested.json<{ confirmation: Confirmation }>().confirmation.state).toBe('waiting');
    expect(await publicIds()).not.toContain(id);
    const [mail] = await t.outbox(jo);
    expect(mail?.text).not.toContain('recovery café');
    const token = tokenIn(mail?.text);

    const page = await t.as(null, { method: 'GET', url: `/api/confirm/${token}` });
    expect(page.statusCode).toBe(200);
    const shown = page.json<ConfirmationPage>();
    expect(shown).toMatchObject({ state: 'waiting', collectorFirstName: 'Pat', text: STORY });
    expect(shown.proposal.tier).toBe('public');
    expect(shown.wording.length).toBeGreaterThan(40);
    // Whether it is Cairn's own wording, which the page says in the storyteller's language.
    expect(shown.cairnsWording).toBe(shown.wording === BUILT_IN_WORDING.text);

    const yes = await t.as(null, {
      method: 'POST',
      url: `/api/confirm/${token}`,
      payload: { answer: 'yes' },
    });
    expect(yes.json<ConfirmationPage>().state).toBe('confirmed');
    expect(await publicIds()).toContain(id);
    const story = (await t.as(peer, { method: 'GET', url: `/api/stories/${id}` })).json<StoryResponse>();
    expect(story.status).toBe('approved');
    expect(story.consentEvents?.at(-1)).toMatchObject({
      tier: 'public',
      confirmation: 'link',
      method: 'digital',
    });
    const again = await t.as(null, {
      method: 'POST',
      url: `/api/confirm/${token}`,
      payload: { answer: 'yes' },
    });
    expect(again.statusCode).toBe(409);
    expect(
      (await t.outbox(peer.email)).some(
        (m) => m.subject === 'A storyteller confirmed their story' && m.text.includes(`/stories/${id}`),
      ),
    ).toBe(true);
    expect(
      (await t.as(null, { method: 'GET', url: '/api/confirm/not-a-real-token-at-all-000' })).statusCode,
    ).toBe(404);
    // A link Cairn does not know is said in the language the storyteller's phone asks for.
    const unknown = await t.as(null, {
      method: 'GET',
      url: '/api/confirm/not-a-real-token-at-all-000',
      headers: { 'accept-language': 'ur' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<{ detail: string }>().detail).toBe(
      'یہ لنک نہیں مل سکا۔ ہو سکتا ہے اسے ہٹا دیا گیا ہو، یا آپ کو اس تک رسائی نہ ہو۔',
    );
  });

  it('in the language their collector recorded with their contact: the message, the page and its answers', async () => {
    const jo = uniqueEmail('jo');
    const id = await recordedStory({ contact: jo, language: 'cy' });
    const requested = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations`,
      payload: { tier: 'analysis', method: 'verbal', send: 'email' },
    });
    expect(requested.statusCode, requested.body).toBe(201);
    const [mail] = await t.outbox(jo);
    expect(mail?.subject).toBe('Eich stori: gwiriwch hi a dywedwch ie neu na wrthym');
    expect(mail?.text).toContain('eich stori gyda chi');
    const token = tokenIn(mail?.text);
    const page = (await t.as(null, { method: 'GET', url: `/api/confirm/${token}` })).json<ConfirmationPage>();
    expect(page.language).toBe('cy');
    const yes = await t.as(null, {
      method: 'POST',
      url: `/api/confirm/${token}`,
      payload: { answer: 'yes' },
      headers: { 'accept-language': 'cy' },
    });
    expect(yes.json<ConfirmationPage>()).toMatchObject({ state: 'confirmed', language: 'cy' });
    // Their page asks in Welsh, so an old link is refused in Welsh.
    const again = await t.as(null, {
      method: 'POST',
      url: `/api/confirm/${token}`,
      payload: { answer: 'yes' },
      headers: { 'accept-language': 'cy' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ detail: string }>().detail).toBe(
      'Mae’r ddolen hon wedi cael ei defnyddio’n barod neu wedi dod i ben. Gofynnwch i’r person a gofnododd eich stori am un newydd.',
    );

    // The collector can choose another language when they send a text: Urdu, right to left.
    const texted = await recordedStory({ contact: '07700 900654', language: 'cy' });
    const inUrdu = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${texted}/confirmations`,
      payload: { tier: 'analysis', method: 'verbal', send: 'text', language: 'ur' },
    });
    expect(inUrdu.statusCode, inUrdu.body).toBe(201);
    const text = (await t.outbox('+447700900654')).find((m) => m.channel === 'text');
    expect(text?.text).toContain('براہِ کرم اپنی کہانی چیک کریں');
    const urduPage = await t.as(null, { method: 'GET', url: `/api/confirm/${tokenIn(text?.text)}` });
    expect(urduPage.json<ConfirmationPage>().language).toBe('ur');

    // A storyteller whose language was not recorded: English.
    const sam = uniqueEmail('sam');
    const plain = await recordedStory({ contact: sam });
    await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${plain}/confirmations`,
      payload: { tier: 'analysis', method: 'verbal', send: 'email' },
    });
    const [english] = await t.outbox(sam);
    expect(english?.subject).toBe('Your story: please check it and tell us yes or no');
    const englishPage = await t.as(null, { method: 'GET', url: `/api/confirm/${tokenIn(english?.text)}` });
    expect(englishPage.json<ConfirmationPage>().language).toBe('en');
  });

  it('only in a language the partnership offers', async () => {
    const jo = uniqueEmail('jo');
    const recordedInUrdu = await recordedStory({ contact: jo, language: 'ur' });
    expect(
      (
        await t.as(admin, {
          method: 'PUT',
          url: '/api/admin/languages',
          payload: { languages: ['en', 'cy'] },
        })
      ).statusCode,
    ).toBe(200);
    try {
      const refused = await t.as(peer, {
        method: 'POST',
        url: '/api/stories',
        payload: {
          organisationId,
          channel: 'one_to_one_interview',
          storytellerNames: ['Jo'],
          storytellerContact: uniqueEmail('jo'),
          storytellerLanguage: 'ur',
        },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('storytellerLanguage');
      const wrong = await t.as(peer, {
        method: 'POST',
        url: `/api/stories/${recordedInUrdu}/confirmations`,
        payload: { tier: 'analysis', method: 'verbal', send: 'email', language: 'ur' },
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('language');
      // Recorded in Urdu before the partnership stopped offering it: English now.
      const sent = await t.as(peer, {
        method: 'POST',
        url: `/api/stories/${recordedInUrdu}/confirmations`,
        payload: { tier: 'analysis', method: 'verbal', send: 'email' },
      });
      expect(sent.statusCode, sent.body).toBe(201);
      expect((await t.outbox(jo))[0]?.subject).toBe('Your story: please check it and tell us yes or no');
    } finally {
      await t.as(admin, {
        method: 'PUT',
        url: '/api/admin/languages',
        payload: { languages: ['en', 'cy', 'ur'] },
      });
    }
  });

  it('by text message, and a no keeps the story as it was', async () => {
    const id = await recordedStory({ contact: '07700 900321' });
    await t.as(peer, {
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
    const text = (await t.outbox('+447700900321')).find((m) => m.channel === 'text');
    const token = tokenIn(text?.text);
    const shown = (
      await t.as(null, { method: 'GET', url: `/api/confirm/${token}` })
    ).json<ConfirmationPage>();
    expect(shown.proposal.partnerOrganisationNames).toEqual(['Far Away Trust']);
    const no = await t.as(null, { method: 'POST', url: `/api/confirm/${token}`, payload: { answer: 'no' } });
    expect(no.json<ConfirmationPage>().state).toBe('declined');
    const story = (await t.as(peer, { method: 'GET', url: `/api/stories/${id}` })).json<StoryResponse>();
    expect(story.consent?.tier).toBe('private');
    expect(story.status).toBe('in_review');
  });

  it('by a printed record whose reference they read back on the phone', async () => {
    const id = await recordedStory();
    const requested = await t.as(peer, {
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
    const record = await t.as(peer, {
      method: 'GET',
      url: `/api/stories/${id}/confirmations/${confirmation.id}`,
    });
    expect(record.json<ConsentRecord>()).toMatchObject({
      storytellerName: 'Jo',
      text: STORY,
      reference: confirmation.reference,
    });
    expect(
      (await t.as(member, { method: 'GET', url: `/api/stories/${id}/confirmations/${confirmation.id}` }))
        .statusCode,
    ).toBe(404);

    const wrong = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations/by-reference`,
      payload: { reference: 'ZZZZ-ZZZZ' },
    });
    expect(wrong.statusCode).toBe(400);
    const typed = confirmation.reference.toLowerCase().replace('-', '');
    const confirmed = await t.as(peer, {
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
    const jo = uniqueEmail('jo');
    const id = await recordedStory({ contact: jo });
    await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations`,
      payload: { tier: 'analysis', method: 'verbal', send: 'email' },
    });
    const firstToken = tokenIn((await t.outbox(jo))[0]?.text);
    await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations`,
      payload: { tier: 'public', method: 'verbal', send: 'email' },
    });
    expect(
      (await t.as(null, { method: 'GET', url: `/api/confirm/${firstToken}` })).json<ConfirmationPage>().state,
    ).toBe('replaced');
    const tokens = (await t.outbox(jo)).map((m) => tokenIn(m.text));
    expect(tokens).toHaveLength(2);
    expect(tokens).toContain(firstToken);
    const secondToken = tokens.find((token) => token !== firstToken);
    // The peer saves a new safe version: the text Jo was asked about is no longer the one to share.
    await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/versions`,
      payload: { decisions: [{ start: 0, end: 6, action: 'redact' }] },
    });
    expect(
      (await t.as(null, { method: 'GET', url: `/api/confirm/${secondToken}` })).json<ConfirmationPage>()
        .state,
    ).toBe('changed');
    expect(
      (await t.as(null, { method: 'POST', url: `/api/confirm/${secondToken}`, payload: { answer: 'yes' } }))
        .statusCode,
    ).toBe(409);
    expect(await publicIds()).not.toContain(id);
  });

  it('lifts a safeguarding hold only when they confirm after every alert is closed', async () => {
    const jo = uniqueEmail('jo');
    const id = await recordedStory({ text: AT_RISK, contact: jo });
    const alerts = (await t.as(lead, { method: 'GET', url: '/api/safeguarding/alerts' })).json<{
      alerts: SafeguardingAlert[];
    }>();
    const alert = alerts.alerts.find((a) => a.storyId === id);
    expect(alert).toBeDefined();
    await t.as(lead, {
      method: 'PUT',
      url: `/api/safeguarding/alerts/${alert?.id}/withheld`,
      payload: { spans: [{ start: 0, end: 80 }] },
    });
    // While the alert is open, nobody can be asked to confirm it.
    const early = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations`,
      payload: { tier: 'public', method: 'verbal', send: 'email' },
    });
    expect(early.statusCode).toBe(409);
    let row = await t.context.db.execute(sql`select safeguarding_hold as held from stories where id = ${id}`);
    expect(JSON.stringify(row)).toContain('"held":true');
    expect(await publicIds()).not.toContain(id);

    await t.as(lead, {
      method: 'PATCH',
      url: `/api/safeguarding/alerts/${alert?.id}`,
      payload: { status: 'closed', actionNote: 'Spoke with Jo; safe.' },
    });
    row = await t.context.db.execute(sql`select safeguarding_hold as held from stories where id = ${id}`);
    expect(JSON.stringify(row)).toContain('"held":true');
    await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations`,
      payload: { tier: 'public', method: 'verbal', send: 'email' },
    });
    const after = tokenIn((await t.outbox(jo))[0]?.text);
    const shown = (
      await t.as(null, { method: 'GET', url: `/api/confirm/${after}` })
    ).json<ConfirmationPage>();
    expect(shown.text).not.toContain('tablets');
    await t.as(null, { method: 'POST', url: `/api/confirm/${after}`, payload: { answer: 'yes' } });
    expect(await publicIds()).toContain(id);
  });

  it('will not let anyone but the storyteller, at the contact they gave, answer for a held story', async () => {
    const jo = uniqueEmail('jo');
    const id = await recordedStory({ text: AT_RISK, contact: jo });
    const alerts = (await t.as(lead, { method: 'GET', url: '/api/safeguarding/alerts' })).json<{
      alerts: SafeguardingAlert[];
    }>();
    const alert = alerts.alerts.find((a) => a.storyId === id);
    const ask = (payload: object) =>
      t.as(peer, { method: 'POST', url: `/api/stories/${id}/confirmations`, payload });
    expect((await ask({ tier: 'public', method: 'verbal', send: 'email' })).statusCode).toBe(409);
    await t.as(lead, {
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
    const token = tokenIn((await t.outbox(jo))[0]?.text);
    await t.as(null, { method: 'POST', url: `/api/confirm/${token}`, payload: { answer: 'yes' } });
    expect(await publicIds()).toContain(id);
    // Once answered, an old message shows nothing of the story.
    const after = (
      await t.as(null, { method: 'GET', url: `/api/confirm/${token}` })
    ).json<ConfirmationPage>();
    expect(after).toMatchObject({ state: 'confirmed', text: '', title: '' });
  });
});

describe('what a storyteller and a peer supporter are refused, in their language', () => {
  type Problem = { detail: string; errors?: { path: string; message: string }[] };

  it('tells a member choosing who sees their own story, in Welsh, to name a partner and to pick a later date', async () => {
    const robin = await addPerson(t.app, coordinator, organisationId, 'member');
    await t.as(robin, { method: 'PUT', url: '/api/me/language', payload: { language: 'cy' } });
    const { id } = await createStory(t, robin, { organisationId, title: 'Mine', text: STORY });
    const grant = (consent: Record<string, unknown>) =>
      t.as(robin, {
        method: 'POST',
        url: `/api/stories/${id}/consent`,
        payload: { action: 'grant', method: 'digital', wordingVersion: 'cairn-1', ...consent },
      });

    const noPartner = await grant({ tier: 'partners', partnerOrganisationIds: [] });
    expect(noPartner.statusCode).toBe(400);
    expect(noPartner.json<Problem>()).toMatchObject({
      detail: 'Enwch o leiaf un sefydliad partner.',
      errors: [{ path: 'partnerOrganisationIds', message: 'Enwch o leiaf un sefydliad partner' }],
    });
    const past = await grant({
      tier: 'analysis',
      expiresAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    expect(past.statusCode).toBe(400);
    expect(past.json<Problem>().detail).toBe('Rhaid i’r dyddiad dod i ben fod yn y dyfodol.');
    // Nothing was recorded by either.
    const story = await t.as(robin, { method: 'GET', url: `/api/stories/${id}` });
    expect(story.json<StoryResponse>().consentEvents ?? []).toEqual([]);
  });

  it('tells a peer supporter reading Urdu which contact the link needs, and that a reference is not this story’s', async () => {
    const id = await recordedStory();
    const urdu = { 'accept-language': 'ur' };
    const noMobile = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations`,
      payload: { tier: 'public', method: 'verbal', send: 'text' },
      headers: urdu,
    });
    expect(noMobile.statusCode).toBe(400);
    expect(noMobile.json<Problem>()).toMatchObject({
      detail: 'لنک بھیجنے کے لیے موبائل نمبر درج کریں۔',
      errors: [{ path: 'to', message: 'لنک بھیجنے کے لیے موبائل نمبر درج کریں' }],
    });
    const wrong = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations/by-reference`,
      payload: { reference: 'ZZZZ-ZZZZ' },
      headers: urdu,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<Problem>()).toMatchObject({
      detail: 'یہ حوالہ اس کہانی کا نہیں ہے۔',
      errors: [
        { path: 'reference', message: 'ان کے پرنٹ شدہ ریکارڈ پر حوالہ دیکھیں اور اسے دوبارہ درج کریں' },
      ],
    });
    // In English the same refusal names the email address the link needs.
    const noEmail = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/confirmations`,
      payload: { tier: 'public', method: 'verbal', send: 'email', to: '07700 900123' },
    });
    expect(noEmail.json<Problem>().detail).toBe('Enter an email address to send the link to.');
  });
});
