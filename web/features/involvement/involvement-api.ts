import {
  InvolvementLogResponseSchema,
  MembersResponseSchema,
  MyInvolvementResponseSchema,
  OpportunityInterestsResponseSchema,
  OpportunityListResponseSchema,
  TrainingListResponseSchema,
} from '../../../contracts/people.js';
import { apiRequest } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
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

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today as a calendar date in the reader's own time zone, like 2026-03-14. */
export function today(): string {
  return isoDay(new Date());
}

/** A calendar date some days from today. */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return isoDay(date);
}

/** The UK financial year that holds today: 6 April to 5 April. */
export function currentFinancialYear(): { from: string; to: string } {
  const now = new Date();
  const year = now.getFullYear();
  const afterStart = now.getMonth() > 3 || (now.getMonth() === 3 && now.getDate() >= 6);
  const start = afterStart ? year : year - 1;
  return { from: `${start}-04-06`, to: `${start + 1}-04-05` };
}

/** A calendar date ("2026-03-14") in words, read as a date rather than a moment in time. */
export function formatDay(date: string): string {
  return formatDate(`${date}T12:00:00`);
}

const numberFormat = new Intl.NumberFormat(strings.locale, { maximumFractionDigits: 2 });
const moneyFormat = new Intl.NumberFormat(strings.locale, { style: 'currency', currency: 'GBP' });

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

export function formatPence(pence: number): string {
  return moneyFormat.format(pence / 100);
}

/** "£4.50", "4.5" or "4" → pence; null when it is not an amount of money. Empty is 0. */
export function poundsToPence(text: string): number | null {
  const cleaned = text.replace(/[£,\s]/g, '');
  if (cleaned === '') return 0;
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}

export type RefreshState = 'none' | 'ok' | 'soon' | 'overdue';

/** Whether a training record needs refreshing: overdue, within 60 days, or not yet. */
export function refreshState(refreshDueOn: string | null): RefreshState {
  if (refreshDueOn === null) return 'none';
  if (refreshDueOn < today()) return 'overdue';
  if (refreshDueOn <= daysFromToday(60)) return 'soon';
  return 'ok';
}
