import type { PriorityHelpers } from '../../../../contracts/coproduction.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findPriorityHelpers } from '../../cafes/index.js';
import { requirePriorityCoordinator } from './priority-loader.js';

/**
 * The people who ticked "I'd help with this" on the café idea behind a priority and left a way to
 * reach them, for the priority's coordinators to follow up. Every read is audited, with counts only.
 */
export async function listPriorityHelpers(
  context: ModuleContext,
  actor: Actor,
  priorityId: string,
): Promise<PriorityHelpers> {
  const priority = await requirePriorityCoordinator(context.db, actor, priorityId);
  const found = priority.cafePriorityId
    ? await findPriorityHelpers(context, context.db, priority.cafePriorityId)
    : undefined;
  const answer = {
    fromCafe: found !== undefined,
    helpers: found?.helpers ?? [],
    withoutContact: found?.withoutContact ?? 0,
  };
  await recordAudit(context.db, {
    actorId: actor.personId,
    partnershipId: actor.partnershipId,
    action: 'priority.helpers_read',
    subjectType: 'priority',
    subjectId: priorityId,
    details: { contacts: answer.helpers.length, withoutContact: answer.withoutContact },
  });
  return answer;
}
