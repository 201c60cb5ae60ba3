import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Board, Cafe } from '../../../contracts/cafes.js';
import { MADE_BY_HEADER } from '../../../contracts/cafes.values.js';
import { addPerson, firstOrganisationId, signInAsNewAdmin, type SignedIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  addIdea,
  controlCafe,
  createCafe,
  joinCafe,
  signOutOnPhone,
  type Participant,
} from './cafes.factories.js';
import { cafeRequestKeys } from './cafes.tables.js';
import { cafesModule } from './index.js';
import { pruneRequestKeys } from './request-keys.js';

let t: TestApp;
let facilitator: SignedIn;
let organisationId: string;

beforeAll(async () => {
  t = await createTestApp();
  const admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
  facilitator = await addPerson(t.app, admin, organisationId, 'facilitator');
});
afterAll(async () => {
  await t.close();
});

const HOUR_MS = 60 * 60_000;

function sendIdea(cafe: Cafe, who: Participant, text: string, key: string) {
  return t.as(who, {
    method: 'POST',
    url: `/api/cafes/${cafe.id}/ideas`,
    payload: { text },
    headers: { 'idempotency-key': key },
  });
}

async function keysOf(...cafes: Cafe[]) {
  const rows = await t.context.db
    .select({ cafeId: cafeRequestKeys.cafeId, key: cafeRequestKeys.key })
    .from(cafeRequestKeys)
    .where(
      inArray(
        cafeRequestKeys.cafeId,
        cafes.map((c) => c.id),
      ),
    );
  return rows.map((r) => `${cafes.findIndex((c) => c.id === r.cafeId)}:${r.key}`).sort();
}

describe('pruning café request keys', () => {
  it('runs with the other housekeeping jobs', () => {
    expect(cafesModule.jobs?.(t.context).map((j) => j.name)).toContain('cafes.prune-request-keys');
  });

  it("forgets a closed café's keys after an hour and an open café's after three days", async () => {
    const open = await createCafe(t, facilitator, { organisationId });
    const closing = await createCafe(t, facilitator, { organisationId });
    const ash = await joinCafe(t, open);
    const bea = await joinCafe(t, closing);
    await controlCafe(t, facilitator, open, 'start');
    await controlCafe(t, facilitator, closing, 'start');
    expect((await sendIdea(open, ash, 'A Saturday drop-in', 'prune-key-0001')).statusCode).toBe(201);
    expect((await sendIdea(closing, bea, 'Peer mentors', 'prune-key-0002')).statusCode).toBe(201);
    await controlCafe(t, facilitator, closing, 'close');
    expect(await keysOf(open, closing)).toEqual(['0:prune-key-0001', '1:prune-key-0002']);

    // Just after the close, a phone still retrying is answered as before.
    const now = new Date();
    await pruneRequestKeys(t.context, now);
    expect(await keysOf(open, closing)).toEqual(['0:prune-key-0001', '1:prune-key-0002']);

    // An hour on, the closed café's keys are gone; the open café's stay.
    expect(await pruneRequestKeys(t.context, new Date(now.getTime() + 2 * HOUR_MS))).toBeGreaterThanOrEqual(
      1,
    );
    expect(await keysOf(open, closing)).toEqual(['0:prune-key-0001']);
    const retried = await sendIdea(open, ash, 'A Saturday drop-in', 'prune-key-0001');
    expect(retried.statusCode).toBe(201);
    const ideas = await t.as(facilitator, { method: 'GET', url: `/api/cafes/${open.id}/board` });
    expect(
      ideas.json<{ ideas: { text: string }[] }>().ideas.filter((i) => i.text === 'A Saturday drop-in'),
    ).toHaveLength(1);

    // Three days on, even an open café's keys are gone.
    await pruneRequestKeys(t.context, new Date(now.getTime() + 3 * 24 * HOUR_MS + HOUR_MS));
    expect(await keysOf(open, closing)).toEqual([]);
  });
});

/** An action sent from a phone carrying `phone`'s cookies, made from the seat `madeBy`. */
function sendQueued(
  cafe: Cafe,
  phone: { cookie: string },
  madeBy: string,
  path: 'votes' | 'help' | 'ideas',
  payload: object,
  headers: Record<string, string> = {},
) {
  return t.as(phone, {
    method: 'POST',
    url: `/api/cafes/${cafe.id}/${path}`,
    payload,
    headers: { [MADE_BY_HEADER]: madeBy, 'idempotency-key': `queued-${crypto.randomUUID()}`, ...headers },
  });
}

const board = async (cafe: Cafe, who: { cookie: string }) =>
  (await t.as(who, { method: 'GET', url: `/api/cafes/${cafe.id}/board` })).json<Board>();

async function liveCafe(): Promise<{ cafe: Cafe; ash: Participant; bea: Participant }> {
  const cafe = await createCafe(t, facilitator, { organisationId });
  const ash = await joinCafe(t, cafe, { displayName: 'Ash' });
  const bea = await joinCafe(t, cafe, { displayName: 'Bea' });
  await controlCafe(t, facilitator, cafe, 'start');
  return { cafe, ash, bea };
}

// A phone keeps a participant's votes, ticks and ideas while its connection is down and sends them
// later, naming the seat each was made from. By then someone else may have the phone's place in the
// café, or nobody: the server counts an action only for the seat the phone still holds.
describe('café actions kept on a phone and sent later', () => {
  it('counts an action for the seat the phone still holds', async () => {
    const { cafe, ash } = await liveCafe();
    const idea = await sendQueued(cafe, ash, ash.participantId, 'ideas', { text: 'A Saturday drop-in' });
    expect(idea.statusCode).toBe(201);
    await controlCafe(t, facilitator, cafe, 'open_voting');
    const ideaId = idea.json<{ id: string }>().id;
    // The header may arrive in capitals; a participant id is the same either way.
    const voted = await sendQueued(cafe, ash, ash.participantId.toUpperCase(), 'votes', { ideaId, dots: 1 });
    expect(voted.statusCode).toBe(200);
    expect((await board(cafe, ash)).me?.votes).toEqual({ [ideaId]: 1 });
  });

  it("refuses, and counts nothing, when someone else has taken the phone's place in the café", async () => {
    const { cafe, ash, bea } = await liveCafe();
    // Ash typed an idea with no connection; Bea joined on the same phone before it was sent.
    const idea = await sendQueued(cafe, bea, ash.participantId, 'ideas', {
      text: 'Ash’s idea, kept offline',
    });
    expect(idea.statusCode).toBe(409);
    expect(idea.headers['content-type']).toContain('application/problem+json');
    expect(idea.json<{ detail: string }>().detail).toBe(
      'This was saved on this phone before you joined the café on it, so it was not sent and does not count as yours. Vote or add your idea again if you want to.',
    );

    const ideaId = await addIdea(t, cafe, bea, 'Free bus passes');
    await controlCafe(t, facilitator, cafe, 'open_voting');
    const voted = await sendQueued(cafe, bea, ash.participantId, 'votes', { ideaId, dots: 1 });
    expect(voted.statusCode).toBe(409);
    const ticked = await sendQueued(cafe, bea, ash.participantId, 'help', { ideaId, helping: true });
    expect(ticked.statusCode).toBe(409);

    const seen = await board(cafe, facilitator);
    expect(seen.ideas.map((i) => i.text)).toEqual(['Free bus passes']);
    expect(seen.ideas[0]?.dots).toBe(0);
    const beas = await board(cafe, bea);
    expect(beas.me?.votes).toEqual({});
    expect(beas.me?.helping).toEqual([]);
    // Bea's own vote, made as herself, counts.
    expect((await sendQueued(cafe, bea, bea.participantId, 'votes', { ideaId, dots: 1 })).statusCode).toBe(
      200,
    );
  });

  it('refuses with what to do when the phone is no longer in the café at all, in the reader’s language', async () => {
    const { cafe, ash } = await liveCafe();
    const { after } = await signOutOnPhone(t, ash, 'cairn_p_');
    const sent = await sendQueued(cafe, after, ash.participantId, 'ideas', { text: 'Kept while offline' });
    expect(sent.statusCode).toBe(409);
    expect(sent.json<{ detail: string }>().detail).toBe(
      'You are no longer in this café on this phone, so what was saved on it was not sent. Join again with the code shown in the room, then vote or add your idea again.',
    );
    const inWelsh = await sendQueued(
      cafe,
      after,
      ash.participantId,
      'ideas',
      { text: 'Kept' },
      { 'accept-language': 'cy' },
    );
    expect(inWelsh.statusCode).toBe(409);
    expect(inWelsh.json<{ detail: string }>().detail).toMatch(/^Dydych chi ddim yn y caffi hwn/);
    expect((await board(cafe, facilitator)).ideas).toEqual([]);
    // Without saying which seat, it is the plain "join first" as before.
    const unsaid = await t.as(after, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/ideas`,
      payload: { text: 'A walking group' },
    });
    expect(unsaid.statusCode).toBe(401);
  });

  it('refuses a seat that is not a participant id', async () => {
    const { cafe, ash } = await liveCafe();
    const sent = await sendQueued(cafe, ash, 'not-a-seat', 'ideas', { text: 'A walking group' });
    expect(sent.statusCode).toBe(400);
    expect(sent.headers['content-type']).toContain('application/problem+json');
  });
});
