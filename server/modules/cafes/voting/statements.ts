import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { buildBoard } from '../board/index.js';
import { announce } from '../cafe-events.js';
import { requireParticipant } from '../cafe-loader.js';
import type { CafeReader } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';
import { onceByKey } from '../request-keys.js';
import { requireVoting, standingIdeaIds } from './voting-open.js';

/** Agree (1), disagree (-1) or pass (0) on a statement; a later vote replaces an earlier one. */
export async function voteOnStatement(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  input: { ideaId: string; vote: 1 | -1 | 0 },
) {
  const participant = await requireParticipant(context, reader, cafeId);
  await requireVoting(context, cafeId, 'agreement');
  if (!(await standingIdeaIds(context, cafeId)).includes(input.ideaId)) throw notFound('This statement');
  const done = await onceByKey(
    context,
    { cafeId, ownerId: participant.id, key: reader.requestKey },
    async (tx) => {
      await repo.upsertStatementVote(tx, {
        cafeId,
        participantId: participant.id,
        ideaId: input.ideaId,
        vote: input.vote,
      });
      return { value: await repo.bumpVersion(tx, cafeId) };
    },
  );
  if (!done.replayed) await announce(context, cafeId, done.value);
  return buildBoard(context, cafeId, { facilitator: false, participant });
}
