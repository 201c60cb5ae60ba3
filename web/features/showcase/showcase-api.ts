import { useQuery } from '@tanstack/react-query';
import { fillPath, queryString, type EndpointCall } from '../../../contracts/endpoint.js';
import { showcaseAnswers } from '../../../contracts/showcase.answers.js';
import type { showcaseEndpoints } from '../../../contracts/stories.endpoints.js';
import { apiRequest } from '../../lib/api.js';

/**
 * The showcase is public and often the first page someone opens, from a shared link on a phone. Its
 * answers are checked by showcase.answers.ts, which needs no validation library, so the page's whole
 * download stays under 100 KB. The paths are the contract's own (typed from showcaseEndpoints).
 */
type Path<K extends keyof typeof showcaseEndpoints> = (typeof showcaseEndpoints)[K]['path'];
const paths: { [K in 'stories' | 'story' | 'collections' | 'collection']: Path<K> } = {
  stories: '/api/showcase/stories',
  story: '/api/showcase/stories/:storyId',
  collections: '/api/showcase/collections',
  collection: '/api/showcase/collections/:collectionId',
};

/** Everything the showcase caches starts with `showcase`, so a change to a collection refreshes it all. */
export const showcaseKeys = {
  all: ['showcase'] as const,
  collections: ['showcase', 'collections'] as const,
  collection: (collectionId: string) => ['showcase', 'collection', collectionId] as const,
};

/** Stories shared with the public, newest first, found by words, channel and theme. */
export function fetchShowcaseStories(query: EndpointCall<typeof showcaseEndpoints.stories>['query']) {
  return apiRequest(paths.stories + queryString(query), showcaseAnswers.stories);
}

/** One story shared with the public. */
export function fetchShowcaseStory(storyId: string) {
  return apiRequest(fillPath(paths.story, { storyId }), showcaseAnswers.story);
}

/** The collections of public stories. */
export function useCollections(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: showcaseKeys.collections,
    queryFn: () => apiRequest(paths.collections, showcaseAnswers.collections),
    enabled: options.enabled ?? true,
  });
}

/** A collection with the stories in it the public may read now. */
export function useCollection(collectionId: string) {
  return useQuery({
    queryKey: showcaseKeys.collection(collectionId),
    queryFn: () => apiRequest(fillPath(paths.collection, { collectionId }), showcaseAnswers.collection),
  });
}
