import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SafeguardingAlert } from '../../../../contracts/stories.js';
import {
  addPerson,
  chooseLanguage,
  firstOrganisationId,
  signInAsNewAdmin,
  type SignedIn,
} from '../../../testing/factories.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { submitStory } from '../stories.factories.js';

// The mail a storyteller gets once someone has checked in on them lists who they can call now in
// the language the mail is written in: Cairn's national lines said in it (names and numbers as they
// are), an organisation's own lines in the words it wrote.

const AT_RISK =
  'The group helped me for a long time. I have been thinking about ending my life this week and I have the tablets saved.';

let t: TestApp;
let admin: SignedIn;
let organisationId: string;
let lead: SignedIn;
let welsh: SignedIn;
let urdu: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
  lead = await addPerson(t.app, admin, organisationId, 'safeguarding_lead', 'Lee Lead');
  welsh = await addPerson(t.app, admin, organisationId, 'member', 'Gwen');
  urdu = await addPerson(t.app, admin, organisationId, 'member', 'Bilal');
  await chooseLanguage(t.app, welsh, 'cy');
  await chooseLanguage(t.app, urdu, 'ur');
}, 60_000);
afterAll(async () => t.close());

/** Sends a story that worries Cairn, closes its alert as the lead, and returns the mail its storyteller got. */
async function checkedInOn(storyteller: SignedIn) {
  const { id } = await submitStory(t, storyteller, { organisationId, title: 'This week', text: AT_RISK });
  const list = await t.as(lead, { method: 'GET', url: '/api/safeguarding/alerts' });
  const alert = list.json<{ alerts: SafeguardingAlert[] }>().alerts.find((a) => a.storyId === id);
  expect(alert).toBeDefined();
  const closed = await t.as(lead, {
    method: 'PATCH',
    url: `/api/safeguarding/alerts/${alert?.id}`,
    payload: { status: 'closed', actionNote: 'Called; safe and supported.' },
  });
  expect(closed.statusCode, closed.body).toBe(200);
  // Closed once: a second close (a colleague at the same moment) is told so in the lead's language.
  const again = await t.as(lead, {
    method: 'PATCH',
    url: `/api/safeguarding/alerts/${alert?.id}`,
    payload: { status: 'closed', actionNote: 'Called again.' },
    headers: { 'accept-language': 'ur' },
  });
  expect(again.statusCode).toBe(409);
  expect(again.json<{ detail: string }>().detail).toBe('یہ اطلاع پہلے ہی بند ہو چکی ہے۔');
  const mail = (await t.outbox(storyteller.email)).find((m) => m.text.includes(`/stories/${id}`));
  expect(mail).toBeDefined();
  return mail?.text ?? '';
}

describe('the mail after someone has checked in on a storyteller', () => {
  it('lists the national lines in Welsh for a storyteller who chose Welsh', async () => {
    const text = await checkedInOn(welsh);
    expect(text).toContain('Diolch am rannu eich stori.');
    expect(text).toContain(
      [
        '- Samaritans: Ffoniwch 116 123 (Unrhyw bryd, ddydd neu nos)',
        '- Breathing Space: Ffoniwch 0800 83 85 87 (Gyda’r nos ac ar benwythnosau)',
        '- Shout: Tecstiwch SHOUT i 85258 (Unrhyw bryd)',
        '- NHS 111: Ffoniwch 111 (Unrhyw bryd, am help iechyd ar frys)',
      ].join('\n'),
    );
    expect(text).not.toMatch(/Call|Any time|Evenings/);
  });

  it('lists them in Urdu, each number whole and left to right and each name set apart so the line reads from the right', async () => {
    const text = await checkedInOn(urdu);
    expect(text).toContain('اپنی کہانی شیئر کرنے کا شکریہ۔');
    expect(text).toContain(
      '- \u2068Samaritans\u2069: \u2066116 123\u2069 پر کال کریں (کسی بھی وقت، دن ہو یا رات)',
    );
    expect(text).toContain('- \u2068NHS 111\u2069: 111 پر کال کریں');
    expect(text).not.toMatch(/Call|Any time|Evenings/);
  });

  it('keeps an organisation’s own lines in the words it wrote, and says a national one it kept in the storyteller’s language', async () => {
    const coordinator = await addPerson(t.app, admin, organisationId, 'coordinator');
    const set = await t.as(coordinator, {
      method: 'PUT',
      url: `/api/organisations/${organisationId}/support-lines`,
      payload: {
        lines: [
          { name: 'Samaritans', contact: 'Call 116 123', hours: 'Any time, day or night' },
          { name: 'Harbour crisis drop-in', contact: 'Call 01382 000000', hours: 'Weekdays 9 to 5' },
          { name: 'Llinell y Porthladd', contact: 'Ffoniwch 01382 000001' },
        ],
      },
    });
    expect(set.statusCode, set.body).toBe(200);
    const text = await checkedInOn(welsh);
    expect(text).toContain(
      [
        '- Samaritans: Ffoniwch 116 123 (Unrhyw bryd, ddydd neu nos)',
        '- Harbour crisis drop-in: Call 01382 000000 (Weekdays 9 to 5)',
        '- Llinell y Porthladd: Ffoniwch 01382 000001',
      ].join('\n'),
    );
    expect(text).not.toContain('()');
    expect(text).not.toContain('Breathing Space');
  });
});
