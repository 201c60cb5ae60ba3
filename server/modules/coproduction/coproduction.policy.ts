import { hasRole, type Actor } from '../../kernel/access.js';

/** Facilitators and coordinators run an organisation's co-production groups and record their meetings. */
export function mayManageGroups(actor: Actor, organisationId: string): boolean {
  return hasRole(actor, ['facilitator', 'coordinator'], organisationId);
}

/** Members of a group read its meetings; so do those who manage it. */
export function mayReadGroup(actor: Actor, group: { organisationId: string }, memberIds: string[]): boolean {
  return mayManageGroups(actor, group.organisationId) || memberIds.includes(actor.personId);
}

/** Seats, the charter and priorities are kept by the organisation's coordinators, for their own organisation only. */
export function mayCoordinate(actor: Actor, organisationId: string): boolean {
  return hasRole(actor, ['coordinator'], organisationId);
}

/** Anyone signed in to the partnership sees its seats, opportunities, charter and priorities. */
export function isInPartnership(actor: Actor, organisationId: string): boolean {
  return actor.partnershipOrganisationIds.includes(organisationId);
}
