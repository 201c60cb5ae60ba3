import { useQuery } from '@tanstack/react-query';
import { showcaseEndpoints } from '../../../contracts/stories.endpoints.js';
import { callEndpoint } from '../../lib/api.js';

/** Everything the showcase caches starts with `showcase`, so a change to a collection refreshes it all. */
export const showcaseKeys = {
  all: ['showcase'] as const,
  collections: ['showcase', 'collections'] as const,
  collection: (collectionId: string) => ['showcase', 'collection', collectionId] as const,
};

/** The collections of public stories. */
export function useCollections(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: showcaseKeys.collections,
    queryFn: () => callEndpoint(showcaseEndpoints.collections, {}),
    enabled: options.enabled ?? true,
  });
}

/** A collection with the stories in it the public may read now. */
export function useCollection(collectionId: string) {
  return useQuery({
    queryKey: showcaseKeys.collection(collectionId),
    queryFn: () => callEndpoint(showcaseEndpoints.collection, { params: { collectionId } }),
  });
}
