import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../kernel/db.js';
import {
  charterAssessments,
  charterCommitments,
  commitmentUpdates,
  commitments,
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

export type GroupRow = typeof coproductionGroups.$inferSelect;
export type MeetingRow = typeof coproductionMeetings.$inferSelect;
export type SeatRow = typeof coproductionSeats.$inferSelect;
export type CharterCommitmentRow = typeof charterCommitments.$inferSelect;
export type AssessmentRow = typeof charterAssessments.$inferSelect;
export type PriorityRow = typeof priorities.$inferSelect;
export type CommitmentRow = typeof commitments.$inferSelect;

// Empty IN lists are not valid SQL, so list look-ups short-circuit.
const none = <T>(): Promise<T[]> => Promise.resolve([]);

// --- groups and meetings --------------------------------------------------------------------------

export async function insertGroup(db: DbOrTx, values: typeof coproductionGroups.$inferInsert) {
  const [row] = await db.insert(coproductionGroups).values(values).returning();
  if (!row) throw new Error('group not inserted');
  return row;
}

export async function updateGroup(
  db: DbOrTx,
  id: string,
  values: Partial<Pick<GroupRow, 'name' | 'purpose' | 'rhythm'>>,
) {
  if (Object.keys(values).length === 0) return;
  await db.update(coproductionGroups).set(values).where(eq(coproductionGroups.id, id));
}

export async function findGroup(db: DbOrTx, id: string) {
  const [row] = await db.select().from(coproductionGroups).where(eq(coproductionGroups.id, id));
  return row;
}

export async function findGroupsOfOrganisations(db: DbOrTx, organisationIds: string[]) {
  if (organisationIds.length === 0) return none<GroupRow>();
  return db
    .select()
    .from(coproductionGroups)
    .where(inArray(coproductionGroups.organisationId, organisationIds))
    .orderBy(asc(coproductionGroups.name));
}

export async function findGroupsByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return none<GroupRow>();
  return db.select().from(coproductionGroups).where(inArray(coproductionGroups.id, ids));
}

export async function findGroupIdsOfMember(db: DbOrTx, personId: string): Promise<string[]> {
  const rows = await db
    .select({ groupId: coproductionGroupMembers.groupId })
    .from(coproductionGroupMembers)
    .where(eq(coproductionGroupMembers.personId, personId));
  return rows.map((r) => r.groupId);
}

export async function findGroupMembers(db: DbOrTx, groupIds: string[]) {
  if (groupIds.length === 0) return none<typeof coproductionGroupMembers.$inferSelect>();
  return db
    .select()
    .from(coproductionGroupMembers)
    .where(inArray(coproductionGroupMembers.groupId, groupIds));
}

export async function replaceGroupMembers(db: DbOrTx, groupId: string, personIds: string[]) {
  await db.delete(coproductionGroupMembers).where(eq(coproductionGroupMembers.groupId, groupId));
  if (personIds.length > 0) {
    await db.insert(coproductionGroupMembers).values(personIds.map((personId) => ({ groupId, personId })));
  }
}

export async function insertMeeting(db: DbOrTx, values: typeof coproductionMeetings.$inferInsert) {
  const [row] = await db.insert(coproductionMeetings).values(values).returning();
  if (!row) throw new Error('meeting not inserted');
  return row;
}

export async function updateMeeting(
  db: DbOrTx,
  id: string,
  values: Pick<MeetingRow, 'heldOn' | 'agenda' | 'minutes' | 'decisions'>,
) {
  await db.update(coproductionMeetings).set(values).where(eq(coproductionMeetings.id, id));
}

export async function findMeeting(db: DbOrTx, id: string) {
  const [row] = await db.select().from(coproductionMeetings).where(eq(coproductionMeetings.id, id));
  return row;
}

export async function findMeetingsOfGroups(db: DbOrTx, groupIds: string[]) {
  if (groupIds.length === 0) return none<MeetingRow>();
  return db
    .select()
    .from(coproductionMeetings)
    .where(inArray(coproductionMeetings.groupId, groupIds))
    .orderBy(desc(coproductionMeetings.heldOn), desc(coproductionMeetings.createdAt));
}

export async function replaceAttendanceAndActions(
  db: DbOrTx,
  meetingId: string,
  attendance: Omit<typeof coproductionAttendance.$inferInsert, 'meetingId'>[],
  actions: Omit<typeof coproductionActions.$inferInsert, 'meetingId'>[],
) {
  await db.delete(coproductionAttendance).where(eq(coproductionAttendance.meetingId, meetingId));
  await db.delete(coproductionActions).where(eq(coproductionActions.meetingId, meetingId));
  if (attendance.length > 0) {
    await db.insert(coproductionAttendance).values(attendance.map((a) => ({ ...a, meetingId })));
  }
  if (actions.length > 0) {
    await db.insert(coproductionActions).values(actions.map((a) => ({ ...a, meetingId })));
  }
}

export async function findAttendance(db: DbOrTx, meetingIds: string[]) {
  if (meetingIds.length === 0) return none<typeof coproductionAttendance.$inferSelect>();
  return db
    .select()
    .from(coproductionAttendance)
    .where(inArray(coproductionAttendance.meetingId, meetingIds));
}

export async function findActions(db: DbOrTx, meetingIds: string[]) {
  if (meetingIds.length === 0) return none<typeof coproductionActions.$inferSelect>();
  return db
    .select()
    .from(coproductionActions)
    .where(inArray(coproductionActions.meetingId, meetingIds))
    .orderBy(asc(coproductionActions.position));
}

export async function findAction(db: DbOrTx, id: string) {
  const [row] = await db.select().from(coproductionActions).where(eq(coproductionActions.id, id));
  return row;
}

export async function updateActionStatus(
  db: DbOrTx,
  id: string,
  status: (typeof coproductionActions.$inferSelect)['status'],
) {
  await db.update(coproductionActions).set({ status }).where(eq(coproductionActions.id, id));
}

// --- seats ----------------------------------------------------------------------------------------

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

// --- charter --------------------------------------------------------------------------------------

export async function insertCharterCommitment(db: DbOrTx, values: typeof charterCommitments.$inferInsert) {
  const [row] = await db.insert(charterCommitments).values(values).returning();
  if (!row) throw new Error('commitment not inserted');
  return row;
}

export async function updateCharterCommitment(
  db: DbOrTx,
  id: string,
  values: Partial<Pick<CharterCommitmentRow, 'level' | 'text'>>,
) {
  if (Object.keys(values).length === 0) return;
  await db.update(charterCommitments).set(values).where(eq(charterCommitments.id, id));
}

export async function findCharterCommitment(db: DbOrTx, id: string) {
  const [row] = await db.select().from(charterCommitments).where(eq(charterCommitments.id, id));
  return row;
}

export async function findCharterCommitmentsOfOrganisations(db: DbOrTx, organisationIds: string[]) {
  if (organisationIds.length === 0) return none<CharterCommitmentRow>();
  return db
    .select()
    .from(charterCommitments)
    .where(inArray(charterCommitments.organisationId, organisationIds))
    .orderBy(asc(charterCommitments.level), asc(charterCommitments.createdAt));
}

export async function insertAssessment(db: DbOrTx, values: typeof charterAssessments.$inferInsert) {
  const [row] = await db.insert(charterAssessments).values(values).returning();
  if (!row) throw new Error('assessment not inserted');
  return row;
}

/** Oldest first: the last one of a commitment is its latest. */
export async function findAssessments(db: DbOrTx, commitmentIds: string[]) {
  if (commitmentIds.length === 0) return none<AssessmentRow>();
  return db
    .select()
    .from(charterAssessments)
    .where(inArray(charterAssessments.commitmentId, commitmentIds))
    .orderBy(asc(charterAssessments.assessedOn), asc(charterAssessments.createdAt));
}

// --- priorities and commitments -------------------------------------------------------------------

/** Returns undefined when a café priority was already imported (the unique index decides, even under races). */
export async function insertPriority(db: DbOrTx, values: typeof priorities.$inferInsert) {
  const [row] = await db.insert(priorities).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updatePriority(
  db: DbOrTx,
  id: string,
  values: Partial<Pick<PriorityRow, 'title' | 'text' | 'published'>>,
) {
  if (Object.keys(values).length === 0) return;
  await db.update(priorities).set(values).where(eq(priorities.id, id));
}

export async function findPriority(db: DbOrTx, id: string) {
  const [row] = await db.select().from(priorities).where(eq(priorities.id, id));
  return row;
}

export async function findPrioritiesByCafePriorityIds(db: DbOrTx, cafePriorityIds: string[]) {
  if (cafePriorityIds.length === 0) return none<PriorityRow>();
  return db.select().from(priorities).where(inArray(priorities.cafePriorityId, cafePriorityIds));
}

export async function findPrioritiesByKeyMessageIds(db: DbOrTx, keyMessageIds: string[]) {
  if (keyMessageIds.length === 0) return none<PriorityRow>();
  return db.select().from(priorities).where(inArray(priorities.keyMessageId, keyMessageIds));
}

export async function findPrioritiesOfPartnership(db: DbOrTx, partnershipId: string, publishedOnly: boolean) {
  const conditions = [eq(priorities.partnershipId, partnershipId)];
  if (publishedOnly) conditions.push(eq(priorities.published, true));
  return db
    .select()
    .from(priorities)
    .where(and(...conditions))
    .orderBy(desc(priorities.createdAt));
}

export async function insertCommitment(db: DbOrTx, values: typeof commitments.$inferInsert) {
  const [row] = await db.insert(commitments).values(values).returning();
  if (!row) throw new Error('commitment not inserted');
  return row;
}

export async function findCommitment(db: DbOrTx, id: string) {
  const [row] = await db.select().from(commitments).where(eq(commitments.id, id));
  return row;
}

/** Locks the commitment, so two changes to its status are told one after the other, never both as new. */
export async function lockCommitment(db: DbOrTx, id: string) {
  const [row] = await db.select().from(commitments).where(eq(commitments.id, id)).for('update');
  return row;
}

export async function updateCommitment(
  db: DbOrTx,
  id: string,
  values: Partial<typeof commitments.$inferInsert>,
) {
  if (Object.keys(values).length === 0) return;
  await db.update(commitments).set(values).where(eq(commitments.id, id));
}

export async function findCommitmentsOfPriorities(db: DbOrTx, priorityIds: string[]) {
  if (priorityIds.length === 0) return none<CommitmentRow>();
  return db
    .select()
    .from(commitments)
    .where(inArray(commitments.priorityId, priorityIds))
    .orderBy(asc(commitments.createdAt));
}

export async function insertCommitmentUpdate(db: DbOrTx, values: typeof commitmentUpdates.$inferInsert) {
  const [row] = await db.insert(commitmentUpdates).values(values).returning();
  if (!row) throw new Error('update not inserted');
  return row;
}

export async function findUpdatesOfCommitments(db: DbOrTx, commitmentIds: string[]) {
  if (commitmentIds.length === 0) return none<typeof commitmentUpdates.$inferSelect>();
  return db
    .select()
    .from(commitmentUpdates)
    .where(inArray(commitmentUpdates.commitmentId, commitmentIds))
    .orderBy(asc(commitmentUpdates.happenedOn), asc(commitmentUpdates.createdAt));
}

// --- subscriptions and notifications --------------------------------------------------------------

export async function findPersonSubscription(db: DbOrTx, priorityId: string, personId: string) {
  const [row] = await db
    .select()
    .from(prioritySubscriptions)
    .where(
      and(eq(prioritySubscriptions.priorityId, priorityId), eq(prioritySubscriptions.personId, personId)),
    );
  return row;
}

export async function insertSubscription(
  db: DbOrTx,
  values: { priorityId: string; personId?: string | null; contactEncrypted?: string | null },
) {
  await db.insert(prioritySubscriptions).values(values).onConflictDoNothing();
}

export async function resubscribe(db: DbOrTx, id: string) {
  await db
    .update(prioritySubscriptions)
    .set({ unsubscribedAt: null })
    .where(eq(prioritySubscriptions.id, id));
}

/** Ends a subscription and forgets the contact it held. */
export async function unsubscribe(db: DbOrTx, id: string) {
  await db
    .update(prioritySubscriptions)
    .set({ unsubscribedAt: new Date(), contactEncrypted: null })
    .where(and(eq(prioritySubscriptions.id, id), isNull(prioritySubscriptions.unsubscribedAt)));
}

export async function findActiveSubscriptions(db: DbOrTx, priorityId: string) {
  return db
    .select()
    .from(prioritySubscriptions)
    .where(
      and(eq(prioritySubscriptions.priorityId, priorityId), isNull(prioritySubscriptions.unsubscribedAt)),
    )
    .orderBy(asc(prioritySubscriptions.createdAt));
}

export async function findSubscribedPriorityIds(db: DbOrTx, personId: string): Promise<Set<string>> {
  const rows = await db
    .select({ priorityId: prioritySubscriptions.priorityId })
    .from(prioritySubscriptions)
    .where(and(eq(prioritySubscriptions.personId, personId), isNull(prioritySubscriptions.unsubscribedAt)));
  return new Set(rows.map((r) => r.priorityId));
}

export async function insertUnsubscribeLink(
  db: DbOrTx,
  values: { tokenHash: string; subscriptionId: string },
) {
  await db.insert(unsubscribeLinks).values(values);
}

export async function findSubscriptionIdByTokenHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({ subscriptionId: unsubscribeLinks.subscriptionId })
    .from(unsubscribeLinks)
    .where(eq(unsubscribeLinks.tokenHash, tokenHash));
  return row?.subscriptionId;
}

export async function insertNotifications(db: DbOrTx, values: (typeof notifications.$inferInsert)[]) {
  if (values.length > 0) await db.insert(notifications).values(values);
}

export async function findNotificationsOfPerson(db: DbOrTx, personId: string, limit = 100) {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.personId, personId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

// --- personal data --------------------------------------------------------------------------------

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
