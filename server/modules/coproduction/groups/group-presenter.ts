import { VOUCHER_WARNING, type Meeting } from '../../../../contracts/coproduction.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { notFound } from '../../../kernel/errors.js';
import { namesOf } from '../names.js';
import * as repo from './groups.repository.js';

/** The groups' members by name, alphabetically, for each group in turn. */
export async function groupMembers(db: DbOrTx, groupIds: string[]) {
  const rows = await repo.findGroupMembers(db, groupIds);
  const names = await namesOf(
    db,
    rows.map((r) => r.personId),
  );
  return (groupId: string) =>
    rows
      .filter((r) => r.groupId === groupId)
      .map((r) => ({ id: r.personId, displayName: names.get(r.personId) ?? 'Former member' }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Meetings with their attendance (by name) and actions, always with the voucher warning. */
export async function toMeetings(db: DbOrTx, rows: repo.MeetingRow[]): Promise<Meeting[]> {
  const ids = rows.map((m) => m.id);
  const [attendance, actions] = await Promise.all([repo.findAttendance(db, ids), repo.findActions(db, ids)]);
  const names = await namesOf(
    db,
    attendance.flatMap((a) => (a.personId ? [a.personId] : [])),
  );
  return rows.map((m) => ({
    id: m.id,
    groupId: m.groupId,
    heldOn: m.heldOn,
    agenda: m.agenda,
    minutes: m.minutes,
    decisions: m.decisions,
    attendance: attendance
      .filter((a) => a.meetingId === m.id)
      .map((a) => ({
        personId: a.personId,
        displayName: a.personId ? (names.get(a.personId) ?? 'Former member') : 'Former member',
        hours: a.hours,
        expensesPence: a.expensesPence,
        paymentChoice: a.paymentChoice,
      })),
    actions: actions
      .filter((a) => a.meetingId === m.id)
      .map((a) => ({
        id: a.id,
        text: a.text,
        ownerPersonId: a.ownerPersonId,
        ownerOrganisationId: a.ownerOrganisationId,
        dueOn: a.dueOn,
        status: a.status,
      })),
    paymentWarning: VOUCHER_WARNING,
  }));
}

/** One meeting as the API shows it. */
export async function meetingView(db: DbOrTx, row: repo.MeetingRow): Promise<Meeting> {
  const [view] = await toMeetings(db, [row]);
  if (!view) throw notFound('meeting');
  return view;
}
