import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cafe, CreateCafeRequest, PublicCafe } from '../../../contracts/cafes.js';
import { addPerson, firstOrganisationId, signInAsNewAdmin, type SignedIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { controlCafe, createCafe } from './cafes.factories.js';

let t: TestApp;
let organisationId: string;
let admin: SignedIn;
let facilitator: SignedIn;
let member: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
  facilitator = await addPerson(t.app, admin, organisationId, 'facilitator');
  member = await addPerson(t.app, admin, organisationId, 'member');
});
afterAll(async () => t.close());

/** A café of three tables at a venue, with a date, and anything in `extra`. */
const newCafe = (extra: Partial<CreateCafeRequest> = {}): Promise<Cafe> =>
  createCafe(t, facilitator, {
    organisationId,
    title: 'Recovery in our town',
    startsAt: '2026-12-03T18:30:00.000Z',
    venue: 'Harbour Community Centre',
    accessInfo: 'Step-free entrance; hearing loop; quiet room upstairs.',
    rounds: [{ question: 'What helped you most?' }],
    tables: 3,
    ...extra,
  });

const signUp = (cafe: Cafe, payload: object, who: SignedIn | null = null) =>
  t.as(who, { method: 'POST', url: `/api/cafes/${cafe.id}/sign-ups`, payload });

describe('café roles', () => {
  it('plans the café team with the café and saves changes whole', async () => {
    const cafe = await newCafe({
      roles: [
        { role: 'lead_host', name: 'Aisha' },
        { role: 'table_host', name: 'Tom', tableNumber: 2 },
        { role: 'seed_storyteller', name: 'Mags', tableNumber: 3 },
      ],
    });
    expect(cafe.roles).toEqual([
      { role: 'lead_host', name: 'Aisha', tableNumber: null },
      { role: 'table_host', name: 'Tom', tableNumber: 2 },
      // Only table hosts belong to a table.
      { role: 'seed_storyteller', name: 'Mags', tableNumber: null },
    ]);
    const changed = await t.as(facilitator, {
      method: 'PUT',
      url: `/api/cafes/${cafe.id}/roles`,
      payload: { roles: [{ role: 'timekeeper', name: 'Dev' }] },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<Cafe>().roles).toEqual([{ role: 'timekeeper', name: 'Dev', tableNumber: null }]);
  });

  it('asks for a real table for every table host', async () => {
    const cafe = await newCafe();
    for (const tableNumber of [null, 4]) {
      const response = await t.as(facilitator, {
        method: 'PUT',
        url: `/api/cafes/${cafe.id}/roles`,
        payload: { roles: [{ role: 'table_host', name: 'Tom', tableNumber }] },
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<{ detail: string }>().detail).toBe('Choose a table from 1 to 3 for Tom.');
    }
    const blank = await t.as(facilitator, {
      method: 'PUT',
      url: `/api/cafes/${cafe.id}/roles`,
      payload: { roles: [{ role: 'lead_host', name: '  ' }] },
    });
    expect(blank.statusCode).toBe(400);
  });

  it('lets only the café’s facilitators name the team', async () => {
    const cafe = await newCafe();
    const payload = { roles: [{ role: 'lead_host', name: 'Me' }] };
    const byMember = await t.as(member, { method: 'PUT', url: `/api/cafes/${cafe.id}/roles`, payload });
    expect(byMember.statusCode).toBe(404);
    const anonymous = await t.as(null, { method: 'PUT', url: `/api/cafes/${cafe.id}/roles`, payload });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('café sign-up', () => {
  it('shows a public page without the join code, and hides private or finished cafés', async () => {
    const cafe = await newCafe({ capacity: 20 });
    const page = await t.as(null, { method: 'GET', url: `/api/cafes/${cafe.id}/public` });
    expect(page.statusCode).toBe(200);
    const body = page.json<PublicCafe>();
    expect(body).toMatchObject({
      title: 'Recovery in our town',
      venue: 'Harbour Community Centre',
      questions: ['What helped you most?'],
      placesLeft: 20,
    });
    expect(body.organisationName).not.toBe('');
    expect(page.body).not.toContain(cafe.joinCode);

    const closedGroup = await newCafe({ signUpOpen: false });
    expect((await t.as(null, { method: 'GET', url: `/api/cafes/${closedGroup.id}/public` })).statusCode).toBe(
      404,
    );
    expect((await signUp(closedGroup, { name: 'Sam' })).statusCode).toBe(404);

    const finished = await newCafe();
    await controlCafe(t, facilitator, finished, 'start', 'close');
    expect((await t.as(null, { method: 'GET', url: `/api/cafes/${finished.id}/public` })).statusCode).toBe(
      404,
    );
  });

  it('never takes more sign-ups than places, even when they arrive together', async () => {
    const cafe = await newCafe({ capacity: 3 });
    const responses = await Promise.all(
      Array.from({ length: 7 }, (_, i) => signUp(cafe, { name: `Person ${i + 1}` })),
    );
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 201, 201, 409, 409, 409, 409]);
    const full = responses.find((r) => r.statusCode === 409);
    expect(full?.json<{ detail: string }>().detail).toMatch(/this café is full/);
    const page = await t.as(null, { method: 'GET', url: `/api/cafes/${cafe.id}/public` });
    expect(page.json<PublicCafe>().placesLeft).toBe(0);
  });

  it('keeps access needs for the hosts only, confirms by email without them, and audits the list', async () => {
    const cafe = await newCafe();
    const response = await signUp(cafe, {
      name: 'Rosa',
      contact: 'rosa@example.org',
      accessNeeds: 'I use a wheelchair and need a seat near the door.',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({ placesLeft: null });

    const [confirmation] = await t.outbox('rosa@example.org');
    expect(confirmation?.subject).toBe('You are signed up: Recovery in our town');
    expect(confirmation?.text).toContain('Step-free entrance');
    expect(confirmation?.text).not.toContain('wheelchair');

    expect((await t.as(member, { method: 'GET', url: `/api/cafes/${cafe.id}/sign-ups` })).statusCode).toBe(
      404,
    );
    const list = await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/sign-ups` });
    expect(list.statusCode).toBe(200);
    expect(list.json<{ signUps: unknown[] }>().signUps).toEqual([
      expect.objectContaining({
        name: 'Rosa',
        contact: 'rosa@example.org',
        accessNeeds: 'I use a wheelchair and need a seat near the door.',
      }),
    ]);
    const audit = await t.as(admin, { method: 'GET', url: '/api/admin/audit?limit=200' });
    const reads = audit
      .json<{ events: { action: string; subjectId: string }[] }>()
      .events.filter((e) => e.action === 'cafe.sign_ups.read' && e.subjectId === cafe.id);
    expect(reads).toHaveLength(1);

    const stored = await t.context.db.execute(
      sql`select access_needs_encrypted from cafe_sign_ups where cafe_id = ${cafe.id}`,
    );
    expect(JSON.stringify(stored)).not.toContain('wheelchair');
    const cafeAfter = (await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}` })).json<Cafe>();
    expect(cafeAfter.signUps).toBe(1);
  });

  it('confirms in the language the person signed up in, by mail and by text', async () => {
    const cafe = await newCafe();
    const inWelsh = await t.as(null, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/sign-ups`,
      payload: { name: 'Elin', contact: 'elin@example.org' },
      headers: { 'accept-language': 'cy-GB,cy;q=0.9,en;q=0.5' },
    });
    expect(inWelsh.statusCode, inWelsh.body).toBe(201);
    const [welsh] = await t.outbox('elin@example.org');
    expect(welsh?.subject).toBe('Rydych chi wedi cofrestru: Recovery in our town');
    // 3 December 2026, 18:30 in London, written in Welsh.
    expect(welsh?.text).toContain(
      'Diolch am gofrestru ar gyfer Recovery in our town ar Dydd Iau, 3 Rhagfyr 2026 am 18:30 yn Harbour Community Centre.',
    );
    expect(welsh?.text).toContain('Mynediad: Step-free entrance');

    const inUrdu = await t.as(null, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/sign-ups`,
      payload: { name: 'Nadia', contact: '07700 900123' },
      headers: { 'accept-language': 'ur' },
    });
    expect(inUrdu.statusCode, inUrdu.body).toBe(201);
    const [urdu] = await t.outbox('+447700900123');
    expect(urdu?.text).toMatch(
      /^آپ کا Recovery in our town کے لیے اندراج ہو گیا ہے، جمعرات، 3 دسمبر، 2026 کو 18:30، Harbour Community Centre۔ تفصیلات: http/,
    );
  });

  it('explains what is wrong with a sign-up and keeps nothing', async () => {
    const cafe = await newCafe();
    const response = await signUp(cafe, { name: '', accessNeeds: 'x'.repeat(1001) });
    expect(response.statusCode).toBe(400);
    const problem = response.json<{ errors: { path: string; message: string }[] }>();
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['accessNeeds', 'name']);
    const cafeAfter = (await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}` })).json<Cafe>();
    expect(cafeAfter.signUps).toBe(0);
  });

  it('includes a signed-in person’s sign-ups in their data and deletes them on erasure', async () => {
    const cafe = await newCafe();
    const person = await addPerson(t.app, admin, organisationId, 'member');
    expect(
      (await signUp(cafe, { name: 'Member M', accessNeeds: 'Large print, please.' }, person)).statusCode,
    ).toBe(201);
    const data = (await t.as(person, { method: 'GET', url: '/api/me/data' })).json<{
      cafes: { signUps: { accessNeeds: string }[] };
    }>();
    expect(data.cafes.signUps.map((s) => s.accessNeeds)).toEqual(['Large print, please.']);
    const handler = t.context.personalData.handlers().find((h) => h.module === 'cafes');
    expect(await handler?.erase(t.context.db, person.personId)).toMatch(/1 sign-ups deleted/);
    const after = (await t.as(person, { method: 'GET', url: '/api/me/data' })).json<{
      cafes: { signUps: unknown[] };
    }>();
    expect(after.cafes.signUps).toEqual([]);
  });
});
