import {
  InvolvementLogResponseSchema,
  MembersResponseSchema,
  MyInvolvementResponseSchema,
  OpportunityInterestsResponseSchema,
  OpportunityListResponseSchema,
  TrainingListResponseSchema,
} from '../../../contracts/people.js';
import { apiRequest } from '../../lib/api.js';
import { daysFromToday, today } from '../../lib/dates.js';
import { strings } from '../../lib/strings.js';

export const keys = {
  mine: ['involvement', 'me'] as const,
  opportunities: ['involvement', 'opportunities'] as const,
  interests: (opportunityId: string) => ['involvement', 'opportunities', opportunityId, 'interests'] as const,
  log: (organisationId: string, from: string, to: string) =>
    ['involvement', 'log', organisationId, from, to] as const,
  logAll: (organisationId: string) => ['involvement', 'log', organisationId] as const,
  members: (organisationId: string) => ['organisations', organisationId, 'members'] as const,
  training: (personId: string) => ['involvement', 'training', personId] as const,
};

export const api = {
  fetchMine: () => apiRequest('/api/me/involvement', MyInvolvementResponseSchema),
  fetchOpportunities: () => apiRequest('/api/opportunities', OpportunityListResponseSchema),
  fetchInterests: (opportunityId: string) =>
    apiRequest(`/api/opportunities/${opportunityId}/interests`, OpportunityInterestsResponseSchema),
  fetchLog: (organisationId: string, from: string, to: string) =>
    apiRequest(
      `/api/organisations/${organisationId}/involvement?${rangeQuery(from, to)}`,
      InvolvementLogResponseSchema,
    ),
  fetchMembers: (organisationId: string) =>
    apiRequest(`/api/organisations/${organisationId}/members`, MembersResponseSchema),
  fetchTraining: (personId: string) =>
    apiRequest(`/api/people/${personId}/training`, TrainingListResponseSchema),
};

export function rangeQuery(from: string, to: string): string {
  return new URLSearchParams({ from, to }).toString();
}

const numberFormat = new Intl.NumberFormat(strings.locale, { maximumFractionDigits: 2 });

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

export type RefreshState = 'none' | 'ok' | 'soon' | 'overdue';

/** Whether a training record needs refreshing: overdue, within 60 days, or not yet. */
export function refreshState(refreshDueOn: string | null): RefreshState {
  if (refreshDueOn === null) return 'none';
  if (refreshDueOn < today()) return 'overdue';
  if (refreshDueOn <= daysFromToday(60)) return 'soon';
  return 'ok';
}
