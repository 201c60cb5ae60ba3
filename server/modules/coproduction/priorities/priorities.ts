import type { z } from 'zod';
import type {
  CreatePriorityRequestSchema,
  Priority,
  UpdatePriorityRequestSchema,
} from '../../../../contracts/coproduction.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findOrganisationById } from '../../people/index.js';
import { mayCoordinate } from '../coproduction.policy.js';
import { defined } from '../input.js';
import * as repo from './priorities.repository.js';
import { loadPriority, requirePriorityCoordinator } from './priority-loader.js';
import { priorityView, toPriorities } from './priority-presenter.js';

export async function listPriorities(context: ModuleContext, actor: Actor) {
  if (!actor.partnershipId) return { priorities: [] };
  const rows = await repo.findPrioritiesOfPartnership(context.db, actor.partnershipId, false);
  return { priorities: await toPriorities(context.db, actor, rows) };
}

export async function getPriority(context: ModuleContext, actor: Actor, priorityId: string) {
  await loadPriority(context.db, actor, priorityId);
  return priorityView(context.db, actor, priorityId);
}

export async function createPriority(
  context: ModuleContext,
  actor: Actor,
  input: z.output<typeof CreatePriorityRequestSchema>,
): Promise<Priority> {
  const organisation = await findOrganisationById(context.db, input.organisationId);
  if (!organisation || !mayCoordinate(actor, organisation.id)) throw notFound('organisation');
  const row = await repo.insertPriority(context.db, {
    ...input,
    partnershipId: organisation.partnershipId,
    createdBy: actor.personId,
  });
  if (!row) throw notFound('priority');
  return priorityView(context.db, actor, row.id);
}

/** Changes a priority; publishing it or taking it down is audited. */
export async function updatePriority(
  context: ModuleContext,
  actor: Actor,
  priorityId: string,
  input: z.output<typeof UpdatePriorityRequestSchema>,
): Promise<Priority> {
  const row = await requirePriorityCoordinator(context.db, actor, priorityId);
  await context.db.transaction(async (tx) => {
    await repo.updatePriority(tx, priorityId, defined(input));
    if (input.published !== undefined && input.published !== row.published) {
      await recordAudit(tx, {
        actorId: actor.personId,
        partnershipId: row.partnershipId,
        action: input.published ? 'coproduction.priority.published' : 'coproduction.priority.unpublished',
        subjectType: 'coproduction_priority',
        subjectId: priorityId,
      });
    }
  });
  return priorityView(context.db, actor, priorityId);
}
