import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CreateSeatRequestSchema,
  InterestListSchema,
  InterestRequestSchema,
  OrganisationParamsSchema,
  SeatListSchema,
  SeatParamsSchema,
  SeatSchema,
  UpdateSeatRequestSchema,
} from '../../../../contracts/coproduction.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { problems, tags } from '../route-schema.js';
import * as interest from './interest.js';
import * as seats from './seats.js';

export function registerSeatRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/coproduction/seats',
    { schema: { tags, body: CreateSeatRequestSchema, response: { 201: SeatSchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await seats.createSeat(context, request.actor, request.body)),
  );
  app.patch(
    '/coproduction/seats/:seatId',
    {
      schema: {
        tags,
        params: SeatParamsSchema,
        body: UpdateSeatRequestSchema,
        response: { 200: SeatSchema, ...problems },
      },
    },
    (request) => seats.updateSeat(context, request.actor, request.params.seatId, request.body),
  );
  app.get(
    '/coproduction/organisations/:organisationId/seats',
    { schema: { tags, params: OrganisationParamsSchema, response: { 200: SeatListSchema, ...problems } } },
    (request) => seats.listSeats(context, request.actor, request.params.organisationId),
  );
  app.get(
    '/coproduction/opportunities',
    { schema: { tags, response: { 200: SeatListSchema, ...problems } } },
    (request) => seats.listOpportunities(context, request.actor),
  );
  app.post(
    '/coproduction/seats/:seatId/interest',
    {
      schema: {
        tags,
        params: SeatParamsSchema,
        body: InterestRequestSchema,
        response: { 201: SeatSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await interest.expressInterest(context, request.actor, request.params.seatId, request.body)),
  );
  app.get(
    '/coproduction/seats/:seatId/interest',
    { schema: { tags, params: SeatParamsSchema, response: { 200: InterestListSchema, ...problems } } },
    (request) => interest.listInterests(context, request.actor, request.params.seatId),
  );
}
