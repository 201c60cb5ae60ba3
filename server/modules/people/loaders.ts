import type { Actor } from '../../kernel/access.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import { canAdministerPartnership, canGiveRole, canManageMembers } from './people.policy.js';
import * as repo from './people.repository.js';

/** The signed-in partnership admin, with their partnership; anyone else is told the page is not there. */
export function requirePartnershipAdmin(actor: Actor): Actor & { partnershipId: string } {
  const partnershipId = actor.partnershipId;
  if (!partnershipId || !canAdministerPartnership(actor, partnershipId)) throw notFound('page');
  return { ...actor, partnershipId };
}

/** An organisation whose members the actor manages; otherwise simply not found. */
export async function getManagedOrganisation(context: ModuleContext, actor: Actor, organisationId: string) {
  const organisation = await repo.findOrganisation(context.db, organisationId);
  if (!organisation || !canManageMembers(actor, organisation)) throw notFound('organisation');
  return organisation;
}

/** A membership the actor may change: in an organisation they manage, and a role they may give. */
export async function getManagedMembership(context: ModuleContext, actor: Actor, membershipId: string) {
  const membership = await repo.findMembership(context.db, membershipId);
  if (!membership) throw notFound('membership');
  const organisation = await getManagedOrganisation(context, actor, membership.organisationId);
  if (!canGiveRole(actor, organisation, membership.role)) {
    throw new AppError(
      'forbidden',
      message('people.problems.onlyAdminChangesRole', { role: membership.role }),
    );
  }
  return { membership, organisation };
}
