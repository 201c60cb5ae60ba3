// One-call creators for café tests, through the API as people would use it.
import type { LightMyRequestResponse } from 'fastify';
import type { z } from 'zod';
import type { Cafe, CreateCafeRequest, JoinCafeRequestSchema } from '../../../contracts/cafes.js';
import type { SignedIn } from '../../testing/factories.js';
import type { TestApp } from '../../testing/test-app.js';
import type { CafeAction } from './running/index.js';

/** A café's plan: only the organisation is needed; a title and one question are filled in. */
export type CafePlan = Partial<CreateCafeRequest> & { organisationId: string };

/** Plans a café as `facilitator` and returns it. */
export async function createCafe(t: TestApp, facilitator: SignedIn, plan: CafePlan): Promise<Cafe> {
  const response = await t.as(facilitator, {
    method: 'POST',
    url: '/api/cafes',
    payload: {
      title: 'What would help recovery here?',
      rounds: [{ question: 'What helped you most?' }],
      ...plan,
    },
  });
  if (response.statusCode !== 201) throw new Error(`café not created: ${response.body}`);
  return response.json<Cafe>();
}

/** A participant's seat, with the cookie that carries it. */
export type Participant = { cookie: string; participantId: string; tableId: string; tableNumber: number };

/** The participant cookie a join sets. */
export function participantCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name.startsWith('cairn_p_'));
  if (!cookie) throw new Error(`no participant cookie: ${response.body}`);
  return `${cookie.name}=${cookie.value}`;
}

/**
 * Signs out on a phone carrying `phone`'s cookies as the web does: first asks the café API to forget
 * the phone (only requests under /api/cafes carry café cookies), then ends the session. Answers the
 * café cookies named with `prefix` (participant or table host) that the first answer clears, each
 * checked cleared as it was set, with the cookies a browser keeps of them afterwards.
 */
export async function signOutOnPhone(t: TestApp, phone: { cookie: string }, prefix: 'cairn_p_' | 'cairn_h_') {
  const out = await t.as(phone, { method: 'POST', url: '/api/cafes/forget-phone' });
  if (out.statusCode !== 200) throw new Error(`forgetting the phone failed: ${out.body}`);
  const signedOut = await t.as(phone, { method: 'POST', url: '/api/auth/sign-out' });
  if (signedOut.statusCode !== 200) throw new Error(`sign-out failed: ${signedOut.body}`);
  const cleared = out.cookies.filter((c) => c.name.startsWith(prefix));
  for (const cookie of cleared) {
    if (cookie.value !== '' || cookie.path !== '/api/cafes' || !cookie.httpOnly || cookie.sameSite !== 'Lax')
      throw new Error(`${cookie.name} is not cleared as it was set: ${JSON.stringify(cookie)}`);
    if (!cookie.expires || cookie.expires.getTime() >= Date.now())
      throw new Error(`${cookie.name} does not expire at once`);
  }
  return {
    out,
    names: cleared.map((c) => c.name).sort(),
    // What the browser keeps once it has the answer: every cookie it was told to clear is gone.
    after: { cookie: cleared.map((c) => `${c.name}=${c.value}`).join('; ') },
  };
}

/**
 * Joins a café by its code, as a phone in the room would: anonymously, or as `seat.as` when signed
 * in. Anything else a participant may give (name, contact, table, area) goes in `seat`.
 */
export async function joinCafe(
  t: TestApp,
  cafe: Pick<Cafe, 'joinCode'>,
  seat: Omit<z.input<typeof JoinCafeRequestSchema>, 'code'> & { as?: SignedIn } = {},
): Promise<Participant> {
  const { as: who = null, ...details } = seat;
  const response = await t.as(who, {
    method: 'POST',
    url: '/api/cafes/join',
    payload: { code: cafe.joinCode, ...details },
  });
  if (response.statusCode !== 200) throw new Error(`join failed: ${response.body}`);
  return {
    cookie: participantCookieOf(response),
    ...response.json<{ participantId: string; tableNumber: number; tableId: string }>(),
  };
}

/** Moves a café along as its facilitator, one action after another. */
export async function controlCafe(
  t: TestApp,
  facilitator: SignedIn,
  cafe: Pick<Cafe, 'id'>,
  ...actions: CafeAction[]
): Promise<void> {
  for (const action of actions) {
    const response = await t.as(facilitator, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/control`,
      payload: { action },
    });
    if (response.statusCode !== 200) throw new Error(`${action} failed: ${response.body}`);
  }
}

/** Adds an idea as a participant (at their table) or a facilitator (at `tableId`); returns its id. */
export async function addIdea(
  t: TestApp,
  cafe: Pick<Cafe, 'id'>,
  who: { cookie: string },
  text: string,
  tableId?: string,
): Promise<string> {
  const response = await t.as(who, {
    method: 'POST',
    url: `/api/cafes/${cafe.id}/ideas`,
    payload: { text, ...(tableId ? { tableId } : {}) },
  });
  if (response.statusCode !== 201) throw new Error(`idea not added: ${response.body}`);
  return response.json<{ id: string }>().id;
}

/** Places `dots` on an idea as a participant; the response is the participant's board or a refusal. */
export function vote(
  t: TestApp,
  cafe: Pick<Cafe, 'id'>,
  who: { cookie: string },
  ideaId: string,
  dots: number,
): Promise<LightMyRequestResponse> {
  return t.as(who, { method: 'POST', url: `/api/cafes/${cafe.id}/votes`, payload: { ideaId, dots } });
}
