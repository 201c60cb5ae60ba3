import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse } from '../../../contracts/people.js';
import {
  addPerson,
  firstOrganisationId,
  latestLinkToken,
  signInAsNewAdmin,
  type SignedIn,
} from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createOpportunity, day, invite } from './people.factories.js';

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

describe('a member’s language', () => {
  it('is stored with their account, comes back with who they are, and can be forgotten', async () => {
    const member = await addPerson(t.app, admin, organisationId, 'member');
    const before = await t.as(member, { method: 'GET', url: '/api/me' });
    expect(before.json<MeResponse>().person.language).toBeNull();

    const chosen = await t.as(member, {
      method: 'PUT',
      url: '/api/me/language',
      payload: { language: 'cy' },
    });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json<MeResponse>().person.language).toBe('cy');
    expect((await t.as(member, { method: 'GET', url: '/api/me' })).json<MeResponse>().person.language).toBe(
      'cy',
    );

    // Their own choice wins over what the browser asks for: a problem reaches them in Welsh.
    const refused = await join({ code: 'ZZZZZZ' }, { 'accept-language': 'en-GB,en;q=0.9' }, member);
    expect(refused.json<Problem>().detail).toBe(
      'Does dim caffi ar agor gyda’r cod yna. Gwiriwch y cod sydd i’w weld yn yr ystafell.',
    );

    const forgotten = await t.as(member, {
      method: 'PUT',
      url: '/api/me/language',
      payload: { language: null },
    });
    expect(forgotten.json<MeResponse>().person.language).toBeNull();
  });

  it('must be one Cairn offers, and needs a session', async () => {
    const member = await addPerson(t.app, admin, organisationId, 'member');
    const unknown = await t.as(member, {
      method: 'PUT',
      url: '/api/me/language',
      payload: { language: 'fr' },
    });
    expect(unknown.statusCode).toBe(400);
    const visitor = await t.as(null, { method: 'PUT', url: '/api/me/language', payload: { language: 'cy' } });
    expect(visitor.statusCode).toBe(401);
  });

  it('is in the download of everything held about them', async () => {
    const member = await addPerson(t.app, admin, organisationId, 'member');
    await t.as(member, { method: 'PUT', url: '/api/me/language', payload: { language: 'ur' } });
    const data = await t.as(member, { method: 'GET', url: '/api/me/data' });
    expect(data.json<{ people: { account: { language: string } } }>().people.account.language).toBe('ur');
  });
});

describe('what a person is refused around signing in and their account, in their language', () => {
  const welsh = { 'accept-language': 'cy' };
  const signIn = (email: string, password: string, language = 'en') =>
    t.as(null, {
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password },
      headers: { 'accept-language': language },
    });

  it('says a wrong email address or password, a page that needs signing in and a cross-site request in Welsh', async () => {
    const member = await addPerson(t.app, admin, organisationId, 'member');
    const wrong = await signIn(member.email, 'not-the-password', 'cy');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json<Problem>()).toMatchObject({
      title: 'Mewngofnodwch',
      detail: 'Nid yw’r cyfeiriad e-bost na’r cyfrinair yn gywir. Gwiriwch nhw a rhowch gynnig arall arni.',
      errors: [{ path: 'email', message: 'Gwiriwch eich cyfeiriad e-bost a’ch cyfrinair' }],
    });
    const urdu = await signIn(member.email, 'not-the-password', 'ur');
    expect(urdu.json<Problem>().detail).toBe(
      'ای میل پتہ یا پاس ورڈ درست نہیں ہے۔ انہیں چیک کریں اور پھر کوشش کریں۔',
    );

    const signedOut = await t.as(null, { method: 'GET', url: '/api/me', headers: welsh });
    expect(signedOut.statusCode).toBe(401);
    expect(signedOut.json<Problem>().detail).toBe('Mewngofnodwch i barhau.');

    const crossSite = await t.as(member, {
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { ...welsh, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json<Problem>()).toMatchObject({
      title: 'Cais wedi’i wrthod',
      detail:
        'Daeth y cais hwn o wefan arall, felly cafodd ei wrthod. Agorwch Cairn o’i gyfeiriad ei hun a rhowch gynnig arall arni.',
    });
    // Refused, so they are still signed in.
    expect((await t.as(member, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
  });

  it('says a wrong current password and a used-up reset link in the member’s own language', async () => {
    const member = await addPerson(t.app, admin, organisationId, 'member');
    await t.as(member, { method: 'PUT', url: '/api/me/language', payload: { language: 'cy' } });
    const changed = await t.as(member, {
      method: 'POST',
      url: '/api/me/password',
      payload: { currentPassword: 'nope-nope-nope', newPassword: 'a-brand-new-password' },
    });
    expect(changed.statusCode).toBe(400);
    expect(changed.json<Problem>()).toMatchObject({
      detail: 'Nid yw eich cyfrinair presennol yn gywir.',
      errors: [{ path: 'currentPassword', message: 'Nid yw eich cyfrinair presennol yn gywir' }],
    });
    // The password did not change: the new one does not sign in.
    expect((await signIn(member.email, 'a-brand-new-password')).statusCode).toBe(401);

    const reset = await t.as(null, {
      method: 'POST',
      url: '/api/auth/password-reset/complete',
      payload: { token: 'a'.repeat(43), password: 'a-brand-new-password' },
      headers: { 'accept-language': 'ur' },
    });
    expect(reset.statusCode).toBe(404);
    expect(reset.json<Problem>().detail).toBe(
      'یہ ری سیٹ لنک ختم ہو چکا ہے، استعمال ہو چکا ہے، یا اس کے بعد نیا لنک بھیجا جا چکا ہے۔ سب سے نئی ری سیٹ ای میل استعمال کریں، یا سائن اِن کے صفحے سے نیا لنک مانگیں۔',
    );
  });

  it('sends an Urdu reader’s reset mail in Urdu, and says why a new password is too weak in their language', async () => {
    const member = await addPerson(t.app, admin, organisationId, 'member');
    await t.as(member, { method: 'PUT', url: '/api/me/language', payload: { language: 'ur' } });
    await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: member.email } });
    const [mail] = await t.outbox(member.email);
    expect(mail?.subject).toBe('اپنا Cairn پاس ورڈ دوبارہ ترتیب دیں');
    expect(mail?.text).toContain('نیا پاس ورڈ چننے کے لیے 60 منٹ کے اندر یہ لنک کھولیں');
    expect(mail?.text).toContain('اگر یہ آپ نہیں تھے تو آپ اس ای میل کو نظر انداز کر سکتے ہیں');
    const token = await latestLinkToken(t.app, member.email, 'reset-password');

    const complete = (password: string, language: string) =>
      t.as(null, {
        method: 'POST',
        url: '/api/auth/password-reset/complete',
        payload: { token, password },
        headers: { 'accept-language': language },
      });
    const tooShort = await complete('short-one', 'ur');
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json<Problem>().errors).toEqual([
      { path: 'password', message: 'آپ کا پاس ورڈ کم از کم 10 حروف کا ہونا چاہیے' },
    ]);
    const common = await complete('password123', 'cy');
    expect(common.json<Problem>().errors).toEqual([
      {
        path: 'password',
        message: 'Mae’r cyfrinair hwn yn rhy gyffredin. Rhowch gynnig ar dri gair ar hap gyda’i gilydd.',
      },
    ]);
    // Refused, the link still works for a strong password.
    expect((await complete('walk-together-2026', 'ur')).statusCode).toBe(200);
  });

  it('tells a member in Welsh that they have already asked for their data to be erased', async () => {
    const member = await addPerson(t.app, admin, organisationId, 'member');
    await t.as(member, { method: 'PUT', url: '/api/me/language', payload: { language: 'cy' } });
    const ask = () => t.as(member, { method: 'POST', url: '/api/me/erasure-requests', payload: {} });
    expect((await ask()).statusCode).toBe(201);
    const twice = await ask();
    expect(twice.statusCode).toBe(409);
    expect(twice.json<Problem>()).toMatchObject({
      title: 'Mae hyn yn gwrthdaro â rhywbeth sydd wedi’i gadw’n barod',
      detail: 'Rydych chi wedi gofyn i’ch data gael ei ddileu yn barod. Byddwn ni’n cysylltu â chi.',
    });
  });

  it('says what is wrong with an invitation in the language of the person opening it', async () => {
    const coordinator = await addPerson(t.app, admin, organisationId, 'coordinator');
    const { token } = await invite(t, coordinator, organisationId, { role: 'member' });
    const accept = (payload: object, language: string, who: SignedIn | null = null) =>
      t.as(who, {
        method: 'POST',
        url: `/api/invitations/${token}/accept`,
        payload,
        headers: { 'accept-language': language },
      });
    const empty = await accept({}, 'ur');
    expect(empty.statusCode).toBe(400);
    expect(empty.json<Problem>()).toMatchObject({
      detail: 'وہ نام درج کریں جو آپ لوگوں کو دکھانا چاہتے ہیں، اور پاس ورڈ چنیں۔',
      errors: [
        { path: 'displayName', message: 'وہ نام درج کریں جو آپ لوگوں کو دکھانا چاہتے ہیں' },
        { path: 'password', message: 'پاس ورڈ چنیں' },
      ],
    });
    expect((await accept({ displayName: 'Gwen' }, 'cy')).json<Problem>().detail).toBe('Dewiswch gyfrinair');
    // Refused, so the invitation still works.
    expect((await t.as(null, { method: 'GET', url: `/api/invitations/${token}` })).statusCode).toBe(200);

    const unknown = await t.as(null, {
      method: 'GET',
      url: `/api/invitations/${'b'.repeat(43)}`,
      headers: welsh,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<Problem>().detail).toBe(
      'Mae’r gwahoddiad hwn wedi dod i ben neu wedi cael ei ddefnyddio’n barod. Gofynnwch i’r person a’ch gwahoddodd chi anfon un newydd.',
    );

    const member = await addPerson(t.app, admin, organisationId, 'member');
    const again = await invite(t, admin, organisationId, { email: member.email, role: 'facilitator' });
    const signedOut = await t.as(null, {
      method: 'POST',
      url: `/api/invitations/${again.token}/accept`,
      payload: {},
      headers: welsh,
    });
    expect(signedOut.statusCode).toBe(401);
    expect(signedOut.json<Problem>().detail).toBe(
      `Mewngofnodwch fel ${member.email} i dderbyn y gwahoddiad hwn.`,
    );

    // A coordinator may not give a partnership admin's role: told in their own language.
    await t.as(coordinator, { method: 'PUT', url: '/api/me/language', payload: { language: 'cy' } });
    const tooHigh = await t.as(coordinator, {
      method: 'POST',
      url: `/api/organisations/${organisationId}/invitations`,
      payload: { email: 'someone.new@example.org', role: 'partnership_admin' },
    });
    expect(tooHigh.statusCode).toBe(403);
    expect(tooHigh.json<Problem>().detail).toBe(
      'Dim ond gweinyddwr partneriaeth sy’n gallu rhoi rôl gweinyddwr partneriaeth.',
    );
  });

  it('tells a member in Welsh that an opportunity has closed, and a coordinator in Urdu that its date has passed', async () => {
    const coordinator = await addPerson(t.app, admin, organisationId, 'coordinator');
    const opportunity = await createOpportunity(t, coordinator, { organisationId });
    // Its closing date passes.
    await t.context.db.execute(
      sql`update opportunities set closes_on = ${day(-1)} where id = ${opportunity.id}`,
    );
    const member = await addPerson(t.app, admin, organisationId, 'member');
    const late = await t.as(member, {
      method: 'POST',
      url: `/api/opportunities/${opportunity.id}/interest`,
      payload: { note: 'I would like to help' },
      headers: welsh,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json<Problem>().detail).toBe(
      'Mae’r cyfle hwn wedi cau. Edrychwch ar y cyfleoedd eraill, neu gofynnwch i’r cydlynydd am yr un nesaf.',
    );

    const past = await t.as(coordinator, {
      method: 'POST',
      url: '/api/opportunities',
      payload: {
        organisationId,
        title: 'Peer researcher',
        role: 'peer_researcher',
        description: 'Help shape and run our survey.',
        commitment: 'Four hours a month',
        closesOn: '2020-01-01',
      },
      headers: { 'accept-language': 'ur' },
    });
    expect(past.statusCode).toBe(400);
    expect(past.json<Problem>().errors).toEqual([
      { path: 'closesOn', message: 'بند ہونے کی ایسی تاریخ چنیں جو گزر نہ چکی ہو' },
    ]);
  });
});
