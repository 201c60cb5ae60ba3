import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AddStoriesRequestSchema,
  AnalysableStoriesSchema,
  ApplicationParamsSchema,
  CodeParamsSchema,
  CodebookListSchema,
  CodebookParamsSchema,
  CodebookSchema,
  CodingViewSchema,
  CreateApplicationRequestSchema,
  CreateCodeRequestSchema,
  CreateCodebookRequestSchema,
  CreateMemoRequestSchema,
  CreateProjectRequestSchema,
  DecideSuggestionRequestSchema,
  MemoListSchema,
  MemoQuerySchema,
  MergeCodeRequestSchema,
  ProjectListSchema,
  ProjectParamsSchema,
  ProjectSchema,
  ProjectStoryParamsSchema,
  UpdateCodeRequestSchema,
  UpdateProjectRequestSchema,
} from '../../../contracts/analysis.js';
import { PROBLEM_RESPONSES } from '../../kernel/http.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as codebooks from './codebooks.js';
import * as coding from './coding.js';
import * as memos from './memos.js';
import * as projects from './projects.js';
import * as suggestions from './suggestions.js';

const problems = PROBLEM_RESPONSES;
const tags = ['analysis'];

/** Codebooks, projects and coding: the team's work on the stories. */
export function registerAnalysisRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  // --- codebooks ---
  app.get(
    '/analysis/codebooks',
    { schema: { tags, response: { 200: CodebookListSchema, ...problems } } },
    (request) => codebooks.listCodebooks(context, request.actor),
  );
  app.post(
    '/analysis/codebooks',
    { schema: { tags, body: CreateCodebookRequestSchema, response: { 201: CodebookSchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await codebooks.createCodebook(context, request.actor, request.body)),
  );
  app.get(
    '/analysis/codebooks/:codebookId',
    { schema: { tags, params: CodebookParamsSchema, response: { 200: CodebookSchema, ...problems } } },
    (request) => codebooks.getCodebook(context, request.actor, request.params.codebookId),
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
        .send(await codebooks.addCode(context, request.actor, request.params.codebookId, request.body)),
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
      codebooks.updateCode(
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
      codebooks.mergeCode(
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
    (request) => projects.listProjects(context, request.actor),
  );
  app.post(
    '/analysis/projects',
    { schema: { tags, body: CreateProjectRequestSchema, response: { 201: ProjectSchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await projects.createProject(context, request.actor, request.body)),
  );
  app.get(
    '/analysis/projects/:projectId',
    { schema: { tags, params: ProjectParamsSchema, response: { 200: ProjectSchema, ...problems } } },
    (request) => projects.getProject(context, request.actor, request.params.projectId),
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
    (request) => projects.updateProject(context, request.actor, request.params.projectId, request.body),
  );
  app.get(
    '/analysis/projects/:projectId/analysable-stories',
    {
      schema: { tags, params: ProjectParamsSchema, response: { 200: AnalysableStoriesSchema, ...problems } },
    },
    (request) => projects.listAnalysableStories(context, request.actor, request.params.projectId),
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
    (request) => projects.addStories(context, request.actor, request.params.projectId, request.body),
  );

  // --- coding ---
  app.get(
    '/analysis/projects/:projectId/stories/:storyId',
    { schema: { tags, params: ProjectStoryParamsSchema, response: { 200: CodingViewSchema, ...problems } } },
    (request) =>
      coding.getCodingView(context, request.actor, request.params.projectId, request.params.storyId),
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
        .send(await coding.applyCode(context, request.actor, request.params.projectId, request.body)),
  );
  app.delete(
    '/analysis/projects/:projectId/applications/:applicationId',
    { schema: { tags, params: ApplicationParamsSchema, response: { 200: CodingViewSchema, ...problems } } },
    (request) =>
      coding.removeApplication(
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
    (request) => suggestions.suggest(context, request.actor, request.params.projectId),
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
      suggestions.decideSuggestion(
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
        .send(await memos.addMemo(context, request.actor, request.params.projectId, request.body)),
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
    (request) => memos.listMemos(context, request.actor, request.params.projectId, request.query),
  );
}
