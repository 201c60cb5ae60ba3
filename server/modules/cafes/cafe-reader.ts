import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../kernel/access.js';
import {
  CAFE_PARTICIPANT_COOKIE,
  CAFE_PARTICIPANT_COOKIE_PATH,
  CAFE_TABLE_HOST_COOKIE,
} from '../../kernel/auth.js';
import { MADE_BY_HEADER } from '../../../contracts/cafes.values.js';
import { AppError } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import { readIdempotencyKey } from '../../kernel/http.js';

/**
 * Who is asking about a café: its facilitator (signed in), a participant (cookie), or nobody; and the
 * Idempotency-Key their request carries, when it may be a retry (see request-keys.ts).
 */
export type CafeReader = {
  actor: Actor | null;
  participantToken: string | undefined;
  /** The key of a table-host link opened in this browser for this café (see table-hosts/). */
  tableHostToken?: string | undefined;
  requestKey?: string | undefined;
  /** The seat (participant id) an action was made from on the phone, when it says (MADE_BY_HEADER). */
  madeBy?: string | undefined;
};

/** Each café has its own participant cookie, so one browser can be in two cafés. */
export function participantCookie(cafeId: string): string {
  return `${CAFE_PARTICIPANT_COOKIE}${cafeId.replaceAll('-', '')}`;
}

/** A table-host link opened in this browser, one café at a time like the participant cookie. */
export function tableHostCookie(cafeId: string): string {
  return `${CAFE_TABLE_HOST_COOKIE}${cafeId.replaceAll('-', '')}`;
}

/**
 * How a café participant or table-host cookie is set, and so how it must be cleared: sent to the café
 * API only (`/api/cafes`), never to the page's scripts, nor on requests from other sites.
 */
export function cafeCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: 'lax', secure, path: CAFE_PARTICIPANT_COOKIE_PATH } as const;
}

/**
 * Clears every café participant and table-host cookie the request carries, so the next person to use a
 * shared phone is not taken for whoever joined a café, or hosted a table, on it before. Only a request
 * under `/api/cafes` carries them, so signing out asks for this before it ends the session.
 */
export function forgetPhone(request: FastifyRequest, reply: FastifyReply, secure: boolean): void {
  for (const name of Object.keys(request.cookies))
    if (name.startsWith(CAFE_PARTICIPANT_COOKIE) || name.startsWith(CAFE_TABLE_HOST_COOKIE))
      reply.clearCookie(name, cafeCookieOptions(secure));
}

/** The reader of a request to one café: the signed-in person and this café's participant cookie. */
export function readerOf(request: FastifyRequest, cafeId: string): CafeReader {
  return {
    actor: request.actor,
    participantToken: request.cookies[participantCookie(cafeId)],
    tableHostToken: request.cookies[tableHostCookie(cafeId)],
    requestKey: readIdempotencyKey(request),
    madeBy: readMadeBy(request),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The seat an action says it was made from (see MADE_BY_HEADER); none when it does not say. */
function readMadeBy(request: FastifyRequest): string | undefined {
  const value = request.headers[MADE_BY_HEADER];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !UUID.test(value)) {
    throw new AppError('bad_request', message('cafes.actions.madeByNotASeat', { header: MADE_BY_HEADER }));
  }
  return value.toLowerCase();
}
