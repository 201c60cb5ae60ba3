import type { FastifyInstance } from 'fastify';
import { showcaseEndpoints } from '../../../../contracts/stories.endpoints.js';
import { registerEndpoint } from '../../../kernel/endpoints.js';
import type { ModuleContext } from '../../../kernel/module.js';
import * as collections from './collections.js';
import { createShowcaseList } from './showcase-list.js';
import { getShowcaseStory } from './showcase.js';

/** The public showcase (no sign-in) and the collections coordinators curate for it. */
export function registerShowcaseRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const tagged = { tags: ['showcase'] };
  const showcase = createShowcaseList(context);

  registerEndpoint(
    scope,
    showcaseEndpoints.stories,
    async ({ query }) => ({ stories: await showcase.find(query) }),
    tagged,
  );
  registerEndpoint(
    scope,
    showcaseEndpoints.story,
    ({ params }) => getShowcaseStory(context, params.storyId),
    tagged,
  );

  // --- collections ---
  registerEndpoint(
    scope,
    showcaseEndpoints.collections,
    async () => ({ collections: await collections.findCollections(context) }),
    tagged,
  );
  registerEndpoint(
    scope,
    showcaseEndpoints.collection,
    ({ params }) => collections.getCollection(context, params.collectionId),
    tagged,
  );
  registerEndpoint(
    scope,
    showcaseEndpoints.createCollection,
    ({ actor, body }) => collections.createCollection(context, actor, body),
    tagged,
  );
  registerEndpoint(
    scope,
    showcaseEndpoints.addStory,
    ({ actor, params, body }) =>
      collections.addStoryToCollection(context, actor, params.collectionId, body.storyId),
    tagged,
  );
  registerEndpoint(
    scope,
    showcaseEndpoints.removeStory,
    ({ actor, params }) =>
      collections.removeStoryFromCollection(context, actor, params.collectionId, params.storyId),
    tagged,
  );
}
