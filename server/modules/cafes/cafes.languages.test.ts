import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, firstOrganisationId, signInAsNewAdmin, type SignedIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { addIdea, controlCafe, createCafe, joinCafe } from './cafes.factories.js';

let t: TestApp;
let admin: SignedIn;
let organisationId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
});
afterAll(async () => t.close());

const join = (
  payload: Record<string, unknown>,
  headers: Record<string, string> = {},
  who: SignedIn | null = null,
) => t.as(who, { method: 'POST', url: '/api/cafes/join', payload, headers });

type Problem = { title: string; detail: string; errors?: { path: string; message: string }[] };

describe('joining a café in the visitor’s language (Accept-Language)', () => {
  it('answers a wrong code in Welsh, or in Urdu, with the problem’s title too', async () => {
    const welsh = await join({ code: 'ZZZZZZ' }, { 'accept-language': 'cy-GB,cy;q=0.9,en;q=0.5' });
    expect(welsh.statusCode).toBe(404);
    expect(welsh.headers['content-language']).toBe('cy');
    expect(welsh.json<Problem>()).toMatchObject({
      title: 'Heb ei ganfod',
      detail: 'Does dim caffi ar agor gyda’r cod yna. Gwiriwch y cod sydd i’w weld yn yr ystafell.',
    });
    const urdu = await join({ code: 'ZZZZZZ' }, { 'accept-language': 'ur-PK' });
    expect(urdu.json<Problem>().detail).toBe(
      'اس کوڈ کے ساتھ کوئی کھلا کیفے نہیں ہے۔ کمرے میں دکھایا گیا کوڈ چیک کریں۔',
    );
  });

  it('falls back to English for a language Cairn does not offer, and for none', async () => {
    const asked: Record<string, string>[] = [{ 'accept-language': 'fr-FR,de;q=0.8' }, {}];
    for (const headers of asked) {
      const answer = await join({ code: 'ZZZZZZ' }, headers);
      expect(answer.json<Problem>().detail).toBe(
        'There is no open café with that code. Check the code shown in the room.',
      );
    }
  });

  it('translates the contract’s own field messages, found by their English words', async () => {
    const answer = await join(
      { code: 'kt4', contact: 'not a way to reach anyone', postcodeDistrict: 'DD4 1AB' },
      { 'accept-language': 'cy' },
    );
    expect(answer.statusCode).toBe(400);
    const problem = answer.json<Problem>();
    expect(problem.title).toBe('Mae angen newid rhai atebion');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { path: 'code', message: 'Rhowch y cod chwe llythyren sydd i’w weld yn yr ystafell, fel KT4-9RB' },
        {
          path: 'contact',
          message: 'Rhowch gyfeiriad e-bost neu rif ffôn symudol, fel 07700 900123, neu gadewch hwn yn wag',
        },
        { path: 'postcodeDistrict', message: 'Rhowch ran gyntaf cod post yn unig, fel DD4' },
      ]),
    );
    // The summary is written again from the translated field messages.
    expect(problem.detail).toContain('code: Rhowch y cod chwe llythyren');
  });

  it('names a table that is not there in Urdu, with its number', async () => {
    const facilitator = await addPerson(t.app, admin, organisationId, 'facilitator');
    const cafe = await createCafe(t, facilitator, { organisationId, tables: 2 });
    const answer = await join({ code: cafe.joinCode, tableNumber: 7 }, { 'accept-language': 'ur' });
    expect(answer.statusCode).toBe(400);
    expect(answer.json<Problem>().errors).toEqual([
      { path: 'tableNumber', message: 'میز نمبر 7 موجود نہیں ہے۔' },
    ]);
  });

  it('says how long to wait with the plural form each language needs', async () => {
    const limited = await createTestApp({ joinLimitPerMinute: 1 });
    try {
      const wrong = { method: 'POST' as const, url: '/api/cafes/join', payload: { code: 'ZZZZZZ' } };
      await limited.app.inject(wrong);
      const blocked = await limited.app.inject({ ...wrong, headers: { 'accept-language': 'cy' } });
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json<Problem>().detail).toMatch(
        /^Gormod o godau anghywir\. Gwiriwch y cod sydd i’w weld yn yr ystafell\. Arhoswch \d+ eiliad a rhowch gynnig arall arni\.$/,
      );
    } finally {
      await limited.close();
    }
  });
});

describe('what a participant is refused, in their language', () => {
  it('says in Welsh that ideas wait for the start, and in Urdu that voting is not open yet', async () => {
    const facilitator = await addPerson(t.app, admin, organisationId, 'facilitator');
    const cafe = await createCafe(t, facilitator, { organisationId, tables: 1 });
    const phone = await joinCafe(t, cafe);
    const early = await t.as(phone, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/ideas`,
      payload: { text: 'More evening groups' },
      headers: { 'accept-language': 'cy' },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json<Problem>().detail).toBe(
      'Gallwch chi ychwanegu syniadau unwaith y bydd y caffi wedi dechrau.',
    );

    await controlCafe(t, facilitator, cafe, 'start');
    const ideaId = await addIdea(t, cafe, phone, 'More evening groups');
    const vote = await t.as(phone, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/votes`,
      payload: { ideaId, dots: 1 },
      headers: { 'accept-language': 'ur' },
    });
    expect(vote.statusCode).toBe(409);
    expect(vote.json<Problem>().detail).toBe('ووٹنگ ابھی کھلی نہیں ہے۔');
  });

  it('tells a participant in Welsh what is wrong with their idea, or with what their phone sent (400)', async () => {
    const facilitator = await addPerson(t.app, admin, organisationId, 'facilitator');
    const cafe = await createCafe(t, facilitator, { organisationId, tables: 1 });
    const phone = await joinCafe(t, cafe);
    await controlCafe(t, facilitator, cafe, 'start');
    const send = (text: string, language: string, headers: Record<string, string> = {}) =>
      t.as(phone, {
        method: 'POST',
        url: `/api/cafes/${cafe.id}/ideas`,
        payload: { text },
        headers: { 'accept-language': language, ...headers },
      });

    const empty = await send(' ', 'cy');
    expect(empty.statusCode).toBe(400);
    expect(empty.json<Problem>()).toMatchObject({
      title: 'Mae angen newid rhai atebion',
      errors: [{ path: 'text', message: 'Ysgrifennwch y syniad yn gyntaf' }],
    });
    const long = 'Mwy o grwpiau gyda’r nos. '.repeat(12);
    const tooLong = await send(long, 'cy');
    expect(tooLong.json<Problem>().errors).toEqual([
      { path: 'text', message: 'Cadwch syniad i 280 nod neu lai' },
    ]);
    expect((await send(long, 'ur')).json<Problem>().errors).toEqual([
      { path: 'text', message: 'خیال کو 280 حروف یا اس سے کم رکھیں' },
    ]);

    // A phone that says it sent this from a place in the café that is no place at all.
    const unmarked = await send('More evening groups', 'cy', { 'cairn-made-by': 'not-a-seat' });
    expect(unmarked.statusCode).toBe(400);
    expect(unmarked.json<Problem>()).toMatchObject({
      title: 'Does dim modd gwneud y cais',
      detail:
        'Doedd Cairn ddim yn gallu dweud pa ffôn yn y caffi hwn anfonodd hwn: rhaid i cairn-made-by fod yn id rhywun a ymunodd ag ef. Ail-lwythwch y dudalen a rhowch gynnig arall arni.',
    });
    expect((await send('More evening groups', 'en', { 'cairn-made-by': 'x' })).json<Problem>().detail).toBe(
      'Cairn could not tell which phone in this café sent this: cairn-made-by must be the id of someone who joined it. Reload the page and try again.',
    );
    // Nothing was added by any of these.
    const board = await t.as(phone, { method: 'GET', url: `/api/cafes/${cafe.id}/board` });
    expect(board.json<{ ideas: unknown[] }>().ideas).toEqual([]);
  });

  it('tells a table host in Welsh that their link is cut short, or their count too high (400)', async () => {
    const facilitator = await addPerson(t.app, admin, organisationId, 'facilitator');
    const cafe = await createCafe(t, facilitator, { organisationId, tables: 1 });
    const cut = await t.as(null, {
      method: 'POST',
      url: '/api/cafes/table-host',
      payload: { key: 'AbCdEf123' },
      headers: { 'accept-language': 'cy' },
    });
    expect(cut.statusCode).toBe(400);
    expect(cut.json<Problem>().errors).toEqual([
      { path: 'key', message: 'Agorwch y ddolen gwesteiwr bwrdd gyfan a gawsoch chi' },
    ]);

    const links = await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/table-host-links` });
    const [link] = links.json<{ links: { url: string }[] }>().links;
    const opened = await t.as(null, {
      method: 'POST',
      url: '/api/cafes/table-host',
      payload: { key: link?.url.split('#')[1] },
    });
    const cookie = opened.cookies.find((c) => c.name.startsWith('cairn_h_'));
    const host = { cookie: `${cookie?.name}=${cookie?.value}` };
    await controlCafe(t, facilitator, cafe, 'start');
    const ideaId = await addIdea(t, cafe, await joinCafe(t, cafe), 'More evening groups');
    const count = (value: number, language: string) =>
      t.as(host, {
        method: 'PUT',
        url: `/api/cafes/${cafe.id}/table-host/ideas/${ideaId}/paper-votes`,
        payload: { count: value, kind: 'dots' },
        headers: { 'accept-language': language },
      });
    const tooMany = await count(1001, 'cy');
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json<Problem>().errors).toEqual([{ path: 'count', message: 'Cyfrwch hyd at 1,000' }]);
    expect((await count(-1, 'ur')).json<Problem>().errors).toEqual([
      { path: 'count', message: 'گنتی 0 سے کم نہیں ہو سکتی' },
    ]);
    expect((await count(4, 'cy')).statusCode).toBe(200);
  });

  it('tells someone signing up that the café is full in Welsh or Urdu (409), and a phone’s unreadable retry mark (400)', async () => {
    const facilitator = await addPerson(t.app, admin, organisationId, 'facilitator');
    const cafe = await createCafe(t, facilitator, { organisationId, tables: 1, capacity: 1 });
    const signUp = (name: string, language: string) =>
      t.as(null, {
        method: 'POST',
        url: `/api/cafes/${cafe.id}/sign-ups`,
        payload: { name },
        headers: { 'accept-language': language },
      });
    expect((await signUp('Rhys', 'cy')).statusCode).toBe(201);
    const full = await signUp('Nia', 'cy');
    expect(full.statusCode).toBe(409);
    expect(full.json<Problem>()).toMatchObject({
      title: 'Mae hyn yn gwrthdaro â rhywbeth sydd wedi’i gadw’n barod',
      detail:
        'Mae’n ddrwg gennym, mae’r caffi hwn yn llawn. Cysylltwch â’r trefnwyr: efallai y gallan nhw ddod o hyd i le i chi, neu ddweud wrthych chi am yr un nesaf.',
    });
    expect((await signUp('Bilal', 'ur')).json<Problem>().detail).toBe(
      'معذرت، یہ کیفے بھر چکا ہے۔ منتظمین سے رابطہ کریں: ہو سکتا ہے وہ آپ کے لیے جگہ ڈھونڈ سکیں یا آپ کو اگلے کیفے کے بارے میں بتا سکیں۔',
    );
    // The one place is still Rhys's: nobody refused was added.
    const page = await t.as(null, { method: 'GET', url: `/api/cafes/${cafe.id}/public` });
    expect(page.json<{ placesLeft: number }>().placesLeft).toBe(0);

    const phone = await joinCafe(t, cafe);
    await controlCafe(t, facilitator, cafe, 'start');
    const retried = await t.as(phone, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/ideas`,
      payload: { text: 'A walking group' },
      headers: { 'accept-language': 'cy', 'idempotency-key': 'no' },
    });
    expect(retried.statusCode).toBe(400);
    expect(retried.json<Problem>()).toMatchObject({
      title: 'Does dim modd gwneud y cais',
      detail:
        'Ni chafodd hyn ei gadw, gan nad oedd Cairn yn gallu dweud a oedd wedi’i anfon yn barod. Ail-lwythwch y dudalen, gwiriwch a yw eich newid yno, ac os nad yw, gwnewch e eto.',
    });
    const inUrdu = await t.as(phone, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/ideas`,
      payload: { text: 'A walking group' },
      headers: { 'accept-language': 'ur', 'idempotency-key': 'no' },
    });
    expect(inUrdu.json<Problem>().detail).toBe(
      'یہ محفوظ نہیں ہوا، کیونکہ Cairn یہ نہیں جان سکا کہ یہ پہلے ہی بھیجا جا چکا تھا یا نہیں۔ صفحہ دوبارہ لوڈ کریں، دیکھیں کہ آپ کی تبدیلی وہاں ہے یا نہیں، اور اگر نہیں ہے تو اسے دوبارہ کریں۔',
    );
    const board = await t.as(phone, { method: 'GET', url: `/api/cafes/${cafe.id}/board` });
    expect(board.json<{ ideas: unknown[] }>().ideas).toEqual([]);
  });

  it('says a café it cannot find is not there, naming it as a café, in Welsh and in Urdu', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const ask = (language: string) =>
      t.as(admin, { method: 'GET', url: `/api/cafes/${missing}`, headers: { 'accept-language': language } });
    const [english, welsh, urdu] = await Promise.all([ask('en'), ask('cy'), ask('ur')]);
    expect(welsh.statusCode).toBe(404);
    expect(english.json<Problem>().detail).toBe(
      'This café could not be found. It may have been removed, or you may not have access.',
    );
    expect(welsh.json<Problem>()).toMatchObject({
      title: 'Heb ei ganfod',
      detail:
        'Doedd dim modd dod o hyd i’r caffi hwn. Efallai ei fod wedi’i ddileu, neu efallai nad oes gennych chi fynediad.',
    });
    expect(urdu.json<Problem>().detail).toBe(
      'یہ کیفے نہیں مل سکا۔ ہو سکتا ہے اسے ہٹا دیا گیا ہو، یا آپ کو اس تک رسائی نہ ہو۔',
    );
  });

  it('tells a table host in Welsh that their code opens no table', async () => {
    const answer = await t.as(null, {
      method: 'POST',
      url: '/api/cafes/table-host',
      payload: { code: 'ZZZZZZZZZZZZ' },
      headers: { 'accept-language': 'cy' },
    });
    expect(answer.statusCode).toBe(404);
    expect(answer.json<Problem>().detail).toBe(
      'Dydy’r ddolen neu’r cod gwesteiwr bwrdd hwn ddim yn agor unrhyw fwrdd: efallai fod un mwy newydd wedi cymryd ei le, neu fod y caffi wedi gorffen. Gofynnwch i’r hwylusydd am ddolen eich bwrdd.',
    );
  });

  it('keeps an address that does not exist whole and left to right inside Urdu', async () => {
    const answer = await t.as(null, {
      method: 'GET',
      url: '/api/nothing-here',
      headers: { 'accept-language': 'ur' },
    });
    expect(answer.statusCode).toBe(404);
    expect(answer.json<Problem>().detail).toBe(
      '\u2066GET /api/nothing-here\u2069 نہیں مل سکا۔ ہو سکتا ہے اسے ہٹا دیا گیا ہو، یا آپ کو اس تک رسائی نہ ہو۔',
    );
  });
});

describe('what a facilitator running a café is refused, in their language', () => {
  it('says in Welsh the café has started or is not started yet, and in Urdu that a table is not there', async () => {
    const facilitator = await addPerson(t.app, admin, organisationId, 'facilitator');
    const cafe = await createCafe(t, facilitator, { organisationId, tables: 2 });
    const control = (action: string, language: string) =>
      t.as(facilitator, {
        method: 'POST',
        url: `/api/cafes/${cafe.id}/control`,
        payload: { action },
        headers: { 'accept-language': language },
      });
    const early = await control('next_round', 'cy');
    expect(early.statusCode).toBe(409);
    expect(early.json<Problem>().detail).toBe('Dechreuwch y caffi yn gyntaf.');
    await controlCafe(t, facilitator, cafe, 'start');
    expect((await control('start', 'cy')).json<Problem>().detail).toBe(
      'Mae’r caffi hwn wedi dechrau’n barod.',
    );

    const noTable = await t.as(facilitator, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/table-host-links/9`,
      payload: {},
      headers: { 'accept-language': 'ur' },
    });
    expect(noTable.statusCode).toBe(400);
    expect(noTable.json<Problem>().detail).toBe('اس کیفے میں میز 9 نہیں ہے۔');
  });
});
