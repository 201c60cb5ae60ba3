import type { FastifyInstance } from 'fastify';
import { cafeVotingEndpoints } from '../../../../contracts/cafes.endpoints.js';
import { registerEndpoint } from '../../../kernel/endpoints.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { readerOf } from '../cafe-reader.js';
import { vote } from './dot-votes.js';
import { setHelping } from './helping.js';
import { choosePairwise, getNextPair } from './pairwise.js';
import { voteOnStatement } from './statements.js';

/**
 * Participants voting, in whichever way the café uses, and ticking the ideas they would help with.
 * Public endpoints: participants are known by the café's cookie, not an account.
 */
export function registerVotingRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const options = { tags: ['cafes'] };
  const voting = cafeVotingEndpoints;

  registerEndpoint(
    scope,
    voting.vote,
    ({ request, params, body }) => vote(context, readerOf(request, params.cafeId), params.cafeId, body),
    options,
  );
  registerEndpoint(
    scope,
    voting.nextPair,
    ({ request, params }) => getNextPair(context, readerOf(request, params.cafeId), params.cafeId),
    options,
  );
  registerEndpoint(
    scope,
    voting.choosePairwise,
    ({ request, params, body }) =>
      choosePairwise(context, readerOf(request, params.cafeId), params.cafeId, body),
    options,
  );
  registerEndpoint(
    scope,
    voting.voteOnStatement,
    ({ request, params, body }) =>
      voteOnStatement(context, readerOf(request, params.cafeId), params.cafeId, body),
    options,
  );
  registerEndpoint(
    scope,
    voting.help,
    ({ request, params, body }) => setHelping(context, readerOf(request, params.cafeId), params.cafeId, body),
    options,
  );
}
