import type { DbOrTx } from '../../kernel/db.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './activities.repository.js';
import { tellPlaceCameUp } from './notices.js';

/**
 * Fills free places from the front of the waiting list, telling each person booked by mail in the
 * same transaction; call with the occurrence row locked.
 */
export async function promoteWaiting(
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
    await tellPlaceCameUp(context, tx, next.personId, occurrence, activity);
  }
}
