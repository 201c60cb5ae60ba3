import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CafeListResponseSchema,
  CafeParamsSchema,
  CafeRolesRequestSchema,
  CafeSchema,
  CreateCafeRequestSchema,
  PublicCafeSchema,
  SignUpListSchema,
  SignUpRequestSchema,
  SignUpResponseSchema,
} from '../../../../contracts/cafes.js';
import { PROBLEM_RESPONSES as problems, sendDownload } from '../../../kernel/http.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { setRoles } from './cafe-team.js';
import { createCafe } from './create-cafe.js';
import { findCafes, getCafe } from './list-cafes.js';
import * as signUps from './sign-ups.js';
import { renderTableCards } from './table-cards.js';

export function registerPlanningRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/cafes',
    {
      schema: { tags: ['cafes'], body: CreateCafeRequestSchema, response: { 201: CafeSchema, ...problems } },
    },
    async (request, reply) => reply.status(201).send(await createCafe(context, request.actor, request.body)),
  );
  app.get(
    '/cafes',
    { schema: { tags: ['cafes'], response: { 200: CafeListResponseSchema, ...problems } } },
    async (request) => ({ cafes: await findCafes(context, request.actor) }),
  );
  app.get(
    '/cafes/:cafeId',
    { schema: { tags: ['cafes'], params: CafeParamsSchema, response: { 200: CafeSchema, ...problems } } },
    async (request) => getCafe(context, request.actor, request.params.cafeId),
  );
  app.put(
    '/cafes/:cafeId/roles',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: CafeRolesRequestSchema,
        response: { 200: CafeSchema, ...problems },
      },
    },
    async (request) => setRoles(context, request.actor, request.params.cafeId, request.body.roles),
  );
  app.get(
    '/cafes/:cafeId/table-cards.pdf',
    { schema: { tags: ['cafes'], params: CafeParamsSchema } },
    async (request, reply) => {
      const file = await renderTableCards(context, request.actor, request.params.cafeId);
      return sendDownload(reply, file, 'pdf');
    },
  );

  // --- sign-up: public, no account needed ---
  app.get(
    '/cafes/:cafeId/public',
    {
      schema: { tags: ['cafes'], params: CafeParamsSchema, response: { 200: PublicCafeSchema, ...problems } },
    },
    async (request) => signUps.getPublicCafe(context, request.params.cafeId),
  );
  app.post(
    '/cafes/:cafeId/sign-ups',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: SignUpRequestSchema,
        response: { 201: SignUpResponseSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await signUps.signUp(context, request.actor, request.params.cafeId, request.body)),
  );
  app.get(
    '/cafes/:cafeId/sign-ups',
    {
      schema: { tags: ['cafes'], params: CafeParamsSchema, response: { 200: SignUpListSchema, ...problems } },
    },
    async (request) => signUps.listSignUps(context, request.actor, request.params.cafeId),
  );
}
