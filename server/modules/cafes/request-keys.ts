import type { Tx } from '../../kernel/db.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './cafes.repository.js';

/** Who sent an action and the Idempotency-Key it came with (none: the action is simply done). */
export type KeyedRequest = { cafeId: string; ownerId: string; key: string | undefined };

/**
 * Does a café action at most once per Idempotency-Key, in one transaction with the key's record: a
 * phone sending its offline queue again, or a retry after a lost answer, finds the key taken and is
 * answered without the action being done twice. Two copies arriving together wait on each other at
 * the key's unique index, so only one does the work. An action that fails records no key, so its
 * retry is tried afresh.
 */
export async function onceByKey<T>(
  context: ModuleContext,
  request: KeyedRequest,
  action: (tx: Tx) => Promise<{ value: T; resultId?: string }>,
): Promise<{ replayed: false; value: T } | { replayed: true; resultId: string | null }> {
  return context.db.transaction(async (tx) => {
    const { key } = request;
    if (key !== undefined) {
      const claimed = await repo.claimRequestKey(tx, { ...request, key });
      if (!claimed) {
        return {
          replayed: true as const,
          resultId: await repo.findRequestKeyResult(tx, { ...request, key }),
        };
      }
    }
    const { value, resultId } = await action(tx);
    if (key !== undefined && resultId) await repo.setRequestKeyResult(tx, { ...request, key }, resultId);
    return { replayed: false as const, value };
  });
}

const HOUR_MS = 60 * 60_000;

/**
 * How long a key is kept while its café is open. A phone sends its queue as soon as its connection
 * returns, so within the café's few hours; three days leaves a café that runs late, or over a
 * weekend, room to spare.
 */
export const REQUEST_KEY_DAYS = 3;

/**
 * Deletes the keys nobody needs any more: any key older than REQUEST_KEY_DAYS, and a closed café's
 * keys once an hour old. A closed café refuses new actions, but a phone whose answer was lost just
 * before the close may still be retrying: within the hour its key still answers "done" rather than
 * "this café has closed" for a vote that did count. Answers how many were deleted.
 */
export function pruneRequestKeys(context: ModuleContext, now: Date): Promise<number> {
  return repo.deleteSpentRequestKeys(context.db, {
    before: new Date(now.getTime() - REQUEST_KEY_DAYS * 24 * HOUR_MS),
    closedBefore: new Date(now.getTime() - HOUR_MS),
  });
}
