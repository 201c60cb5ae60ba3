import type { z } from 'zod';
import type {
  Activity,
  CreateActivityRequestSchema,
  UpdateActivityRequestSchema,
} from '../../../contracts/activities.js';
import type { Actor } from '../../kernel/access.js';
import type { DbOrTx } from '../../kernel/db.js';
import { notFound } from '../../kernel/errors.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findOrganisationById } from '../people/index.js';
import { mayRunProgramme } from './activities.policy.js';
import * as repo from './activities.repository.js';
import { loadActivity, loadManagedActivity, partnershipOrganisation } from './loaders.js';
import { toActivities, toActivity } from './presenters.js';
import { expandSchedule } from './recurrence.js';
import { promoteWaiting } from './waiting-list.js';

// The programme: activities and their sessions, as those who run it set them up and everyone sees them.

type ActivityInput = z.output<typeof CreateActivityRequestSchema>;

/** An activity with every session its schedule gives, both written in `db`'s transaction. */
export async function insertActivityWithOccurrences(db: DbOrTx, actor: Actor, input: ActivityInput) {
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

export async function createActivity(
  context: ModuleContext,
  actor: Actor,
  body: ActivityInput,
): Promise<Activity> {
  if (!mayRunProgramme(actor, body.organisationId)) throw notFound('organisation');
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
  actor: Actor,
  activityId: string,
  body: z.output<typeof UpdateActivityRequestSchema>,
): Promise<Activity> {
  const existing = await loadManagedActivity(context.db, actor, activityId);
  const changes = Object.fromEntries(
    Object.entries(body).filter(([, value]) => value !== undefined),
  ) as Parameters<typeof repo.updateActivity>[2];
  const row = await context.db.transaction(async (tx) => {
    const updated = await repo.updateActivity(tx, activityId, changes);
    if (!updated) throw notFound('activity');
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

export async function listActivities(context: ModuleContext, actor: Actor, organisationId: string) {
  await partnershipOrganisation(context.db, actor, organisationId);
  const rows = await repo.findActivitiesOfOrganisation(context.db, organisationId);
  return { activities: await toActivities(context.db, rows) };
}

export async function getActivity(context: ModuleContext, actor: Actor, activityId: string) {
  return toActivity(context.db, await loadActivity(context.db, actor, activityId));
}

/** The public programme: public activities from today on, with nobody's name in it. */
export async function getPublicProgramme(context: ModuleContext, organisationId: string) {
  const organisation = await findOrganisationById(context.db, organisationId);
  if (!organisation) throw notFound('organisation');
  const rows = await repo.findActivitiesOfOrganisation(context.db, organisationId, true);
  return {
    organisation: { id: organisation.id, name: organisation.name },
    activities: await toActivities(context.db, rows, new Date()),
  };
}
