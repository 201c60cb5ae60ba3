import type { z } from 'zod';
import type { Meeting, MeetingRequestSchema } from '../../../../contracts/coproduction.js';
import type { Actor } from '../../../kernel/access.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { invalidField, notFound } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { isInPartnership } from '../coproduction.policy.js';
import { requireMembers } from '../input.js';
import { loadMeeting, requireGroupManager } from './group-loader.js';
import { meetingView } from './group-presenter.js';
import * as repo from './groups.repository.js';
import { logMeetingInvolvement } from './meeting-involvement.js';

export type MeetingInput = z.output<typeof MeetingRequestSchema>;

/** Attendees and action owners are members of the organisation, each listed once; an action has one owner. */
async function checkMeeting(db: DbOrTx, actor: Actor, organisationId: string, input: MeetingInput) {
  await requireMembers(db, organisationId, [
    ...input.attendance.map((a, i) => ({ path: `attendance.${i}.personId`, personId: a.personId })),
    ...input.actions.flatMap((a, i) =>
      a.ownerPersonId ? [{ path: `actions.${i}.ownerPersonId`, personId: a.ownerPersonId }] : [],
    ),
  ]);
  const seen = new Set<string>();
  input.attendance.forEach((a, i) => {
    if (seen.has(a.personId))
      throw invalidField(`attendance.${i}.personId`, message('coproduction.problems.alreadyListed'));
    seen.add(a.personId);
  });
  input.actions.forEach((a, i) => {
    if (a.ownerPersonId && a.ownerOrganisationId) {
      throw invalidField(
        `actions.${i}.ownerOrganisationId`,
        message('coproduction.problems.personOrOrganisation'),
      );
    }
    if (a.ownerOrganisationId && !isInPartnership(actor, a.ownerOrganisationId)) {
      throw invalidField(
        `actions.${i}.ownerOrganisationId`,
        message('problems.choosePartnershipOrganisation'),
      );
    }
  });
}

function meetingFields(input: MeetingInput) {
  return { heldOn: input.heldOn, agenda: input.agenda, minutes: input.minutes, decisions: input.decisions };
}

/** Replaces the meeting's attendance and actions, and its entries in the involvement log. */
async function saveAttendanceAndActions(
  tx: DbOrTx,
  group: { name: string; organisationId: string },
  meetingId: string,
  input: MeetingInput,
  recordedBy: string,
) {
  const attendance = input.attendance.map((a) => ({
    personId: a.personId,
    hours: a.hours,
    expensesPence: a.expensesPence,
    paymentChoice: a.paymentChoice,
  }));
  const actions = input.actions.map((a, position) => ({ position, ...a }));
  await repo.replaceAttendanceAndActions(tx, meetingId, attendance, actions);
  await logMeetingInvolvement(tx, group, meetingId, input, recordedBy);
}

/** Records a meeting with its attendance, decisions and actions, all or nothing. */
export async function createMeeting(
  context: ModuleContext,
  actor: Actor,
  groupId: string,
  input: MeetingInput,
): Promise<Meeting> {
  const { group } = await requireGroupManager(context.db, actor, groupId);
  await checkMeeting(context.db, actor, group.organisationId, input);
  const meeting = await context.db.transaction(async (tx) => {
    const row = await repo.insertMeeting(tx, { groupId, ...meetingFields(input) });
    await saveAttendanceAndActions(tx, group, row.id, input, actor.personId);
    return row;
  });
  return meetingView(context.db, meeting);
}

export async function getMeeting(context: ModuleContext, actor: Actor, meetingId: string) {
  const { meeting } = await loadMeeting(context.db, actor, meetingId);
  return meetingView(context.db, meeting);
}

/** Saves a meeting whole: the page adds, changes and removes attendance and actions in one go. */
export async function updateMeeting(
  context: ModuleContext,
  actor: Actor,
  meetingId: string,
  input: MeetingInput,
): Promise<Meeting> {
  const { group, mayManage } = await loadMeeting(context.db, actor, meetingId);
  if (!mayManage) throw notFound('meeting');
  await checkMeeting(context.db, actor, group.organisationId, input);
  await context.db.transaction(async (tx) => {
    await repo.updateMeeting(tx, meetingId, meetingFields(input));
    await saveAttendanceAndActions(tx, group, meetingId, input, actor.personId);
  });
  return getMeeting(context, actor, meetingId);
}

export async function updateActionStatus(
  context: ModuleContext,
  actor: Actor,
  actionId: string,
  status: 'open' | 'in_progress' | 'done' | 'dropped',
): Promise<Meeting> {
  const action = await repo.findAction(context.db, actionId);
  if (!action) throw notFound('action');
  const { mayManage } = await loadMeeting(context.db, actor, action.meetingId);
  if (!mayManage) throw notFound('action');
  await repo.updateActionStatus(context.db, actionId, status);
  return getMeeting(context, actor, action.meetingId);
}
