import type { Tx } from '../../../kernel/db.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { announce } from '../cafe-events.js';
import type { CafeReader } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';
import { onceByKey } from '../request-keys.js';

/**
 * Stores a participant's vote, choice or tick once per Idempotency-Key, as a change to the café, and
 * tells every live board of it. A repeat (a phone's offline queue sent again, a retry after a lost
 * answer) changes nothing and tells nobody.
 */
export async function recordVote(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  participantId: string,
  write: (tx: Tx) => Promise<void>,
): Promise<void> {
  const done = await onceByKey(
    context,
    { cafeId, ownerId: participantId, key: reader.requestKey },
    async (tx) => {
      await write(tx);
      return { value: await repo.bumpVersion(tx, cafeId) };
    },
  );
  if (!done.replayed) await announce(context, cafeId, done.value);
}
