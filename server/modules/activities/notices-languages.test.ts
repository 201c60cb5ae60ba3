import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPerson,
  chooseLanguage,
  firstOrganisationId,
  signInAsNewAdmin,
  type SignedIn,
} from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  cancelSession,
  createActivity,
  createProposal,
  createRole,
  firstSession,
  signUp,
} from './activities.factories.js';

// Mail and texts reach each person in the language they chose for Cairn, English when they chose none.

let t: TestApp;
let admin: SignedIn;
let coordinator: SignedIn;
let welsh: SignedIn;
let urdu: SignedIn;
let unset: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  const organisationId = await firstOrganisationId(t.app, admin);
  coordinator = await addPerson(t.app, admin, organisationId, 'coordinator');
  welsh = await addPerson(t.app, admin, organisationId, 'member', 'Gwen');
  urdu = await addPerson(t.app, admin, organisationId, 'member', 'Bilal');
  unset = await addPerson(t.app, admin, organisationId, 'member', 'Sam');
  await chooseLanguage(t.app, welsh, 'cy');
  await chooseLanguage(t.app, urdu, 'ur');
}, 60_000);
afterAll(async () => t.close());

describe('a person’s messages in their own language', () => {
  it('tells everyone booked that a session is cancelled, each in their language with the day in London time', async () => {
    const organisationId = await firstOrganisationId(t.app, admin);
    // 2 March 2027 is a Tuesday; 18:00 in London is 18:00 GMT.
    const activity = await createActivity(t, coordinator, {
      organisationId,
      title: 'Walk and talk',
      schedule: { startsOn: '2027-03-02', startTime: '18:00', durationMinutes: 60 },
    });
    const occurrenceId = firstSession(activity).id;
    for (const who of [welsh, urdu, unset]) await signUp(t, who, occurrenceId);
    await cancelSession(t, coordinator, occurrenceId, 'The leader is unwell.');

    const [toWelsh] = await t.outbox(welsh.email);
    expect(toWelsh?.subject).toBe('Wedi’i ganslo: Walk and talk ar Dydd Mawrth, 2 Mawrth 2027 am 18:00');
    expect(toWelsh?.text).toContain('Helo Gwen,');
    expect(toWelsh?.text).toContain('Y rheswm: The leader is unwell.');
    expect(toWelsh?.text).not.toContain('Hello');

    const [toUrdu] = await t.outbox(urdu.email);
    expect(toUrdu?.subject).toBe('منسوخ: منگل، 2 مارچ، 2027 کو 18:00 کو Walk and talk');
    expect(toUrdu?.text).toContain('ہیلو Bilal،');
    expect(toUrdu?.text).toContain('وجہ: The leader is unwell.');

    const [toEnglish] = await t.outbox(unset.email);
    expect(toEnglish?.subject).toBe('Cancelled: Walk and talk on Tuesday, 2 March 2027 at 18:00');
    expect(toEnglish?.text).toBe(
      'Hello Sam,\n\nSorry — Walk and talk on Tuesday, 2 March 2027 at 18:00 will not go ahead.\n\n' +
        'The reason: The leader is unwell.\n\n' +
        `See what else is on:\n${t.context.config.publicUrl}/programme/${organisationId}\n`,
    );
  });

  it('sends a password reset in the language of the account', async () => {
    for (const who of [welsh, urdu, unset]) {
      const asked = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset',
        payload: { email: who.email },
      });
      expect(asked.statusCode).toBe(202);
    }
    const subjects = async (who: SignedIn) =>
      (await t.outbox(who.email)).map((mail) => mail.subject).find((subject) => subject.includes('Cairn'));
    await expect.poll(() => subjects(welsh)).toBe('Ailosod eich cyfrinair Cairn');
    await expect.poll(() => subjects(urdu)).toBe('اپنا Cairn پاس ورڈ دوبارہ ترتیب دیں');
    await expect.poll(() => subjects(unset)).toBe('Reset your Cairn password');
    const [welshReset] = await t.outbox(welsh.email);
    expect(welshReset?.text).toMatch(/o fewn 60 munud i ddewis cyfrinair newydd:\nhttp\S+\/reset-password\//);
  });

  it('holds news in the person’s language, with the way to stop news in it too', async () => {
    const organisationId = await firstOrganisationId(t.app, admin);
    const proposal = await createProposal(t, welsh, { organisationId, title: 'Choir' });
    for (const who of [urdu, unset]) {
      const supported = await t.as(who, {
        method: 'POST',
        url: `/api/activities/proposals/${proposal.id}/support`,
      });
      expect(supported.statusCode, supported.body).toBe(200);
    }
    const answered = await t.as(coordinator, {
      method: 'POST',
      url: `/api/activities/proposals/${proposal.id}/response`,
      payload: { response: 'not_now', reason: 'We have no room until spring.' },
    });
    expect(answered.statusCode, answered.body).toBe(200);

    const news = async (who: SignedIn) => (await t.outbox(who.email)).find((m) => m.text.includes('Choir'));
    const toWelsh = await news(welsh);
    expect(toWelsh?.subject).toBe('Eich syniad “Choir”: ni all ddigwydd ar hyn o bryd');
    expect(toWelsh?.text).toContain('Beth ddywedon nhw: We have no room until spring.');
    expect(toWelsh?.text).toMatch(/I atal pob newyddion gan Cairn.*\n\S+\/unsubscribe\/[\w-]{43}\n/);
    const toUrdu = await news(urdu);
    expect(toUrdu?.subject).toBe('وہ خیال جس کی آپ نے حمایت کی “Choir” ابھی ممکن نہیں');
    expect(toUrdu?.text).toContain('Cairn کی تمام خبریں بند کرنے کے لیے');
    const toEnglish = await news(unset);
    expect(toEnglish?.subject).toBe('The idea you supported “Choir” cannot happen just now');
    expect(toEnglish?.text).toContain('To stop all news from Cairn, open this link');
  });

  it('says the words Cairn adds to calendar feeds in the reader’s language, and leaves the organisation’s own', async () => {
    const organisationId = await firstOrganisationId(t.app, admin);
    const activity = await createActivity(t, coordinator, {
      organisationId,
      title: 'Allotment morning',
      accessInformation: 'Level paths',
    });
    await signUp(t, welsh, firstSession(activity).id);
    const link = await t.as(welsh, { method: 'POST', url: '/api/activities/me/calendar-link' });
    const feed = await t.as(null, { method: 'GET', url: link.json<{ path: string }>().path });
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain('X-WR-CALNAME:Fy ngweithgareddau');
    expect(feed.body).toContain('SUMMARY:Allotment morning');
    expect(feed.body).toContain('Mynediad: Level paths');

    const publicFeed = (language: string) =>
      t.as(null, {
        method: 'GET',
        url: `/api/activities/public/organisations/${organisationId}/calendar.ics`,
        headers: { 'accept-language': language },
      });
    expect((await publicFeed('ur')).body).toContain('رسائی: Level paths');
    expect((await publicFeed('en-GB')).body).toContain('Access: Level paths');
  });

  it('tells a member in their own language why they cannot book a place twice, or after it was cancelled', async () => {
    const organisationId = await firstOrganisationId(t.app, admin);
    const activity = await createActivity(t, coordinator, { organisationId, title: 'Peer group' });
    const occurrenceId = firstSession(activity).id;
    const book = (who: SignedIn) =>
      t.as(who, { method: 'POST', url: `/api/activities/occurrences/${occurrenceId}/sign-up` });
    await signUp(t, welsh, occurrenceId);
    const twice = await book(welsh);
    expect(twice.statusCode).toBe(409);
    expect(twice.json<{ detail: string }>().detail).toBe('Mae gennych chi le yn y sesiwn hon yn barod.');
    await cancelSession(t, coordinator, occurrenceId, 'The room flooded.');
    const late = await book(urdu);
    expect(late.statusCode).toBe(409);
    expect(late.json<{ detail: string }>().detail).toBe('یہ سیشن منسوخ ہو چکا ہے۔');
  });

  it('tells a member in their own language that they already back an idea, or already applied for a role', async () => {
    const organisationId = await firstOrganisationId(t.app, admin);
    const idea = await createProposal(t, unset, { organisationId, title: 'A walking group' });
    const back = (who: SignedIn) =>
      t.as(who, { method: 'POST', url: `/api/activities/proposals/${idea.id}/support` });
    expect((await back(welsh)).statusCode).toBe(200);
    const again = await back(welsh);
    expect(again.statusCode).toBe(409);
    expect(again.json<{ detail: string }>().detail).toBe('Rydych chi’n cefnogi’r syniad hwn yn barod.');
    // Backed once, however often asked.
    const seen = await t.as(welsh, {
      method: 'GET',
      url: `/api/activities/organisations/${organisationId}/proposals`,
    });
    expect(seen.json<{ proposals: { id: string; supporters: number }[] }>().proposals).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: idea.id, supporters: 1 })]),
    );

    const role = await createRole(t, coordinator, {
      organisationId,
      title: 'Café kitchen',
      kind: 'volunteering',
    });
    const apply = () =>
      t.as(urdu, { method: 'POST', url: `/api/activities/roles/${role.id}/applications`, payload: {} });
    expect((await apply()).statusCode).toBe(201);
    const twice = await apply();
    expect(twice.statusCode).toBe(409);
    expect(twice.json<{ detail: string }>().detail).toBe('آپ اس کردار کے لیے پہلے ہی درخواست دے چکے ہیں۔');
  });
});
