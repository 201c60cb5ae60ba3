import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Board } from '../../../contracts/cafes.js';
import type { Priority, PriorityHelpers } from '../../../contracts/coproduction.js';
import { addPerson, firstOrganisationId, signInAsNewAdmin, type SignedIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createOrganisation, createPriority } from './coproduction.factories.js';

// "Willing to help" as people a coordinator can reach: a tick may carry a contact the participant
// chose to leave, with their consent; the coordinators of the priority it became read them, audited.

let t: TestApp;
let admin: SignedIn;
let orgA: string;
let orgB: string;
let facilitator: SignedIn;
let coordinator: SignedIn;
let member: SignedIn;
let otherCoordinator: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  orgA = await firstOrganisationId(t.app, admin);
  orgB = await createOrganisation(t, admin, 'Second Org');
  facilitator = await addPerson(t.app, admin, orgA, 'facilitator');
  coordinator = await addPerson(t.app, admin, orgA, 'coordinator');
  member = await addPerson(t.app, admin, orgA, 'member');
  otherCoordinator = await addPerson(t.app, admin, orgB, 'coordinator');
});
afterAll(async () => t.close());

function expectOk<T>(response: { statusCode: number; body: string; json: <U>() => U }, status = 200): T {
  expect(response.statusCode, response.body).toBe(status);
  return response.json<T>();
}

/** A live café with two ideas, and a way for people to join it. */
async function liveCafe(title: string) {
  const cafe = expectOk<{ id: string; joinCode: string }>(
    await t.as(facilitator, {
      method: 'POST',
      url: '/api/cafes',
      payload: { organisationId: orgA, title, rounds: [{ question: 'What would help?' }], tables: 2 },
    }),
    201,
  );
  const control = async (action: string) =>
    expectOk(
      await t.as(facilitator, { method: 'POST', url: `/api/cafes/${cafe.id}/control`, payload: { action } }),
    );
  const join = async (displayName: string, as?: SignedIn) => {
    const joined = await t.as(as ?? null, {
      method: 'POST',
      url: '/api/cafes/join',
      payload: { code: cafe.joinCode, displayName },
    });
    expect(joined.statusCode, joined.body).toBe(200);
    const cookie = joined.cookies.find((c) => c.name.startsWith('cairn_p_'));
    if (!cookie) throw new Error('no participant cookie');
    return { cookie: `${cookie.name}=${cookie.value}${as ? `; ${as.cookie}` : ''}` };
  };
  await control('start');
  const idea = async (text: string) =>
    expectOk<{ id: string }>(
      await t.as(facilitator, { method: 'POST', url: `/api/cafes/${cafe.id}/ideas`, payload: { text } }),
      201,
    ).id;
  const help = (who: { cookie: string }, payload: Record<string, unknown>) =>
    t.as(who, { method: 'POST', url: `/api/cafes/${cafe.id}/help`, payload });
  return { cafe, control, join, idea, help };
}

async function sendAndImport(cafeId: string, ideaId: string): Promise<Priority> {
  expectOk(
    await t.as(facilitator, { method: 'POST', url: `/api/cafes/${cafeId}/priorities`, payload: { ideaId } }),
  );
  const list = expectOk<{ cafePriorities: { id: string; cafeId: string }[] }>(
    await t.as(coordinator, {
      method: 'GET',
      url: `/api/coproduction/organisations/${orgA}/cafe-priorities`,
    }),
  );
  const sent = list.cafePriorities.find((p) => p.cafeId === cafeId);
  return expectOk<Priority>(
    await t.as(coordinator, {
      method: 'POST',
      url: `/api/coproduction/organisations/${orgA}/cafe-priorities/${sent?.id}/import`,
    }),
    201,
  );
}

describe('people who offered to help', () => {
  it('keeps a contact left with a tick only with consent, encrypted, and shows it to the coordinators, audited', async () => {
    const { cafe, join, idea, help } = await liveCafe('Help in Harbourside');
    const walking = await idea('A Sunday walking group');
    const duplicate = await idea('Sunday walks together');
    const ash = await join('Ash');
    const bea = await join('Bea');
    const cal = await join('');
    const dee = await join('Dee');

    // A contact needs the participant's yes to the words beside it.
    const refused = await help(ash, { ideaId: walking, helping: true, contact: 'ash@example.org' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Tick to say the organisers may use this');
    const badContact = await help(ash, {
      ideaId: walking,
      helping: true,
      contact: 'not a contact',
      consent: true,
    });
    expect(badContact.statusCode).toBe(400);

    const board = expectOk<Board>(
      await help(ash, { ideaId: walking, helping: true, contact: 'ash@example.org', consent: true }),
    );
    expect(board.me?.helping).toEqual([walking]);
    expect(board.me?.helpingWithContact).toEqual([walking]);
    // A tick without a contact, a contact left on the duplicate (it follows the merge), and a
    // contact left then taken back.
    expectOk(await help(bea, { ideaId: walking, helping: true }));
    expectOk(await help(cal, { ideaId: duplicate, helping: true, contact: '07700 900123', consent: true }));
    expectOk(await help(dee, { ideaId: walking, helping: true, contact: 'dee@example.org', consent: true }));
    const takenBack = expectOk<Board>(await help(dee, { ideaId: walking, helping: true, contact: null }));
    expect(takenBack.me?.helping).toEqual([walking]);
    expect(takenBack.me?.helpingWithContact).toEqual([]);
    // Ticking again without a contact keeps the one left before.
    expect(
      expectOk<Board>(await help(ash, { ideaId: walking, helping: true })).me?.helpingWithContact,
    ).toEqual([walking]);

    const stored = await t.context.db.execute(
      sql`select contact_encrypted from cafe_help_ticks where cafe_id = ${cafe.id}`,
    );
    expect(JSON.stringify(stored)).not.toContain('ash@example.org');
    expect(JSON.stringify(stored)).not.toContain('07700');

    expectOk(
      await t.as(facilitator, {
        method: 'POST',
        url: `/api/cafes/${cafe.id}/merges`,
        payload: { sourceId: duplicate, targetId: walking },
      }),
    );
    const priority = await sendAndImport(cafe.id, walking);
    const url = `/api/coproduction/priorities/${priority.id}/helpers`;
    const helpers = expectOk<PriorityHelpers>(await t.as(coordinator, { method: 'GET', url }));
    expect(helpers.fromCafe).toBe(true);
    expect(helpers.helpers.map(({ name, contact }) => ({ name, contact }))).toEqual([
      { name: 'Ash', contact: 'ash@example.org' },
      { name: '', contact: '07700 900123' },
    ]);
    expect(helpers.helpers[0]?.tableNumber).toBeGreaterThanOrEqual(1);
    // Bea and Dee ticked without leaving a contact (Dee took hers back): counted, never named.
    expect(helpers.withoutContact).toBe(2);
    expect(JSON.stringify(helpers)).not.toContain('Bea');

    // Only the priority's own coordinators: not a member, not another organisation, not a visitor.
    expect((await t.as(member, { method: 'GET', url })).statusCode).toBe(404);
    expect((await t.as(facilitator, { method: 'GET', url })).statusCode).toBe(404);
    expect((await t.as(otherCoordinator, { method: 'GET', url })).statusCode).toBe(404);
    expect((await t.as(null, { method: 'GET', url })).statusCode).toBe(401);

    // Every reading is recorded, with counts and never the contacts.
    const audit = await t.as(admin, { method: 'GET', url: '/api/admin/audit?limit=200' });
    const reads = audit
      .json<{ events: { action: string; subjectId: string; details: Record<string, unknown> }[] }>()
      .events.filter((e) => e.action === 'priority.helpers_read' && e.subjectId === priority.id);
    expect(reads).toHaveLength(1);
    expect(reads[0]?.details).toEqual({ contacts: 2, withoutContact: 2 });
    expect(audit.body).not.toContain('ash@example.org');
  });

  it('answers for a priority that did not come from a café with nobody', async () => {
    const priority = await createPriority(t, coordinator, { organisationId: orgA, title: 'Evening opening' });
    const answer = expectOk<PriorityHelpers>(
      await t.as(coordinator, { method: 'GET', url: `/api/coproduction/priorities/${priority.id}/helpers` }),
    );
    expect(answer).toEqual({ fromCafe: false, helpers: [], withoutContact: 0 });
  });

  it('gives a signed-in helper their contacts in their data, and erases them on request', async () => {
    const { join, idea, help } = await liveCafe('Help with data rights');
    const garden = await idea('A community garden');
    const person = await addPerson(t.app, admin, orgA, 'member');
    const seat = await join('Member M', person);
    expectOk(await help(seat, { ideaId: garden, helping: true, contact: 'm@example.org', consent: true }));
    const data = expectOk<{ cafes: { offersToHelp: { idea: string; contact: string }[] } }>(
      await t.as(person, { method: 'GET', url: '/api/me/data' }),
    );
    expect(data.cafes.offersToHelp).toEqual([
      expect.objectContaining({ idea: 'A community garden', contact: 'm@example.org' }),
    ]);
    const handler = t.context.personalData.handlers().find((h) => h.module === 'cafes');
    expect(await handler?.erase(t.context.db, person.personId)).toMatch(
      /1 contacts left with offers to help removed/,
    );
    const stored = await t.context.db.execute(
      sql`select count(*)::int as n from cafe_help_ticks where idea_id = ${garden} and contact_encrypted is not null`,
    );
    expect(JSON.stringify(stored)).toContain('"n":0');
  });
});
