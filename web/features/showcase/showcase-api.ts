import { useQuery } from '@tanstack/react-query';
import type { EndpointCall } from '../../../contracts/endpoint.js';
import type { showcaseEndpoints } from '../../../contracts/stories.endpoints.js';
import { callEndpointLoadingContract } from '../../lib/api.js';

/**
 * The showcase is public and often the first page someone opens, from a shared link on a phone. Its
 * reads send their request first and check the answer once the contract has arrived beside it (see
 * callEndpointLoadingContract), so the page draws without waiting for the validation library.
 */
const endpoints = () =>
  import('../../../contracts/stories.endpoints.js').then((contracts) => contracts.showcaseEndpoints);

/** Everything the showcase caches starts with `showcase`, so a change to a collection refreshes it all. */
export const showcaseKeys = {
  all: ['showcase'] as const,
  collections: ['showcase', 'collections'] as const,
  collection: (collectionId: string) => ['showcase', 'collection', collectionId] as const,
};

/** Stories shared with the public, newest first, found by words, channel and theme. */
export function fetchShowcaseStories(query: EndpointCall<typeof showcaseEndpoints.stories>['query']) {
  return callEndpointLoadingContract(
    { method: 'GET', path: '/api/showcase/stories' },
    () => endpoints().then((e) => e.stories),
    { query },
  );
}

/** One story shared with the public. */
export function fetchShowcaseStory(storyId: string) {
  return callEndpointLoadingContract(
    { method: 'GET', path: '/api/showcase/stories/:storyId' },
    () => endpoints().then((e) => e.story),
    { params: { storyId } },
  );
}

/** The collections of public stories. */
export function useCollections(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: showcaseKeys.collections,
    queryFn: () =>
      callEndpointLoadingContract(
        { method: 'GET', path: '/api/showcase/collections' },
        () => endpoints().then((e) => e.collections),
        {},
      ),
    enabled: options.enabled ?? true,
  });
}

/** A collection with the stories in it the public may read now. */
export function useCollection(collectionId: string) {
  return useQuery({
    queryKey: showcaseKeys.collection(collectionId),
    queryFn: () =>
      callEndpointLoadingContract(
        { method: 'GET', path: '/api/showcase/collections/:collectionId' },
        () => endpoints().then((e) => e.collection),
        { params: { collectionId } },
      ),
  });
}
