import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../kernel/db.js';
import {
  coproductionActions,
  coproductionAttendance,
  coproductionGroupMembers,
  coproductionGroups,
  coproductionMeetings,
  coproductionSeatInterests,
  coproductionSeats,
  notifications,
  priorities,
  prioritySubscriptions,
  unsubscribeLinks,
} from './coproduction.tables.js';
import { findNotificationsOfPerson } from './priorities/index.js';

export async function findPersonalData(db: DbOrTx, personId: string) {
  const [memberOf, attended, held, interests, subscriptions, notes] = await Promise.all([
    db
      .select({ name: coproductionGroups.name })
      .from(coproductionGroupMembers)
      .innerJoin(coproductionGroups, eq(coproductionGroups.id, coproductionGroupMembers.groupId))
      .where(eq(coproductionGroupMembers.personId, personId)),
    db
      .select({
        group: coproductionGroups.name,
        heldOn: coproductionMeetings.heldOn,
        hours: coproductionAttendance.hours,
        expensesPence: coproductionAttendance.expensesPence,
        paymentChoice: coproductionAttendance.paymentChoice,
      })
      .from(coproductionAttendance)
      .innerJoin(coproductionMeetings, eq(coproductionMeetings.id, coproductionAttendance.meetingId))
      .innerJoin(coproductionGroups, eq(coproductionGroups.id, coproductionMeetings.groupId))
      .where(eq(coproductionAttendance.personId, personId)),
    db
      .select({
        kind: coproductionSeats.kind,
        bodyName: coproductionSeats.bodyName,
        termStart: coproductionSeats.termStart,
        termEnd: coproductionSeats.termEnd,
      })
      .from(coproductionSeats)
      .where(eq(coproductionSeats.holderPersonId, personId)),
    db
      .select({ bodyName: coproductionSeats.bodyName, note: coproductionSeatInterests.note })
      .from(coproductionSeatInterests)
      .innerJoin(coproductionSeats, eq(coproductionSeats.id, coproductionSeatInterests.seatId))
      .where(eq(coproductionSeatInterests.personId, personId)),
    db
      .select({ title: priorities.title, unsubscribedAt: prioritySubscriptions.unsubscribedAt })
      .from(prioritySubscriptions)
      .innerJoin(priorities, eq(priorities.id, prioritySubscriptions.priorityId))
      .where(eq(prioritySubscriptions.personId, personId)),
    findNotificationsOfPerson(db, personId, 1000),
  ]);
  return { memberOf, attended, held, interests, subscriptions, notifications: notes };
}

/** Erasure: links are removed; meeting figures stay without a name, for the organisation's accounts. */
export async function erasePersonalData(db: DbOrTx, personId: string) {
  const groups = await db
    .delete(coproductionGroupMembers)
    .where(eq(coproductionGroupMembers.personId, personId))
    .returning();
  const attendance = await db
    .update(coproductionAttendance)
    .set({ personId: null })
    .where(eq(coproductionAttendance.personId, personId))
    .returning({ id: coproductionAttendance.id });
  await db
    .update(coproductionActions)
    .set({ ownerPersonId: null })
    .where(eq(coproductionActions.ownerPersonId, personId));
  const seats = await db
    .update(coproductionSeats)
    .set({ holderPersonId: null })
    .where(eq(coproductionSeats.holderPersonId, personId))
    .returning({ id: coproductionSeats.id });
  const interests = await db
    .delete(coproductionSeatInterests)
    .where(eq(coproductionSeatInterests.personId, personId))
    .returning({ id: coproductionSeatInterests.id });
  const subscriptionIds = db
    .select({ id: prioritySubscriptions.id })
    .from(prioritySubscriptions)
    .where(eq(prioritySubscriptions.personId, personId));
  await db.delete(unsubscribeLinks).where(inArray(unsubscribeLinks.subscriptionId, subscriptionIds));
  const subscriptions = await db
    .delete(prioritySubscriptions)
    .where(eq(prioritySubscriptions.personId, personId))
    .returning({ id: prioritySubscriptions.id });
  await db.delete(notifications).where(eq(notifications.personId, personId));
  return {
    groups: groups.length,
    attendance: attendance.length,
    seats: seats.length,
    interests: interests.length,
    subscriptions: subscriptions.length,
  };
}
