import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../kernel/db.js';
import { coproductionSeatInterests, coproductionSeats } from '../coproduction.tables.js';
import { none } from '../no-rows.js';

export type SeatRow = typeof coproductionSeats.$inferSelect;

export async function insertSeat(db: DbOrTx, values: typeof coproductionSeats.$inferInsert) {
  const [row] = await db.insert(coproductionSeats).values(values).returning();
  if (!row) throw new Error('seat not inserted');
  return row;
}

export async function updateSeat(
  db: DbOrTx,
  id: string,
  values: Partial<typeof coproductionSeats.$inferInsert>,
) {
  if (Object.keys(values).length === 0) return;
  await db.update(coproductionSeats).set(values).where(eq(coproductionSeats.id, id));
}

export async function findSeat(db: DbOrTx, id: string) {
  const [row] = await db.select().from(coproductionSeats).where(eq(coproductionSeats.id, id));
  return row;
}

export async function findSeatsOfOrganisations(db: DbOrTx, organisationIds: string[], vacantOnly = false) {
  if (organisationIds.length === 0) return none<SeatRow>();
  const conditions = [inArray(coproductionSeats.organisationId, organisationIds)];
  if (vacantOnly) conditions.push(isNull(coproductionSeats.holderPersonId));
  return db
    .select()
    .from(coproductionSeats)
    .where(and(...conditions))
    .orderBy(asc(coproductionSeats.kind), asc(coproductionSeats.bodyName), asc(coproductionSeats.createdAt));
}

/** Records interest once per person and seat; asking again replaces the note. */
export async function upsertInterest(db: DbOrTx, values: { seatId: string; personId: string; note: string }) {
  await db
    .insert(coproductionSeatInterests)
    .values(values)
    .onConflictDoUpdate({
      target: [coproductionSeatInterests.seatId, coproductionSeatInterests.personId],
      set: { note: values.note },
    });
}

export async function findInterests(db: DbOrTx, seatId: string) {
  return db
    .select()
    .from(coproductionSeatInterests)
    .where(eq(coproductionSeatInterests.seatId, seatId))
    .orderBy(asc(coproductionSeatInterests.createdAt));
}

export async function findInterestsOfSeats(db: DbOrTx, seatIds: string[]) {
  if (seatIds.length === 0) return none<typeof coproductionSeatInterests.$inferSelect>();
  return db
    .select()
    .from(coproductionSeatInterests)
    .where(inArray(coproductionSeatInterests.seatId, seatIds));
}
