import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AlertCaseSchema,
  AlertParamsSchema,
  CaseEntryRequestSchema,
  RaiseConcernRequestSchema,
  SafeguardingAlertListResponseSchema,
  SafeguardingAlertSchema,
  SafeguardingCoverageSchema,
  StoryParamsSchema,
  UpdateAlertRequestSchema,
  WithheldSpansRequestSchema,
} from '../../../../contracts/stories.js';
import { PROBLEM_RESPONSES as problems } from '../../../kernel/http.js';
import type { ModuleContext } from '../../../kernel/module.js';
import * as cases from './alert-case.js';
import { getSafeguardingCoverage } from './coverage.js';
import { raiseConcern } from './raise-concern.js';
import { withholdSentences } from './withhold-sentences.js';

const tags = ['safeguarding'];

export function registerSafeguardingRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/safeguarding/alerts',
    { schema: { tags, response: { 200: SafeguardingAlertListResponseSchema, ...problems } } },
    async (request) => ({ alerts: await cases.findSafeguardingAlerts(context, request.actor) }),
  );
  app.get(
    '/safeguarding/alerts/:alertId',
    { schema: { tags, params: AlertParamsSchema, response: { 200: AlertCaseSchema, ...problems } } },
    async (request) => cases.getAlertCase(context, request.actor, request.params.alertId),
  );
  app.patch(
    '/safeguarding/alerts/:alertId',
    {
      schema: {
        tags,
        params: AlertParamsSchema,
        body: UpdateAlertRequestSchema,
        response: { 200: SafeguardingAlertSchema, ...problems },
      },
    },
    async (request) =>
      cases.updateSafeguardingAlert(context, request.actor, request.params.alertId, request.body),
  );
  app.post(
    '/safeguarding/alerts/:alertId/case-entries',
    {
      schema: {
        tags,
        params: AlertParamsSchema,
        body: CaseEntryRequestSchema,
        response: { 201: AlertCaseSchema, ...problems },
      },
    },
    async (request, reply) => {
      const updated = await cases.recordCaseEntry(
        context,
        request.actor,
        request.params.alertId,
        request.body,
      );
      return reply.code(201).send(updated);
    },
  );
  app.put(
    '/safeguarding/alerts/:alertId/withheld',
    {
      schema: {
        tags,
        params: AlertParamsSchema,
        body: WithheldSpansRequestSchema,
        response: {
          200: z.object({ withheldSpans: z.array(z.object({ start: z.number(), end: z.number() })) }),
          ...problems,
        },
      },
    },
    async (request) => withholdSentences(context, request.actor, request.params.alertId, request.body),
  );
  app.get(
    '/safeguarding/coverage',
    { schema: { tags, response: { 200: SafeguardingCoverageSchema, ...problems } } },
    async (request) => getSafeguardingCoverage(context, request.actor),
  );
  app.post(
    '/stories/:storyId/concerns',
    {
      schema: {
        tags,
        params: StoryParamsSchema,
        body: RaiseConcernRequestSchema,
        response: { 201: z.object({ alertId: z.uuid() }), ...problems },
      },
    },
    async (request, reply) => {
      const raised = await raiseConcern(context, request.actor, request.params.storyId, request.body);
      return reply.code(201).send(raised);
    },
  );
}
