import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OrganisationParamsSchema } from '../../../contracts/people.js';
import {
  CreateStoryRequestSchema,
  CreateVersionRequestSchema,
  OriginalResponseSchema,
  SaveDraftRequestSchema,
  StoryListResponseSchema,
  StoryParamsSchema,
  StoryResponseSchema,
  StorySearchQuerySchema,
  StorySearchResponseSchema,
  SubmitStoryResponseSchema,
  SupportLinesSchema,
  UpdateSupportLinesRequestSchema,
} from '../../../contracts/stories.js';
import { AppError } from '../../kernel/errors.js';
import { PROBLEM_RESPONSES } from '../../kernel/http.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as capture from './capture/index.js';
import * as reading from './read-stories.js';
import * as review from './review/index.js';
import * as supportLines from './support-lines.js';

const problems = PROBLEM_RESPONSES;

/** Reads the optional `Idempotency-Key` header that makes retries safe. */
function idempotencyKey(request: FastifyRequest): string | undefined {
  const value = request.headers['idempotency-key'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^[A-Za-z0-9_.:-]{8,100}$/.test(value)) {
    throw new AppError('bad_request', 'Idempotency-Key must be 8 to 100 letters, digits or -_.: characters.');
  }
  return value;
}

/** Stories as their storytellers and collectors work on them, and as readers find them. */
export function registerStoriesRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/stories',
    { schema: { tags: ['stories'], response: { 200: StoryListResponseSchema, ...problems } } },
    async (request) => ({ stories: await reading.findMyStories(context, request.actor) }),
  );
  app.get(
    '/stories/search',
    {
      schema: {
        tags: ['stories'],
        querystring: StorySearchQuerySchema,
        response: { 200: StorySearchResponseSchema, ...problems },
      },
    },
    async (request) => ({ results: await reading.searchStories(context, request.actor, request.query) }),
  );
  app.post(
    '/stories',
    {
      schema: {
        tags: ['stories'],
        body: CreateStoryRequestSchema,
        response: { 200: StoryResponseSchema, 201: StoryResponseSchema, ...problems },
      },
    },
    async (request, reply) => {
      const result = await capture.createStory(context, request.actor, request.body, idempotencyKey(request));
      return reply.status(result.created ? 201 : 200).send(result.story);
    },
  );
  app.get(
    '/stories/:storyId',
    {
      schema: {
        tags: ['stories'],
        params: StoryParamsSchema,
        response: { 200: StoryResponseSchema, ...problems },
      },
    },
    async (request) => reading.getStory(context, request.actor, request.params.storyId),
  );
  app.put(
    '/stories/:storyId/draft',
    {
      schema: {
        tags: ['stories'],
        params: StoryParamsSchema,
        body: SaveDraftRequestSchema,
        response: { 200: z.object({ revision: z.number().int(), savedAt: z.string() }), ...problems },
      },
    },
    async (request) => capture.saveDraft(context, request.actor, request.params.storyId, request.body),
  );
  app.post(
    '/stories/:storyId/submit',
    {
      schema: {
        tags: ['stories'],
        params: StoryParamsSchema,
        response: { 200: SubmitStoryResponseSchema, ...problems },
      },
    },
    async (request) =>
      capture.submitStory(context, request.actor, request.params.storyId, idempotencyKey(request)),
  );
  app.get(
    '/stories/:storyId/original',
    {
      schema: {
        tags: ['stories'],
        params: StoryParamsSchema,
        response: { 200: OriginalResponseSchema, ...problems },
      },
    },
    async (request) => reading.readOriginal(context, request.actor, request.params.storyId),
  );
  app.post(
    '/stories/:storyId/versions',
    {
      schema: {
        tags: ['stories'],
        params: StoryParamsSchema,
        body: CreateVersionRequestSchema,
        response: { 201: StoryResponseSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await review.createDeidentifiedVersion(
            context,
            request.actor,
            request.params.storyId,
            request.body.decisions,
          ),
        ),
  );
  app.post(
    '/stories/:storyId/approve',
    {
      schema: {
        tags: ['stories'],
        params: StoryParamsSchema,
        // The version the storyteller read: if the text changed since, they must read it again.
        body: z.strictObject({ versionId: z.uuid().optional() }).nullish(),
        response: { 200: StoryResponseSchema, ...problems },
      },
    },
    async (request) =>
      review.approveStory(context, request.actor, request.params.storyId, {
        versionId: request.body?.versionId,
      }),
  );
  // --- support lines ---
  app.get(
    '/organisations/:organisationId/support-lines',
    {
      schema: {
        tags: ['safeguarding'],
        params: OrganisationParamsSchema,
        response: { 200: SupportLinesSchema, ...problems },
      },
    },
    async (request) => supportLines.getSupportLines(context, request.actor, request.params.organisationId),
  );
  app.put(
    '/organisations/:organisationId/support-lines',
    {
      schema: {
        tags: ['safeguarding'],
        params: OrganisationParamsSchema,
        body: UpdateSupportLinesRequestSchema,
        response: { 200: SupportLinesSchema, ...problems },
      },
    },
    async (request) =>
      supportLines.updateSupportLines(
        context,
        request.actor,
        request.params.organisationId,
        request.body.lines,
      ),
  );
}
