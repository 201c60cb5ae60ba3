import type { z } from 'zod';
import type {
  CreateSeatRequestSchema,
  Seat,
  UpdateSeatRequestSchema,
} from '../../../../contracts/coproduction.js';
import type { Actor } from '../../../kernel/access.js';
import { invalidField, notFound } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { mayCoordinate } from '../coproduction.policy.js';
import { defined, requireMembers } from '../input.js';
import { partnershipOrganisation } from '../organisation-loader.js';
import { requireSeatCoordinator } from './seat-loader.js';
import { seatView, toSeats } from './seat-presenter.js';
import * as repo from './seats.repository.js';

function checkTerm(start: string | null | undefined, end: string | null | undefined) {
  if (start && end && end < start) throw invalidField('termEnd', message('coproduction.problems.termEnd'));
}

function requireHolder(context: ModuleContext, organisationId: string, holderPersonId: string) {
  return requireMembers(context.db, organisationId, [{ path: 'holderPersonId', personId: holderPersonId }]);
}

export async function createSeat(
  context: ModuleContext,
  actor: Actor,
  input: z.output<typeof CreateSeatRequestSchema>,
): Promise<Seat> {
  if (!mayCoordinate(actor, input.organisationId)) throw notFound('organisation');
  if (input.holderPersonId) await requireHolder(context, input.organisationId, input.holderPersonId);
  checkTerm(input.termStart, input.termEnd);
  const seat = await repo.insertSeat(context.db, input);
  return seatView(context.db, actor, seat.id);
}

export async function updateSeat(
  context: ModuleContext,
  actor: Actor,
  seatId: string,
  input: z.output<typeof UpdateSeatRequestSchema>,
): Promise<Seat> {
  const seat = await requireSeatCoordinator(context.db, actor, seatId);
  if (input.holderPersonId) await requireHolder(context, seat.organisationId, input.holderPersonId);
  checkTerm(
    input.termStart === undefined ? seat.termStart : input.termStart,
    input.termEnd === undefined ? seat.termEnd : input.termEnd,
  );
  await repo.updateSeat(context.db, seatId, defined(input));
  return seatView(context.db, actor, seatId);
}

export async function listSeats(context: ModuleContext, actor: Actor, organisationId: string) {
  await partnershipOrganisation(context.db, actor, organisationId);
  return {
    seats: await toSeats(
      context.db,
      actor,
      await repo.findSeatsOfOrganisations(context.db, [organisationId]),
    ),
  };
}

/** Vacant seats across the partnership: opportunities anyone in it can put themselves forward for. */
export async function listOpportunities(context: ModuleContext, actor: Actor) {
  const rows = await repo.findSeatsOfOrganisations(context.db, actor.partnershipOrganisationIds, true);
  return { seats: await toSeats(context.db, actor, rows) };
}
