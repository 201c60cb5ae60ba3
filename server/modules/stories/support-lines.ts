import { DEFAULT_SUPPORT_LINES } from '../../../contracts/stories.js';
import { hasRole, type Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { notFound } from '../../kernel/errors.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './stories.repository.js';

/** Shown to a storyteller whose words suggest they may be at risk now (DESIGN §3 defaults). */
export { DEFAULT_SUPPORT_LINES };

export async function supportLinesOf(context: ModuleContext, organisationId: string) {
  const row = await repo.findSupportLines(context.db, organisationId);
  return row?.lines ?? DEFAULT_SUPPORT_LINES;
}

/** The support lines an organisation shows; any member of it may read them. */
export async function getSupportLines(context: ModuleContext, actor: Actor, organisationId: string) {
  if (
    !actor.memberships.some((m) => m.organisationId === organisationId) &&
    !hasRole(actor, ['coordinator'], organisationId)
  ) {
    throw notFound('organisation');
  }
  const row = await repo.findSupportLines(context.db, organisationId);
  return { lines: row?.lines ?? DEFAULT_SUPPORT_LINES, isDefault: row === undefined };
}

/** A coordinator sets the support lines their organisation shows (local services, opening hours). */
export async function updateSupportLines(
  context: ModuleContext,
  actor: Actor,
  organisationId: string,
  lines: { name: string; contact: string; hours: string }[],
) {
  if (!hasRole(actor, ['coordinator'], organisationId)) throw notFound('organisation');
  await repo.saveSupportLines(context.db, { organisationId, lines, updatedBy: actor.personId });
  await recordAudit(context.db, {
    actorId: actor.personId,
    partnershipId: actor.partnershipId,
    action: 'organisation.support_lines_changed',
    subjectType: 'organisation',
    subjectId: organisationId,
  });
  return { lines, isDefault: false };
}
