import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AddStoriesRequestSchema,
  AgreementQuerySchema,
  AgreementReportSchema,
  AnalysableStoriesSchema,
  ApplicationParamsSchema,
  BriefingDownloadListSchema,
  BriefingOptionsSchema,
  BriefingQuerySchema,
  CodeParamsSchema,
  CodebookListSchema,
  CodebookParamsSchema,
  CodebookSchema,
  CodingViewSchema,
  ConsentNoticeListSchema,
  CreateApplicationRequestSchema,
  CreateCodeRequestSchema,
  CreateCodebookRequestSchema,
  CreateKeyMessageRequestSchema,
  CreateMemoRequestSchema,
  CreateProjectRequestSchema,
  CreateThemeRequestSchema,
  DecideSuggestionRequestSchema,
  ExcerptListSchema,
  ExcerptQuerySchema,
  MemoListSchema,
  MemoQuerySchema,
  MergeCodeRequestSchema,
  ProjectListSchema,
  ProjectParamsSchema,
  ProjectSchema,
  ProjectStoryParamsSchema,
  SynthesisSchema,
  UpdateCodeRequestSchema,
  UpdateProjectRequestSchema,
} from '../../../contracts/analysis.js';
import { PROBLEM_RESPONSES, sendDownload } from '../../kernel/http.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as exports from './analysis.exports.js';
import * as service from './analysis.service.js';
import * as briefing from './briefing.js';
import * as briefingLog from './briefing-log.js';

const problems = PROBLEM_RESPONSES;
const tags = ['analysis'];

export function registerAnalysisRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  // --- codebooks ---
  app.get(
    '/analysis/codebooks',
    { schema: { tags, response: { 200: CodebookListSchema, ...problems } } },
    (request) => service.listCodebooks(context, request.actor),
  );
  app.post(
    '/analysis/codebooks',
    { schema: { tags, body: CreateCodebookRequestSchema, response: { 201: CodebookSchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await service.createCodebook(context, request.actor, request.body)),
  );
  app.get(
    '/analysis/codebooks/:codebookId',
    { schema: { tags, params: CodebookParamsSchema, response: { 200: CodebookSchema, ...problems } } },
    (request) => service.getCodebook(context, request.actor, request.params.codebookId),
  );
  app.post(
    '/analysis/codebooks/:codebookId/codes',
    {
      schema: {
        tags,
        params: CodebookParamsSchema,
        body: CreateCodeRequestSchema,
        response: { 201: CodebookSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.addCode(context, request.actor, request.params.codebookId, request.body)),
  );
  app.patch(
    '/analysis/codebooks/:codebookId/codes/:codeId',
    {
      schema: {
        tags,
        params: CodeParamsSchema,
        body: UpdateCodeRequestSchema,
        response: { 200: CodebookSchema, ...problems },
      },
    },
    (request) =>
      service.updateCode(
        context,
        request.actor,
        request.params.codebookId,
        request.params.codeId,
        request.body,
      ),
  );
  app.post(
    '/analysis/codebooks/:codebookId/codes/:codeId/merge',
    {
      schema: {
        tags,
        params: CodeParamsSchema,
        body: MergeCodeRequestSchema,
        response: { 200: CodebookSchema, ...problems },
      },
    },
    (request) =>
      service.mergeCode(
        context,
        request.actor,
        request.params.codebookId,
        request.params.codeId,
        request.body.intoId,
      ),
  );

  // --- projects ---
  app.get(
    '/analysis/projects',
    { schema: { tags, response: { 200: ProjectListSchema, ...problems } } },
    (request) => service.listProjects(context, request.actor),
  );
  app.post(
    '/analysis/projects',
    { schema: { tags, body: CreateProjectRequestSchema, response: { 201: ProjectSchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await service.createProject(context, request.actor, request.body)),
  );
  app.get(
    '/analysis/projects/:projectId',
    { schema: { tags, params: ProjectParamsSchema, response: { 200: ProjectSchema, ...problems } } },
    (request) => service.getProject(context, request.actor, request.params.projectId),
  );
  app.patch(
    '/analysis/projects/:projectId',
    {
      schema: {
        tags,
        params: ProjectParamsSchema,
        body: UpdateProjectRequestSchema,
        response: { 200: ProjectSchema, ...problems },
      },
    },
    (request) => service.updateProject(context, request.actor, request.params.projectId, request.body),
  );
  app.get(
    '/analysis/projects/:projectId/analysable-stories',
    {
      schema: { tags, params: ProjectParamsSchema, response: { 200: AnalysableStoriesSchema, ...problems } },
    },
    (request) => service.listAnalysableStories(context, request.actor, request.params.projectId),
  );
  app.post(
    '/analysis/projects/:projectId/stories',
    {
      schema: {
        tags,
        params: ProjectParamsSchema,
        body: AddStoriesRequestSchema,
        response: { 200: ProjectSchema, ...problems },
      },
    },
    (request) => service.addStories(context, request.actor, request.params.projectId, request.body),
  );

  // --- coding ---
  app.get(
    '/analysis/projects/:projectId/stories/:storyId',
    { schema: { tags, params: ProjectStoryParamsSchema, response: { 200: CodingViewSchema, ...problems } } },
    (request) =>
      service.getCodingView(context, request.actor, request.params.projectId, request.params.storyId),
  );
  app.post(
    '/analysis/projects/:projectId/applications',
    {
      schema: {
        tags,
        params: ProjectParamsSchema,
        body: CreateApplicationRequestSchema,
        response: { 201: CodingViewSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.applyCode(context, request.actor, request.params.projectId, request.body)),
  );
  app.delete(
    '/analysis/projects/:projectId/applications/:applicationId',
    { schema: { tags, params: ApplicationParamsSchema, response: { 200: CodingViewSchema, ...problems } } },
    (request) =>
      service.removeApplication(
        context,
        request.actor,
        request.params.projectId,
        request.params.applicationId,
      ),
  );
  app.post(
    '/analysis/projects/:projectId/suggestions',
    {
      schema: {
        tags,
        params: ProjectParamsSchema,
        response: { 200: z.object({ added: z.number().int(), project: ProjectSchema }), ...problems },
      },
    },
    (request) => service.suggest(context, request.actor, request.params.projectId),
  );
  app.patch(
    '/analysis/projects/:projectId/applications/:applicationId',
    {
      schema: {
        tags,
        params: ApplicationParamsSchema,
        body: DecideSuggestionRequestSchema,
        response: { 200: CodingViewSchema, ...problems },
      },
    },
    (request) =>
      service.decideSuggestion(
        context,
        request.actor,
        request.params.projectId,
        request.params.applicationId,
        request.body.decision,
      ),
  );
  app.post(
    '/analysis/projects/:projectId/memos',
    {
      schema: {
        tags,
        params: ProjectParamsSchema,
        body: CreateMemoRequestSchema,
        response: { 201: z.object({ ok: z.literal(true) }), ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.addMemo(context, request.actor, request.params.projectId, request.body)),
  );

  app.get(
    '/analysis/projects/:projectId/memos',
    {
      schema: {
        tags,
        params: ProjectParamsSchema,
        querystring: MemoQuerySchema,
        response: { 200: MemoListSchema, ...problems },
      },
    },
    (request) => service.listMemos(context, request.actor, request.params.projectId, request.query),
  );

  // --- agreement, synthesis, search ---
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
      service.getAgreement(context, request.actor, request.params.projectId, {
        unit: request.query.unit,
        includeSuggestions: request.query.suggestions === 'true',
      }),
  );
  app.get(
    '/analysis/projects/:projectId/synthesis',
    { schema: { tags, params: ProjectParamsSchema, response: { 200: SynthesisSchema, ...problems } } },
    (request) => service.getSynthesis(context, request.actor, request.params.projectId),
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
        .send(await service.addTheme(context, request.actor, request.params.projectId, request.body)),
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
        .send(await service.addKeyMessage(context, request.actor, request.params.projectId, request.body)),
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
    (request) => service.searchExcerpts(context, request.actor, request.params.projectId, request.query),
  );

  // --- exports ---
  for (const format of ['docx', 'pdf'] as const) {
    app.get(
      `/analysis/projects/:projectId/briefing.${format}`,
      { schema: { tags, params: ProjectParamsSchema, querystring: BriefingQuerySchema } },
      async (request, reply) => {
        const file = await briefing.renderBriefing(
          context,
          request.actor,
          request.params.projectId,
          request.query,
          format,
        );
        return sendDownload(reply, file, format);
      },
    );
  }
  app.get(
    '/analysis/projects/:projectId/briefing-options',
    { schema: { tags, params: ProjectParamsSchema, response: { 200: BriefingOptionsSchema, ...problems } } },
    (request) => briefing.getBriefingOptions(context, request.actor, request.params.projectId),
  );
  app.get(
    '/analysis/projects/:projectId/briefing-downloads',
    {
      schema: {
        tags,
        params: ProjectParamsSchema,
        response: { 200: BriefingDownloadListSchema, ...problems },
      },
    },
    (request) => briefingLog.listBriefingDownloads(context, request.actor, request.params.projectId),
  );
  app.get(
    '/analysis/projects/:projectId/consent-notices',
    {
      schema: { tags, params: ProjectParamsSchema, response: { 200: ConsentNoticeListSchema, ...problems } },
    },
    (request) => briefingLog.listConsentNotices(context, request.actor, request.params.projectId),
  );
  app.get(
    '/analysis/projects/:projectId/project.qdpx',
    { schema: { tags, params: ProjectParamsSchema } },
    async (request, reply) => {
      const file = await exports.exportProject(context, request.actor, request.params.projectId);
      return sendDownload(reply, file, 'qdpx');
    },
  );
  app.get(
    '/analysis/projects/:projectId/codebook.qdc',
    { schema: { tags, params: ProjectParamsSchema } },
    async (request, reply) => {
      const file = await exports.exportCodebook(context, request.actor, request.params.projectId);
      return sendDownload(reply, file, 'qdc');
    },
  );
  app.get(
    '/analysis/projects/:projectId/excerpts.csv',
    { schema: { tags, params: ProjectParamsSchema } },
    async (request, reply) => {
      const file = await exports.exportExcerptsCsv(context, request.actor, request.params.projectId);
      return sendDownload(reply, file, 'csv');
    },
  );
}
