import { ROLES } from '../../../contracts/people.js';
import {
  CreateCharterCommitmentRequestSchema,
  CreateGroupRequestSchema,
  CreateSeatRequestSchema,
  InterestRequestSchema,
  LADDER,
  MeetingRequestSchema,
  SelfAssessmentRequestSchema,
  UpdateCharterCommitmentRequestSchema,
  UpdateGroupRequestSchema,
  UpdateSeatRequestSchema,
  VOUCHER_WARNING,
  type CharterCommitment,
  type CreateGroupRequest,
  type CreateSeatRequest,
  type Group,
  type Meeting,
  type MeetingRequest,
  type PowerSharing,
  type Seat,
} from '../../../contracts/coproduction.js';
import { organisationsWithRole, requireActor, isPartnershipAdmin, type Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import type { DbOrTx } from '../../kernel/db.js';
import { AppError, notFound } from '../../kernel/errors.js';
import type { ModuleContext } from '../../kernel/module.js';
import {
  findOrganisationById,
  findOrganisationsOfPartnership,
  findPeopleWithRole,
  findPersonSummary,
  recordInvolvement,
  removeInvolvementFromSource,
} from '../people/index.js';
import { isInPartnership, mayCoordinate, mayManageGroups, mayReadGroup } from './coproduction.policy.js';
import * as repo from './coproduction.repository.js';

// --- shared helpers -------------------------------------------------------------------------------

/** The fields of a partial update that were actually sent. */
export function defined<T extends object>(input: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

export function invalid(path: string, message: string): AppError {
  return new AppError('validation_failed', message, [{ path, message }]);
}

/** Everyone with a membership of the organisation, by person id. */
export async function membersOfOrganisation(db: DbOrTx, organisationId: string) {
  const lists = await Promise.all(ROLES.map((role) => findPeopleWithRole(db, organisationId, role)));
  return new Map(lists.flat().map((p) => [p.personId, p]));
}

/** Display names of people; someone erased shows as "Former member". */
export async function namesOf(db: DbOrTx, personIds: Iterable<string>): Promise<Map<string, string>> {
  const ids = [...new Set(personIds)];
  const people = await Promise.all(ids.map((id) => findPersonSummary(db, id)));
  return new Map(ids.map((id, i) => [id, people[i]?.displayName ?? 'Former member']));
}

export async function organisationNames(db: DbOrTx, partnershipId: string | null) {
  if (!partnershipId) return new Map<string, string>();
  const rows = await findOrganisationsOfPartnership(db, partnershipId);
  return new Map(rows.map((o) => [o.id, o.name]));
}

/** Refuses people who are not in the organisation, naming the field that holds them. */
async function requireMembers(db: DbOrTx, organisationId: string, ids: { path: string; personId: string }[]) {
  if (ids.length === 0) return;
  const members = await membersOfOrganisation(db, organisationId);
  const outside = ids.find((i) => !members.has(i.personId));
  if (outside) {
    throw invalid(outside.path, 'Choose someone who is a member of this organisation');
  }
}

/** The organisation, if the actor is in its partnership; otherwise it is simply not found. */
async function partnershipOrganisation(db: DbOrTx, actor: Actor, organisationId: string) {
  const organisation = await findOrganisationById(db, organisationId);
  if (!organisation || !isInPartnership(actor, organisationId)) throw notFound('This organisation');
  return organisation;
}

// --- groups and meetings --------------------------------------------------------------------------

async function toMeetings(db: DbOrTx, rows: repo.MeetingRow[]): Promise<Meeting[]> {
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

async function groupMembers(db: DbOrTx, groupIds: string[]) {
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

async function loadGroup(db: DbOrTx, actor: Actor, groupId: string) {
  const group = await repo.findGroup(db, groupId);
  if (!group) throw notFound('This group');
  const members = (await groupMembers(db, [groupId]))(groupId);
  if (
    !mayReadGroup(
      actor,
      group,
      members.map((m) => m.id),
    )
  )
    throw notFound('This group');
  return { group, members, mayManage: mayManageGroups(actor, group.organisationId) };
}

async function requireGroupManager(db: DbOrTx, actor: Actor, groupId: string) {
  const loaded = await loadGroup(db, actor, groupId);
  if (!loaded.mayManage) throw notFound('This group');
  return loaded;
}

export async function getGroup(
  context: ModuleContext,
  actorOrNull: Actor | null,
  groupId: string,
): Promise<Group> {
  const actor = requireActor(actorOrNull);
  const { group, members, mayManage } = await loadGroup(context.db, actor, groupId);
  const meetings = await toMeetings(context.db, await repo.findMeetingsOfGroups(context.db, [groupId]));
  return {
    id: group.id,
    organisationId: group.organisationId,
    name: group.name,
    purpose: group.purpose,
    rhythm: group.rhythm,
    members,
    mayManage,
    meetings,
  };
}

/** Groups the actor runs, and groups they belong to. */
export async function listGroups(context: ModuleContext, actorOrNull: Actor | null) {
  const actor = requireActor(actorOrNull);
  const managed = isPartnershipAdmin(actor)
    ? actor.partnershipOrganisationIds
    : organisationsWithRole(actor, ['facilitator', 'coordinator']);
  const memberOf = await repo.findGroupIdsOfMember(context.db, actor.personId);
  const rows = [
    ...(await repo.findGroupsOfOrganisations(context.db, managed)),
    ...(await repo.findGroupsByIds(context.db, memberOf)),
  ].filter((g, i, all) => all.findIndex((o) => o.id === g.id) === i);
  const ids = rows.map((g) => g.id);
  const [members, meetings] = await Promise.all([
    groupMembers(context.db, ids),
    repo.findMeetingsOfGroups(context.db, ids),
  ]);
  return {
    groups: rows.map((g) => {
      const own = meetings.filter((m) => m.groupId === g.id);
      return {
        id: g.id,
        organisationId: g.organisationId,
        name: g.name,
        purpose: g.purpose,
        rhythm: g.rhythm,
        members: members(g.id),
        mayManage: mayManageGroups(actor, g.organisationId),
        meetingCount: own.length,
        lastMetOn: own[0]?.heldOn ?? null,
      };
    }),
  };
}

export async function createGroup(
  context: ModuleContext,
  actorOrNull: Actor | null,
  rawInput: CreateGroupRequest,
): Promise<Group> {
  const actor = requireActor(actorOrNull);
  const input = CreateGroupRequestSchema.parse(rawInput);
  const organisation = await findOrganisationById(context.db, input.organisationId);
  if (!organisation || !mayManageGroups(actor, organisation.id)) throw notFound('This organisation');
  const memberIds = [...new Set(input.memberIds)];
  await requireMembers(
    context.db,
    organisation.id,
    memberIds.map((personId, i) => ({ path: `memberIds.${i}`, personId })),
  );
  const group = await context.db.transaction(async (tx) => {
    const row = await repo.insertGroup(tx, {
      organisationId: organisation.id,
      name: input.name,
      purpose: input.purpose,
      rhythm: input.rhythm,
      createdBy: actor.personId,
    });
    await repo.replaceGroupMembers(tx, row.id, memberIds);
    return row;
  });
  return getGroup(context, actor, group.id);
}

export async function updateGroup(
  context: ModuleContext,
  actorOrNull: Actor | null,
  groupId: string,
  rawInput: unknown,
): Promise<Group> {
  const actor = requireActor(actorOrNull);
  const input = UpdateGroupRequestSchema.parse(rawInput);
  const { group } = await requireGroupManager(context.db, actor, groupId);
  const memberIds = input.memberIds ? [...new Set(input.memberIds)] : undefined;
  if (memberIds) {
    await requireMembers(
      context.db,
      group.organisationId,
      memberIds.map((personId, i) => ({ path: `memberIds.${i}`, personId })),
    );
  }
  await context.db.transaction(async (tx) => {
    const { memberIds: _members, ...fields } = input;
    await repo.updateGroup(tx, groupId, defined(fields));
    if (memberIds) await repo.replaceGroupMembers(tx, groupId, memberIds);
  });
  return getGroup(context, actor, groupId);
}

async function checkMeeting(db: DbOrTx, actor: Actor, organisationId: string, input: MeetingRequest) {
  const parsed = MeetingRequestSchema.parse(input);
  await requireMembers(db, organisationId, [
    ...parsed.attendance.map((a, i) => ({ path: `attendance.${i}.personId`, personId: a.personId })),
    ...parsed.actions.flatMap((a, i) =>
      a.ownerPersonId ? [{ path: `actions.${i}.ownerPersonId`, personId: a.ownerPersonId }] : [],
    ),
  ]);
  const seen = new Set<string>();
  parsed.attendance.forEach((a, i) => {
    if (seen.has(a.personId)) throw invalid(`attendance.${i}.personId`, 'This person is already on the list');
    seen.add(a.personId);
  });
  parsed.actions.forEach((a, i) => {
    if (a.ownerPersonId && a.ownerOrganisationId) {
      throw invalid(
        `actions.${i}.ownerOrganisationId`,
        'Give an action to a person or an organisation, not both',
      );
    }
    if (a.ownerOrganisationId && !isInPartnership(actor, a.ownerOrganisationId)) {
      throw invalid(`actions.${i}.ownerOrganisationId`, 'Choose an organisation of this partnership');
    }
  });
  return parsed;
}

function meetingParts(parsed: ReturnType<typeof MeetingRequestSchema.parse>) {
  return {
    attendance: parsed.attendance.map((a) => ({
      personId: a.personId,
      hours: a.hours,
      expensesPence: a.expensesPence,
      paymentChoice: a.paymentChoice,
    })),
    actions: parsed.actions.map((a, position) => ({ position, ...a })),
  };
}

/**
 * Writes the meeting's attendance into the involvement log: one entry per attendee with hours or
 * expenses. The meeting's earlier entries go first, so saving again never counts anyone twice.
 */
async function logMeetingInvolvement(
  tx: DbOrTx,
  group: { name: string; organisationId: string },
  meetingId: string,
  parsed: ReturnType<typeof MeetingRequestSchema.parse>,
  recordedBy: string,
) {
  const source = { kind: 'coproduction_meeting', id: meetingId };
  await removeInvolvementFromSource(tx, source);
  for (const a of parsed.attendance) {
    if (a.hours <= 0 && a.expensesPence <= 0) continue;
    await recordInvolvement(tx, {
      personId: a.personId,
      organisationId: group.organisationId,
      occurredOn: parsed.heldOn,
      activity: `Co-production meeting: ${group.name}`,
      role: 'coproduction_group_member',
      hours: a.hours,
      expensesPence: a.expensesPence,
      paymentChoice: a.paymentChoice,
      source,
      recordedBy,
    });
  }
}

/** Records a meeting with its attendance, decisions and actions, all or nothing. */
export async function createMeeting(
  context: ModuleContext,
  actorOrNull: Actor | null,
  groupId: string,
  input: MeetingRequest,
): Promise<Meeting> {
  const actor = requireActor(actorOrNull);
  const { group } = await requireGroupManager(context.db, actor, groupId);
  const parsed = await checkMeeting(context.db, actor, group.organisationId, input);
  const meeting = await context.db.transaction(async (tx) => {
    const row = await repo.insertMeeting(tx, {
      groupId,
      heldOn: parsed.heldOn,
      agenda: parsed.agenda,
      minutes: parsed.minutes,
      decisions: parsed.decisions,
    });
    const parts = meetingParts(parsed);
    await repo.replaceAttendanceAndActions(tx, row.id, parts.attendance, parts.actions);
    await logMeetingInvolvement(tx, group, row.id, parsed, actor.personId);
    return row;
  });
  const [view] = await toMeetings(context.db, [meeting]);
  if (!view) throw notFound('This meeting');
  return view;
}

async function loadMeeting(db: DbOrTx, actor: Actor, meetingId: string) {
  const meeting = await repo.findMeeting(db, meetingId);
  if (!meeting) throw notFound('This meeting');
  const loaded = await loadGroup(db, actor, meeting.groupId).catch(() => {
    throw notFound('This meeting');
  });
  return { meeting, ...loaded };
}

export async function getMeeting(context: ModuleContext, actorOrNull: Actor | null, meetingId: string) {
  const actor = requireActor(actorOrNull);
  const { meeting } = await loadMeeting(context.db, actor, meetingId);
  const [view] = await toMeetings(context.db, [meeting]);
  if (!view) throw notFound('This meeting');
  return view;
}

/** Saves a meeting whole: the page adds, changes and removes attendance and actions in one go. */
export async function updateMeeting(
  context: ModuleContext,
  actorOrNull: Actor | null,
  meetingId: string,
  input: MeetingRequest,
): Promise<Meeting> {
  const actor = requireActor(actorOrNull);
  const { group, mayManage } = await loadMeeting(context.db, actor, meetingId);
  if (!mayManage) throw notFound('This meeting');
  const parsed = await checkMeeting(context.db, actor, group.organisationId, input);
  await context.db.transaction(async (tx) => {
    await repo.updateMeeting(tx, meetingId, {
      heldOn: parsed.heldOn,
      agenda: parsed.agenda,
      minutes: parsed.minutes,
      decisions: parsed.decisions,
    });
    const parts = meetingParts(parsed);
    await repo.replaceAttendanceAndActions(tx, meetingId, parts.attendance, parts.actions);
    await logMeetingInvolvement(tx, group, meetingId, parsed, actor.personId);
  });
  return getMeeting(context, actor, meetingId);
}

export async function updateActionStatus(
  context: ModuleContext,
  actorOrNull: Actor | null,
  actionId: string,
  status: 'open' | 'in_progress' | 'done' | 'dropped',
): Promise<Meeting> {
  const actor = requireActor(actorOrNull);
  const action = await repo.findAction(context.db, actionId);
  if (!action) throw notFound('This action');
  const { mayManage } = await loadMeeting(context.db, actor, action.meetingId);
  if (!mayManage) throw notFound('This action');
  await repo.updateActionStatus(context.db, actionId, status);
  return getMeeting(context, actor, action.meetingId);
}

// --- seats ----------------------------------------------------------------------------------------

async function toSeats(db: DbOrTx, actor: Actor, rows: repo.SeatRow[]): Promise<Seat[]> {
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

async function seatView(db: DbOrTx, actor: Actor, seatId: string): Promise<Seat> {
  const row = await repo.findSeat(db, seatId);
  const [view] = row ? await toSeats(db, actor, [row]) : [];
  if (!view) throw notFound('This seat');
  return view;
}

async function loadSeat(db: DbOrTx, actor: Actor, seatId: string) {
  const seat = await repo.findSeat(db, seatId);
  if (!seat || !isInPartnership(actor, seat.organisationId)) throw notFound('This seat');
  return seat;
}

export async function createSeat(
  context: ModuleContext,
  actorOrNull: Actor | null,
  rawInput: CreateSeatRequest,
): Promise<Seat> {
  const actor = requireActor(actorOrNull);
  const input = CreateSeatRequestSchema.parse(rawInput);
  if (!mayCoordinate(actor, input.organisationId)) throw notFound('This organisation');
  if (input.holderPersonId) {
    await requireMembers(context.db, input.organisationId, [
      { path: 'holderPersonId', personId: input.holderPersonId },
    ]);
  }
  checkTerm(input.termStart, input.termEnd);
  const seat = await repo.insertSeat(context.db, input);
  return seatView(context.db, actor, seat.id);
}

function checkTerm(start: string | null | undefined, end: string | null | undefined) {
  if (start && end && end < start) throw invalid('termEnd', 'The term must end after it starts');
}

export async function updateSeat(
  context: ModuleContext,
  actorOrNull: Actor | null,
  seatId: string,
  rawInput: unknown,
): Promise<Seat> {
  const actor = requireActor(actorOrNull);
  const input = UpdateSeatRequestSchema.parse(rawInput);
  const seat = await loadSeat(context.db, actor, seatId);
  if (!mayCoordinate(actor, seat.organisationId)) throw notFound('This seat');
  if (input.holderPersonId) {
    await requireMembers(context.db, seat.organisationId, [
      { path: 'holderPersonId', personId: input.holderPersonId },
    ]);
  }
  checkTerm(
    input.termStart === undefined ? seat.termStart : input.termStart,
    input.termEnd === undefined ? seat.termEnd : input.termEnd,
  );
  await repo.updateSeat(context.db, seatId, defined(input));
  return seatView(context.db, actor, seatId);
}

export async function listSeats(context: ModuleContext, actorOrNull: Actor | null, organisationId: string) {
  const actor = requireActor(actorOrNull);
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
export async function listOpportunities(context: ModuleContext, actorOrNull: Actor | null) {
  const actor = requireActor(actorOrNull);
  const rows = await repo.findSeatsOfOrganisations(context.db, actor.partnershipOrganisationIds, true);
  return { seats: await toSeats(context.db, actor, rows) };
}

export async function expressInterest(
  context: ModuleContext,
  actorOrNull: Actor | null,
  seatId: string,
  rawInput: unknown,
): Promise<Seat> {
  const actor = requireActor(actorOrNull);
  const input = InterestRequestSchema.parse(rawInput);
  const seat = await loadSeat(context.db, actor, seatId);
  if (seat.holderPersonId !== null) {
    throw new AppError(
      'conflict',
      'This seat has been filled. Look at the other opportunities, or ask the coordinator about the next one.',
    );
  }
  await repo.upsertInterest(context.db, { seatId, personId: actor.personId, note: input.note });
  return seatView(context.db, actor, seatId);
}

/** Who put themselves forward, with their email so the coordinator can reply. Every read is audited. */
export async function listInterests(context: ModuleContext, actorOrNull: Actor | null, seatId: string) {
  const actor = requireActor(actorOrNull);
  const seat = await loadSeat(context.db, actor, seatId);
  if (!mayCoordinate(actor, seat.organisationId)) throw notFound('This seat');
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

const KIND_WORDS = {
  board: 'board',
  committee: 'committee',
  team_meeting: 'team meeting',
  interview_panel: 'interview panel',
} as const;

/** Where power is shared: seats held and vacant, and the groups with what they decided and did. */
export async function getPowerSharing(
  context: ModuleContext,
  actorOrNull: Actor | null,
  organisationId: string,
): Promise<PowerSharing> {
  const actor = requireActor(actorOrNull);
  const organisation = await partnershipOrganisation(context.db, actor, organisationId);
  const [seats, groups] = await Promise.all([
    repo.findSeatsOfOrganisations(context.db, [organisationId]),
    repo.findGroupsOfOrganisations(context.db, [organisationId]),
  ]);
  const groupIds = groups.map((g) => g.id);
  const [members, meetings] = await Promise.all([
    repo.findGroupMembers(context.db, groupIds),
    repo.findMeetingsOfGroups(context.db, groupIds),
  ]);
  const actions = await repo.findActions(
    context.db,
    meetings.map((m) => m.id),
  );
  const yearAgo = new Date(Date.now() - 365 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const filled = seats.filter((s) => s.holderPersonId !== null).length;
  const byKind = (['board', 'committee', 'team_meeting', 'interview_panel'] as const).map((kind) => {
    const own = seats.filter((s) => s.kind === kind);
    const held = own.filter((s) => s.holderPersonId !== null).length;
    return {
      kind,
      filled: held,
      vacant: own.length - held,
      attendance: own.reduce((sum, s) => sum + s.attendanceCount, 0),
    };
  });
  const bodies = [...new Set(seats.map((s) => `${s.kind}\u0000${s.bodyName}`))].map((key) => {
    const own = seats.filter((s) => `${s.kind}\u0000${s.bodyName}` === key);
    const held = own.filter((s) => s.holderPersonId !== null).length;
    const first = own[0];
    return {
      kind: first?.kind ?? 'board',
      bodyName: first?.bodyName ?? '',
      filled: held,
      vacant: own.length - held,
    };
  });
  const groupSummaries = groups.map((g) => {
    const own = meetings.filter((m) => m.groupId === g.id);
    const ownActions = actions.filter((a) => own.some((m) => m.id === a.meetingId));
    return {
      id: g.id,
      name: g.name,
      rhythm: g.rhythm,
      members: members.filter((m) => m.groupId === g.id).length,
      meetingsLastYear: own.filter((m) => m.heldOn >= yearAgo).length,
      decisions: own.reduce((sum, m) => sum + m.decisions.length, 0),
      actionsOpen: ownActions.filter((a) => a.status === 'open' || a.status === 'in_progress').length,
      actionsDone: ownActions.filter((a) => a.status === 'done').length,
    };
  });
  const seatWords = byKind
    .filter((k) => k.filled + k.vacant > 0)
    .map((k) => `${k.filled + k.vacant} on the ${KIND_WORDS[k.kind]}${k.filled + k.vacant === 1 ? '' : 's'}`)
    .join(', ');
  const summary =
    `${organisation.name} has ${seats.length} lived-experience seat${seats.length === 1 ? '' : 's'}` +
    `${seatWords ? ` (${seatWords})` : ''}: ${filled} filled and ${seats.length - filled} vacant. ` +
    `${groups.length} co-production group${groups.length === 1 ? '' : 's'} met ` +
    `${groupSummaries.reduce((sum, g) => sum + g.meetingsLastYear, 0)} times in the last year.`;
  return {
    organisationId,
    organisationName: organisation.name,
    seats: { total: seats.length, filled, vacant: seats.length - filled, byKind, bodies },
    groups: groupSummaries,
    summary,
  };
}

// --- Working Together charter ---------------------------------------------------------------------

const stepOf = (rung: (typeof LADDER)[number]) => LADDER.indexOf(rung) + 1;

function toAssessment(row: repo.AssessmentRow) {
  return {
    id: row.id,
    rung: row.rung,
    step: stepOf(row.rung),
    evidence: row.evidence,
    assessedOn: row.assessedOn,
  };
}

async function toCharter(
  db: DbOrTx,
  actor: Actor,
  rows: repo.CharterCommitmentRow[],
): Promise<CharterCommitment[]> {
  const [organisations, assessments] = await Promise.all([
    organisationNames(db, actor.partnershipId),
    repo.findAssessments(
      db,
      rows.map((c) => c.id),
    ),
  ]);
  return rows.map((c) => {
    const own = assessments.filter((a) => a.commitmentId === c.id);
    const latest = own[own.length - 1];
    return {
      id: c.id,
      organisationId: c.organisationId,
      organisationName: organisations.get(c.organisationId) ?? '',
      level: c.level,
      text: c.text,
      latest: latest ? toAssessment(latest) : null,
      mayEdit: mayCoordinate(actor, c.organisationId),
    };
  });
}

async function loadCharterCommitment(db: DbOrTx, actor: Actor, commitmentId: string) {
  const row = await repo.findCharterCommitment(db, commitmentId);
  if (!row || !isInPartnership(actor, row.organisationId)) throw notFound('This commitment');
  return row;
}

async function charterView(db: DbOrTx, actor: Actor, row: repo.CharterCommitmentRow) {
  const [view] = await toCharter(db, actor, [row]);
  if (!view) throw notFound('This commitment');
  return view;
}

export async function createCharterCommitment(
  context: ModuleContext,
  actorOrNull: Actor | null,
  rawInput: unknown,
) {
  const actor = requireActor(actorOrNull);
  const input = CreateCharterCommitmentRequestSchema.parse(rawInput);
  if (!mayCoordinate(actor, input.organisationId)) throw notFound('This organisation');
  const row = await repo.insertCharterCommitment(context.db, input);
  return charterView(context.db, actor, row);
}

export async function updateCharterCommitment(
  context: ModuleContext,
  actorOrNull: Actor | null,
  commitmentId: string,
  rawInput: unknown,
) {
  const actor = requireActor(actorOrNull);
  const input = UpdateCharterCommitmentRequestSchema.parse(rawInput);
  const row = await loadCharterCommitment(context.db, actor, commitmentId);
  if (!mayCoordinate(actor, row.organisationId)) throw notFound('This commitment');
  await repo.updateCharterCommitment(context.db, commitmentId, defined(input));
  return charterView(context.db, actor, {
    ...row,
    ...input,
    level: input.level ?? row.level,
    text: input.text ?? row.text,
  });
}

export async function addSelfAssessment(
  context: ModuleContext,
  actorOrNull: Actor | null,
  commitmentId: string,
  rawInput: unknown,
) {
  const actor = requireActor(actorOrNull);
  const input = SelfAssessmentRequestSchema.parse(rawInput);
  const row = await loadCharterCommitment(context.db, actor, commitmentId);
  if (!mayCoordinate(actor, row.organisationId)) throw notFound('This commitment');
  if (input.assessedOn > new Date().toISOString().slice(0, 10)) {
    throw invalid('assessedOn', 'A self-assessment is of what has happened: choose today or an earlier date');
  }
  await repo.insertAssessment(context.db, { commitmentId, ...input, assessedBy: actor.personId });
  return getCharterHistory(context, actor, commitmentId);
}

export async function getCharterHistory(
  context: ModuleContext,
  actorOrNull: Actor | null,
  commitmentId: string,
) {
  const actor = requireActor(actorOrNull);
  const row = await loadCharterCommitment(context.db, actor, commitmentId);
  const assessments = await repo.findAssessments(context.db, [commitmentId]);
  return {
    commitment: await charterView(context.db, actor, row),
    assessments: assessments.map(toAssessment),
    ladder: [...LADDER],
  };
}

export async function getCharter(context: ModuleContext, actorOrNull: Actor | null, organisationId: string) {
  const actor = requireActor(actorOrNull);
  await partnershipOrganisation(context.db, actor, organisationId);
  const rows = await repo.findCharterCommitmentsOfOrganisations(context.db, [organisationId]);
  return { commitments: await toCharter(context.db, actor, rows) };
}

/** Every organisation's commitments with their latest rung: where the partnership stands. */
export async function getPartnershipCharter(context: ModuleContext, actorOrNull: Actor | null) {
  const actor = requireActor(actorOrNull);
  if (!actor.partnershipId) return { ladder: [...LADDER], organisations: [] };
  const organisations = await findOrganisationsOfPartnership(context.db, actor.partnershipId);
  const rows = await repo.findCharterCommitmentsOfOrganisations(
    context.db,
    organisations.map((o) => o.id),
  );
  const commitments = await toCharter(context.db, actor, rows);
  return {
    ladder: [...LADDER],
    organisations: organisations.map((o) => ({
      id: o.id,
      name: o.name,
      commitments: commitments.filter((c) => c.organisationId === o.id),
    })),
  };
}
