import type { Actor } from '../../../kernel/access.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { notFound } from '../../../kernel/errors.js';
import { isInPartnership, mayCoordinate } from '../coproduction.policy.js';
import * as repo from './charter.repository.js';

/** A charter commitment of the actor's partnership; any other is simply not found. */
export async function loadCharterCommitment(db: DbOrTx, actor: Actor, commitmentId: string) {
  const row = await repo.findCharterCommitment(db, commitmentId);
  if (!row || !isInPartnership(actor, row.organisationId)) throw notFound('commitment');
  return row;
}

/** A charter commitment, for its organisation's coordinators only. */
export async function requireCharterCoordinator(db: DbOrTx, actor: Actor, commitmentId: string) {
  const row = await loadCharterCommitment(db, actor, commitmentId);
  if (!mayCoordinate(actor, row.organisationId)) throw notFound('commitment');
  return row;
}
