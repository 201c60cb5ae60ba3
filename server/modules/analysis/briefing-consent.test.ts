import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  BriefingDownloadList,
  BriefingOptions,
  ConsentNoticeList,
  Synthesis,
} from '../../../contracts/analysis.js';
import { findOutboxMessages } from '../../kernel/mail.js';
import {
  addConsentedStory,
  addPerson,
  firstOrganisationId,
  signInAsNewAdmin,
  type SignedIn,
} from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { addKeyMessage, codePhrase, createOrganisation, createProject } from './analysis.factories.js';
import { briefingDownloadQuotes } from './analysis.tables.js';
import { noticeLostConsent } from './consent-check.js';

const scratch = mkdtempSync(join(tmpdir(), 'cairn-briefing-consent-'));

const PARTNER_TEXT =
  'The recovery café gave me a reason to get up. I started volunteering there on Tuesdays.';
const PUBLIC_TEXT = 'Walking with the group every Sunday keeps me well. I tell everyone about it.';
const PARTNER_QUOTE = 'The recovery café gave me a reason to get up.';
const PUBLIC_QUOTE = 'Walking with the group every Sunday keeps me well.';

let t: TestApp;
let organisationId: string;
let riversideId: string;
let hilltopId: string;
let admin: SignedIn;
let storyteller: SignedIn;
let coder: SignedIn;
let otherAnalyst: SignedIn;
let member: SignedIn;

async function grant(storyId: string, consent: Record<string, unknown>) {
  const response = await t.as(storyteller, {
    method: 'POST',
    url: `/api/stories/${storyId}/consent`,
    payload: { action: 'grant', method: 'digital', wordingVersion: 'v1', ...consent },
  });
  expect(response.statusCode, response.body).toBe(201);
}

/** A story shared with Riverside Recovery for service planning, and a public one, both quoted. */
async function projectWithQuotes({
  audience = 'decision_makers',
  publicConsentEnds,
}: { audience?: 'decision_makers' | 'public'; publicConsentEnds?: Date } = {}) {
  const partnerStory = await addConsentedStory(t.app, storyteller, {
    organisationId,
    title: 'Tuesdays at the café',
    text: PARTNER_TEXT,
    tier: 'partners',
    partnerOrganisationIds: [riversideId],
  });
  await grant(partnerStory, {
    tier: 'partners',
    partnerOrganisationIds: [riversideId],
    purpose: 'Service planning',
  });
  const publicStory = await addConsentedStory(t.app, storyteller, {
    organisationId,
    title: 'Sunday walks',
    text: PUBLIC_TEXT,
    tier: 'public',
  });
  if (publicConsentEnds)
    await grant(publicStory, { tier: 'public', expiresAt: publicConsentEnds.toISOString() });
  const { project, code } = await createProject(t, coder, {
    organisationId,
    title: 'Where people find purpose',
    blind: false,
    storyIds: [partnerStory, publicStory],
  });
  const projectId = project.id;
  const quoteOf = async (storyId: string, phrase: string) => {
    const { response, applicationId } = await codePhrase(t, coder, projectId, {
      storyId,
      codeId: code('Meaning in life'),
      phrase,
    });
    expect(response.statusCode, response.body).toBe(201);
    return applicationId;
  };
  const quotes =
    audience === 'public'
      ? [await quoteOf(publicStory, PUBLIC_QUOTE)]
      : [await quoteOf(partnerStory, PARTNER_QUOTE), await quoteOf(publicStory, PUBLIC_QUOTE)];
  const message = await addKeyMessage(t, coder, projectId, {
    audience,
    text: 'Doing something useful each week keeps people well.',
    quoteApplicationIds: quotes,
  });
  expect(message.statusCode, message.body).toBe(201);
  const keyMessageId = message.json<Synthesis>().messages[0]?.id ?? '';
  return { projectId, partnerStory, publicStory, keyMessageId };
}

async function briefingText(projectId: string, query: string) {
  const response = await t.as(coder, {
    method: 'GET',
    url: `/api/analysis/projects/${projectId}/briefing.pdf?${query}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  const file = join(scratch, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, response.rawPayload);
  // pdftotext wraps lines; one space between words makes the checks readable.
  return execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
  riversideId = await createOrganisation(t, admin, 'Riverside Recovery');
  hilltopId = await createOrganisation(t, admin, 'Hilltop Trust');
  storyteller = await addPerson(t.app, admin, organisationId, 'member');
  coder = await addPerson(t.app, admin, organisationId, 'peer_supporter', 'Sam Coder');
  otherAnalyst = await addPerson(t.app, admin, organisationId, 'peer_supporter', 'Not On This Project');
  member = await addPerson(t.app, admin, organisationId, 'member');
});
afterAll(async () => t.close());

describe('consent follows the words into briefings', () => {
  it('keeps a partner-consent quote out of general briefings and puts it in the briefing for that partner and purpose', async () => {
    const { projectId } = await projectWithQuotes();

    const general = await briefingText(projectId, 'audience=decision_makers');
    expect(general).toContain(`“${PUBLIC_QUOTE}” (Shared with consent for public use)`);
    expect(general).not.toContain(PARTNER_QUOTE);

    const options = await t.as(coder, {
      method: 'GET',
      url: `/api/analysis/projects/${projectId}/briefing-options`,
    });
    expect(options.json<BriefingOptions>().partners).toEqual([
      { organisationId: riversideId, name: 'Riverside Recovery', purpose: 'Service planning', quotes: 1 },
    ]);

    const forRiverside = await briefingText(
      projectId,
      `audience=decision_makers&partnerOrganisationId=${riversideId}&purpose=${encodeURIComponent('service planning')}`,
    );
    expect(forRiverside).toContain('Briefing for strategic decision makers at Riverside Recovery');
    expect(forRiverside).toContain(
      `“${PARTNER_QUOTE}” (Shared with Riverside Recovery for service planning)`,
    );
    expect(forRiverside).toContain(PUBLIC_QUOTE);
    expect(forRiverside).toContain('This briefing was made for Riverside Recovery, for service planning.');

    // Another partner, or the same partner for another purpose, gets only the public quote.
    for (const query of [
      `partnerOrganisationId=${hilltopId}&purpose=service%20planning`,
      `partnerOrganisationId=${riversideId}&purpose=fundraising`,
    ]) {
      const text = await briefingText(projectId, `audience=practitioners&${query}`);
      expect(text).not.toContain(PARTNER_QUOTE);
    }

    const publicForPartner = await t.as(coder, {
      method: 'GET',
      url: `/api/analysis/projects/${projectId}/briefing.pdf?audience=public&partnerOrganisationId=${riversideId}`,
    });
    expect(publicForPartner.statusCode).toBe(400);
    expect(publicForPartner.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(publicForPartner.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe(
      'partnerOrganisationId',
    );
    const unknownPartner = await t.as(coder, {
      method: 'GET',
      url: `/api/analysis/projects/${projectId}/briefing.pdf?audience=practitioners&partnerOrganisationId=${crypto.randomUUID()}`,
    });
    expect(unknownPartner.statusCode).toBe(404);
  });

  it('logs each download with the consent each quote rested on, for the analysis team only', async () => {
    const { projectId, partnerStory, keyMessageId } = await projectWithQuotes();
    await briefingText(projectId, 'audience=decision_makers');
    await briefingText(
      projectId,
      `audience=decision_makers&partnerOrganisationId=${riversideId}&purpose=Service%20planning`,
    );

    const log = await t.as(coder, {
      method: 'GET',
      url: `/api/analysis/projects/${projectId}/briefing-downloads`,
    });
    expect(log.statusCode).toBe(200);
    const [latest, first] = log.json<BriefingDownloadList>().downloads;
    expect(first).toMatchObject({
      audience: 'decision_makers',
      partnerOrganisationId: null,
      format: 'pdf',
      downloadedByName: 'Sam Coder',
      quotes: [{ keyMessageId, consent: 'Shared with consent for public use' }],
    });
    expect(latest).toMatchObject({ partnerName: 'Riverside Recovery', purpose: 'Service planning' });
    expect(latest?.quotes.map((q) => q.consent).sort()).toEqual([
      'Shared with Riverside Recovery for service planning',
      'Shared with consent for public use',
    ]);

    // The row keeps the ledger event the partner quote rested on: the latest grant, with its purpose.
    const story = await t.as(storyteller, { method: 'GET', url: `/api/stories/${partnerStory}` });
    const ledger = story.json<{ consentEvents: { id: string }[] }>().consentEvents;
    const rows = await t.context.db
      .select()
      .from(briefingDownloadQuotes)
      .where(eq(briefingDownloadQuotes.storyId, partnerStory));
    expect(rows).toEqual([
      expect.objectContaining({
        consentTier: 'partners',
        consentPartnerOrganisationIds: [riversideId],
        consentPurpose: 'Service planning',
        consentEventId: ledger.at(-1)?.id,
      }),
    ]);

    // Each download is in the audit log too, as the person who made it, against the project.
    const audit = await t.as(admin, { method: 'GET', url: '/api/admin/audit?limit=100' });
    const exported = audit
      .json<{ events: { action: string; subjectId: string; actorId: string; details: object }[] }>()
      .events.filter((e) => e.action === 'analysis.briefing_exported' && e.subjectId === projectId);
    expect(exported).toHaveLength(2);
    expect(exported.every((e) => e.actorId === coder.personId)).toBe(true);
    expect(exported.map((e) => e.details)).toContainEqual(
      expect.objectContaining({
        audience: 'decision_makers',
        partnerOrganisationId: riversideId,
        format: 'pdf',
      }),
    );

    for (const path of ['briefing-downloads', 'consent-notices', 'briefing-options']) {
      const url = `/api/analysis/projects/${projectId}/${path}`;
      expect((await t.as(member, { method: 'GET', url })).statusCode, url).toBe(404);
      expect((await t.as(null, { method: 'GET', url })).statusCode, url).toBe(401);
    }
  });

  it('tells the team once when consent is withdrawn: the key message that lost a quote and the briefings already out', async () => {
    const { projectId, partnerStory, keyMessageId } = await projectWithQuotes();
    await briefingText(projectId, 'audience=decision_makers');
    await briefingText(
      projectId,
      `audience=decision_makers&partnerOrganisationId=${riversideId}&purpose=Service%20planning`,
    );
    const withdrawn = await t.as(storyteller, {
      method: 'POST',
      url: `/api/stories/${partnerStory}/consent`,
      payload: { action: 'withdraw', method: 'digital' },
    });
    expect(withdrawn.statusCode).toBe(201);

    const subject = '“Where people find purpose” can no longer be used';
    const mailsBefore = (await findOutboxMessages(t.context.db, 1000)).filter((m) =>
      m.subject.includes(subject),
    );
    // Two runs at once (two app instances would do this on PostgreSQL), then a third: one notice in all.
    const runs = await Promise.all([noticeLostConsent(t.context), noticeLostConsent(t.context)]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await noticeLostConsent(t.context)).toBe(0);

    const notices = await t.as(coder, {
      method: 'GET',
      url: `/api/analysis/projects/${projectId}/consent-notices`,
    });
    expect(notices.statusCode).toBe(200);
    const downloads = (
      await t.as(coder, { method: 'GET', url: `/api/analysis/projects/${projectId}/briefing-downloads` })
    ).json<BriefingDownloadList>().downloads;
    const partnerDownload = downloads.find((d) => d.partnerOrganisationId === riversideId);
    expect(notices.json<ConsentNoticeList>().notices).toEqual([
      expect.objectContaining({
        cause: 'withdrawn',
        lostQuotes: [
          {
            keyMessageId,
            keyMessageText: 'Doing something useful each week keeps people well.',
            audience: 'decision_makers',
            quoteNumber: 1,
            codeName: 'Meaning in life',
          },
        ],
        // Only the briefing that carried the quote: the general one never did.
        downloads: [expect.objectContaining({ id: partnerDownload?.id, downloadedByName: 'Sam Coder' })],
      }),
    ]);

    const mails = (await findOutboxMessages(t.context.db, 1000)).filter((m) => m.subject.includes(subject));
    const fresh = mails.filter((m) => !mailsBefore.some((b) => b.id === m.id));
    expect(fresh.map((m) => m.to)).toEqual([coder.email]);
    expect(fresh.map((m) => m.to)).not.toContain(otherAnalyst.email);
    const text = fresh[0]?.text ?? '';
    expect(text).toContain('has been withdrawn by the storyteller');
    expect(text).toContain('1 briefing already downloaded carried a quote from it');
    expect(text).toContain(`/analysis/${projectId}`);
    expect(text).not.toContain('café');
    expect(text).not.toContain('Tuesdays');
  });

  it('notices consent that expires, and consent narrowed to another partner, each once', async () => {
    const expiresAt = new Date(Date.now() + 7 * 86_400_000);
    const { projectId } = await projectWithQuotes({ audience: 'public', publicConsentEnds: expiresAt });
    await briefingText(projectId, 'audience=public');

    // A partner briefing for Riverside, then the storyteller moves their consent to Hilltop instead.
    const forRiverside = await projectWithQuotes();
    await briefingText(
      forRiverside.projectId,
      `audience=decision_makers&partnerOrganisationId=${riversideId}&purpose=Service%20planning`,
    );
    await grant(forRiverside.partnerStory, {
      tier: 'partners',
      partnerOrganisationIds: [hilltopId],
      purpose: 'Service planning',
    });

    const later = new Date(expiresAt.getTime() + 86_400_000);
    await noticeLostConsent(t.context, later);
    expect(await noticeLostConsent(t.context, later)).toBe(0);

    const expired = (
      await t.as(coder, { method: 'GET', url: `/api/analysis/projects/${projectId}/consent-notices` })
    ).json<ConsentNoticeList>().notices;
    expect(expired).toEqual([
      expect.objectContaining({
        cause: 'expired',
        lostQuotes: [expect.objectContaining({ audience: 'public', quoteNumber: 1 })],
        downloads: [expect.objectContaining({ audience: 'public' })],
      }),
    ]);
    // Narrowed: the key message may still quote it (for Hilltop), but the Riverside copy is out.
    const narrowed = (
      await t.as(coder, {
        method: 'GET',
        url: `/api/analysis/projects/${forRiverside.projectId}/consent-notices`,
      })
    ).json<ConsentNoticeList>().notices;
    expect(narrowed).toEqual([
      expect.objectContaining({
        cause: 'narrowed',
        lostQuotes: [],
        downloads: [expect.objectContaining({ partnerName: 'Riverside Recovery' })],
      }),
    ]);
  });
});
