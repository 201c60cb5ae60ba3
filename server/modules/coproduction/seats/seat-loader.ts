import type { Actor } from '../../../kernel/access.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { notFound } from '../../../kernel/errors.js';
import { isInPartnership, mayCoordinate } from '../coproduction.policy.js';
import * as repo from './seats.repository.js';

/** A seat of the actor's partnership; any other is simply not found. */
export async function loadSeat(db: DbOrTx, actor: Actor, seatId: string) {
  const seat = await repo.findSeat(db, seatId);
  if (!seat || !isInPartnership(actor, seat.organisationId)) throw notFound('seat');
  return seat;
}

/** A seat, for its organisation's coordinators only. */
export async function requireSeatCoordinator(db: DbOrTx, actor: Actor, seatId: string) {
  const seat = await loadSeat(db, actor, seatId);
  if (!mayCoordinate(actor, seat.organisationId)) throw notFound('seat');
  return seat;
}
