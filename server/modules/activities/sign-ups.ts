import type { Actor } from '../../kernel/access.js';
import type { DbOrTx } from '../../kernel/db.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './activities.repository.js';
import { loadOccurrence } from './loaders.js';
import { toSignUp } from './presenters.js';
import { promoteWaiting } from './waiting-list.js';

// Anyone in the partnership signs up for a session, or waits for a place, and may give it up.

/**
 * Locks the session's row for the rest of the transaction, and reads its activity after the lock,
 * so a change to the number of places made meanwhile counts.
 */
async function lockSession(tx: DbOrTx, occurrenceId: string) {
  const occurrence = await repo.lockOccurrence(tx, occurrenceId);
  const activity = occurrence ? await repo.findActivity(tx, occurrence.activityId) : undefined;
  if (!occurrence || !activity) throw notFound('session');
  return { occurrence, activity };
}

/**
 * Books a place, or a place on the waiting list when the session is full. The occurrence row is
 * locked for the whole transaction, so parallel sign-ups are counted one at a time and never over-book.
 */
export async function signUp(context: ModuleContext, actor: Actor, occurrenceId: string) {
  await loadOccurrence(context.db, actor, occurrenceId);
  const row = await context.db.transaction(async (tx) => {
    const { occurrence, activity } = await lockSession(tx, occurrenceId);
    if (occurrence.cancelledAt) throw new AppError('conflict', message('activities.signUp.sessionCancelled'));
    if (occurrence.startsAt.getTime() < Date.now()) {
      throw new AppError('conflict', message('activities.signUp.started'));
    }
    const existing = await repo.findSignUp(tx, occurrenceId, actor.personId);
    if (existing && existing.status !== 'cancelled') {
      throw new AppError('conflict', message('activities.signUp.already'));
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
export async function cancelSignUp(context: ModuleContext, actor: Actor, occurrenceId: string) {
  await loadOccurrence(context.db, actor, occurrenceId);
  const row = await context.db.transaction(async (tx) => {
    const { occurrence, activity } = await lockSession(tx, occurrenceId);
    const existing = await repo.findSignUp(tx, occurrenceId, actor.personId);
    if (!existing || existing.status === 'cancelled') throw notFound('yourPlace');
    await repo.setSignUpStatus(tx, existing.id, 'cancelled');
    if (existing.status === 'booked' && !occurrence.cancelledAt) {
      await promoteWaiting(context, tx, occurrence, activity);
    }
    return { ...existing, status: 'cancelled' as const };
  });
  return toSignUp(context.db, row);
}

export async function listMySignUps(context: ModuleContext, actor: Actor) {
  const rows = await repo.findSignUpsOfPerson(context.db, actor.personId);
  return { signUps: await Promise.all(rows.map((r) => toSignUp(context.db, r.signUp))) };
}
