import { useQuery } from '@tanstack/react-query';
import { peopleAnswers } from '../../contracts/people.answers.js';
import type { organisationEndpoints } from '../../contracts/people.endpoints.js';
import { apiRequest, callEndpointLoadingContract } from './api.js';

/** The contracts load beside each request rather than with the page (see callEndpointLoadingContract). */
const endpoints = () =>
  import('../../contracts/people.endpoints.js').then((contracts) => contracts.organisationEndpoints);

/**
 * What several features read, declared once so they share one cache entry and one way to refresh
 * it: the organisations of the partnership and an organisation's members. (Who is signed in is
 * `useMe` in session.ts.)
 */
export const sharedKeys = {
  organisations: ['organisations'] as const,
  members: (organisationId: string) => ['organisations', organisationId, 'members'] as const,
  publicPartnerships: ['public-partnerships'] as const,
};

/** Every organisation of the signed-in person's partnership. */
export function useOrganisations(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: sharedKeys.organisations,
    queryFn: () =>
      callEndpointLoadingContract(
        { method: 'GET', path: '/api/organisations' },
        () => endpoints().then((e) => e.list),
        {},
      ),
    staleTime: 5 * 60_000,
    enabled: options.enabled ?? true,
  });
}

/** The contract's own path (typed from organisationEndpoints), without loading the contract. */
const PUBLIC_PARTNERSHIPS: (typeof organisationEndpoints)['public']['path'] = '/api/public/partnerships';

/**
 * Every partnership and its organisations, for anyone: the footer's and the signed-out home's links to
 * "What's on" and "You said, we did" lead to pages that list them.
 */
export function usePublicPartnerships() {
  return useQuery({
    queryKey: sharedKeys.publicPartnerships,
    // The first page someone opens ("What's on", "You said, we did"), often on a phone: its answer is
    // checked without the validation library (contracts/people.answers.ts).
    queryFn: () => apiRequest(PUBLIC_PARTNERSHIPS, peopleAnswers.publicPartnerships),
    staleTime: 5 * 60_000,
  });
}

/** The members of one organisation (coordinators and partnership admins may read them). */
export function useMembers(organisationId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: sharedKeys.members(organisationId),
    queryFn: () =>
      callEndpointLoadingContract(
        { method: 'GET', path: '/api/organisations/:organisationId/members' },
        () => endpoints().then((e) => e.members),
        { params: { organisationId } },
      ),
    enabled: options.enabled ?? true,
    retry: false,
  });
}
