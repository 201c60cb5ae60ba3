import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cafe } from '../../../contracts/cafes.js';
import { addPerson, firstOrganisationId, signInAsNewAdmin, type SignedIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { controlCafe, createCafe, joinCafe, type Participant } from './cafes.factories.js';
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
