import { involvementEndpoints } from '../../../contracts/involvement.endpoints.js';
import { callEndpoint } from '../../lib/api.js';
import { daysFromToday, today } from '../../lib/dates.js';
import { strings } from '../../lib/strings.js';

/** This feature's query keys; an organisation's members are the shared `sharedKeys.members`. */
export const keys = {
  mine: ['involvement', 'me'] as const,
  opportunities: ['involvement', 'opportunities'] as const,
  interests: (opportunityId: string) => ['involvement', 'opportunities', opportunityId, 'interests'] as const,
  log: (organisationId: string, from: string, to: string) =>
    ['involvement', 'log', organisationId, from, to] as const,
  logAll: (organisationId: string) => ['involvement', 'log', organisationId] as const,
  training: (personId: string) => ['involvement', 'training', personId] as const,
};

export const api = {
  fetchMine: () => callEndpoint(involvementEndpoints.mine, {}),
  fetchOpportunities: () => callEndpoint(involvementEndpoints.opportunities, {}),
  fetchInterests: (opportunityId: string) =>
    callEndpoint(involvementEndpoints.interests, { params: { opportunityId } }),
  fetchLog: (organisationId: string, from: string, to: string) =>
    callEndpoint(involvementEndpoints.log, { params: { organisationId }, query: { from, to } }),
  fetchTraining: (personId: string) =>
    callEndpoint(involvementEndpoints.personTraining, { params: { personId } }),
};

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
