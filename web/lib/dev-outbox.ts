import { useQuery } from '@tanstack/react-query';
import { OutboxResponseSchema } from '../../contracts/people.js';
import { apiRequest } from './api.js';

export const outboxQueryKey = ['dev-outbox'] as const;

export function fetchOutbox() {
  return apiRequest('/api/dev/outbox', OutboxResponseSchema);
}

/** Whether the development mail outbox exists (it answers 404 in production). */
export function useDevOutboxAvailable(): boolean {
  const query = useQuery({ queryKey: outboxQueryKey, queryFn: fetchOutbox, retry: false });
  return query.isSuccess;
}
