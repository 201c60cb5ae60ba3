import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../kernel/db.js';
import {
  coproductionActions,
  coproductionAttendance,
  coproductionGroupMembers,
  coproductionGroups,
  coproductionMeetings,
} from '../coproduction.tables.js';
import { none } from '../no-rows.js';

export type GroupRow = typeof coproductionGroups.$inferSelect;
export type MeetingRow = typeof coproductionMeetings.$inferSelect;

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
