import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  BoardSchema,
  CafeParamsSchema,
  IdeaParamsSchema,
  MergeIdeasRequestSchema,
  ModerateIdeaRequestSchema,
  SimilarIdeasResponseSchema,
} from '../../../../contracts/cafes.js';
import { PROBLEM_RESPONSES as problems } from '../../../kernel/http.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { mergeIdeas } from './merge-ideas.js';
import { moderateIdea } from './moderate-idea.js';
import { findSimilarIdeas } from './similar-ideas.js';

/** The facilitator tidying the board: hiding and correcting ideas, and merging duplicates. */
export function registerModerationRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  app.patch(
    '/cafes/:cafeId/ideas/:ideaId',
    {
      schema: {
        tags: ['cafes'],
        params: IdeaParamsSchema,
        body: ModerateIdeaRequestSchema,
        response: { 200: BoardSchema, ...problems },
      },
    },
    async (request) =>
      moderateIdea(context, request.actor, request.params.cafeId, request.params.ideaId, request.body),
  );
  app.post(
    '/cafes/:cafeId/merges',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: MergeIdeasRequestSchema,
        response: { 200: BoardSchema, ...problems },
      },
    },
    async (request) => mergeIdeas(context, request.actor, request.params.cafeId, request.body),
  );
  app.get(
    '/cafes/:cafeId/similar-ideas',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        response: { 200: SimilarIdeasResponseSchema, ...problems },
      },
    },
    async (request) => ({ pairs: await findSimilarIdeas(context, request.actor, request.params.cafeId) }),
  );
}
