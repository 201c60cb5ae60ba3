import {
  charterEndpoints,
  groupEndpoints,
  priorityEndpoints,
  seatEndpoints,
} from '../../../contracts/coproduction.endpoints.js';
import { callEndpoint } from '../../lib/api.js';

export const keys = {
  priorities: ['coproduction', 'priorities'] as const,
  priority: (priorityId: string) => ['coproduction', 'priorities', priorityId] as const,
  /** Apart from the priorities, so refreshing a priority never reads (and records reading) the contacts again. */
  helpers: (priorityId: string) => ['coproduction', 'priority-helpers', priorityId] as const,
  cafePriorities: (organisationId: string) => ['coproduction', 'cafe-priorities', organisationId] as const,
  keyMessages: (organisationId: string) => ['coproduction', 'key-messages', organisationId] as const,
  notifications: ['coproduction', 'notifications'] as const,
  opportunities: ['coproduction', 'opportunities'] as const,
  groups: ['coproduction', 'groups'] as const,
  group: (groupId: string) => ['coproduction', 'groups', groupId] as const,
  charter: ['coproduction', 'charter'] as const,
  charterHistory: (commitmentId: string) => ['coproduction', 'charter', 'history', commitmentId] as const,
  seats: (organisationId: string) => ['coproduction', 'seats', organisationId] as const,
  seatInterest: (seatId: string) => ['coproduction', 'seats', seatId, 'interest'] as const,
  powerSharing: (organisationId: string) => ['coproduction', 'power-sharing', organisationId] as const,
};

/** What the pages read; what they change goes straight through callEndpoint with its endpoint. */
export const api = {
  fetchPriorities: () => callEndpoint(priorityEndpoints.list, {}),
  fetchPriority: (priorityId: string) => callEndpoint(priorityEndpoints.get, { params: { priorityId } }),
  fetchCafePriorities: (organisationId: string) =>
    callEndpoint(priorityEndpoints.cafePriorities, { params: { organisationId } }),
  fetchKeyMessages: (organisationId: string) =>
    callEndpoint(priorityEndpoints.keyMessages, { params: { organisationId } }),
  fetchNotifications: () => callEndpoint(priorityEndpoints.notifications, {}),
  fetchOpportunities: () => callEndpoint(seatEndpoints.opportunities, {}),
  fetchGroups: () => callEndpoint(groupEndpoints.list, {}),
  fetchGroup: (groupId: string) => callEndpoint(groupEndpoints.get, { params: { groupId } }),
  fetchCharter: () => callEndpoint(charterEndpoints.partnership, {}),
  fetchCharterHistory: (commitmentId: string) =>
    callEndpoint(charterEndpoints.history, { params: { commitmentId } }),
  fetchSeats: (organisationId: string) =>
    callEndpoint(seatEndpoints.listOfOrganisation, { params: { organisationId } }),
  fetchSeatInterest: (seatId: string) => callEndpoint(seatEndpoints.listInterest, { params: { seatId } }),
  fetchPowerSharing: (organisationId: string) =>
    callEndpoint(seatEndpoints.powerSharing, { params: { organisationId } }),
};
