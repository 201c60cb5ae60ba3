import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { mediaEndpoints } from '../../../../contracts/stories.endpoints.js';
import {
  MediaParamsSchema,
  StoryMediaSchema,
  StoryParamsSchema,
  TranscriptImportResponseSchema,
  UploadQuerySchema,
} from '../../../../contracts/stories.js';
import { requireActor, signedInOnly } from '../../../kernel/access.js';
import { registerEndpoint } from '../../../kernel/endpoints.js';
import { PROBLEM_RESPONSES as problems, registerUploadRoutes, uploadBody } from '../../../kernel/http.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { importTranscript } from './import-transcript.js';
import * as recordings from './recordings.js';

export function registerMediaRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const tagged = { tags: ['stories'] };

  // --- transcripts and recordings: plain routes, as raw bodies are streamed, never parsed as JSON ---
  registerUploadRoutes(scope, (uploads) => {
    const files = uploads.withTypeProvider<ZodTypeProvider>();
    files.put(
      '/stories/:storyId/transcript',
      {
        preValidation: signedInOnly,
        schema: {
          ...tagged,
          params: StoryParamsSchema,
          querystring: UploadQuerySchema,
          response: { 200: TranscriptImportResponseSchema, ...problems },
        },
      },
      async (request) =>
        importTranscript(context, requireActor(request.actor), request.params.storyId, {
          filename: request.query.filename,
          body: uploadBody(request),
        }),
    );
    files.post(
      '/stories/:storyId/media',
      {
        preValidation: signedInOnly,
        schema: {
          ...tagged,
          params: StoryParamsSchema,
          querystring: UploadQuerySchema,
          response: { 201: StoryMediaSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await recordings.uploadMedia(context, requireActor(request.actor), request.params.storyId, {
            filename: request.query.filename,
            body: uploadBody(request),
          }),
        ),
    );
  });
  registerEndpoint(
    scope,
    mediaEndpoints.addLink,
    ({ actor, params, body }) => recordings.addMediaLink(context, actor, params.storyId, body),
    tagged,
  );
  registerEndpoint(
    scope,
    mediaEndpoints.list,
    async ({ actor, params }) => ({ media: await recordings.listMedia(context, actor, params.storyId) }),
    tagged,
  );
  // A plain route: it streams the recording with its own content type.
  scope
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/stories/:storyId/media/:mediaId/file',
      { preValidation: signedInOnly, schema: { ...tagged, params: MediaParamsSchema } },
      async (request, reply) => {
        const file = await recordings.openMediaFile(
          context,
          requireActor(request.actor),
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
