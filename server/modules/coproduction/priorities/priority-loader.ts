import type { Actor } from '../../../kernel/access.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { notFound } from '../../../kernel/errors.js';
import { mayCoordinate } from '../coproduction.policy.js';
import * as repo from './priorities.repository.js';

/** Everyone in the partnership reads its priorities, published or not. */
export async function loadPriority(db: DbOrTx, actor: Actor, priorityId: string) {
  const row = await repo.findPriority(db, priorityId);
  if (!row || row.partnershipId !== actor.partnershipId) throw notFound('priority');
  return row;
}

/** A priority, for its organisation's coordinators only. */
export async function requirePriorityCoordinator(db: DbOrTx, actor: Actor, priorityId: string) {
  const row = await loadPriority(db, actor, priorityId);
  if (!mayCoordinate(actor, row.organisationId)) throw notFound('priority');
  return row;
}

/** The priority's coordinators, and those of the organisation that made the commitment, keep it up to date. */
export async function loadCommitmentForChange(db: DbOrTx, actor: Actor, commitmentId: string) {
  const commitment = await repo.findCommitment(db, commitmentId);
  if (!commitment) throw notFound('commitment');
  const priority = await repo.findPriority(db, commitment.priorityId);
  if (
    !priority ||
    priority.partnershipId !== actor.partnershipId ||
    !(mayCoordinate(actor, priority.organisationId) || mayCoordinate(actor, commitment.ownerOrganisationId))
  ) {
    throw notFound('commitment');
  }
  return { commitment, priority };
}
