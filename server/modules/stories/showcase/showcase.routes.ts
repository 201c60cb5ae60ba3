import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AddToCollectionRequestSchema,
  CollectionItemParamsSchema,
  CollectionListResponseSchema,
  CollectionParamsSchema,
  CollectionResponseSchema,
  CollectionSchema,
  CreateCollectionRequestSchema,
  ShowcaseListResponseSchema,
  ShowcaseQuerySchema,
  ShowcaseStorySchema,
  StoryParamsSchema,
} from '../../../../contracts/stories.js';
import { PROBLEM_RESPONSES as problems } from '../../../kernel/http.js';
import type { ModuleContext } from '../../../kernel/module.js';
import * as collections from './collections.js';
import { findShowcaseStories, getShowcaseStory } from './showcase.js';

/** The public showcase (no sign-in) and the collections coordinators curate for it. */
export function registerShowcaseRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/showcase/stories',
    {
      schema: {
        tags: ['showcase'],
        querystring: ShowcaseQuerySchema,
        response: { 200: ShowcaseListResponseSchema, ...problems },
      },
    },
    async (request) => ({ stories: await findShowcaseStories(context, request.query) }),
  );
  app.get(
    '/showcase/stories/:storyId',
    {
      schema: {
        tags: ['showcase'],
        params: StoryParamsSchema,
        response: { 200: ShowcaseStorySchema, ...problems },
      },
    },
    async (request) => getShowcaseStory(context, request.params.storyId),
  );

  // --- collections ---
  app.get(
    '/showcase/collections',
    { schema: { tags: ['showcase'], response: { 200: CollectionListResponseSchema } } },
    async () => ({ collections: await collections.findCollections(context) }),
  );
  app.get(
    '/showcase/collections/:collectionId',
    {
      schema: {
        tags: ['showcase'],
        params: CollectionParamsSchema,
        response: { 200: CollectionResponseSchema, ...problems },
      },
    },
    async (request) => collections.getCollection(context, request.params.collectionId),
  );
  app.post(
    '/collections',
    {
      schema: {
        tags: ['showcase'],
        body: CreateCollectionRequestSchema,
        response: { 201: CollectionSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await collections.createCollection(context, request.actor, request.body)),
  );
  app.post(
    '/collections/:collectionId/stories',
    {
      schema: {
        tags: ['showcase'],
        params: CollectionParamsSchema,
        body: AddToCollectionRequestSchema,
        response: { 200: CollectionResponseSchema, ...problems },
      },
    },
    async (request) =>
      collections.addStoryToCollection(
        context,
        request.actor,
        request.params.collectionId,
        request.body.storyId,
      ),
  );
  app.delete(
    '/collections/:collectionId/stories/:storyId',
    {
      schema: {
        tags: ['showcase'],
        params: CollectionItemParamsSchema,
        response: { 200: CollectionResponseSchema, ...problems },
      },
    },
    async (request) =>
      collections.removeStoryFromCollection(
        context,
        request.actor,
        request.params.collectionId,
        request.params.storyId,
      ),
  );
}
