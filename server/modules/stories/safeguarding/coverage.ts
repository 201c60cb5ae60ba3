import type { SafeguardingCoverage } from '../../../../contracts/stories.js';
import { isPartnershipAdmin, organisationsWithRole, type Actor } from '../../../kernel/access.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findOrganisationsOfPartnership, findSafeguardingContacts } from '../../people/index.js';

/**
 * Organisations with nobody to receive a safeguarding alert, for the people who can fix that:
 * admins see their whole partnership, coordinators their own organisations. Anyone else sees none.
 */
export async function getSafeguardingCoverage(
  context: ModuleContext,
  actor: Actor,
): Promise<SafeguardingCoverage> {
  if (!actor.partnershipId) return { organisationsWithoutLead: [] };
  const watched = isPartnershipAdmin(actor)
    ? actor.partnershipOrganisationIds
    : organisationsWithRole(actor, ['coordinator']);
  if (watched.length === 0) return { organisationsWithoutLead: [] };
  const [organisations, contacts] = await Promise.all([
    findOrganisationsOfPartnership(context.db, actor.partnershipId),
    findSafeguardingContacts(context.db, actor.partnershipId),
  ]);
  const covered = new Set(
    contacts.filter((c) => c.role === 'safeguarding_lead').map((c) => c.organisationId),
  );
  return {
    organisationsWithoutLead: organisations
      .filter((o) => watched.includes(o.id) && !covered.has(o.id))
      .map((o) => ({ id: o.id, name: o.name })),
  };
}
