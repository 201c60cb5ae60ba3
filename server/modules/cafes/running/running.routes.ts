import type { FastifyInstance } from 'fastify';
import { cafeRunningEndpoints } from '../../../../contracts/cafes.endpoints.js';
import { registerEndpoint } from '../../../kernel/endpoints.js';
import { message, requestLanguage } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { clientNetwork, type RateLimit } from '../../../kernel/rate-limits.js';
import { forgetPhone, participantCookie, readerOf } from '../cafe-reader.js';
import { addIdea } from './add-idea.js';
import { controlCafe } from './control-cafe.js';
import { findOpenCafe, joinCafe } from './join-cafe.js';

/** The café on the day: joining by code, adding ideas, and the facilitator moving it along. */
export function registerRunningRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const options = { tags: ['cafes'] };

  // Wrong codes are limited per address, so nobody can guess their way in; right codes never are,
  // because a whole room often shares one Wi-Fi address. Counted in the database, so every instance
  // behind a load balancer counts together.
  const wrongCodes: RateLimit = {
    name: 'cafes.wrong-code-per-address',
    max: context.config.joinLimitPerMinute,
    windowMs: 60_000,
    refusal: message('cafes.join.tooManyWrongCodes'),
  };
  registerEndpoint(
    scope,
    cafeRunningEndpoints.join,
    async ({ actor, body, request, reply }) => {
      await context.limits.refuseWhenOver(wrongCodes, clientNetwork(request.ip));
      const cafe = await findOpenCafe(context, body.code);
      const cafeId = cafe?.id;
      if (!cafeId) await context.limits.count(wrongCodes, clientNetwork(request.ip));
      return joinCafe(context, reply, {
        code: body.code,
        cafe,
        displayName: body.displayName,
        tableNumber: body.tableNumber,
        contact: body.contact,
        postcodeDistrict: body.postcodeDistrict,
        community: body.community,
        existingToken: cafeId ? request.cookies[participantCookie(cafeId)] : undefined,
        personId: actor?.personId,
        language: requestLanguage(request),
      });
    },
    options,
  );
  registerEndpoint(
    scope,
    cafeRunningEndpoints.forgetPhone,
    ({ request, reply }) => {
      forgetPhone(request, reply, context.config.publicUrl.startsWith('https://'));
      return { ok: true as const };
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
