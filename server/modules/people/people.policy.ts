import type { Role } from '../../../contracts/people.js';
import { hasRole, isPartnershipAdmin, type Actor } from '../../kernel/access.js';

/**
 * Roles a coordinator may give. Partnership admins and safeguarding leads (who may read the
 * originals of stories at risk) are appointed only by a partnership admin.
 */
const ROLES_A_COORDINATOR_MAY_GIVE: readonly Role[] = [
  'member',
  'peer_supporter',
  'facilitator',
  'coordinator',
];

/** Who may see an organisation's members and their email addresses. */
export function canManageMembers(actor: Actor, organisation: { id: string; partnershipId: string }): boolean {
  if (actor.partnershipId !== organisation.partnershipId) return false;
  return hasRole(actor, ['coordinator'], organisation.id);
}

/** Who may give a role in an organisation (by invitation or by changing a membership). */
export function canGiveRole(
  actor: Actor,
  organisation: { id: string; partnershipId: string },
  role: Role,
): boolean {
  if (!canManageMembers(actor, organisation)) return false;
  return isPartnershipAdmin(actor) || ROLES_A_COORDINATOR_MAY_GIVE.includes(role);
}

/** Who may see a partnership's erasure requests and audit log. */
export function canAdministerPartnership(actor: Actor, partnershipId: string | null): boolean {
  return partnershipId !== null && actor.partnershipId === partnershipId && isPartnershipAdmin(actor);
}

/** Coordinators of an organisation keep its involvement log, opportunities and people's training. */
export function canCoordinate(actor: Actor, organisationId: string): boolean {
  return hasRole(actor, ['coordinator'], organisationId);
}

/** A person's own training and involvement, or that of someone in an organisation the actor coordinates. */
export function canKeepRecordsOf(actor: Actor, personId: string, personOrganisationIds: string[]): boolean {
  return personId === actor.personId || personOrganisationIds.some((id) => canCoordinate(actor, id));
}

/** Anyone signed in to the partnership sees its open opportunities. */
export function isInPartnership(actor: Actor, organisationId: string): boolean {
  return actor.partnershipOrganisationIds.includes(organisationId);
}
