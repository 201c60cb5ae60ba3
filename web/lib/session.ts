import { useQuery } from '@tanstack/react-query';
import type { MeResponse, Role } from '../../contracts/people.js';
import { apiRequest, isApiError } from './api.js';

export const meQueryKey = ['me'] as const;

async function fetchMe(): Promise<MeResponse | null> {
  // The contract (and the validation library behind it) loads only when there is someone to check, so a
  // visitor who is not signed in never downloads it.
  const schema = () => import('../../contracts/people.js').then((contracts) => contracts.MeResponseSchema);
  try {
    return await apiRequest('/api/me', schema);
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

/** The signed-in person, `null` when signed out. */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });
}

export function hasRole(me: MeResponse | null | undefined, role: Role): boolean {
  return me?.roles.includes(role) ?? false;
}

export function isPartnershipAdmin(me: MeResponse | null | undefined): boolean {
  return hasRole(me, 'partnership_admin');
}

/** Organisations whose members this person may look after (as their coordinator). */
export function coordinatedOrganisations(me: MeResponse | null | undefined): { id: string; name: string }[] {
  if (!me) return [];
  const seen = new Map<string, string>();
  for (const membership of me.memberships) {
    if (membership.role === 'coordinator') seen.set(membership.organisationId, membership.organisationName);
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}

/** Accepts only same-site paths for "where to go after signing in". */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}

let signingOut = false;

/**
 * While someone signs out, pages that need a signed-in person must not send them to "sign in and come
 * back here": they are on their way to the sign-in page already.
 */
export function setSigningOut(value: boolean): void {
  signingOut = value;
}

export function isSigningOut(): boolean {
  return signingOut;
}
