// One-call creators for the stories module's tests: each goes through the API as a person would,
// and fails loudly if a step is refused, so a test reads as the story it tells.
import type {
  Channel,
  ConsentTier,
  PiiFinding,
  RedactionDecision,
  StoryResponse,
} from '../../../contracts/stories.js';
import type { SignedIn } from '../../testing/factories.js';
import type { TestApp } from '../../testing/test-app.js';

export type NewStory = {
  organisationId: string;
  title?: string;
  text?: string;
  channel?: Channel;
  /** For a story recorded for storytellers without accounts. */
  storytellerNames?: string[];
  storytellerContact?: string;
  /** The language the storyteller reads, recorded with the contact. */
  storytellerLanguage?: 'en' | 'cy' | 'ur' | null;
};

/** Consent as recorded through POST /stories/:id/consent, with everything beyond the tier optional. */
export type Consent = {
  tier: Exclude<ConsentTier, 'private'>;
  method?: 'verbal' | 'written' | 'digital';
  wordingVersion?: string;
  partnerOrganisationIds?: string[];
  purpose?: string;
  identification?: 'anonymous' | 'pseudonym' | 'first_name';
  pseudonym?: string;
  expiresAt?: string;
};

function expectStatus(step: string, response: { statusCode: number; body: string }, ...ok: number[]) {
  if (!ok.includes(response.statusCode)) {
    throw new Error(`${step} answered ${response.statusCode}: ${response.body}`);
  }
}

/** Starts a story (a draft) as `who`. */
export async function createStory(t: TestApp, who: SignedIn, story: NewStory): Promise<StoryResponse> {
  const created = await t.as(who, { method: 'POST', url: '/api/stories', payload: story });
  expectStatus('creating a story', created, 201);
  return created.json<StoryResponse>();
}

/** Starts and sends a story; returns its id and the identifying details found in it. */
export async function submitStory(
  t: TestApp,
  who: SignedIn,
  story: NewStory,
): Promise<{ id: string; findings: PiiFinding[] }> {
  const { id } = await createStory(t, who, story);
  const submitted = await t.as(who, { method: 'POST', url: `/api/stories/${id}/submit` });
  expectStatus('sending a story', submitted, 200);
  return { id, findings: submitted.json<{ findings: PiiFinding[] }>().findings };
}

/** Every finding redacted with the replacement suggested for it. */
export function redactAll(findings: readonly PiiFinding[]): RedactionDecision[] {
  return findings.map((f) => ({ start: f.start, end: f.end, action: 'redact', replacement: f.replacement }));
}

/** Saves a de-identified version from `decisions` (none: the text as it was sent). */
export async function reviewStory(
  t: TestApp,
  who: SignedIn,
  storyId: string,
  decisions: RedactionDecision[] = [],
): Promise<StoryResponse> {
  const version = await t.as(who, {
    method: 'POST',
    url: `/api/stories/${storyId}/versions`,
    payload: { decisions },
  });
  expectStatus('saving a de-identified version', version, 201);
  return version.json<StoryResponse>();
}

/** Appends to a story's consent ledger as `who`, as the consent form does. */
async function postConsent(t: TestApp, who: SignedIn, storyId: string, payload: object) {
  const recorded = await t.as(who, { method: 'POST', url: `/api/stories/${storyId}/consent`, payload });
  expectStatus('recording consent', recorded, 201);
  return recorded.json<StoryResponse>();
}

/** Records consent as `who` chose or heard it (digital, under wording 'v1', unless given). */
export async function grantConsent(t: TestApp, who: SignedIn, storyId: string, consent: Consent) {
  return postConsent(t, who, storyId, {
    action: 'grant',
    method: 'digital',
    wordingVersion: 'v1',
    ...consent,
  });
}

/** Withdraws consent: the story stops being shared at once. */
export async function withdrawConsent(
  t: TestApp,
  who: SignedIn,
  storyId: string,
  method: 'verbal' | 'written' | 'digital' = 'digital',
) {
  return postConsent(t, who, storyId, { action: 'withdraw', method });
}

/**
 * A story its storyteller wrote, sent, de-identified (every finding redacted), consented at
 * `consent.tier` and approved: shared as far as that tier allows. Returns its id.
 */
export async function publishStory(
  t: TestApp,
  storyteller: SignedIn,
  story: NewStory & { consent: Consent },
): Promise<string> {
  const { consent, ...written } = story;
  const { id, findings } = await submitStory(t, storyteller, written);
  await reviewStory(t, storyteller, id, redactAll(findings));
  await grantConsent(t, storyteller, id, consent);
  const approved = await t.as(storyteller, { method: 'POST', url: `/api/stories/${id}/approve` });
  expectStatus('approving a story', approved, 200);
  const { status } = approved.json<StoryResponse>();
  if (status !== 'approved') throw new Error(`approving a story left it ${status}`);
  return id;
}

/**
 * A story a peer supporter recorded for storytellers without accounts (Jo, by default), sent and
 * de-identified as it was told. Returns its id.
 */
export async function recordStory(
  t: TestApp,
  collector: SignedIn,
  story: NewStory & { text: string },
): Promise<string> {
  const { id } = await submitStory(t, collector, {
    channel: 'one_to_one_interview',
    storytellerNames: ['Jo'],
    ...story,
  });
  await reviewStory(t, collector, id);
  return id;
}
