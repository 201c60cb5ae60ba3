// What one vote costs the database: a café of a city votes in bursts, so each statement counts.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Board } from '../../../../contracts/cafes.js';
import { addPerson, firstOrganisationId, signInAsNewAdmin } from '../../../testing/factories.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { addIdea, controlCafe, createCafe, joinCafe } from '../cafes.factories.js';

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
