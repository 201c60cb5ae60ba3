import type { Seat } from '../../../../contracts/coproduction.js';
import type { Actor } from '../../../kernel/access.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { notFound } from '../../../kernel/errors.js';
import { mayCoordinate } from '../coproduction.policy.js';
import { namesOf, organisationNames } from '../names.js';
import * as repo from './seats.repository.js';

/** Seats as the actor may see them: holders and interest counts for the coordinators only. */
export async function toSeats(db: DbOrTx, actor: Actor, rows: repo.SeatRow[]): Promise<Seat[]> {
  const [organisations, interests, names] = await Promise.all([
    organisationNames(db, actor.partnershipId),
    repo.findInterestsOfSeats(
      db,
      rows.map((s) => s.id),
    ),
    namesOf(
      db,
      rows.flatMap((s) => (s.holderPersonId ? [s.holderPersonId] : [])),
    ),
  ]);
  return rows.map((s) => {
    const coordinator = mayCoordinate(actor, s.organisationId);
    const own = interests.filter((i) => i.seatId === s.id);
    return {
      id: s.id,
      organisationId: s.organisationId,
      organisationName: organisations.get(s.organisationId) ?? '',
      kind: s.kind,
      bodyName: s.bodyName,
      description: s.description,
      termStart: s.termStart,
      termEnd: s.termEnd,
      vacant: s.holderPersonId === null,
      // Who sits where is for the coordinators; the partnership sees that power is shared.
      holder:
        coordinator && s.holderPersonId
          ? { id: s.holderPersonId, displayName: names.get(s.holderPersonId) ?? 'Former member' }
          : null,
      attendanceCount: s.attendanceCount,
      interestCount: coordinator ? own.length : 0,
      interested: own.some((i) => i.personId === actor.personId),
    };
  });
}

/** One seat, read again as it is now. */
export async function seatView(db: DbOrTx, actor: Actor, seatId: string): Promise<Seat> {
  const row = await repo.findSeat(db, seatId);
  const [view] = row ? await toSeats(db, actor, [row]) : [];
  if (!view) throw notFound('seat');
  return view;
}
