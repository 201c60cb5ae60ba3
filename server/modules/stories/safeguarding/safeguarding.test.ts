import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertCase, SafeguardingAlert, StoryResponse } from '../../../../contracts/stories.js';
import {
  addPerson,
  firstOrganisationId,
  signInAsNewAdmin,
  type SignedIn,
} from '../../../testing/factories.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { findAnalysableStories } from '../analysable.repository.js';
import { createStory, grantConsent, reviewStory, submitStory, type NewStory } from '../stories.factories.js';
import { escalateUnansweredAlerts } from './escalate-alerts.js';

let t: TestApp;
let admin: SignedIn;
let organisationId: string;
let quietOrganisationId: string;
let storyteller: SignedIn;
let peer: SignedIn;
let lead: SignedIn;
let otherLead: SignedIn;
let coordinator: SignedIn;
let quietMember: SignedIn;
let quietCoordinator: SignedIn;

const AT_RISK =
  'The group helped me for a long time. I have been thinking about ending my life this week and I have the tablets saved.';
const SAFE_SENTENCE = 'The group helped me for a long time.';

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
  coordinator = await addPerson(t.app, admin, organisationId, 'coordinator');
  storyteller = await addPerson(t.app, coordinator, organisationId, 'member', 'Ailsa Moffat');
  peer = await addPerson(t.app, coordinator, organisationId, 'peer_supporter', 'Pat Peer');
  lead = await addPerson(t.app, admin, organisationId, 'safeguarding_lead', 'Lee Lead');
  // A second organisation of the partnership with a lead of its own, and a third with none.
  const second = await t.as(admin, {
    method: 'POST',
    url: '/api/organisations',
    payload: { name: 'Harbour Recovery' },
  });
  otherLead = await addPerson(
    t.app,
    admin,
    second.json<{ id: string }>().id,
    'safeguarding_lead',
    'Oona Other',
  );
  const quiet = await t.as(admin, {
    method: 'POST',
    url: '/api/organisations',
    payload: { name: 'Quiet Corner' },
  });
  quietOrganisationId = quiet.json<{ id: string }>().id;
  quietCoordinator = await addPerson(t.app, admin, quietOrganisationId, 'coordinator');
  quietMember = await addPerson(t.app, quietCoordinator, quietOrganisationId, 'member');
});
afterAll(async () => t.close());

/** Writes and submits a story in the test organisation; returns its id. */
async function submit(who: SignedIn, text: string, story: Omit<NewStory, 'organisationId'> = {}) {
  return (await submitStory(t, who, { organisationId, title: 'This week', text, ...story })).id;
}

async function alertOf(who: SignedIn, storyId: string) {
  const list = await t.as(who, { method: 'GET', url: '/api/safeguarding/alerts' });
  expect(list.statusCode).toBe(200);
  return list.json<{ alerts: SafeguardingAlert[] }>().alerts.find((a) => a.storyId === storyId);
}

async function showcaseIds() {
  const response = await t.as(null, { method: 'GET', url: '/api/showcase/stories?limit=50' });
  return response.json<{ stories: { id: string; text: string }[] }>().stories;
}

describe('an alert is a case the lead can work', () => {
  it('says who is at risk and how to reach them, and audits every read', async () => {
    const id = await submit(storyteller, AT_RISK);
    const alert = await alertOf(lead, id);
    expect(alert?.source).toBe('detector');
    expect(alert?.evidence.map((e) => e.text).join(' ')).toContain('tablets');
    expect(alert?.evidence.every((e) => typeof e.why === 'string' && e.why.length > 0)).toBe(true);
    // One entry per sentence, with every reason it was picked out.
    const sentences = alert?.evidence.map((e) => e.text) ?? [];
    expect(new Set(sentences).size).toBe(sentences.length);
    const mail = (await t.outbox(lead.email)).find((m) => m.text.includes(alert?.id ?? '-'));
    expect(mail?.text).not.toContain('tablets');

    const opened = await t.as(lead, { method: 'GET', url: `/api/safeguarding/alerts/${alert?.id}` });
    expect(opened.statusCode).toBe(200);
    const found = opened.json<AlertCase>();
    expect(found.storytellers).toEqual([
      { name: 'Ailsa Moffat', email: storyteller.email, mobileNumber: null, contact: null, hasAccount: true },
    ]);
    expect(found.collector).toBeNull();
    expect(found.organisationName).toBeTruthy();
    expect(found.story).toMatchObject({ id, title: 'This week', held: true });
    const audited = await t.context.db.execute(
      sql`select count(*)::int as n from audit_events where action = 'safeguarding.case_read' and subject_id = ${alert?.id ?? ''}`,
    );
    expect(JSON.stringify(audited)).toContain('"n":1');

    for (const other of [coordinator, peer, storyteller, otherLead, admin]) {
      const refused = await t.as(other, { method: 'GET', url: `/api/safeguarding/alerts/${alert?.id}` });
      expect(refused.statusCode).toBe(404);
    }
  });

  it('names the recorded storyteller, the contact they gave and the peer who recorded it', async () => {
    const id = await submit(peer, AT_RISK, {
      channel: 'one_to_one_interview',
      storytellerNames: ['Jo'],
      storytellerContact: '07700 900456',
    });
    const alert = await alertOf(lead, id);
    const found = (
      await t.as(lead, { method: 'GET', url: `/api/safeguarding/alerts/${alert?.id}` })
    ).json<AlertCase>();
    expect(found.storytellers).toEqual([
      { name: 'Jo', email: null, mobileNumber: null, contact: '07700 900456', hasAccount: false },
    ]);
    expect(found.collector).toMatchObject({ name: 'Pat Peer', email: peer.email, hasAccount: true });
    // The collector still does not learn that the story raised a concern.
    const seen = (await t.as(peer, { method: 'GET', url: `/api/stories/${id}` })).json<StoryResponse>();
    expect(seen.safeguardingHold).toBeNull();
    expect(seen.holdStage).toBeNull();
  });

  it('keeps a case log: writing something down acknowledges, and the log outlives the alert', async () => {
    const id = await submit(storyteller, AT_RISK);
    const alert = await alertOf(lead, id);
    const url = `/api/safeguarding/alerts/${alert?.id}/case-entries`;
    const future = await t.as(lead, {
      method: 'POST',
      url,
      payload: {
        action: 'spoke_with_them',
        note: 'x',
        happenedAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
    });
    expect(future.statusCode).toBe(400);
    expect(future.headers['content-type']).toContain('application/problem+json');
    const unknown = await t.as(lead, { method: 'POST', url, payload: { action: 'shrugged', note: 'x' } });
    expect(unknown.statusCode).toBe(400);
    const empty = await t.as(lead, { method: 'POST', url, payload: { action: 'note', note: '  ' } });
    expect(empty.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('note');

    const earlier = new Date(Date.now() - 30 * 60_000).toISOString();
    const tried = await t.as(lead, {
      method: 'POST',
      url,
      payload: { action: 'tried_to_contact', note: 'Rang, no answer, left a message.', happenedAt: earlier },
    });
    expect(tried.statusCode).toBe(201);
    expect(tried.json<AlertCase>().status).toBe('acknowledged');
    await t.as(lead, {
      method: 'POST',
      url,
      payload: { action: 'referred_crisis_team', note: 'Spoke with them; crisis team visiting tonight.' },
    });
    await t.as(lead, {
      method: 'PATCH',
      url: `/api/safeguarding/alerts/${alert?.id}`,
      payload: { status: 'closed', actionNote: 'Safe plan in place with GP.' },
    });
    const closed = (
      await t.as(lead, { method: 'GET', url: `/api/safeguarding/alerts/${alert?.id}` })
    ).json<AlertCase>();
    expect(closed.caseLog.map((e) => e.action)).toEqual(['tried_to_contact', 'referred_crisis_team', 'note']);
    expect(closed.caseLog[0]).toMatchObject({ recordedByName: 'Lee Lead', happenedAt: earlier });
    expect(closed.caseLog[2]?.note).toContain('Safe plan in place');
    const later = await t.as(lead, {
      method: 'POST',
      url,
      payload: { action: 'note', note: 'Checked in a week on: doing well.' },
    });
    expect(later.statusCode).toBe(201);
    expect(later.json<AlertCase>().status).toBe('closed');
  });
});

describe('resolving an alert never publishes', () => {
  it('keeps the story held after the alert closes, until its storyteller confirms it without the withheld sentence', async () => {
    const id = await submit(storyteller, AT_RISK);
    await reviewStory(t, storyteller, id);
    await grantConsent(t, storyteller, id, { tier: 'public' });
    const approved = await t.as(storyteller, { method: 'POST', url: `/api/stories/${id}/approve` });
    expect(approved.json<StoryResponse>()).toMatchObject({
      status: 'approved',
      safeguardingHold: true,
      holdStage: 'being_looked_at',
    });
    expect((await showcaseIds()).map((s) => s.id)).not.toContain(id);

    const alert = await alertOf(lead, id);
    const original = await t.as(lead, { method: 'GET', url: `/api/stories/${id}/original` });
    const { text, sentences } = original.json<{
      text: string;
      sentences: { start: number; end: number }[];
    }>();
    const risky = sentences.filter((s) => text.slice(s.start, s.end).includes('tablets'));
    expect(risky).toHaveLength(1);
    const outside = await t.as(lead, {
      method: 'PUT',
      url: `/api/safeguarding/alerts/${alert?.id}/withheld`,
      payload: { spans: [{ start: 0, end: text.length + 5 }] },
    });
    expect(outside.statusCode).toBe(400);
    const withheld = await t.as(lead, {
      method: 'PUT',
      url: `/api/safeguarding/alerts/${alert?.id}/withheld`,
      payload: { spans: risky },
    });
    expect(withheld.statusCode).toBe(200);

    const closed = await t.as(lead, {
      method: 'PATCH',
      url: `/api/safeguarding/alerts/${alert?.id}`,
      payload: { status: 'closed', actionNote: 'Spoke with Ailsa; GP appointment tomorrow.' },
    });
    expect(closed.statusCode).toBe(200);
    expect((await showcaseIds()).map((s) => s.id)).not.toContain(id);
    const analysable = await t.context.db.execute(
      sql`select safeguarding_hold as held, status, approved_text from stories where id = ${id}`,
    );
    expect(JSON.stringify(analysable)).toContain('"held":true');

    const told = (await t.outbox(storyteller.email)).find(
      (m) => m.subject === 'Your story: what happens next',
    );
    expect(told?.text).toContain(`/stories/${id}`);
    expect(told?.text).toContain('Samaritans');
    expect(told?.text).not.toContain('tablets');

    const waiting = (
      await t.as(storyteller, { method: 'GET', url: `/api/stories/${id}` })
    ).json<StoryResponse>();
    expect(waiting).toMatchObject({
      status: 'in_review',
      holdStage: 'waiting_for_you',
      safeguardingHold: true,
    });
    expect(waiting.deidentifiedText).toContain(SAFE_SENTENCE);
    expect(waiting.deidentifiedText).not.toContain('tablets');

    const confirmed = await t.as(storyteller, { method: 'POST', url: `/api/stories/${id}/approve` });
    expect(confirmed.json<StoryResponse>()).toMatchObject({
      status: 'approved',
      safeguardingHold: false,
      holdStage: null,
    });
    const published = (await showcaseIds()).find((s) => s.id === id);
    expect(published?.text).toContain(SAFE_SENTENCE);
    expect(published?.text).not.toContain('tablets');
    expect(published?.text).not.toContain('ending my life');
  });

  it('does not let a collector lift the hold for a storyteller without an account', async () => {
    const id = await submit(peer, AT_RISK, { channel: 'one_to_one_interview', storytellerNames: ['Sam'] });
    await reviewStory(t, peer, id);
    const alert = await alertOf(lead, id);
    await t.as(lead, {
      method: 'PATCH',
      url: `/api/safeguarding/alerts/${alert?.id}`,
      payload: { status: 'closed', actionNote: 'Spoke with Sam at the group.' },
    });
    await t.as(peer, { method: 'POST', url: `/api/stories/${id}/approve` });
    const row = await t.context.db.execute(
      sql`select safeguarding_hold as held from stories where id = ${id}`,
    );
    expect(JSON.stringify(row)).toContain('"held":true');
  });
});

describe('escalation', () => {
  it('sends an unanswered alert, once, to the other leads and admins after the configured time', async () => {
    const mobile = await t.as(otherLead, {
      method: 'PATCH',
      url: '/api/me',
      payload: { displayName: 'Oona Other', mobileNumber: '07700 900777' },
    });
    expect(mobile.json<{ person: { mobileNumber: string } }>().person.mobileNumber).toBe('+447700900777');
    const id = await submit(storyteller, AT_RISK);
    const alert = await alertOf(lead, id);
    const raised = new Date(alert?.createdAt ?? 0).getTime();
    expect(await alertOf(otherLead, id)).toBeUndefined();

    expect(await escalateUnansweredAlerts(t.context, new Date(raised + 119 * 60_000))).toBe(0);
    const [first, second] = await Promise.all([
      escalateUnansweredAlerts(t.context, new Date(raised + 121 * 60_000)),
      escalateUnansweredAlerts(t.context, new Date(raised + 121 * 60_000)),
    ]);
    expect((first ?? 0) + (second ?? 0)).toBeGreaterThanOrEqual(1);
    expect(await escalateUnansweredAlerts(t.context, new Date(raised + 240 * 60_000))).toBe(0);

    const messages = (await t.outbox()).filter((m) => m.text.includes(`/safeguarding/${alert?.id}`));
    const urgent = messages.filter((m) => m.subject === 'Urgent safeguarding alert: please act now');
    expect(urgent.map((m) => m.to).sort()).toEqual([admin.email, otherLead.email].sort());
    expect(urgent[0]?.text).toContain('has not been picked up for 2 hours');
    expect(messages.filter((m) => m.channel === 'text').map((m) => m.to)).toEqual(['+447700900777']);
    expect(messages.some((m) => m.text.includes('tablets'))).toBe(false);

    // Now the other lead and the admin can open the case and act on it.
    expect((await alertOf(otherLead, id))?.escalatedAt).not.toBeNull();
    const opened = await t.as(otherLead, { method: 'GET', url: `/api/safeguarding/alerts/${alert?.id}` });
    expect(opened.statusCode).toBe(200);
    expect(
      (await t.as(admin, { method: 'GET', url: `/api/safeguarding/alerts/${alert?.id}` })).statusCode,
    ).toBe(200);
    expect((await t.as(otherLead, { method: 'GET', url: `/api/stories/${id}/original` })).statusCode).toBe(
      200,
    );
  });

  it('does not escalate an alert someone acknowledged', async () => {
    const id = await submit(storyteller, AT_RISK);
    const alert = await alertOf(lead, id);
    await t.as(lead, {
      method: 'POST',
      url: `/api/safeguarding/alerts/${alert?.id}/case-entries`,
      payload: { action: 'tried_to_contact', note: 'Texted to ask how they are.' },
    });
    const raised = new Date(alert?.createdAt ?? 0).getTime();
    await escalateUnansweredAlerts(t.context, new Date(raised + 180 * 60_000));
    expect(await alertOf(otherLead, id)).toBeUndefined();
  });

  it('sends an alert from an organisation with no lead to the admins at once, and warns who can fix it', async () => {
    const coverage = await t.as(admin, { method: 'GET', url: '/api/safeguarding/coverage' });
    expect(
      coverage
        .json<{ organisationsWithoutLead: { id: string }[] }>()
        .organisationsWithoutLead.map((o) => o.id),
    ).toEqual([quietOrganisationId]);
    const theirs = await t.as(quietCoordinator, { method: 'GET', url: '/api/safeguarding/coverage' });
    expect(theirs.json<{ organisationsWithoutLead: { name: string }[] }>().organisationsWithoutLead).toEqual([
      { id: quietOrganisationId, name: 'Quiet Corner' },
    ]);
    const none = await t.as(quietMember, { method: 'GET', url: '/api/safeguarding/coverage' });
    expect(none.json<{ organisationsWithoutLead: unknown[] }>().organisationsWithoutLead).toEqual([]);

    const { id } = await submitStory(t, quietMember, {
      organisationId: quietOrganisationId,
      title: 'Tonight',
      text: AT_RISK,
    });
    const seenByAdmin = await alertOf(admin, id);
    expect(seenByAdmin?.escalatedAt).not.toBeNull();
    const mail = (await t.outbox(admin.email)).find((m) =>
      m.text.includes(`/safeguarding/${seenByAdmin?.id}`),
    );
    expect(mail?.text).toContain('has no safeguarding lead');
  });
});

describe('a person reads every story for risk', () => {
  it('lets a reader raise a concern by hand, which holds the story and reaches the lead', async () => {
    // Nothing here the detector reads as risk now: only the person in the room noticed.
    const text = 'I like the Tuesday group. Some weeks I just sit at the back and listen.';
    const id = await submit(peer, text, { channel: 'group_sharing', storytellerNames: ['Kim'] });
    expect(await alertOf(lead, id)).toBeUndefined();
    const empty = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/concerns`,
      payload: { note: '' },
    });
    expect(empty.statusCode).toBe(400);
    const stranger = await t.as(quietMember, {
      method: 'POST',
      url: `/api/stories/${id}/concerns`,
      payload: { note: 'Worried' },
    });
    expect(stranger.statusCode).toBe(404);
    const raised = await t.as(peer, {
      method: 'POST',
      url: `/api/stories/${id}/concerns`,
      payload: { note: 'Kim seemed frightened of going home and asked me not to call their partner.' },
    });
    expect(raised.statusCode).toBe(201);
    const alert = await alertOf(lead, id);
    expect(alert).toMatchObject({ source: 'reader', status: 'open' });
    expect(alert?.evidence[0]?.text).toContain('frightened of going home');
    const found = (
      await t.as(lead, { method: 'GET', url: `/api/safeguarding/alerts/${alert?.id}` })
    ).json<AlertCase>();
    expect(found.raisedByName).toBe('Pat Peer');
    const row = await t.context.db.execute(
      sql`select safeguarding_hold as held from stories where id = ${id}`,
    );
    expect(JSON.stringify(row)).toContain('"held":true');
  });
});

describe('a story Cairn cannot read', () => {
  const welsh =
    'Dw i wedi bod yn sobr ers dwy flynedd. Roedd y grŵp ar ddydd Mawrth yn rhoi rheswm i mi godi yn y bore. Does gen i ddim awydd byw rhagor a dw i wedi cael digon.';
  const english =
    'The Tuesday group gave me a reason to get up in the morning, and Siobhan on the desk always keeps me a seat by the window so I can watch the boats.';

  it('goes to a lead to read, held, with the reason and the passage; an English one does not', async () => {
    const urdu = 'منگل کے گروپ نے مجھے اٹھنے کی وجہ دی۔ میں اب جینا نہیں چاہتا۔';
    for (const [text, why] of [
      [
        welsh,
        /^not written in English, .*a person must read it for risk and for details that identify someone$/,
      ],
      [urdu, /^written in Arabic script \(Urdu/],
    ] as const) {
      const id = await submit(storyteller, text);
      const alert = await alertOf(lead, id);
      // the queue says why: no risk was found, the story's language could not be read
      expect(alert).toMatchObject({ source: 'language', status: 'open' });
      expect(alert?.evidence).toEqual([{ text, why: expect.stringMatching(why) }]);
      const mine = (
        await t.as(storyteller, { method: 'GET', url: `/api/stories/${id}` })
      ).json<StoryResponse>();
      expect(mine.safeguardingHold).toBe(true);
      // its storyteller is told nothing was looked for, and shown no English guesses at its words
      const original = await t.as(storyteller, { method: 'GET', url: `/api/stories/${id}/original` });
      expect(original.json()).toMatchObject({ findings: [], checked: false });
    }
    // the same kind of story told in English is read by the toolkit, and nothing in it is risk now
    const read = await submit(storyteller, english);
    expect(await alertOf(lead, read)).toBeUndefined();
    const shown = await t.as(storyteller, { method: 'GET', url: `/api/stories/${read}/original` });
    expect(shown.json()).toMatchObject({
      checked: true,
      findings: [expect.objectContaining({ text: 'Siobhan' })],
    });
  });

  it('quotes the passage nobody checked beside what the toolkit found in the rest', async () => {
    const polish = 'Nie chcę już żyć i mam schowane tabletki w szafce, dziś wieczorem wezmę je wszystkie.';
    const id = await submit(
      storyteller,
      `${english} I have been thinking about ending my life this week.\n\n${polish}`,
    );
    const alert = await alertOf(lead, id);
    // risk found in the English is why it came, whatever else could not be read
    expect(alert?.source).toBe('detector');
    expect(alert?.evidence).toEqual([
      { text: 'I have been thinking about ending my life this week.', why: expect.any(String) },
      { text: polish, why: expect.stringMatching(/^partly not written in English/) },
    ]);
    // the English part's findings stand
    const original = await t.as(storyteller, { method: 'GET', url: `/api/stories/${id}/original` });
    expect(original.json()).toMatchObject({
      checked: false,
      findings: [expect.objectContaining({ text: 'Siobhan' })],
    });
    // a long passage is cut between whole characters, at a word's end
    const long = await submit(
      storyteller,
      `${english}\n\n${'Dw i ddim eisiau byw rhagor heno 🙏 '.repeat(20)}`,
    );
    const quoted = (await alertOf(lead, long))?.evidence[0]?.text ?? '';
    expect(quoted).toMatch(/^Dw i ddim .*[^ ]…$/u);
    expect(Array.from(quoted).length).toBeLessThanOrEqual(241);
    expect(quoted).not.toMatch(/\uD83D$|\uD83D…$/);
  });
});

describe('what a review found, kept fixed', () => {
  it('keeps a concern raised on a draft when the draft is sent', async () => {
    const { id } = await createStory(t, storyteller, {
      organisationId,
      title: 'Draft',
      text: 'I like the Tuesday group.',
    });
    const raised = await t.as(storyteller, {
      method: 'POST',
      url: `/api/stories/${id}/concerns`,
      payload: { note: 'I am not safe at home tonight.' },
    });
    expect(raised.statusCode).toBe(201);
    await t.as(storyteller, { method: 'POST', url: `/api/stories/${id}/submit` });
    const row = await t.context.db.execute(
      sql`select safeguarding_hold as held from stories where id = ${id}`,
    );
    expect(JSON.stringify(row)).toContain('"held":true');
  });

  it('sends a story written by someone who works alerts to someone else, and keeps it from them', async () => {
    // The admin receives escalations; their own story, in an organisation with no lead, goes to the leads.
    const { id } = await submitStory(t, admin, {
      organisationId: quietOrganisationId,
      title: 'Mine',
      text: AT_RISK,
    });
    expect(await alertOf(admin, id)).toBeUndefined();
    const theirs = await alertOf(otherLead, id);
    expect(theirs?.escalatedAt).not.toBeNull();
    expect(
      (await t.as(admin, { method: 'GET', url: `/api/safeguarding/alerts/${theirs?.id}` })).statusCode,
    ).toBe(404);
  });

  it('restores a redaction when a lead un-withholds the sentence around it, and withholding holds the story again', async () => {
    const text = 'I met Gordon Brown at the group. It helped. I want to end it all tonight.';
    const id = await submit(storyteller, text);
    const gordon = { start: text.indexOf('Gordon'), end: text.indexOf('Gordon') + 'Gordon Brown'.length };
    await reviewStory(t, storyteller, id, [{ ...gordon, action: 'redact', replacement: '[PERSON]' }]);
    const alert = await alertOf(lead, id);
    const first = { start: 0, end: text.indexOf('.') + 1 };
    const url = `/api/safeguarding/alerts/${alert?.id}/withheld`;
    expect(
      (await t.as(lead, { method: 'PUT', url, payload: { spans: [{ start: 3, end: 12 }] } })).statusCode,
    ).toBe(200);
    let seen = (await t.as(storyteller, { method: 'GET', url: `/api/stories/${id}` })).json<StoryResponse>();
    // A cut that overlaps part of a redaction widens to swallow all of it.
    expect(seen.deidentifiedText).not.toContain('Brown');
    expect(seen.deidentifiedText).not.toContain('Gordon');
    await t.as(lead, { method: 'PUT', url, payload: { spans: [first] } });
    await t.as(lead, { method: 'PUT', url, payload: { spans: [] } });
    seen = (await t.as(storyteller, { method: 'GET', url: `/api/stories/${id}` })).json<StoryResponse>();
    expect(seen.deidentifiedText).toContain('I met [PERSON] at the group.');
    expect(seen.deidentifiedText).not.toContain('Gordon');
    expect(seen.safeguardingHold).toBe(true);
  });

  it('lets the lead close without messaging the storyteller when a message could put them at risk', async () => {
    const id = await submit(storyteller, AT_RISK);
    const alert = await alertOf(lead, id);
    const before = (await t.outbox(storyteller.email)).length;
    await t.as(lead, {
      method: 'PATCH',
      url: `/api/safeguarding/alerts/${alert?.id}`,
      payload: {
        status: 'closed',
        actionNote: 'Her partner reads her email; told her in person.',
        tellStoryteller: false,
      },
    });
    expect(await t.outbox(storyteller.email)).toHaveLength(before);
    const again = await t.as(lead, {
      method: 'PATCH',
      url: `/api/safeguarding/alerts/${alert?.id}`,
      payload: { status: 'closed', actionNote: 'Twice' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('keeps a version made before a sentence was withheld out of analysis', async () => {
    const text = 'The group gave me hope. I have been thinking about ending my life this week.';
    const id = await submit(storyteller, text);
    await reviewStory(t, storyteller, id);
    await grantConsent(t, storyteller, id, { tier: 'analysis', wordingVersion: 'cairn-1' });
    const pinned = (
      await t.as(storyteller, { method: 'GET', url: `/api/stories/${id}` })
    ).json<StoryResponse>().deidentifiedVersionId;
    const alert = await alertOf(lead, id);
    await t.as(lead, {
      method: 'PUT',
      url: `/api/safeguarding/alerts/${alert?.id}/withheld`,
      payload: { spans: [{ start: text.indexOf('I have'), end: text.length }] },
    });
    await t.as(lead, {
      method: 'PATCH',
      url: `/api/safeguarding/alerts/${alert?.id}`,
      payload: { status: 'closed', actionNote: 'Safe.' },
    });
    await t.as(storyteller, { method: 'POST', url: `/api/stories/${id}/approve` });
    const old = await findAnalysableStories(t.context.db, {
      organisationIds: [organisationId],
      versionIds: [pinned ?? ''],
    });
    expect(old).toEqual([]);
    const latest = await findAnalysableStories(t.context.db, {
      organisationIds: [organisationId],
      storyIds: [id],
    });
    expect(latest[0]?.text).toBe('The group gave me hope. […]');
  });
});
