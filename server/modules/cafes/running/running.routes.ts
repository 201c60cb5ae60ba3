import type { FastifyInstance } from 'fastify';
import { cafeRunningEndpoints } from '../../../../contracts/cafes.endpoints.js';
import { registerEndpoint } from '../../../kernel/endpoints.js';
import { AppError } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { participantCookie, readerOf } from '../cafe-reader.js';
import { addIdea } from './add-idea.js';
import { controlCafe } from './control-cafe.js';
import { findCafeIdByCode, joinCafe } from './join-cafe.js';

/** The café on the day: joining by code, adding ideas, and the facilitator moving it along. */
export function registerRunningRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const options = { tags: ['cafes'] };

  // Wrong codes are limited per address, so nobody can guess their way in; right codes never are,
  // because a whole room often shares one Wi-Fi address.
  const failedJoins = new Map<string, { count: number; resetAt: number }>();
  registerEndpoint(
    scope,
    cafeRunningEndpoints.join,
    async ({ actor, body, request, reply }) => {
      const now = Date.now();
      const failures = failedJoins.get(request.ip);
      if (failures && failures.resetAt > now && failures.count >= context.config.joinLimitPerMinute) {
        throw new AppError(
          'rate_limited',
          'Too many wrong codes. Wait a minute, then check the code shown in the room.',
        );
      }
      const cafeId = await findCafeIdByCode(context, body.code);
      if (!cafeId) {
        const current = failures && failures.resetAt > now ? failures : { count: 0, resetAt: now + 60_000 };
        current.count += 1;
        failedJoins.set(request.ip, current);
        if (failedJoins.size > 10_000) failedJoins.clear();
      }
      return joinCafe(context, reply, {
        code: body.code,
        displayName: body.displayName,
        tableNumber: body.tableNumber,
        contact: body.contact,
        postcodeDistrict: body.postcodeDistrict,
        community: body.community,
        existingToken: cafeId ? request.cookies[participantCookie(cafeId)] : undefined,
        personId: actor?.personId,
      });
    },
    options,
  );
  registerEndpoint(
    scope,
    cafeRunningEndpoints.addIdea,
    ({ request, params, body }) => addIdea(context, readerOf(request, params.cafeId), params.cafeId, body),
    options,
  );
  registerEndpoint(
    scope,
    cafeRunningEndpoints.control,
    ({ actor, params, body }) => controlCafe(context, actor, params.cafeId, body.action),
    options,
  );
}
