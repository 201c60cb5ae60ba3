import type { Tx } from '../../../kernel/db.js';
import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { announce } from '../cafe-events.js';
import type { CafeReader } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';
import { onceByKey } from '../request-keys.js';
import { checkVotingOpen, type VotingMethod } from './voting-open.js';

/**
 * Stores a participant's vote, choice or tick once per Idempotency-Key, as a change to the café, and
 * tells every live board of it. A repeat (a phone's offline queue sent again, a retry after a lost
 * answer) changes nothing and tells nobody.
 *
 * The change is counted first, in the statement that reads the café: from then on the café's row is
 * held until the vote is stored, so voting cannot close in between, and the votes of one café are
 * stored one after another (which is what keeps a person's dots within what they have, however
 * quickly they tap). `methods`, when given, are the voting methods this vote belongs to; voting must
 * be open under one of them. A vote refused rolls back, its count with it.
 */
export async function recordVote(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  participantId: string,
  methods: VotingMethod[] | null,
  write: (tx: Tx, cafe: repo.CafeRow) => Promise<void>,
): Promise<void> {
  const done = await onceByKey(
    context,
    { cafeId, ownerId: participantId, key: reader.requestKey },
    async (tx) => {
      const cafe = await repo.bumpVersionOfLocked(tx, cafeId);
      if (!cafe) throw notFound('cafe');
      if (methods) checkVotingOpen(cafe, methods);
      await write(tx, cafe);
      return { value: cafe.version };
    },
  );
  if (!done.replayed) await announce(context, cafeId, done.value);
}
