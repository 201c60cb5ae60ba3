import type { z } from 'zod';
import type { InterestRequestSchema, Seat } from '../../../../contracts/coproduction.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { AppError } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findPersonSummary } from '../../people/index.js';
import { loadSeat, requireSeatCoordinator } from './seat-loader.js';
import { seatView } from './seat-presenter.js';
import * as repo from './seats.repository.js';

/** Puts the actor forward for a vacant seat; asking again replaces their note. */
export async function expressInterest(
  context: ModuleContext,
  actor: Actor,
  seatId: string,
  input: z.output<typeof InterestRequestSchema>,
): Promise<Seat> {
  const seat = await loadSeat(context.db, actor, seatId);
  if (seat.holderPersonId !== null) {
    throw new AppError('conflict', message('coproduction.seats.filled'));
  }
  await repo.upsertInterest(context.db, { seatId, personId: actor.personId, note: input.note });
  return seatView(context.db, actor, seatId);
}

/** Who put themselves forward, with their email so the coordinator can reply. Every read is audited. */
export async function listInterests(context: ModuleContext, actor: Actor, seatId: string) {
  await requireSeatCoordinator(context.db, actor, seatId);
  const rows = await repo.findInterests(context.db, seatId);
  const people = await Promise.all(rows.map((r) => findPersonSummary(context.db, r.personId)));
  await recordAudit(context.db, {
    actorId: actor.personId,
    partnershipId: actor.partnershipId,
    action: 'coproduction.seat_interests.read',
    subjectType: 'coproduction_seat',
    subjectId: seatId,
    details: { count: rows.length },
  });
  return {
    interests: rows.flatMap((r, i) => {
      const person = people[i];
      return person
        ? [
            {
              person: { id: person.id, displayName: person.displayName },
              email: person.email,
              note: r.note,
              createdAt: r.createdAt.toISOString(),
            },
          ]
        : [];
    }),
  };
}
