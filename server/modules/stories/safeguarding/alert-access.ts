import { isPartnershipAdmin, organisationsWithRole, type Actor } from '../../../kernel/access.js';

/** What deciding who may work an alert needs to know about it. */
export type AlertFacts = { organisationId: string; escalatedAt: Date | null };

/** Organisations where the actor is a safeguarding lead. */
export function leadOrganisations(actor: Actor): string[] {
  return organisationsWithRole(actor, ['safeguarding_lead']);
}

/**
 * Organisations whose escalated alerts reach the actor: across their partnership, for its admins
 * and for every safeguarding lead in it, so an alert nobody answered finds someone who can act.
 */
export function escalationReach(actor: Actor): string[] {
  const reached = isPartnershipAdmin(actor) || leadOrganisations(actor).length > 0;
  return reached ? actor.partnershipOrganisationIds : [];
}

/**
 * May the actor read and work this alert (deny by default)? The organisation's own leads always;
 * once escalated, the partnership's other leads and its admins too.
 */
export function mayWorkAlert(actor: Actor, alert: AlertFacts): boolean {
  if (leadOrganisations(actor).includes(alert.organisationId)) return true;
  return alert.escalatedAt !== null && escalationReach(actor).includes(alert.organisationId);
}
