import type { MembersResponse, Organisation } from '../../../contracts/people.js';
import type { Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { AppError } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import { getManagedOrganisation, requirePartnershipAdmin } from './loaders.js';
import * as repo from './people.repository.js';
import { toMember, toOrganisation } from './presenters.js';

/** The organisations of the actor's partnership. */
export async function findOrganisations(context: ModuleContext, actor: Actor) {
  if (!actor.partnershipId) return [];
  const rows = await repo.findOrganisationsInPartnership(context.db, actor.partnershipId);
  return rows.map(toOrganisation);
}

/** A partnership admin adds an organisation to their partnership. */
export async function createOrganisation(
  context: ModuleContext,
  signedIn: Actor,
  name: string,
): Promise<Organisation> {
  const actor = requirePartnershipAdmin(signedIn);
  const existing = await repo.findOrganisationsInPartnership(context.db, actor.partnershipId);
  if (existing.some((o) => o.name.toLowerCase() === name.toLowerCase())) {
    throw new AppError('conflict', message('people.problems.organisationNameTaken', { name }));
  }
  return context.db.transaction(async (tx) => {
    const row = await repo.insertOrganisation(tx, { partnershipId: actor.partnershipId, name });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'organisation.created',
      subjectType: 'organisation',
      subjectId: row.id,
    });
    return toOrganisation(row);
  });
}

/** An organisation's members and open invitations, for whoever manages its members. */
export async function getMembers(
  context: ModuleContext,
  actor: Actor,
  organisationId: string,
): Promise<MembersResponse> {
  const organisation = await getManagedOrganisation(context, actor, organisationId);
  const [members, pending] = await Promise.all([
    repo.findMembersOfOrganisation(context.db, organisation.id),
    repo.findPendingInvitations(context.db, organisation.id),
  ]);
  return {
    organisation: toOrganisation(organisation),
    members: members.map(toMember),
    invitations: pending.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      invitedAt: i.createdAt.toISOString(),
      expiresAt: i.expiresAt.toISOString(),
    })),
  };
}
