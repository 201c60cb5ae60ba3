import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type {
  EndpointBody,
  EndpointDefinition,
  EndpointParams,
  EndpointQuery,
  EndpointResponse,
} from '../../contracts/endpoint.js';
import { requireActor, signedInOnly, type Actor } from './access.js';
import { invalidField } from './errors.js';
import { message } from './i18n.js';
import { PROBLEM_RESPONSES } from './http.js';

/** What a handler is given: the caller (never null behind `signed-in`) and the parsed input. */
export type EndpointInput<D extends EndpointDefinition> = {
  actor: D['access'] extends 'signed-in' ? Actor : Actor | null;
  params: EndpointParams<D>;
  query: EndpointQuery<D>;
  body: EndpointBody<D>;
  request: FastifyRequest;
  reply: FastifyReply;
};

export type EndpointHandler<D extends EndpointDefinition> = (
  input: EndpointInput<D>,
) => Promise<EndpointResponse<D>> | EndpointResponse<D>;

/** Route options an endpoint may add: its OpenAPI tags (rate limits are counted in handlers: kernel/rate-limits.ts). */
export type EndpointOptions = { tags?: string[] };

/**
 * A change (PATCH) that names nothing to change is refused with 400, for every endpoint by this one
 * rule: checked after validation, so a schema's own words for it come first.
 */
async function refuseEmptyChange(request: FastifyRequest): Promise<void> {
  const body: unknown = request.body;
  const fields = typeof body === 'object' && body !== null ? Object.values(body) : [];
  if (fields.every((value) => value === undefined)) {
    throw invalidField('', message('problems.nothingToChange'));
  }
}

/** Modules register under `/api`; the contract writes paths as the browser sees them. */
const API_PREFIX = '/api';

/**
 * Registers a declared endpoint on a module's `/api` scope: validation and OpenAPI from the
 * contract, the signed-in check at the edge, and the declared success status.
 */
export function registerEndpoint<D extends EndpointDefinition>(
  scope: FastifyInstance,
  definition: D,
  handler: EndpointHandler<D>,
  options: EndpointOptions = {},
): void {
  if (!definition.path.startsWith(`${API_PREFIX}/`)) {
    throw new Error(`Endpoint paths start with ${API_PREFIX}/: ${definition.path}`);
  }
  // The contract's schemas type the handler (EndpointInput); the zod compilers set up in app.ts
  // validate and serialise with them at run time.
  const schema = {
    summary: definition.summary,
    ...(options.tags ? { tags: options.tags } : {}),
    ...(definition.params ? { params: definition.params } : {}),
    ...(definition.query ? { querystring: definition.query } : {}),
    ...(definition.body ? { body: definition.body } : {}),
    response: { [definition.status]: definition.response, ...PROBLEM_RESPONSES },
  };
  scope.route({
    method: definition.method,
    url: definition.path.slice(API_PREFIX.length),
    schema,
    // Before validation: a visitor learns they must sign in, not what the body should have held.
    ...(definition.access === 'signed-in' ? { preValidation: signedInOnly } : {}),
    ...(definition.method === 'PATCH' ? { preHandler: refuseEmptyChange } : {}),
    async handler(request: FastifyRequest, reply: FastifyReply) {
      const actor = definition.access === 'signed-in' ? requireActor(request.actor) : request.actor;
      const result = await handler({
        actor,
        params: request.params,
        query: request.query,
        body: request.body,
        request,
        reply,
      } as EndpointInput<D>);
      return reply.status(definition.status).send(result);
    },
  });
}
