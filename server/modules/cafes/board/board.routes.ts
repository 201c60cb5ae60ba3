import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CafeParamsSchema } from '../../../../contracts/cafes.js';
import { cafeBoardEndpoints } from '../../../../contracts/cafes.endpoints.js';
import { registerEndpoint } from '../../../kernel/endpoints.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { mayWatch } from '../cafe-loader.js';
import { readerOf } from '../cafe-reader.js';
import { getBoard } from './build-board.js';
import { NOT_WATCHING, type CafeLive } from './live-updates.js';

export function registerBoardRoutes(scope: FastifyInstance, context: ModuleContext, live: CafeLive): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  registerEndpoint(
    scope,
    cafeBoardEndpoints.getBoard,
    ({ request, params }) => getBoard(context, readerOf(request, params.cafeId), params.cafeId),
    { tags: ['cafes'] },
  );

  // Live board: participants and the facilitator are told of every change as it is stored. A plain
  // route: it is a WebSocket, not a request with one answer.
  app.get(
    '/cafes/:cafeId/live',
    { websocket: true, schema: { tags: ['cafes'], params: CafeParamsSchema } },
    async (socket, request) => {
      const { cafeId } = request.params;
      const watcher = await mayWatch(context, readerOf(request, cafeId), cafeId);
      if (!watcher) {
        socket.close(NOT_WATCHING, 'Join the café first');
        return;
      }
      live.join(cafeId, socket, watcher);
    },
  );
}
