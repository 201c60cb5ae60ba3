import type { z } from 'zod';
import {
  CreateActivityRequestSchema,
  CreateProposalRequestSchema,
  RespondToProposalRequestSchema,
  TIME_ZONE,
  UpdateActivityRequestSchema,
  type Activity,
  type Occurrence,
  type Proposal,
  type Roster,
  type SignUp,
} from '../../../contracts/activities.js';
import { requireActor, type Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { hashToken, randomToken } from '../../kernel/crypto.js';
import type { DbOrTx } from '../../kernel/db.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { queueMail } from '../../kernel/mail.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findOrganisationById, findPersonSummary } from '../people/index.js';
import { buildCalendar, type CalendarEvent } from './ical.js';
import { isInPartnership, mayCoordinate, mayRunProgramme } from './activities.policy.js';
import * as repo from './activities.repository.js';
import { expandSchedule } from './recurrence.js';

// --- shared helpers -------------------------------------------------------------------------------

export function invalid(path: string, message: string): AppError {
  return new AppError('validation_failed', message, [{ path, message }]);
}

/** Display names of people; someone erased shows as "Former member". */
export async function namesOf(db: DbOrTx, personIds: Iterable<string>): Promise<Map<string, string>> {
  const ids = [...new Set(personIds)];
  const people = await Promise.all(ids.map((id) => findPersonSummary(db, id)));
  return new Map(ids.map((id, i) => [id, people[i]?.displayName ?? 'Former member']));
}

/** The organisation, if the actor is in its partnership; otherwise it is simply not found. */
export async function partnershipOrganisation(db: DbOrTx, actor: Actor, organisationId: string) {
  const organisation = await findOrganisationById(db, organisationId);
  if (!organisation || !isInPartnership(actor, organisationId)) throw notFound('This organisation');
  return organisation;
}

const longDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
/** "Tuesday 2 March 2027 at 18:00", in London time. */
export function when(at: Date): string {
  return longDate.format(at).replace(/, (\d\d:\d\d)$/, ' at $1');
}

// --- proposals ------------------------------------------------------------------------------------

async function toProposals(db: DbOrTx, actor: Actor, rows: repo.ProposalRow[]): Promise<Proposal[]> {
  const supports = await repo.findSupports(
    db,
    rows.map((r) => r.id),
  );
  const names = await namesOf(
    db,
    rows.flatMap((r) => (r.proposedBy ? [r.proposedBy] : [])),
  );
  return rows.map((r) => {
    const mine = supports.filter((s) => s.proposalId === r.id);
    return {
      id: r.id,
      organisationId: r.organisationId,
      title: r.title,
      description: r.description,
      kind: r.kind,
      proposedBy: r.proposedBy ? (names.get(r.proposedBy) ?? 'Former member') : 'Former member',
      status: r.status,
      supporters: mine.length,
      supportedByMe: mine.some((s) => s.personId === actor.personId),
      response:
        r.respondedAt && r.responseReason !== null
          ? { reason: r.responseReason, respondedAt: r.respondedAt.toISOString(), activityId: r.activityId }
          : null,
      createdAt: r.createdAt.toISOString(),
    };
  });
}

export async function proposeActivity(
  context: ModuleContext,
  actorOrNull: Actor | null,
  input: z.input<typeof CreateProposalRequestSchema>,
): Promise<Proposal> {
  const actor = requireActor(actorOrNull);
  const body = CreateProposalRequestSchema.parse(input);
  await partnershipOrganisation(context.db, actor, body.organisationId);
  const row = await repo.insertProposal(context.db, { ...body, proposedBy: actor.personId });
  const [proposal] = await toProposals(context.db, actor, [row]);
  if (!proposal) throw new Error('proposal missing');
  return proposal;
}

export async function listProposals(
  context: ModuleContext,
  actorOrNull: Actor | null,
  organisationId: string,
) {
  const actor = requireActor(actorOrNull);
  await partnershipOrganisation(context.db, actor, organisationId);
  const rows = await repo.findProposalsOfOrganisation(context.db, organisationId);
  return { proposals: await toProposals(context.db, actor, rows) };
}

async function loadProposal(db: DbOrTx, actor: Actor, proposalId: string) {
  const row = await repo.findProposal(db, proposalId);
  if (!row || !isInPartnership(actor, row.organisationId)) throw notFound('This proposal');
  return row;
}

/** Each person supports a proposal once; supporting it again is refused. */
export async function supportProposal(
  context: ModuleContext,
  actorOrNull: Actor | null,
  proposalId: string,
): Promise<Proposal> {
  const actor = requireActor(actorOrNull);
  const row = await loadProposal(context.db, actor, proposalId);
  if (row.status !== 'open') throw new AppError('conflict', 'This proposal has already been answered.');
  if (!(await repo.insertSupport(context.db, proposalId, actor.personId))) {
    throw new AppError('conflict', 'You already support this proposal.');
  }
  const [proposal] = await toProposals(context.db, actor, [row]);
  if (!proposal) throw new Error('proposal missing');
  return proposal;
}

/** A coordinator answers with a reason everyone sees; an accepted proposal becomes an activity. */
export async function respondToProposal(
  context: ModuleContext,
  actorOrNull: Actor | null,
  proposalId: string,
  input: z.input<typeof RespondToProposalRequestSchema>,
): Promise<Proposal> {
  const actor = requireActor(actorOrNull);
  const body = RespondToProposalRequestSchema.parse(input);
  const existing = await loadProposal(context.db, actor, proposalId);
  if (!mayCoordinate(actor, existing.organisationId)) throw notFound('This proposal');
  const row = await context.db.transaction(async (tx) => {
    const proposal = await repo.lockProposal(tx, proposalId);
    if (!proposal) throw notFound('This proposal');
    if (proposal.status === 'accepted') {
      throw new AppError('conflict', 'This proposal was accepted and is already an activity.');
    }
    let activityId: string | null = null;
    if (body.response === 'accepted' && body.activity) {
      const activity = await insertActivityWithOccurrences(tx, actor, {
        ...body.activity,
        title: body.activity.title ?? proposal.title,
        kind: body.activity.kind ?? proposal.kind,
        description: body.activity.description || proposal.description,
        organisationId: proposal.organisationId,
      });
      activityId = activity.id;
    }
    await repo.updateProposal(tx, proposalId, {
      status: body.response,
      responseReason: body.reason,
      respondedBy: actor.personId,
      respondedAt: new Date(),
      activityId,
    });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'activity.proposal.answered',
      subjectType: 'activity_proposal',
      subjectId: proposalId,
      details: { response: body.response, activityId },
    });
    const updated = await repo.findProposal(tx, proposalId);
    if (!updated) throw notFound('This proposal');
    return updated;
  });
  const [proposal] = await toProposals(context.db, actor, [row]);
  if (!proposal) throw new Error('proposal missing');
  return proposal;
}

// --- activities -----------------------------------------------------------------------------------

type ActivityInput = z.output<typeof CreateActivityRequestSchema>;

async function insertActivityWithOccurrences(db: DbOrTx, actor: Actor, input: ActivityInput) {
  const occurrences = expandSchedule(input.schedule);
  const activity = await repo.insertActivity(db, {
    organisationId: input.organisationId,
    title: input.title,
    description: input.description,
    kind: input.kind,
    venue: input.venue,
    accessInformation: input.accessInformation,
    capacity: input.capacity,
    isPublic: input.isPublic,
    frequency: input.schedule.frequency,
    startsOn: input.schedule.startsOn,
    endsOn: input.schedule.endsOn,
    startTime: input.schedule.startTime,
    durationMinutes: input.schedule.durationMinutes,
    createdBy: actor.personId,
  });
  await repo.insertOccurrences(
    db,
    occurrences.map((o) => ({ activityId: activity.id, startsAt: o.startsAt, endsAt: o.endsAt })),
  );
  return activity;
}

/** Activities with their occurrences and how full each is. */
export async function toActivities(db: DbOrTx, rows: repo.ActivityRow[], from?: Date): Promise<Activity[]> {
  const occurrences = await repo.findOccurrences(
    db,
    rows.map((r) => r.id),
    from,
  );
  const counts = await repo.countSignUps(
    db,
    occurrences.map((o) => o.id),
  );
  const countOf = (occurrenceId: string, status: string) =>
    counts.find((c) => c.occurrenceId === occurrenceId && c.status === status)?.n ?? 0;
  return rows.map((r) => ({
    id: r.id,
    organisationId: r.organisationId,
    title: r.title,
    description: r.description,
    kind: r.kind,
    venue: r.venue,
    accessInformation: r.accessInformation,
    capacity: r.capacity,
    isPublic: r.isPublic,
    frequency: r.frequency,
    startTime: r.startTime,
    timeZone: TIME_ZONE,
    occurrences: occurrences
      .filter((o) => o.activityId === r.id)
      .map((o): Occurrence => {
        const booked = countOf(o.id, 'booked');
        return {
          id: o.id,
          activityId: o.activityId,
          startsAt: o.startsAt.toISOString(),
          endsAt: o.endsAt.toISOString(),
          cancelled: o.cancelledAt !== null,
          cancelReason: o.cancelReason,
          booked,
          waiting: countOf(o.id, 'waiting'),
          placesLeft: Math.max(0, r.capacity - booked),
        };
      }),
  }));
}

/** One activity with its sessions, as `toActivities` shapes them. */
async function toActivity(db: DbOrTx, row: repo.ActivityRow): Promise<Activity> {
  const [activity] = await toActivities(db, [row]);
  if (!activity) throw notFound('This activity');
  return activity;
}

export async function createActivity(
  context: ModuleContext,
  actorOrNull: Actor | null,
  input: z.input<typeof CreateActivityRequestSchema>,
): Promise<Activity> {
  const actor = requireActor(actorOrNull);
  const body = CreateActivityRequestSchema.parse(input);
  if (!mayRunProgramme(actor, body.organisationId)) throw notFound('This organisation');
  const row = await context.db.transaction((tx) => insertActivityWithOccurrences(tx, actor, body));
  return toActivity(context.db, row);
}

/**
 * Those who run the programme change an activity's details. Raising the number of places books people
 * from the front of each future session's waiting list, each told "A place has come up"; lowering it
 * never takes a place from anyone (new sign-ups wait until there is room).
 */
export async function updateActivity(
  context: ModuleContext,
  actorOrNull: Actor | null,
  activityId: string,
  input: z.input<typeof UpdateActivityRequestSchema>,
): Promise<Activity> {
  const actor = requireActor(actorOrNull);
  const body = UpdateActivityRequestSchema.parse(input);
  const existing = await repo.findActivity(context.db, activityId);
  if (!existing || !mayRunProgramme(actor, existing.organisationId)) throw notFound('This activity');
  const changes = Object.fromEntries(
    Object.entries(body).filter(([, value]) => value !== undefined),
  ) as Parameters<typeof repo.updateActivity>[2];
  const row = await context.db.transaction(async (tx) => {
    const updated = await repo.updateActivity(tx, activityId, changes);
    if (!updated) throw notFound('This activity');
    if (updated.capacity > existing.capacity) {
      const now = Date.now();
      for (const found of await repo.findOccurrences(tx, [activityId], new Date(now))) {
        if (found.cancelledAt || found.startsAt.getTime() < now) continue;
        const occurrence = await repo.lockOccurrence(tx, found.id);
        if (!occurrence || occurrence.cancelledAt) continue;
        await promoteWaiting(context, tx, occurrence, updated);
      }
    }
    return updated;
  });
  return toActivity(context.db, row);
}

export async function listActivities(
  context: ModuleContext,
  actorOrNull: Actor | null,
  organisationId: string,
) {
  const actor = requireActor(actorOrNull);
  await partnershipOrganisation(context.db, actor, organisationId);
  const rows = await repo.findActivitiesOfOrganisation(context.db, organisationId);
  return { activities: await toActivities(context.db, rows) };
}

export async function getActivity(context: ModuleContext, actorOrNull: Actor | null, activityId: string) {
  const actor = requireActor(actorOrNull);
  const row = await repo.findActivity(context.db, activityId);
  if (!row || !isInPartnership(actor, row.organisationId)) throw notFound('This activity');
  return toActivity(context.db, row);
}

/** The public programme: public activities from today on, with nobody's name in it. */
export async function getPublicProgramme(context: ModuleContext, organisationId: string) {
  const organisation = await findOrganisationById(context.db, organisationId);
  if (!organisation) throw notFound('This organisation');
  const rows = await repo.findActivitiesOfOrganisation(context.db, organisationId, true);
  return {
    organisation: { id: organisation.id, name: organisation.name },
    activities: await toActivities(context.db, rows, new Date()),
  };
}

// --- sign-up and the waiting list -----------------------------------------------------------------

async function loadOccurrence(db: DbOrTx, actor: Actor, occurrenceId: string) {
  const occurrence = await repo.findOccurrence(db, occurrenceId);
  const activity = occurrence ? await repo.findActivity(db, occurrence.activityId) : undefined;
  if (!occurrence || !activity || !isInPartnership(actor, activity.organisationId)) {
    throw notFound('This session');
  }
  return { occurrence, activity };
}

function waitingPositions(rows: repo.SignUpRow[]): Map<string, number> {
  return new Map(rows.filter((r) => r.status === 'waiting').map((r, i) => [r.id, i + 1]));
}

async function toSignUp(db: DbOrTx, row: repo.SignUpRow): Promise<SignUp> {
  const { occurrence, activity } = await (async () => {
    const o = await repo.findOccurrence(db, row.occurrenceId);
    const a = o ? await repo.findActivity(db, o.activityId) : undefined;
    if (!o || !a) throw notFound('This session');
    return { occurrence: o, activity: a };
  })();
  const positions = waitingPositions(await repo.findSignUpsOfOccurrence(db, row.occurrenceId));
  return {
    id: row.id,
    occurrenceId: row.occurrenceId,
    activityId: activity.id,
    title: activity.title,
    startsAt: occurrence.startsAt.toISOString(),
    status: row.status,
    waitingPosition: positions.get(row.id) ?? null,
    attended: row.attended,
  };
}

/**
 * Books a place, or a place on the waiting list when the session is full. The occurrence row is
 * locked for the whole transaction, so parallel sign-ups are counted one at a time and never over-book.
 */
export async function signUp(context: ModuleContext, actorOrNull: Actor | null, occurrenceId: string) {
  const actor = requireActor(actorOrNull);
  await loadOccurrence(context.db, actor, occurrenceId);
  const row = await context.db.transaction(async (tx) => {
    const occurrence = await repo.lockOccurrence(tx, occurrenceId);
    // Read after the lock, so a change to the number of places made meanwhile counts.
    const activity = occurrence ? await repo.findActivity(tx, occurrence.activityId) : undefined;
    if (!occurrence || !activity) throw notFound('This session');
    if (occurrence.cancelledAt) throw new AppError('conflict', 'This session has been cancelled.');
    if (occurrence.startsAt.getTime() < Date.now()) {
      throw new AppError('conflict', 'This session has already started.');
    }
    const existing = await repo.findSignUp(tx, occurrenceId, actor.personId);
    if (existing && existing.status !== 'cancelled') {
      throw new AppError('conflict', 'You are already signed up for this session.');
    }
    const all = await repo.findSignUpsOfOccurrence(tx, occurrenceId);
    const booked = all.filter((s) => s.status === 'booked').length;
    const status = booked < activity.capacity ? 'booked' : 'waiting';
    if (existing) {
      await repo.setSignUpStatus(tx, existing.id, status, { requeue: true });
      const again = await repo.findSignUp(tx, occurrenceId, actor.personId);
      if (!again) throw new Error('sign-up missing');
      return again;
    }
    return repo.insertSignUp(tx, { occurrenceId, personId: actor.personId, status });
  });
  return toSignUp(context.db, row);
}

/**
 * Cancels the actor's own place. When a booked place frees up, the first person waiting is booked
 * into it and told by mail, in the same transaction.
 */
export async function cancelSignUp(context: ModuleContext, actorOrNull: Actor | null, occurrenceId: string) {
  const actor = requireActor(actorOrNull);
  await loadOccurrence(context.db, actor, occurrenceId);
  const row = await context.db.transaction(async (tx) => {
    const occurrence = await repo.lockOccurrence(tx, occurrenceId);
    const activity = occurrence ? await repo.findActivity(tx, occurrence.activityId) : undefined;
    if (!occurrence || !activity) throw notFound('This session');
    const existing = await repo.findSignUp(tx, occurrenceId, actor.personId);
    if (!existing || existing.status === 'cancelled') throw notFound('Your place');
    await repo.setSignUpStatus(tx, existing.id, 'cancelled');
    if (existing.status === 'booked' && !occurrence.cancelledAt) {
      await promoteWaiting(context, tx, occurrence, activity);
    }
    return { ...existing, status: 'cancelled' as const };
  });
  return toSignUp(context.db, row);
}

/** Fills free places from the front of the waiting list; call with the occurrence row locked. */
async function promoteWaiting(
  context: ModuleContext,
  tx: DbOrTx,
  occurrence: repo.OccurrenceRow,
  activity: repo.ActivityRow,
) {
  const all = await repo.findSignUpsOfOccurrence(tx, occurrence.id);
  const free = activity.capacity - all.filter((s) => s.status === 'booked').length;
  const promoted = all.filter((s) => s.status === 'waiting').slice(0, Math.max(0, free));
  for (const next of promoted) {
    await repo.setSignUpStatus(tx, next.id, 'booked');
    const person = await findPersonSummary(tx, next.personId);
    if (!person) continue;
    await queueMail(tx, {
      to: person.email,
      subject: `A place has come up: ${activity.title}`,
      text:
        `Hello ${person.displayName},\n\nA place has come up at ${activity.title} on ${when(occurrence.startsAt)}, ` +
        `and it is now yours.\n\n${activity.venue ? `Where: ${activity.venue}\n` : ''}` +
        `If you can no longer come, please cancel so the next person can have it:\n` +
        `${context.config.publicUrl}/activities/${activity.id}\n`,
    });
  }
}

export async function listMySignUps(context: ModuleContext, actorOrNull: Actor | null) {
  const actor = requireActor(actorOrNull);
  const rows = await repo.findSignUpsOfPerson(context.db, actor.personId);
  return { signUps: await Promise.all(rows.map((r) => toSignUp(context.db, r.signUp))) };
}

async function loadManagedOccurrence(db: DbOrTx, actor: Actor, occurrenceId: string) {
  const loaded = await loadOccurrence(db, actor, occurrenceId);
  if (!mayRunProgramme(actor, loaded.activity.organisationId)) throw notFound('This session');
  return loaded;
}

export async function getRoster(
  context: ModuleContext,
  actorOrNull: Actor | null,
  occurrenceId: string,
): Promise<Roster> {
  const actor = requireActor(actorOrNull);
  await loadManagedOccurrence(context.db, actor, occurrenceId);
  const rows = await repo.findSignUpsOfOccurrence(context.db, occurrenceId);
  const names = await namesOf(
    context.db,
    rows.map((r) => r.personId),
  );
  const positions = waitingPositions(rows);
  return {
    occurrenceId,
    people: rows.map((r) => ({
      personId: r.personId,
      displayName: names.get(r.personId) ?? 'Former member',
      status: r.status,
      waitingPosition: positions.get(r.id) ?? null,
      attended: r.attended,
    })),
  };
}

/** A coordinator cancels one session; everyone booked or waiting is told why. */
export async function cancelOccurrence(
  context: ModuleContext,
  actorOrNull: Actor | null,
  occurrenceId: string,
  reason: string,
): Promise<Roster> {
  const actor = requireActor(actorOrNull);
  const { activity } = await loadManagedOccurrence(context.db, actor, occurrenceId);
  await context.db.transaction(async (tx) => {
    const occurrence = await repo.lockOccurrence(tx, occurrenceId);
    if (!occurrence) throw notFound('This session');
    if (occurrence.cancelledAt) throw new AppError('conflict', 'This session is already cancelled.');
    await repo.cancelOccurrence(tx, occurrenceId, reason);
    const rows = await repo.findSignUpsOfOccurrence(tx, occurrenceId);
    for (const row of rows.filter((r) => r.status !== 'cancelled')) {
      const person = await findPersonSummary(tx, row.personId);
      if (!person) continue;
      await queueMail(tx, {
        to: person.email,
        subject: `Cancelled: ${activity.title} on ${when(occurrence.startsAt)}`,
        text:
          `Hello ${person.displayName},\n\nSorry — ${activity.title} on ${when(occurrence.startsAt)} ` +
          `will not go ahead.\n\nThe reason: ${reason}\n\nSee what else is on:\n` +
          `${context.config.publicUrl}/programme/${activity.organisationId}\n`,
      });
    }
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'activity.occurrence.cancelled',
      subjectType: 'activity_occurrence',
      subjectId: occurrenceId,
      details: { notified: rows.filter((r) => r.status !== 'cancelled').length },
    });
  });
  return getRoster(context, actor, occurrenceId);
}

export async function recordAttendance(
  context: ModuleContext,
  actorOrNull: Actor | null,
  occurrenceId: string,
  attendedPersonIds: string[],
): Promise<Roster> {
  const actor = requireActor(actorOrNull);
  await loadManagedOccurrence(context.db, actor, occurrenceId);
  const rows = await repo.findSignUpsOfOccurrence(context.db, occurrenceId);
  const booked = new Set(rows.filter((r) => r.status === 'booked').map((r) => r.personId));
  const stranger = attendedPersonIds.findIndex((id) => !booked.has(id));
  if (stranger >= 0) {
    throw invalid(
      `attendedPersonIds.${stranger}`,
      'Only people booked on this session can be marked as here',
    );
  }
  await repo.setAttendance(context.db, occurrenceId, attendedPersonIds);
  return getRoster(context, actor, occurrenceId);
}

// --- iCalendar feeds ------------------------------------------------------------------------------

function eventsOf(context: ModuleContext, list: Activity[]): CalendarEvent[] {
  return list.flatMap((a) =>
    a.occurrences.map((o) => ({
      uid: `${o.id}@cairn`,
      summary: a.title,
      description: [a.description, a.accessInformation && `Access: ${a.accessInformation}`]
        .filter(Boolean)
        .join('\n\n'),
      location: a.venue,
      startsAt: new Date(o.startsAt),
      endsAt: new Date(o.endsAt),
      cancelled: o.cancelled,
      url: `${context.config.publicUrl}/activities/${a.id}`,
    })),
  );
}

/** The organisation's public calendar: its public activities, everyone may subscribe. */
export async function organisationCalendar(context: ModuleContext, organisationId: string) {
  const programme = await getPublicProgramme(context, organisationId);
  return buildCalendar(programme.organisation.name, eventsOf(context, programme.activities));
}

/** Makes (or replaces) the actor's private calendar link; only the token's hash is stored. */
export async function createFeedLink(context: ModuleContext, actorOrNull: Actor | null) {
  const actor = requireActor(actorOrNull);
  const token = randomToken();
  await repo.upsertFeedToken(context.db, actor.personId, hashToken(token));
  const path = `/api/activities/feeds/${token}/calendar.ics`;
  return { url: `${context.config.publicUrl}${path}`, path };
}

/** A person's own calendar: the sessions they are booked on or waiting for. */
export async function personalCalendar(context: ModuleContext, token: string) {
  const personId = await repo.findPersonByFeedToken(context.db, hashToken(token));
  if (!personId) throw notFound('This calendar');
  const rows = (await repo.findSignUpsOfPerson(context.db, personId)).filter(
    (r) => r.signUp.status !== 'cancelled',
  );
  const activityRows = await repo.findActivitiesByIds(context.db, [
    ...new Set(rows.map((r) => r.occurrence.activityId)),
  ]);
  const mine = new Set(rows.map((r) => r.occurrence.id));
  const list = (await toActivities(context.db, activityRows)).map((a) => ({
    ...a,
    occurrences: a.occurrences.filter((o) => mine.has(o.id)),
  }));
  return buildCalendar('My activities', eventsOf(context, list));
}
