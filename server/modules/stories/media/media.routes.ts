import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  MediaLinkRequestSchema,
  MediaParamsSchema,
  StoryMediaListResponseSchema,
  StoryMediaSchema,
  StoryParamsSchema,
  TranscriptImportResponseSchema,
  UploadQuerySchema,
} from '../../../../contracts/stories.js';
import { PROBLEM_RESPONSES as problems, registerUploadRoutes, uploadBody } from '../../../kernel/http.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { importTranscript } from './import-transcript.js';
import * as recordings from './recordings.js';

export function registerMediaRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

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
        importTranscript(context, request.actor, request.params.storyId, {
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
          await recordings.uploadMedia(context, request.actor, request.params.storyId, {
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
        .send(await recordings.addMediaLink(context, request.actor, request.params.storyId, request.body)),
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
    async (request) => ({
      media: await recordings.listMedia(context, request.actor, request.params.storyId),
    }),
  );
  app.get(
    '/stories/:storyId/media/:mediaId/file',
    { schema: { tags: ['stories'], params: MediaParamsSchema } },
    async (request, reply) => {
      const file = await recordings.openMediaFile(
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
}
