import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BoardSchema,
  CafeParamsSchema,
  ControlRequestSchema,
  CreateIdeaRequestSchema,
  JoinCafeRequestSchema,
  JoinCafeResponseSchema,
} from '../../../../contracts/cafes.js';
import { AppError } from '../../../kernel/errors.js';
import { PROBLEM_RESPONSES as problems } from '../../../kernel/http.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { participantCookie, readerOf } from '../cafe-reader.js';
import { addIdea } from './add-idea.js';
import { controlCafe } from './control-cafe.js';
import { findCafeIdByCode, joinCafe } from './join-cafe.js';

/** The café on the day: joining by code, adding ideas, and the facilitator moving it along. */
export function registerRunningRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  // Wrong codes are limited per address, so nobody can guess their way in; right codes never are,
  // because a whole room often shares one Wi-Fi address.
  const failedJoins = new Map<string, { count: number; resetAt: number }>();
  app.post(
    '/cafes/join',
    {
      schema: {
        tags: ['cafes'],
        body: JoinCafeRequestSchema,
        response: { 200: JoinCafeResponseSchema, ...problems },
      },
    },
    async (request, reply) => {
      const now = Date.now();
      const failures = failedJoins.get(request.ip);
      if (failures && failures.resetAt > now && failures.count >= context.config.joinLimitPerMinute) {
        throw new AppError(
          'rate_limited',
          'Too many wrong codes. Wait a minute, then check the code shown in the room.',
        );
      }
      const cafeId = await findCafeIdByCode(context, request.body.code);
      if (!cafeId) {
        const current = failures && failures.resetAt > now ? failures : { count: 0, resetAt: now + 60_000 };
        current.count += 1;
        failedJoins.set(request.ip, current);
        if (failedJoins.size > 10_000) failedJoins.clear();
      }
      return joinCafe(context, reply, {
        code: request.body.code,
        displayName: request.body.displayName,
        tableNumber: request.body.tableNumber,
        contact: request.body.contact,
        postcodeDistrict: request.body.postcodeDistrict,
        community: request.body.community,
        existingToken: cafeId ? request.cookies[participantCookie(cafeId)] : undefined,
        personId: request.actor?.personId,
      });
    },
  );
  app.post(
    '/cafes/:cafeId/ideas',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: CreateIdeaRequestSchema,
        response: { 201: z.object({ id: z.uuid() }), ...problems },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addIdea(context, readerOf(request), request.params.cafeId, request.body)),
  );
  app.post(
    '/cafes/:cafeId/control',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: ControlRequestSchema,
        response: { 200: BoardSchema, ...problems },
      },
    },
    async (request) => controlCafe(context, request.actor, request.params.cafeId, request.body.action),
  );
}
