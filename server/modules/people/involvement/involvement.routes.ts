import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { OkSchema } from '../../../../contracts/common.js';
import {
  CreateInvolvementEntryRequestSchema,
  CreateOpportunityRequestSchema,
  CreateTrainingRequestSchema,
  InvolvementEntryParamsSchema,
  InvolvementEntryResponseSchema,
  InvolvementLogResponseSchema,
  InvolvementRangeQuerySchema,
  MyInvolvementResponseSchema,
  OpportunityInterestRequestSchema,
  OpportunityInterestsResponseSchema,
  OpportunityListResponseSchema,
  OpportunityParamsSchema,
  OpportunitySchema,
  OrganisationParamsSchema,
  PersonParamsSchema,
  TrainingListResponseSchema,
  TrainingParamsSchema,
  TrainingRecordSchema,
  UpdateInvolvementEntryRequestSchema,
  UpdateTrainingRequestSchema,
  VOUCHER_WARNING,
} from '../../../../contracts/people.js';
import { PROBLEM_RESPONSES, sendDownload } from '../../../kernel/http.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { exportInvolvementCsv } from './finance-export.js';
import { renderMyInvolvementPdf } from './involvement-pdf.js';
import { addInvolvementEntry, listInvolvementOfOrganisation } from './involvement-log.js';
import { removeInvolvementEntry, updateInvolvementEntry } from './log-corrections.js';
import { getMyInvolvement } from './my-involvement.js';
import * as opportunities from './opportunities.js';
import { addTraining, listTraining, removeTraining, updateTraining } from './training.js';

const problems = PROBLEM_RESPONSES;

/** Training, the involvement log, opportunities and a person's own involvement record. */
export function registerInvolvementRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  // --- training ---
  app.get(
    '/me/training',
    { schema: { tags: ['involvement'], response: { 200: TrainingListResponseSchema, ...problems } } },
    async (request) => ({ training: await listTraining(context, request.actor) }),
  );
  app.post(
    '/me/training',
    {
      schema: {
        tags: ['involvement'],
        body: CreateTrainingRequestSchema,
        response: { 201: TrainingRecordSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addTraining(context, request.actor, undefined, request.body)),
  );
  app.get(
    '/people/:personId/training',
    {
      schema: {
        tags: ['involvement'],
        params: PersonParamsSchema,
        response: { 200: TrainingListResponseSchema, ...problems },
      },
    },
    async (request) => ({
      training: await listTraining(context, request.actor, request.params.personId),
    }),
  );
  app.post(
    '/people/:personId/training',
    {
      schema: {
        tags: ['involvement'],
        params: PersonParamsSchema,
        body: CreateTrainingRequestSchema,
        response: { 201: TrainingRecordSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addTraining(context, request.actor, request.params.personId, request.body)),
  );
  app.patch(
    '/training/:trainingId',
    {
      schema: {
        tags: ['involvement'],
        description:
          'Changes a training record: one’s own, or (for coordinators) a member’s. A new refresh date is reminded about again, once.',
        params: TrainingParamsSchema,
        body: UpdateTrainingRequestSchema,
        response: { 200: TrainingRecordSchema, ...problems },
      },
    },
    async (request) => updateTraining(context, request.actor, request.params.trainingId, request.body),
  );
  app.delete(
    '/training/:trainingId',
    {
      schema: {
        tags: ['involvement'],
        params: TrainingParamsSchema,
        response: { 200: OkSchema, ...problems },
      },
    },
    async (request) => {
      await removeTraining(context, request.actor, request.params.trainingId);
      return { ok: true as const };
    },
  );

  // --- involvement log ---
  app.post(
    '/organisations/:organisationId/involvement',
    {
      schema: {
        tags: ['involvement'],
        params: OrganisationParamsSchema,
        body: CreateInvolvementEntryRequestSchema,
        response: { 201: InvolvementEntryResponseSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addInvolvementEntry(context, request.actor, request.params.organisationId, request.body)),
  );
  app.get(
    '/organisations/:organisationId/involvement',
    {
      schema: {
        tags: ['involvement'],
        params: OrganisationParamsSchema,
        querystring: InvolvementRangeQuerySchema,
        response: { 200: InvolvementLogResponseSchema, ...problems },
      },
    },
    async (request) =>
      listInvolvementOfOrganisation(context, request.actor, request.params.organisationId, request.query),
  );
  app.get(
    '/organisations/:organisationId/involvement.csv',
    {
      schema: {
        tags: ['involvement'],
        params: OrganisationParamsSchema,
        querystring: InvolvementRangeQuerySchema,
      },
    },
    async (request, reply) => {
      const file = await exportInvolvementCsv(
        context,
        request.actor,
        request.params.organisationId,
        request.query,
      );
      // The file goes to finance, not to whoever chose the payment; the warning travels with it all the same.
      void reply.header('cairn-payment-warning', VOUCHER_WARNING);
      return sendDownload(reply, file, 'csv');
    },
  );
  app.patch(
    '/involvement/:entryId',
    {
      schema: {
        tags: ['involvement'],
        description:
          'Corrects an entry in the involvement log of an organisation the actor coordinates. Entries from a co-production meeting are changed on the meeting (409).',
        params: InvolvementEntryParamsSchema,
        body: UpdateInvolvementEntryRequestSchema,
        response: { 200: InvolvementEntryResponseSchema, ...problems },
      },
    },
    async (request) => updateInvolvementEntry(context, request.actor, request.params.entryId, request.body),
  );
  app.delete(
    '/involvement/:entryId',
    {
      schema: {
        tags: ['involvement'],
        params: InvolvementEntryParamsSchema,
        response: { 200: OkSchema, ...problems },
      },
    },
    async (request) => {
      await removeInvolvementEntry(context, request.actor, request.params.entryId);
      return { ok: true as const };
    },
  );

  // --- my involvement record ---
  app.get(
    '/me/involvement',
    { schema: { tags: ['involvement'], response: { 200: MyInvolvementResponseSchema, ...problems } } },
    async (request) => getMyInvolvement(context, request.actor),
  );
  app.get('/me/involvement.pdf', { schema: { tags: ['involvement'] } }, async (request, reply) =>
    sendDownload(reply, await renderMyInvolvementPdf(context, request.actor), 'pdf'),
  );

  // --- opportunities ---
  app.get(
    '/opportunities',
    { schema: { tags: ['involvement'], response: { 200: OpportunityListResponseSchema, ...problems } } },
    async (request) => ({ opportunities: await opportunities.listOpportunities(context, request.actor) }),
  );
  app.post(
    '/opportunities',
    {
      schema: {
        tags: ['involvement'],
        body: CreateOpportunityRequestSchema,
        response: { 201: OpportunitySchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await opportunities.createOpportunity(context, request.actor, request.body)),
  );
  app.post(
    '/opportunities/:opportunityId/interest',
    {
      schema: {
        tags: ['involvement'],
        params: OpportunityParamsSchema,
        body: OpportunityInterestRequestSchema,
        response: { 200: OpportunitySchema, ...problems },
      },
    },
    async (request) =>
      opportunities.expressInterestInOpportunity(
        context,
        request.actor,
        request.params.opportunityId,
        request.body.note,
      ),
  );
  app.get(
    '/opportunities/:opportunityId/interests',
    {
      schema: {
        tags: ['involvement'],
        params: OpportunityParamsSchema,
        response: { 200: OpportunityInterestsResponseSchema, ...problems },
      },
    },
    async (request) =>
      opportunities.listOpportunityInterests(context, request.actor, request.params.opportunityId),
  );
}
