import { useQuery } from '@tanstack/react-query';
import { safeguardingEndpoints } from '../../../contracts/stories.endpoints.js';
import { callEndpoint } from '../../lib/api.js';

export const alertsKey = ['safeguarding', 'alerts'] as const;
export const caseKey = (alertId: string) => ['safeguarding', 'case', alertId] as const;
export const originalKey = (alertId: string) => ['safeguarding', 'original', alertId] as const;

/** An alert as a case; the server answers 404 to anyone who may not work it, so it is not retried. */
export function useAlertCase(alertId: string) {
  return useQuery({
    queryKey: caseKey(alertId),
    queryFn: () => callEndpoint(safeguardingEndpoints.alert, { params: { alertId } }),
    retry: false,
  });
}
