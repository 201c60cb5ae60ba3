import { useQuery } from '@tanstack/react-query';
import { callEndpointLoadingContract } from './api.js';

/**
 * The public lists ("What's on", "You said, we did") read these too, as the first page someone opens,
 * so the contract loads beside each request rather than with the page (see callEndpointLoadingContract).
 */
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

/**
 * Every partnership and its organisations, for anyone: the footer's and the signed-out home's links to
 * "What's on" and "You said, we did" lead to pages that list them.
 */
export function usePublicPartnerships() {
  return useQuery({
    queryKey: sharedKeys.publicPartnerships,
    queryFn: () =>
      callEndpointLoadingContract(
        { method: 'GET', path: '/api/public/partnerships' },
        () => endpoints().then((e) => e.public),
        {},
      ),
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
