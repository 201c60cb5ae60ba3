import type { FastifyInstance } from 'fastify';
import { cafeModerationEndpoints } from '../../../../contracts/cafes.endpoints.js';
import { registerEndpoint } from '../../../kernel/endpoints.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { mergeIdeas } from './merge-ideas.js';
import { moderateIdea } from './moderate-idea.js';
import { countPaperVotes } from './paper-votes.js';
import { findSimilarIdeas } from './similar-ideas.js';

/** The facilitator tidying the board: hiding and correcting ideas, merging duplicates, counting in paper votes. */
export function registerModerationRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const options = { tags: ['cafes'] };
  const moderation = cafeModerationEndpoints;

  registerEndpoint(
    scope,
    moderation.moderateIdea,
    ({ actor, params, body }) => moderateIdea(context, actor, params.cafeId, params.ideaId, body),
    options,
  );
  registerEndpoint(
    scope,
    moderation.countPaperVotes,
    ({ actor, params, body }) => countPaperVotes(context, actor, params.cafeId, params.ideaId, body),
    options,
  );
  registerEndpoint(
    scope,
    moderation.mergeIdeas,
    ({ actor, params, body }) => mergeIdeas(context, actor, params.cafeId, body),
    options,
  );
  registerEndpoint(
    scope,
    moderation.similarIdeas,
    async ({ actor, params }) => ({ pairs: await findSimilarIdeas(context, actor, params.cafeId) }),
    options,
  );
}
