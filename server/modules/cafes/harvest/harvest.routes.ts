import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CafeParamsSchema,
  CafePhotoSchema,
  HarvestSchema,
  PhotoParamsSchema,
  PhotoQuerySchema,
  SendPriorityRequestSchema,
} from '../../../../contracts/cafes.js';
import {
  PROBLEM_RESPONSES as problems,
  registerUploadRoutes,
  sendDownload,
  uploadBody,
} from '../../../kernel/http.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { buildHarvest } from './harvest.js';
import { renderHarvest } from './harvest-document.js';
import { readPhoto, uploadPhoto } from './photos.js';
import { sendPriority } from './priorities.js';

/** What came of the café: the harvest report and its downloads, photos, and priorities sent on. */
export function registerHarvestRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/cafes/:cafeId/harvest',
    { schema: { tags: ['cafes'], params: CafeParamsSchema, response: { 200: HarvestSchema, ...problems } } },
    async (request) => buildHarvest(context, request.actor, request.params.cafeId),
  );
  for (const format of ['docx', 'pdf'] as const) {
    app.get(
      `/cafes/:cafeId/harvest.${format}`,
      { schema: { tags: ['cafes'], params: CafeParamsSchema } },
      async (request, reply) => {
        const file = await renderHarvest(context, request.actor, request.params.cafeId, format);
        return sendDownload(reply, file, format);
      },
    );
  }
  app.post(
    '/cafes/:cafeId/priorities',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: SendPriorityRequestSchema,
        response: { 200: HarvestSchema, ...problems },
      },
    },
    async (request) => sendPriority(context, request.actor, request.params.cafeId, request.body.ideaId),
  );
  app.get(
    '/cafes/:cafeId/photos/:photoId',
    { schema: { tags: ['cafes'], params: PhotoParamsSchema } },
    async (request, reply) => {
      const photo = await readPhoto(context, request.actor, request.params.cafeId, request.params.photoId);
      return reply.type(photo.mime).header('cache-control', 'private, no-store').send(photo.data);
    },
  );
  registerUploadRoutes(scope, (uploads) => {
    uploads.withTypeProvider<ZodTypeProvider>().post(
      '/cafes/:cafeId/photos',
      {
        schema: {
          tags: ['cafes'],
          params: CafeParamsSchema,
          querystring: PhotoQuerySchema,
          response: {
            201: CafePhotoSchema,
            ...problems,
          },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await uploadPhoto(context, request.actor, request.params.cafeId, {
            body: uploadBody(request),
            tableNumber: request.query.tableNumber,
            caption: request.query.caption,
          }),
        ),
    );
  });
}
