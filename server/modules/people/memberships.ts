import type { Member, Role } from '../../../contracts/people.js';
import type { Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { endAllSessions } from '../../kernel/auth.js';
import { AppError, isUniqueViolation, notFound } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import { getManagedMembership } from './loaders.js';
import { canGiveRole } from './people.policy.js';
import * as repo from './people.repository.js';
import { toMember } from './presenters.js';
import { onlyAdminMayGive } from './role-names.js';

async function ensureAnotherAdminRemains(
  context: ModuleContext,
  partnershipId: string,
  membershipId: string,
) {
  const admins = await repo.findPartnershipAdmins(context.db, partnershipId);
  if (admins.every((a) => a.membershipId === membershipId)) {
    throw new AppError('conflict', message('people.problems.lastAdmin'));
  }
}

export async function changeMembershipRole(
  context: ModuleContext,
  actor: Actor,
  membershipId: string,
  role: Role,
): Promise<Member> {
  const { membership, organisation } = await getManagedMembership(context, actor, membershipId);
  if (!canGiveRole(actor, organisation, role)) {
    throw onlyAdminMayGive(role);
  }
  if (membership.role === 'partnership_admin' && role !== 'partnership_admin') {
    await ensureAnotherAdminRemains(context, organisation.partnershipId, membership.id);
  }
  const updated = await context.db
    .transaction(async (tx) => {
      const row = await repo.updateMembershipRole(tx, membership.id, role);
      await recordAudit(tx, {
        actorId: actor.personId,
        partnershipId: organisation.partnershipId,
        action: 'membership.role_changed',
        subjectType: 'membership',
        subjectId: membership.id,
        details: { from: membership.role, to: role },
      });
      return row;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error))
        throw new AppError('conflict', message('people.problems.alreadyHasRole', { role }));
      throw error;
    });
  if (!updated) throw notFound('membership');
  const members = await repo.findMembersOfOrganisation(context.db, organisation.id);
  const member = members.find((m) => m.membershipId === membership.id);
  if (!member) throw notFound('membership');
  return toMember(member);
}

/**
 * Removes a membership. Memberships are read afresh on every request, so what it gave stops at once;
 * when it was the person's last, their sessions end too, and their next request is signed out.
 */
export async function removeMembership(
  context: ModuleContext,
  actor: Actor,
  membershipId: string,
): Promise<void> {
  const { membership, organisation } = await getManagedMembership(context, actor, membershipId);
  if (membership.role === 'partnership_admin') {
    await ensureAnotherAdminRemains(context, organisation.partnershipId, membership.id);
  }
  await context.db.transaction(async (tx) => {
    await repo.deleteMembership(tx, membership.id);
    const remaining = await repo.findMembershipsOfPerson(tx, membership.personId);
    if (remaining.length === 0) await endAllSessions(tx, membership.personId);
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: organisation.partnershipId,
      action: 'membership.removed',
      subjectType: 'membership',
      subjectId: membership.id,
      details: {
        role: membership.role,
        organisationId: organisation.id,
        sessionsEnded: remaining.length === 0,
      },
    });
  });
}
