import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { BoardSchema, CafeParamsSchema } from '../../../../contracts/cafes.js';
import { PROBLEM_RESPONSES as problems } from '../../../kernel/http.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { mayWatch } from '../cafe-loader.js';
import { readerOf } from '../cafe-reader.js';
import { getBoard } from './build-board.js';
import type { createCafeLive } from './live-updates.js';

export function registerBoardRoutes(
  scope: FastifyInstance,
  context: ModuleContext,
  live: ReturnType<typeof createCafeLive>,
): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/cafes/:cafeId/board',
    { schema: { tags: ['cafes'], params: CafeParamsSchema, response: { 200: BoardSchema, ...problems } } },
    async (request) => getBoard(context, readerOf(request), request.params.cafeId),
  );

  // Live board: participants and the facilitator are told of every change as it is stored.
  app.get(
    '/cafes/:cafeId/live',
    { websocket: true, schema: { tags: ['cafes'], params: CafeParamsSchema } },
    async (socket, request) => {
      if (!(await mayWatch(context, readerOf(request), request.params.cafeId))) {
        socket.close(4401, 'Join the café first');
        return;
      }
      live.join(request.params.cafeId, socket);
    },
  );
}
