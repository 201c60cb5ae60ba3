import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CharterCommitmentParamsSchema,
  CharterCommitmentSchema,
  CharterHistorySchema,
  CharterSchema,
  CreateCharterCommitmentRequestSchema,
  OrganisationParamsSchema,
  PartnershipCharterSchema,
  SelfAssessmentRequestSchema,
  UpdateCharterCommitmentRequestSchema,
} from '../../../../contracts/coproduction.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { problems, tags } from '../route-schema.js';
import * as charter from './charter.js';
import * as commitments from './commitments.js';
import * as assessments from './self-assessments.js';

export function registerCharterRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/coproduction/charter',
    { schema: { tags, response: { 200: PartnershipCharterSchema, ...problems } } },
    (request) => charter.getPartnershipCharter(context, request.actor),
  );
  app.get(
    '/coproduction/organisations/:organisationId/charter',
    { schema: { tags, params: OrganisationParamsSchema, response: { 200: CharterSchema, ...problems } } },
    (request) => charter.getCharter(context, request.actor, request.params.organisationId),
  );
  app.post(
    '/coproduction/charter/commitments',
    {
      schema: {
        tags,
        body: CreateCharterCommitmentRequestSchema,
        response: { 201: CharterCommitmentSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await commitments.createCharterCommitment(context, request.actor, request.body)),
  );
  app.patch(
    '/coproduction/charter/commitments/:commitmentId',
    {
      schema: {
        tags,
        params: CharterCommitmentParamsSchema,
        body: UpdateCharterCommitmentRequestSchema,
        response: { 200: CharterCommitmentSchema, ...problems },
      },
    },
    (request) =>
      commitments.updateCharterCommitment(context, request.actor, request.params.commitmentId, request.body),
  );
  app.get(
    '/coproduction/charter/commitments/:commitmentId/history',
    {
      schema: {
        tags,
        params: CharterCommitmentParamsSchema,
        response: { 200: CharterHistorySchema, ...problems },
      },
    },
    (request) => assessments.getCharterHistory(context, request.actor, request.params.commitmentId),
  );
  app.post(
    '/coproduction/charter/commitments/:commitmentId/assessments',
    {
      schema: {
        tags,
        params: CharterCommitmentParamsSchema,
        body: SelfAssessmentRequestSchema,
        response: { 201: CharterHistorySchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await assessments.addSelfAssessment(
            context,
            request.actor,
            request.params.commitmentId,
            request.body,
          ),
        ),
  );
}
