import type { z } from 'zod';
import type {
  CreateCommitmentRequestSchema,
  CreateUpdateRequestSchema,
  Priority,
  UpdateCommitmentRequestSchema,
} from '../../../../contracts/coproduction.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { invalidField, notFound } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findOrganisationById } from '../../people/index.js';
import { defined } from '../input.js';
import {
  notifyCommitmentMade,
  notifyCommitmentUpdate,
  notifyProgress,
  notifySubscribers,
} from './notify-subscribers.js';
import * as repo from './priorities.repository.js';
import { loadCommitmentForChange, requirePriorityCoordinator } from './priority-loader.js';
import { priorityView } from './priority-presenter.js';

async function requireOrganisationInPartnership(db: DbOrTx, partnershipId: string, organisationId: string) {
  const organisation = await findOrganisationById(db, organisationId);
  if (!organisation || organisation.partnershipId !== partnershipId) {
    throw invalidField('ownerOrganisationId', message('problems.choosePartnershipOrganisation'));
  }
}

/** A commitment to a priority, made by any organisation of the partnership; everyone subscribed hears of it. */
export async function addCommitment(
  context: ModuleContext,
  actor: Actor,
  priorityId: string,
  input: z.output<typeof CreateCommitmentRequestSchema>,
): Promise<Priority> {
  const priority = await requirePriorityCoordinator(context.db, actor, priorityId);
  await requireOrganisationInPartnership(context.db, priority.partnershipId, input.ownerOrganisationId);
  // The promise and the news of it are one change: everyone subscribed hears of it only if it is kept.
  await context.db.transaction(async (tx) => {
    const commitment = await repo.insertCommitment(tx, {
      priorityId,
      ...input,
      declinedReason: input.status === 'declined' ? input.declinedReason : null,
      progress: input.status === 'done' ? 100 : input.progress,
    });
    await notifyCommitmentMade(context, tx, priority, commitment);
  });
  return priorityView(context.db, actor, priorityId);
}

/**
 * Changes a commitment. When its status changes, or else how far it has got, everyone subscribed hears
 * once, in the same transaction: a change that is not committed tells nobody, and one that is tells
 * everyone. A new wording or due date alone is not news.
 */
export async function updateCommitment(
  context: ModuleContext,
  actor: Actor,
  commitmentId: string,
  input: z.output<typeof UpdateCommitmentRequestSchema>,
): Promise<Priority> {
  const { priority } = await loadCommitmentForChange(context.db, actor, commitmentId);
  await context.db.transaction(async (tx) => {
    const current = await repo.lockCommitment(tx, commitmentId);
    if (!current) throw notFound('commitment');
    const status = input.status ?? current.status;
    const reason = input.declinedReason === undefined ? current.declinedReason : input.declinedReason;
    if (status === 'declined' && !reason) {
      throw invalidField('declinedReason', message('coproduction.problems.declinedReason'));
    }
    const next = {
      ...defined(input),
      declinedReason: status === 'declined' ? reason : null,
      ...(status === 'done' && current.status !== 'done' && input.progress === undefined
        ? { progress: 100 }
        : {}),
    };
    await repo.updateCommitment(tx, commitmentId, next);
    if (status !== current.status) {
      await recordAudit(tx, {
        actorId: actor.personId,
        partnershipId: priority.partnershipId,
        action: 'coproduction.commitment.status_changed',
        subjectType: 'coproduction_commitment',
        subjectId: commitmentId,
        details: { from: current.status, to: status },
      });
      await notifySubscribers(context, tx, priority, {
        ...current,
        ...next,
        status,
        declinedReason: next.declinedReason,
      });
    } else if (next.progress !== undefined && next.progress !== current.progress) {
      await notifyProgress(context, tx, priority, { ...current, ...next });
    }
  });
  return priorityView(context.db, actor, priority.id);
}

/** Something that happened on the way, shown under the commitment; everyone subscribed hears it. */
export async function addCommitmentUpdate(
  context: ModuleContext,
  actor: Actor,
  commitmentId: string,
  input: z.output<typeof CreateUpdateRequestSchema>,
): Promise<Priority> {
  const { priority, commitment } = await loadCommitmentForChange(context.db, actor, commitmentId);
  await context.db.transaction(async (tx) => {
    await repo.insertCommitmentUpdate(tx, { commitmentId, ...input, createdBy: actor.personId });
    await notifyCommitmentUpdate(context, tx, priority, commitment, input.text);
  });
  return priorityView(context.db, actor, priority.id);
}
