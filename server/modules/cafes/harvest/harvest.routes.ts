import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CafeParamsSchema,
  CafePhotoSchema,
  PhotoParamsSchema,
  PhotoQuerySchema,
} from '../../../../contracts/cafes.js';
import { cafeHarvestEndpoints } from '../../../../contracts/cafes.endpoints.js';
import { requireActor, signedInOnly } from '../../../kernel/access.js';
import { registerEndpoint } from '../../../kernel/endpoints.js';
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
  const options = { tags: ['cafes'] };

  registerEndpoint(
    scope,
    cafeHarvestEndpoints.getHarvest,
    ({ actor, params }) => buildHarvest(context, actor, params.cafeId),
    options,
  );
  // Plain routes: they send Word and PDF downloads.
  for (const format of ['docx', 'pdf'] as const) {
    app.get(
      `/cafes/:cafeId/harvest.${format}`,
      { preValidation: signedInOnly, schema: { tags: ['cafes'], params: CafeParamsSchema } },
      async (request, reply) => {
        const actor = requireActor(request.actor);
        const file = await renderHarvest(context, actor, request.params.cafeId, format);
        return sendDownload(reply, file, format);
      },
    );
  }
  registerEndpoint(
    scope,
    cafeHarvestEndpoints.sendPriority,
    ({ actor, params, body }) => sendPriority(context, actor, params.cafeId, body.ideaId),
    options,
  );
  // A plain route: it sends the image itself.
  app.get(
    '/cafes/:cafeId/photos/:photoId',
    { preValidation: signedInOnly, schema: { tags: ['cafes'], params: PhotoParamsSchema } },
    async (request, reply) => {
      const { cafeId, photoId } = request.params;
      const photo = await readPhoto(context, requireActor(request.actor), cafeId, photoId);
      return reply.type(photo.mime).header('cache-control', 'private, no-store').send(photo.data);
    },
  );
  // A plain route: it streams the uploaded photo, with the photo's own content type.
  registerUploadRoutes(scope, (uploads) => {
    uploads.withTypeProvider<ZodTypeProvider>().post(
      '/cafes/:cafeId/photos',
      {
        // a visitor is refused before the query is read or a byte of the photo is taken in
        preValidation: signedInOnly,
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
          await uploadPhoto(context, requireActor(request.actor), request.params.cafeId, {
            body: uploadBody(request),
            tableNumber: request.query.tableNumber,
            caption: request.query.caption,
          }),
        ),
    );
  });
}
