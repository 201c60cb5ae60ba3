import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../kernel/access.js';
import { readIdempotencyKey } from '../../kernel/http.js';

/**
 * Who is asking about a café: its facilitator (signed in), a participant (cookie), or nobody; and the
 * Idempotency-Key their request carries, when it may be a retry (see request-keys.ts).
 */
export type CafeReader = {
  actor: Actor | null;
  participantToken: string | undefined;
  requestKey?: string | undefined;
};

/** Each café has its own participant cookie, so one browser can be in two cafés. */
export function participantCookie(cafeId: string): string {
  return `cairn_p_${cafeId.replaceAll('-', '')}`;
}

/** The reader of a request to one café: the signed-in person and this café's participant cookie. */
export function readerOf(request: FastifyRequest, cafeId: string): CafeReader {
  return {
    actor: request.actor,
    participantToken: request.cookies[participantCookie(cafeId)],
    requestKey: readIdempotencyKey(request),
  };
}
