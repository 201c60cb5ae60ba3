import { hasRole, type Actor } from '../../kernel/access.js';

/** Coordinators and facilitators run an organisation's programme (activities, occurrences, attendance). */
export function mayRunProgramme(actor: Actor, organisationId: string): boolean {
  return hasRole(actor, ['coordinator', 'facilitator'], organisationId);
}

/** Coordinators answer proposals, keep roles, partners and outreach, for their own organisation only. */
export function mayCoordinate(actor: Actor, organisationId: string): boolean {
  return hasRole(actor, ['coordinator'], organisationId);
}

/** Those who support members may signpost them: peer supporters, facilitators and coordinators. */
export function maySignpost(actor: Actor, organisationId: string): boolean {
  return hasRole(actor, ['peer_supporter', 'facilitator', 'coordinator'], organisationId);
}

/** Anyone signed in to the partnership sees its proposals, programme, roles and partners, and may sign up. */
export function isInPartnership(actor: Actor, organisationId: string): boolean {
  return actor.partnershipOrganisationIds.includes(organisationId);
}

/** Members of an organisation (any role) may tell it their area and community. */
export function isMemberOf(actor: Actor, organisationId: string): boolean {
  return actor.memberships.some((m) => m.organisationId === organisationId);
}
