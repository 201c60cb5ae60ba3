// What one vote costs the database: a café of a city votes in bursts, so each statement counts.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Board } from '../../../../contracts/cafes.js';
import { addPerson, firstOrganisationId, signInAsNewAdmin } from '../../../testing/factories.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { addIdea, controlCafe, createCafe, joinCafe, vote } from '../cafes.factories.js';

let t: TestApp;
let counting = false;
const statements: string[] = [];

beforeAll(async () => {
  t = await createTestApp({}, (query) => {
    // Opening and ending a transaction is the engine's own bookkeeping, sent by one driver only.
    if (counting && !/^(begin|commit|rollback)\b/i.test(query.trim())) statements.push(query);
  });
});
afterAll(async () => t.close());

it('stores a dot vote and answers the board in twelve statements or fewer', async () => {
  const admin = await signInAsNewAdmin(t.app, t.context);
  const organisationId = await firstOrganisationId(t.app, admin);
  const facilitator = await addPerson(t.app, admin, organisationId, 'facilitator');
  const cafe = await createCafe(t, facilitator, { organisationId, dotsPerPerson: 3 });
  const ash = await joinCafe(t, cafe, { displayName: 'Ash' });
  await controlCafe(t, facilitator, cafe, 'start');
  const idea = await addIdea(t, cafe, ash, 'A peer group on Saturday mornings');
  await controlCafe(t, facilitator, cafe, 'open_voting');

  counting = true;
  const voted = await t.as(ash, {
    method: 'POST',
    url: `/api/cafes/${cafe.id}/votes`,
    headers: { 'idempotency-key': 'vote-key-0001' },
    payload: { ideaId: idea, dots: 2 },
  });
  counting = false;
  expect(voted.statusCode).toBe(200);
  expect(voted.json<Board>().me).toMatchObject({ dotsLeft: 1, votes: { [idea]: 2 } });
  // The seat; the key; the café counted and held; the vote checked and stored; the news to every
  // instance; then the participant's board (the café, its rounds, roles, sign-ups, ideas with their
  // counts, and the participant's own votes and ticks). It was 16 before the checks were folded in.
  expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(12);
});

it('keeps each idea’s dots and voters as counting every vote again would', async () => {
  const admin = await signInAsNewAdmin(t.app, t.context);
  const organisationId = await firstOrganisationId(t.app, admin);
  const facilitator = await addPerson(t.app, admin, organisationId, 'facilitator');
  const cafe = await createCafe(t, facilitator, { organisationId, dotsPerPerson: 3, allowStacking: true });
  const [ash, bo, cal] = [await joinCafe(t, cafe), await joinCafe(t, cafe), await joinCafe(t, cafe)];
  if (!ash || !bo || !cal) throw new Error('not seated');
  await controlCafe(t, facilitator, cafe, 'start');
  const one = await addIdea(t, cafe, ash, 'A peer group on Saturday mornings');
  const two = await addIdea(t, cafe, bo, 'Free bus passes to get to meetings');
  const three = await addIdea(t, cafe, cal, 'Somewhere warm to go in the evenings');
  await controlCafe(t, facilitator, cafe, 'open_voting');
  for (const [who, idea, dots] of [
    [ash, one, 2],
    [ash, two, 1],
    [bo, two, 3],
    [cal, three, 1],
    [cal, two, 2],
    [ash, two, 0], // taken back
  ] as const) {
    expect((await vote(t, cafe, who, idea, dots)).statusCode).toBe(200);
  }
  // A merge moves the votes of one idea onto another, however many each person had there.
  const merged = await t.as(facilitator, {
    method: 'POST',
    url: `/api/cafes/${cafe.id}/merges`,
    payload: { sourceId: three, targetId: two },
  });
  expect(merged.statusCode).toBe(200);

  const counted = (await t.context.db.execute(sql`
    select i.id, i.dots, i.voters,
           coalesce((select sum(v.dots) from cafe_votes v where v.idea_id = i.id), 0)::int as recounted_dots,
           (select count(*) from cafe_votes v where v.idea_id = i.id and v.dots > 0)::int as recounted_voters
    from cafe_ideas i where i.cafe_id = ${cafe.id} order by i.created_at`)) as unknown as {
    rows: { id: string; dots: number; voters: number; recounted_dots: number; recounted_voters: number }[];
  };
  expect(counted.rows.map((r) => [r.dots, r.voters])).toEqual([
    [2, 1],
    [6, 2], // Cal's dot on the third joins their two here
    [0, 0],
  ]);
  for (const row of counted.rows) {
    expect([row.dots, row.voters]).toEqual([row.recounted_dots, row.recounted_voters]);
  }
});
