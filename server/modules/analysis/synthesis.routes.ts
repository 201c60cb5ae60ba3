import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AgreementQuerySchema,
  AgreementReportSchema,
  CreateKeyMessageRequestSchema,
  CreateThemeRequestSchema,
  ExcerptListSchema,
  ExcerptQuerySchema,
  ProjectParamsSchema,
  SynthesisSchema,
} from '../../../contracts/analysis.js';
import { PROBLEM_RESPONSES } from '../../kernel/http.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as agreement from './agreement-report.js';
import * as search from './search.js';
import * as synthesis from './synthesis.js';
import * as themes from './themes-and-messages.js';

const problems = PROBLEM_RESPONSES;
const tags = ['analysis'];

/** What the coding adds up to: agreement between coders, themes and key messages, and search. */
export function registerSynthesisRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/analysis/projects/:projectId/agreement',
    {
      schema: {
        tags,
        params: ProjectParamsSchema,
        querystring: AgreementQuerySchema,
        response: { 200: AgreementReportSchema, ...problems },
      },
    },
    (request) =>
      agreement.getAgreement(context, request.actor, request.params.projectId, {
        unit: request.query.unit,
        includeSuggestions: request.query.suggestions === 'true',
      }),
  );
  app.get(
    '/analysis/projects/:projectId/synthesis',
    { schema: { tags, params: ProjectParamsSchema, response: { 200: SynthesisSchema, ...problems } } },
    (request) => synthesis.getSynthesis(context, request.actor, request.params.projectId),
  );
  app.post(
    '/analysis/projects/:projectId/themes',
    {
      schema: {
        tags,
        params: ProjectParamsSchema,
        body: CreateThemeRequestSchema,
        response: { 201: SynthesisSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await themes.addTheme(context, request.actor, request.params.projectId, request.body)),
  );
  app.post(
    '/analysis/projects/:projectId/messages',
    {
      schema: {
        tags,
        params: ProjectParamsSchema,
        body: CreateKeyMessageRequestSchema,
        response: { 201: SynthesisSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await themes.addKeyMessage(context, request.actor, request.params.projectId, request.body)),
  );
  app.get(
    '/analysis/projects/:projectId/excerpts',
    {
      schema: {
        tags,
        params: ProjectParamsSchema,
        querystring: ExcerptQuerySchema,
        response: { 200: ExcerptListSchema, ...problems },
      },
    },
    (request) => search.searchExcerpts(context, request.actor, request.params.projectId, request.query),
  );
}
