import {
  CafePriorityListSchema,
  CharterHistorySchema,
  GroupListSchema,
  GroupSchema,
  KeyMessageListSchema,
  NotificationListSchema,
  PartnershipCharterSchema,
  PowerSharingSchema,
  PriorityListSchema,
  PrioritySchema,
  PublicYouSaidWeDidSchema,
  SeatListSchema,
} from '../../../contracts/coproduction.js';
import { apiRequest } from '../../lib/api.js';

const base = '/api/coproduction';

export const keys = {
  public: (partnershipId: string) => ['coproduction', 'public', partnershipId] as const,
  priorities: ['coproduction', 'priorities'] as const,
  priority: (priorityId: string) => ['coproduction', 'priorities', priorityId] as const,
  cafePriorities: (organisationId: string) => ['coproduction', 'cafe-priorities', organisationId] as const,
  keyMessages: (organisationId: string) => ['coproduction', 'key-messages', organisationId] as const,
  notifications: ['coproduction', 'notifications'] as const,
  opportunities: ['coproduction', 'opportunities'] as const,
  groups: ['coproduction', 'groups'] as const,
  group: (groupId: string) => ['coproduction', 'groups', groupId] as const,
  charter: ['coproduction', 'charter'] as const,
  charterHistory: (commitmentId: string) => ['coproduction', 'charter', 'history', commitmentId] as const,
  seats: (organisationId: string) => ['coproduction', 'seats', organisationId] as const,
  powerSharing: (organisationId: string) => ['coproduction', 'power-sharing', organisationId] as const,
};

export const api = {
  base,
  fetchPublic: (partnershipId: string) =>
    apiRequest(`${base}/public/partnerships/${partnershipId}`, PublicYouSaidWeDidSchema),
  fetchPriorities: () => apiRequest(`${base}/priorities`, PriorityListSchema),
  fetchPriority: (priorityId: string) => apiRequest(`${base}/priorities/${priorityId}`, PrioritySchema),
  fetchCafePriorities: (organisationId: string) =>
    apiRequest(`${base}/organisations/${organisationId}/cafe-priorities`, CafePriorityListSchema),
  fetchKeyMessages: (organisationId: string) =>
    apiRequest(`${base}/organisations/${organisationId}/key-messages`, KeyMessageListSchema),
  fetchNotifications: () => apiRequest(`${base}/notifications`, NotificationListSchema),
  fetchOpportunities: () => apiRequest(`${base}/opportunities`, SeatListSchema),
  fetchGroups: () => apiRequest(`${base}/groups`, GroupListSchema),
  fetchGroup: (groupId: string) => apiRequest(`${base}/groups/${groupId}`, GroupSchema),
  fetchCharter: () => apiRequest(`${base}/charter`, PartnershipCharterSchema),
  fetchCharterHistory: (commitmentId: string) =>
    apiRequest(`${base}/charter/commitments/${commitmentId}/history`, CharterHistorySchema),
  fetchSeats: (organisationId: string) =>
    apiRequest(`${base}/organisations/${organisationId}/seats`, SeatListSchema),
  fetchPowerSharing: (organisationId: string) =>
    apiRequest(`${base}/organisations/${organisationId}/power-sharing`, PowerSharingSchema),
};
