import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  BoardSchema,
  CafeParamsSchema,
  HelpRequestSchema,
  PairSchema,
  PairwiseChoiceRequestSchema,
  StatementVoteRequestSchema,
  VoteRequestSchema,
} from '../../../../contracts/cafes.js';
import { PROBLEM_RESPONSES as problems } from '../../../kernel/http.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { readerOf } from '../cafe-reader.js';
import { vote } from './dot-votes.js';
import { setHelping } from './helping.js';
import { choosePairwise, getNextPair } from './pairwise.js';
import { voteOnStatement } from './statements.js';

/** Participants voting, in whichever way the café uses, and ticking the ideas they would help with. */
export function registerVotingRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/cafes/:cafeId/votes',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: VoteRequestSchema,
        response: { 200: BoardSchema, ...problems },
      },
    },
    async (request) => vote(context, readerOf(request), request.params.cafeId, request.body),
  );
  app.get(
    '/cafes/:cafeId/pair',
    { schema: { tags: ['cafes'], params: CafeParamsSchema, response: { 200: PairSchema, ...problems } } },
    async (request) => getNextPair(context, readerOf(request), request.params.cafeId),
  );
  app.post(
    '/cafes/:cafeId/pairwise',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: PairwiseChoiceRequestSchema,
        response: { 200: PairSchema, ...problems },
      },
    },
    async (request) => choosePairwise(context, readerOf(request), request.params.cafeId, request.body),
  );
  app.post(
    '/cafes/:cafeId/statement-votes',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: StatementVoteRequestSchema,
        response: { 200: BoardSchema, ...problems },
      },
    },
    async (request) => voteOnStatement(context, readerOf(request), request.params.cafeId, request.body),
  );
  app.post(
    '/cafes/:cafeId/help',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: HelpRequestSchema,
        response: { 200: BoardSchema, ...problems },
      },
    },
    async (request) => setHelping(context, readerOf(request), request.params.cafeId, request.body),
  );
}
