// The public showcase list is kept in memory between changes (showcase-list.ts). These tests warm
// what two instances on one database keep, change a story through one of them, and read the very
// next answer from both: on PostgreSQL the second instance has its own connections, as behind a
// load balancer.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { CHANNELS, CHIME_THEMES } from '../../../../contracts/stories.js';
import {
  addPerson,
  firstOrganisationId,
  signInAsNewAdmin,
  type SignedIn,
} from '../../../testing/factories.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import {
  grantConsent,
  publishStory,
  reviewStory,
  withdrawConsent,
  type Consent,
} from '../stories.factories.js';

let t: TestApp;
let peer: Awaited<ReturnType<TestApp['createPeer']>>;
let admin: SignedIn;
let organisationId: string;
let storyteller: SignedIn;

const STORY =
  'The peer group at the church hall gave me my life back. ' +
  'I started volunteering and now I help run the Tuesday group.';

beforeAll(async () => {
  t = await createTestApp();
  peer = await t.createPeer();
  admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
  const coordinator = await addPerson(t.app, admin, organisationId, 'coordinator');
  storyteller = await addPerson(t.app, coordinator, organisationId, 'member', 'Morag Innes');
});
afterAll(async () => {
  await peer.close();
  await t.close();
});
afterEach(() => {
  vi.useRealTimers();
});

type Listed = { id: string; byline: string; text: string };

const published = (consent: Consent = { tier: 'public' }, teller = storyteller) =>
  publishStory(t, teller, { organisationId, title: 'Finding my way', text: STORY, consent });

async function showcase(app: FastifyInstance, query = 'limit=50') {
  const response = await app.inject({ method: 'GET', url: `/api/showcase/stories?${query}` });
  expect(response.statusCode).toBe(200);
  return response;
}

/** The story as each instance lists it now (undefined where it is not listed). */
async function listedOn(id: string): Promise<(Listed | undefined)[]> {
  return Promise.all(
    [t.app, peer.app].map(async (app) =>
      (await showcase(app)).json<{ stories: Listed[] }>().stories.find((story) => story.id === id),
    ),
  );
}

/** Publishes a story and has both instances list it, so each holds an answer with it. */
async function listedEverywhere(consent?: Consent, teller?: SignedIn): Promise<string> {
  const id = await published(consent, teller);
  for (const listed of await listedOn(id)) expect(listed?.id).toBe(id);
  // asked twice: the second answer is the one kept
  for (const listed of await listedOn(id)) expect(listed?.id).toBe(id);
  return id;
}

describe('the public showcase list kept between changes', () => {
  it('answers again byte for byte as it answered first, for every filter and page', async () => {
    await published({ tier: 'public', identification: 'pseudonym', pseudonym: 'Wren' });
    await published({ tier: 'public', identification: 'first_name' });
    await published();
    const queries = [
      '',
      'limit=1',
      'limit=2',
      'limit=50',
      'q=volunteering',
      'q=nothing-like-this',
      ...CHANNELS.map((channel) => `channel=${channel}`),
      ...CHIME_THEMES.map((theme) => `theme=${theme}`),
    ];
    for (const query of queries) {
      const first = await showcase(t.app, query);
      const again = await showcase(t.app, query);
      // the other instance builds its own answer the first time it is asked
      const elsewhere = await showcase(peer.app, query);
      expect(again.body).toBe(first.body);
      expect(elsewhere.body).toBe(first.body);
      expect(again.headers['content-type']).toBe(first.headers['content-type']);
    }
    expect((await showcase(t.app, 'limit=2')).json<{ stories: Listed[] }>().stories).toHaveLength(2);
    expect((await showcase(t.app)).json<{ stories: Listed[] }>().stories.map((s) => s.byline)).toEqual(
      expect.arrayContaining(['Wren', 'Morag', 'Anonymous']),
    );
  });

  it('drops a withdrawn story from the next answer on every instance', async () => {
    const id = await listedEverywhere();
    await withdrawConsent(t, storyteller, id);
    expect(await listedOn(id)).toEqual([undefined, undefined]);
  });

  it('drops a story whose consent no longer covers the public', async () => {
    const id = await listedEverywhere();
    await grantConsent(t, storyteller, id, { tier: 'analysis' });
    expect(await listedOn(id)).toEqual([undefined, undefined]);
  });

  it('shows the name a storyteller chose by as soon as they change it', async () => {
    const id = await listedEverywhere({ tier: 'public', identification: 'pseudonym', pseudonym: 'Heron' });
    await grantConsent(t, storyteller, id, {
      tier: 'public',
      identification: 'pseudonym',
      pseudonym: 'Kestrel',
    });
    expect((await listedOn(id)).map((listed) => listed?.byline)).toEqual(['Kestrel', 'Kestrel']);
  });

  it('shows a first-name byline as the person now calls themselves', async () => {
    const teller = await addPerson(t.app, admin, organisationId, 'member', 'Skye Lennox');
    const id = await listedEverywhere({ tier: 'public', identification: 'first_name' }, teller);
    expect((await listedOn(id)).map((listed) => listed?.byline)).toEqual(['Skye', 'Skye']);
    const renamed = await t.as(teller, {
      method: 'PATCH',
      url: '/api/me',
      payload: { displayName: 'Rowan Lennox' },
    });
    expect(renamed.statusCode).toBe(200);
    expect((await listedOn(id)).map((listed) => listed?.byline)).toEqual(['Rowan', 'Rowan']);
  });

  it('drops a story held for safeguarding the moment a concern is raised', async () => {
    const id = await listedEverywhere();
    const raised = await t.as(storyteller, {
      method: 'POST',
      url: `/api/stories/${id}/concerns`,
      payload: { note: 'Worried about the last paragraph' },
    });
    expect(raised.statusCode).toBe(201);
    expect(await listedOn(id)).toEqual([undefined, undefined]);
  });

  it('drops a story when a new version of it is made, until that version is approved', async () => {
    const id = await listedEverywhere();
    await reviewStory(t, storyteller, id);
    expect(await listedOn(id)).toEqual([undefined, undefined]);
  });

  it('drops a story when its storyteller is erased', async () => {
    const teller = await addPerson(t.app, admin, organisationId, 'member', 'Isla Baird');
    const id = await listedEverywhere({ tier: 'public', identification: 'first_name' }, teller);
    const asked = await t.as(teller, { method: 'POST', url: '/api/me/erasure-requests', payload: {} });
    const done = await t.as(admin, {
      method: 'POST',
      url: `/api/admin/erasure-requests/${asked.json<{ id: string }>().id}`,
      payload: { decision: 'complete', outcome: 'Done' },
    });
    expect(done.statusCode).toBe(200);
    expect(await listedOn(id)).toEqual([undefined, undefined]);
  });

  it('drops a story deleted from the database, however it was deleted', async () => {
    const inserted = (await t.context.db.execute(sql`
      insert into stories (organisation_id, created_by, channel, title, safe_title, status,
                           consent_tier, approved_text, approved_at)
      values (${organisationId}, ${storyteller.personId}, 'written', 'Kept apart', 'Kept apart',
              'approved', 'public', ${STORY}, now())
      returning id`)) as unknown as { rows: { id: string }[] };
    const [row] = inserted.rows;
    const id = row?.id ?? '';
    expect((await listedOn(id)).map((listed) => listed?.byline)).toEqual(['Anonymous', 'Anonymous']);
    await listedOn(id);
    await t.context.db.execute(sql`delete from stories where id = ${id}`);
    expect(await listedOn(id)).toEqual([undefined, undefined]);
  });

  it('drops a story the moment its consent runs out, with nothing written', async () => {
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    const id = await listedEverywhere({ tier: 'public', expiresAt: inAnHour });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 2 * 3_600_000);
    expect(await listedOn(id)).toEqual([undefined, undefined]);
  });
});

describe('the showcase version', () => {
  const version = async () =>
    (
      (await t.context.db.execute(sql`select version from showcase_version`)) as unknown as {
        rows: { version: string | number }[];
      }
    ).rows.map((row) => Number(row.version))[0] ?? 0;

  // PGlite has one connection, so its transactions never overlap.
  it.skipIf(!process.env.DATABASE_URL)(
    'moves as each transaction commits, so two changing public stories in turn never wait on each other for it',
    async () => {
      const [one, two] = [await published(), await published()];
      const before = await version();
      let carryOn = () => {};
      const bWentFirst = new Promise<void>((resolve) => (carryOn = resolve));
      const a = t.context.db.transaction(async (tx) => {
        await tx.execute(sql`update stories set safe_title = 'First of two' where id = ${one}`);
        await bWentFirst;
        await tx.execute(sql`update stories set safe_title = 'Second of two' where id = ${two}`);
      });
      // Another instance changes the second story while the first transaction is still open.
      const b = peer.context.db.transaction(async (tx) => {
        await tx.execute(sql`update stories set safe_title = 'Changed elsewhere' where id = ${two}`);
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      carryOn();
      await Promise.all([a, b]);
      expect(await version()).toBe(before + 3);
      expect((await listedOn(two)).map((listed) => listed?.id)).toEqual([two, two]);
    },
  );
});

describe('what the showcase list keeps', () => {
  it('lets the longest kept answer go once many other searches are kept', async () => {
    let statements = 0;
    const counted = await createTestApp({}, () => {
      statements += 1;
    });
    try {
      const ask = async (query: string) => {
        statements = 0;
        await showcase(counted.app, query);
        return statements;
      };
      expect(await ask('limit=20')).toBeGreaterThan(1);
      // kept: only the showcase's version is read
      expect(await ask('limit=20')).toBe(1);
      for (let i = 0; i < 256; i++) await ask(`q=nowhere${i}`);
      expect(await ask('limit=20')).toBeGreaterThan(1);
    } finally {
      await counted.close();
    }
  });
});
