import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { LanguageCode } from '../../contracts/languages.js';
import type { Role } from '../../contracts/people.js';
import type { ModuleContext } from '../kernel/module.js';
import { createPartnershipAdmin } from '../modules.js';
import { cookieOf } from './test-app.js';

export const TEST_PASSWORD = 'correct-horse-battery';

let counter = 0;
/** A unique email for a test person. */
export function uniqueEmail(label = 'person'): string {
  counter += 1;
  return `${label}-${counter}-${randomBytes(3).toString('hex')}@test.example`;
}

export type SignedIn = { cookie: string; personId: string; email: string };

async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<SignedIn> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  const body = response.json<{ person: { id: string } }>();
  return { cookie: cookieOf(response), personId: body.person.id, email };
}

/** A partnership (created on first use) with its admin, signed in. */
export async function signInAsNewAdmin(app: FastifyInstance, context: ModuleContext): Promise<SignedIn> {
  const email = uniqueEmail('admin');
  await createPartnershipAdmin(context, { email, password: TEST_PASSWORD, displayName: 'Test Admin' });
  return signIn(app, email);
}

/** The id of the admin's (first) organisation. */
export async function firstOrganisationId(app: FastifyInstance, admin: SignedIn): Promise<string> {
  const response = await app.inject({
    method: 'GET',
    url: '/api/organisations',
    headers: { cookie: admin.cookie },
  });
  const id = response.json<{ organisations: { id: string }[] }>().organisations[0]?.id;
  if (!id) throw new Error('no organisation');
  return id;
}

/** A person's own choice of language for Cairn (PUT /api/me/language): their pages, mail and texts. */
export async function chooseLanguage(app: FastifyInstance, who: SignedIn, language: LanguageCode | null) {
  const response = await app.inject({
    method: 'PUT',
    url: '/api/me/language',
    headers: { cookie: who.cookie },
    payload: { language },
  });
  if (response.statusCode !== 200) throw new Error(`choosing a language failed: ${response.body}`);
}

/** Invites a new person into an organisation with a role, accepts from the outbox link, and signs them in. */
export async function addPerson(
  app: FastifyInstance,
  inviter: SignedIn,
  organisationId: string,
  role: Role,
  displayName = `Test ${role}`,
): Promise<SignedIn> {
  const email = uniqueEmail(role);
  const invite = await app.inject({
    method: 'POST',
    url: `/api/organisations/${organisationId}/invitations`,
    headers: { cookie: inviter.cookie },
    payload: { email, role },
  });
  if (invite.statusCode !== 201) throw new Error(`invite failed: ${invite.body}`);
  const token = await latestLinkToken(app, email, 'invitations');
  const accept = await app.inject({
    method: 'POST',
    url: `/api/invitations/${token}/accept`,
    payload: { displayName, password: TEST_PASSWORD },
  });
  if (accept.statusCode !== 200) throw new Error(`accept failed: ${accept.body}`);
  return { cookie: cookieOf(accept), personId: accept.json<{ person: { id: string } }>().person.id, email };
}

/** Reads the token from the newest outbox message to `email` that links to `/<kind>/<token>`. */
export async function latestLinkToken(
  app: FastifyInstance,
  email: string,
  kind: 'invitations' | 'reset-password',
) {
  const outbox = await app.inject({ method: 'GET', url: '/api/dev/outbox' });
  const messages = outbox.json<{ messages: { to: string; text: string }[] }>().messages;
  const message = messages.find((m) => m.to === email && m.text.includes(`/${kind}/`));
  const token = message?.text.match(new RegExp(`/${kind}/([A-Za-z0-9_-]+)`))?.[1];
  if (!token) throw new Error(`no ${kind} link for ${email}`);
  return token;
}

/**
 * A story written, submitted and de-identified (nothing to remove) by its storyteller, with consent
 * at `tier` ('private' grants none), so analysis may code it from 'analysis' up.
 */
export async function addConsentedStory(
  app: FastifyInstance,
  storyteller: SignedIn,
  story: {
    organisationId: string;
    title: string;
    text: string;
    tier: 'analysis' | 'partners' | 'public' | 'private';
    partnerOrganisationIds?: string[];
  },
): Promise<string> {
  const as = (options: { method: 'POST'; url: string; payload?: object }) =>
    app.inject({ ...options, headers: { cookie: storyteller.cookie } });
  const created = await as({
    method: 'POST',
    url: '/api/stories',
    payload: { organisationId: story.organisationId, title: story.title, text: story.text },
  });
  const id = created.json<{ id: string }>().id;
  const submitted = await as({ method: 'POST', url: `/api/stories/${id}/submit` });
  if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.body}`);
  const version = await as({
    method: 'POST',
    url: `/api/stories/${id}/versions`,
    payload: { decisions: [] },
  });
  if (version.statusCode >= 300) throw new Error(`de-identification failed: ${version.body}`);
  if (story.tier !== 'private') {
    const consent = await as({
      method: 'POST',
      url: `/api/stories/${id}/consent`,
      payload: {
        action: 'grant',
        tier: story.tier,
        method: 'digital',
        wordingVersion: 'v1',
        ...(story.partnerOrganisationIds ? { partnerOrganisationIds: story.partnerOrganisationIds } : {}),
      },
    });
    if (consent.statusCode !== 201) throw new Error(`consent failed: ${consent.body}`);
  }
  return id;
}
