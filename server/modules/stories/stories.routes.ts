import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { storyEndpoints, supportLineEndpoints } from '../../../contracts/stories.endpoints.js';
import { requireActor, signedInOnly } from '../../kernel/access.js';
import { registerEndpoint } from '../../kernel/endpoints.js';
import { PROBLEM_RESPONSES, readIdempotencyKey } from '../../kernel/http.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as capture from './capture/index.js';
import * as reading from './read-stories.js';
import * as review from './review/index.js';
import * as supportLines from './support-lines.js';

/** Stories as their storytellers and collectors work on them, and as readers find them. */
export function registerStoriesRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const tagged = { tags: ['stories'] };

  registerEndpoint(
    scope,
    storyEndpoints.mine,
    async ({ actor }) => ({ stories: await reading.findMyStories(context, actor) }),
    tagged,
  );
  registerEndpoint(
    scope,
    storyEndpoints.search,
    async ({ actor, query }) => ({ results: await reading.searchStories(context, actor, query) }),
    tagged,
  );
  // A plain route: it answers 201 for a new story but 200 when an Idempotency-Key repeats one,
  // and a declared endpoint has a single success status.
  const create = storyEndpoints.create;
  scope.withTypeProvider<ZodTypeProvider>().post(
    create.path.slice('/api'.length),
    {
      preValidation: signedInOnly,
      schema: {
        ...tagged,
        summary: create.summary,
        body: create.body,
        response: { 200: create.response, 201: create.response, ...PROBLEM_RESPONSES },
      },
    },
    async (request, reply) => {
      const result = await capture.createStory(
        context,
        requireActor(request.actor),
        request.body,
        readIdempotencyKey(request),
      );
      return reply.status(result.created ? 201 : 200).send(result.story);
    },
  );
  registerEndpoint(
    scope,
    storyEndpoints.get,
    ({ actor, params }) => reading.getStory(context, actor, params.storyId),
    tagged,
  );
  registerEndpoint(
    scope,
    storyEndpoints.saveDraft,
    ({ actor, params, body }) => capture.saveDraft(context, actor, params.storyId, body),
    tagged,
  );
  registerEndpoint(
    scope,
    storyEndpoints.submit,
    ({ actor, params, request }) =>
      capture.submitStory(context, actor, params.storyId, readIdempotencyKey(request)),
    tagged,
  );
  registerEndpoint(
    scope,
    storyEndpoints.original,
    ({ actor, params }) => reading.readOriginal(context, actor, params.storyId),
    tagged,
  );
  registerEndpoint(
    scope,
    storyEndpoints.createVersion,
    ({ actor, params, body }) =>
      review.createDeidentifiedVersion(context, actor, params.storyId, body.decisions),
    tagged,
  );
  registerEndpoint(
    scope,
    storyEndpoints.approve,
    ({ actor, params, body }) =>
      review.approveStory(context, actor, params.storyId, { versionId: body?.versionId }),
    tagged,
  );

  // --- support lines ---
  const safeguarding = { tags: ['safeguarding'] };
  registerEndpoint(
    scope,
    supportLineEndpoints.get,
    ({ actor, params }) => supportLines.getSupportLines(context, actor, params.organisationId),
    safeguarding,
  );
  registerEndpoint(
    scope,
    supportLineEndpoints.update,
    ({ actor, params, body }) =>
      supportLines.updateSupportLines(context, actor, params.organisationId, body.lines),
    safeguarding,
  );
}
