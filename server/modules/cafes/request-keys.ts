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
