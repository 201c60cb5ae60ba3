import type { FastifyInstance } from 'fastify';
import { cafeTableHostEndpoints } from '../../../../contracts/cafes.endpoints.js';
import { registerEndpoint } from '../../../kernel/endpoints.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { clientNetwork, type RateLimit } from '../../../kernel/rate-limits.js';
import { readerOf } from '../cafe-reader.js';
import { addTableIdea } from './add-table-idea.js';
import { countTableVotes } from './count-table-votes.js';
import { hideTableIdea } from './hide-table-idea.js';
import { listTableHostLinks, replaceTableHostLink } from './host-links.js';
import { findTableHostByKey, keyOfOpening, openTableHost } from './table-host-access.js';
import { getTableHostView } from './table-host-view.js';

/** Table hosts with their table's link, and the facilitator handing the links out. */
export function registerTableHostRoutes(scope: FastifyInstance, context: ModuleContext): void {
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
