import type { Roster } from '../../../contracts/activities.js';
import type { Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { AppError, invalidField, notFound } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './activities.repository.js';
import { loadManagedOccurrence } from './loaders.js';
import { tellSessionCancelled } from './notices.js';
import { toRoster } from './presenters.js';

// Running a session: who is coming, calling it off, and who came.

export async function getRoster(context: ModuleContext, actor: Actor, occurrenceId: string): Promise<Roster> {
  await loadManagedOccurrence(context.db, actor, occurrenceId);
  const rows = await repo.findSignUpsOfOccurrence(context.db, occurrenceId);
  return toRoster(context.db, occurrenceId, rows);
}

/** A coordinator cancels one session; everyone booked or waiting is told why. */
export async function cancelOccurrence(
  context: ModuleContext,
  actor: Actor,
  occurrenceId: string,
  reason: string,
): Promise<Roster> {
  const { activity } = await loadManagedOccurrence(context.db, actor, occurrenceId);
  await context.db.transaction(async (tx) => {
    const occurrence = await repo.lockOccurrence(tx, occurrenceId);
    if (!occurrence) throw notFound('session');
    if (occurrence.cancelledAt)
      throw new AppError('conflict', message('activities.problems.alreadyCancelled'));
    await repo.cancelOccurrence(tx, occurrenceId, reason);
    const rows = await repo.findSignUpsOfOccurrence(tx, occurrenceId);
    for (const row of rows.filter((r) => r.status !== 'cancelled')) {
      await tellSessionCancelled(context, tx, row.personId, occurrence, activity, reason);
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
  actor: Actor,
  occurrenceId: string,
  attendedPersonIds: string[],
): Promise<Roster> {
  await loadManagedOccurrence(context.db, actor, occurrenceId);
  const rows = await repo.findSignUpsOfOccurrence(context.db, occurrenceId);
  const booked = new Set(rows.filter((r) => r.status === 'booked').map((r) => r.personId));
  const stranger = attendedPersonIds.findIndex((id) => !booked.has(id));
  if (stranger >= 0) {
    throw invalidField(`attendedPersonIds.${stranger}`, message('activities.problems.onlyBookedHere'));
  }
  await repo.setAttendance(context.db, occurrenceId, attendedPersonIds);
  return getRoster(context, actor, occurrenceId);
}
