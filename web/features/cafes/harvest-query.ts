import { useQuery } from '@tanstack/react-query';
import { cafeHarvestEndpoints } from '../../../contracts/cafes.endpoints.js';
import { callEndpoint } from '../../lib/api.js';

export function harvestKey(cafeId: string) {
  return ['cafes', cafeId, 'harvest'] as const;
}

/** The café's harvest, read by the photos and the priorities on the run page: one cache entry. */
export function useHarvest(cafeId: string) {
  return useQuery({
    queryKey: harvestKey(cafeId),
    queryFn: () => callEndpoint(cafeHarvestEndpoints.getHarvest, { params: { cafeId } }),
  });
}
