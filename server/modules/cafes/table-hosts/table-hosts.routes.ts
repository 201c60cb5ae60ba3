import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CafeParamsSchema } from '../../../../contracts/cafes.js';
import { cafeTableHostEndpoints } from '../../../../contracts/cafes.endpoints.js';
import { registerEndpoint } from '../../../kernel/endpoints.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { clientNetwork, type RateLimit } from '../../../kernel/rate-limits.js';
import { NOT_WATCHING, type CafeLive } from '../board/index.js';
import { readerOf } from '../cafe-reader.js';
import { addTableIdea } from './add-table-idea.js';
import { countTableVotes } from './count-table-votes.js';
import { hideTableIdea } from './hide-table-idea.js';
import { listTableHostLinks, replaceTableHostLink } from './host-links.js';
import { findTableHostByKey, keyOfOpening, openTableHost } from './table-host-access.js';
import { buildTableHostView, getTableHostView } from './table-host-view.js';

/** Table hosts with their table's link, and the facilitator handing the links out. */
export function registerTableHostRoutes(
  scope: FastifyInstance,
  context: ModuleContext,
  live: CafeLive,
): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();
  const options = { tags: ['cafes'] };
  const endpoints = cafeTableHostEndpoints;

  // As with join codes: links and codes that open nothing are limited per address (a typed code has
  // about 59 bits, a link's key 256), ones that work never are.
  const wrongLinks: RateLimit = {
    name: 'cafes.wrong-table-host-link-per-address',
    max: context.config.joinLimitPerMinute,
    windowMs: 60_000,
    refusal: 'Too many table-host links or codes that open nothing, from this address.',
  };
  registerEndpoint(
    scope,
    endpoints.open,
    async ({ body, request, reply }) => {
      await context.limits.refuseWhenOver(wrongLinks, clientNetwork(request.ip));
      const key = await keyOfOpening(context, body);
      if (!(await findTableHostByKey(context, key)))
        await context.limits.count(wrongLinks, clientNetwork(request.ip));
      return openTableHost(context, reply, key);
    },
    options,
  );
  registerEndpoint(
    scope,
    endpoints.view,
    ({ request, params }) => getTableHostView(context, readerOf(request, params.cafeId), params.cafeId),
    options,
  );
  // The host's table, live: sent again after changes to the café (an idea added or hidden, voting
  // opened, paper votes counted). The link is checked afresh each time, so a replaced link or a
  // closed café ends the connection. A plain route: it is a WebSocket, not a request with one answer.
  app.get(
    '/cafes/:cafeId/table-host/live',
    { websocket: true, schema: { tags: ['cafes'], params: CafeParamsSchema } },
    async (socket, request) => {
      const { cafeId } = request.params;
      const key = readerOf(request, cafeId).tableHostToken;
      const current = async () => {
        const host = await findTableHostByKey(context, key);
        return host && host.cafe.id === cafeId ? host : undefined;
      };
      if (!key || !(await current())) {
        socket.close(NOT_WATCHING, 'Open your table-host link first');
        return;
      }
      live.follow(cafeId, socket, {
        key,
        view: async () => {
          const host = await current();
          return host ? buildTableHostView(context, host) : undefined;
        },
      });
    },
  );
  registerEndpoint(
    scope,
    endpoints.addIdea,
    ({ request, params, body }) =>
      addTableIdea(context, readerOf(request, params.cafeId), params.cafeId, body),
    options,
  );
  registerEndpoint(
    scope,
    endpoints.countPaperVotes,
    ({ request, params, body }) =>
      countTableVotes(context, readerOf(request, params.cafeId), params.cafeId, params.ideaId, body),
    options,
  );
  registerEndpoint(
    scope,
    endpoints.hideIdea,
    ({ request, params, body }) =>
      hideTableIdea(context, readerOf(request, params.cafeId), params.cafeId, params.ideaId, body),
    options,
  );
  registerEndpoint(
    scope,
    endpoints.listLinks,
    ({ actor, params }) => listTableHostLinks(context, actor, params.cafeId),
    options,
  );
  registerEndpoint(
    scope,
    endpoints.replaceLink,
    ({ actor, params }) => replaceTableHostLink(context, actor, params.cafeId, Number(params.tableNumber)),
    options,
  );
}
