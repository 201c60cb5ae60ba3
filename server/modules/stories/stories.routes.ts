import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AddToCollectionRequestSchema,
  CollectionItemParamsSchema,
  CollectionListResponseSchema,
  CollectionParamsSchema,
  CollectionResponseSchema,
  CreateCollectionRequestSchema,
  CollectionSchema,
  MediaLinkRequestSchema,
  MediaParamsSchema,
  ConsentEventRequestSchema,
  CreateStoryRequestSchema,
  CreateVersionRequestSchema,
  OriginalResponseSchema,
  SaveDraftRequestSchema,
  ShowcaseListResponseSchema,
  ShowcaseQuerySchema,
  ShowcaseStorySchema,
  StoryListResponseSchema,
  StoryMediaListResponseSchema,
  StoryMediaSchema,
  StoryParamsSchema,
  StoryResponseSchema,
  SupportLinesSchema,
  UpdateSupportLinesRequestSchema,
  StorySearchQuerySchema,
  StorySearchResponseSchema,
  SubmitStoryResponseSchema,
  TranscriptImportResponseSchema,
  UploadQuerySchema,
} from '../../../contracts/stories.js';
import { AppError } from '../../kernel/errors.js';
import { PROBLEM_RESPONSES, registerUploadRoutes, uploadBody } from '../../kernel/http.js';
import type { ModuleContext } from '../../kernel/module.js';
import { recordConsent } from './consent/record-consent.js';
import * as service from './stories.service.js';
import * as media from './story-media.service.js';
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

export function registerStoriesRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/stories',
    { schema: { tags: ['stories'], response: { 200: StoryListResponseSchema, ...problems } } },
    async (request) => ({ stories: await service.findMyStories(context, request.actor) }),
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
    async (request) => ({ results: await service.searchStories(context, request.actor, request.query) }),
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
      const result = await service.createStory(context, request.actor, request.body, idempotencyKey(request));
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
    async (request) => service.getStory(context, request.actor, request.params.storyId),
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
    async (request) => service.saveDraft(context, request.actor, request.params.storyId, request.body),
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
      service.submitStory(context, request.actor, request.params.storyId, idempotencyKey(request)),
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
    async (request) => service.readOriginal(context, request.actor, request.params.storyId),
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
          await service.createDeidentifiedVersion(
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
      service.approveStory(context, request.actor, request.params.storyId, {
        versionId: request.body?.versionId,
      }),
  );
  app.post(
    '/stories/:storyId/consent',
    {
      schema: {
        tags: ['stories'],
        params: StoryParamsSchema,
        body: ConsentEventRequestSchema,
        response: { 201: StoryResponseSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordConsent(context, request.actor, request.params.storyId, request.body)),
  );

  // --- transcripts and recordings: raw bodies streamed, never parsed as JSON ---
  registerUploadRoutes(scope, (uploads) => {
    const files = uploads.withTypeProvider<ZodTypeProvider>();
    files.put(
      '/stories/:storyId/transcript',
      {
        schema: {
          tags: ['stories'],
          params: StoryParamsSchema,
          querystring: UploadQuerySchema,
          response: { 200: TranscriptImportResponseSchema, ...problems },
        },
      },
      async (request) =>
        media.importTranscript(context, request.actor, request.params.storyId, {
          filename: request.query.filename,
          body: uploadBody(request),
        }),
    );
    files.post(
      '/stories/:storyId/media',
      {
        schema: {
          tags: ['stories'],
          params: StoryParamsSchema,
          querystring: UploadQuerySchema,
          response: { 201: StoryMediaSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await media.uploadMedia(context, request.actor, request.params.storyId, {
            filename: request.query.filename,
            body: uploadBody(request),
          }),
        ),
    );
  });
  app.post(
    '/stories/:storyId/media-links',
    {
      schema: {
        tags: ['stories'],
        params: StoryParamsSchema,
        body: MediaLinkRequestSchema,
        response: { 201: StoryMediaSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await media.addMediaLink(context, request.actor, request.params.storyId, request.body)),
  );
  app.get(
    '/stories/:storyId/media',
    {
      schema: {
        tags: ['stories'],
        params: StoryParamsSchema,
        response: { 200: StoryMediaListResponseSchema, ...problems },
      },
    },
    async (request) => ({ media: await media.listMedia(context, request.actor, request.params.storyId) }),
  );
  app.get(
    '/stories/:storyId/media/:mediaId/file',
    { schema: { tags: ['stories'], params: MediaParamsSchema } },
    async (request, reply) => {
      const file = await media.openMediaFile(
        context,
        request.actor,
        request.params.storyId,
        request.params.mediaId,
      );
      return reply
        .type(file.mime)
        .header('content-length', file.size)
        .header('cache-control', 'private, no-store')
        .send(file.stream);
    },
  );

  // --- public showcase ---
  app.get(
    '/showcase/stories',
    {
      schema: {
        tags: ['showcase'],
        querystring: ShowcaseQuerySchema,
        response: { 200: ShowcaseListResponseSchema, ...problems },
      },
    },
    async (request) => ({ stories: await service.findShowcaseStories(context, request.query) }),
  );
  app.get(
    '/showcase/stories/:storyId',
    {
      schema: {
        tags: ['showcase'],
        params: StoryParamsSchema,
        response: { 200: ShowcaseStorySchema, ...problems },
      },
    },
    async (request) => service.getShowcaseStory(context, request.params.storyId),
  );

  // --- support lines ---
  const OrganisationParams = z.object({ organisationId: z.uuid() });
  app.get(
    '/organisations/:organisationId/support-lines',
    {
      schema: {
        tags: ['safeguarding'],
        params: OrganisationParams,
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
        params: OrganisationParams,
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

  // --- collections ---
  app.get(
    '/showcase/collections',
    { schema: { tags: ['showcase'], response: { 200: CollectionListResponseSchema } } },
    async () => ({ collections: await service.findCollections(context) }),
  );
  app.get(
    '/showcase/collections/:collectionId',
    {
      schema: {
        tags: ['showcase'],
        params: CollectionParamsSchema,
        response: { 200: CollectionResponseSchema, ...problems },
      },
    },
    async (request) => service.getCollection(context, request.params.collectionId),
  );
  app.post(
    '/collections',
    {
      schema: {
        tags: ['showcase'],
        body: CreateCollectionRequestSchema,
        response: { 201: CollectionSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createCollection(context, request.actor, request.body)),
  );
  app.post(
    '/collections/:collectionId/stories',
    {
      schema: {
        tags: ['showcase'],
        params: CollectionParamsSchema,
        body: AddToCollectionRequestSchema,
        response: { 200: CollectionResponseSchema, ...problems },
      },
    },
    async (request) =>
      service.addStoryToCollection(context, request.actor, request.params.collectionId, request.body.storyId),
  );
  app.delete(
    '/collections/:collectionId/stories/:storyId',
    {
      schema: {
        tags: ['showcase'],
        params: CollectionItemParamsSchema,
        response: { 200: CollectionResponseSchema, ...problems },
      },
    },
    async (request) =>
      service.removeStoryFromCollection(
        context,
        request.actor,
        request.params.collectionId,
        request.params.storyId,
      ),
  );
}
