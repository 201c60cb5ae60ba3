import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { toPairwiseChoice } from '../board/index.js';
import { requireParticipant } from '../cafe-loader.js';
import type { CafeReader } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';
import { recordVote } from './record-vote.js';
import { nextPair } from '../tallies/index.js';
import { requireVoting, standingIdeaIds } from './voting-open.js';

/** The next two ideas to compare: pairs shown least come first, never repeating for a person until all are seen. */
export async function getNextPair(context: ModuleContext, reader: CafeReader, cafeId: string) {
  const participant = await requireParticipant(context, reader, cafeId);
  await requireVoting(context, cafeId, 'pairwise');
  const [ideaIds, choices] = await Promise.all([
    standingIdeaIds(context, cafeId),
    repo.findPairwiseChoices(context.db, cafeId),
  ]);
  return nextPair(ideaIds, choices.map(toPairwiseChoice), participant.id);
}

/**
 * Records which of two ideas a participant chose (or that they could not decide), once per
 * Idempotency-Key, then gives the next pair. A phone sending its offline queue again, or retrying
 * after a lost answer, is given the next pair without the choice counting twice.
 */
export async function choosePairwise(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  input: { leftId: string; rightId: string; choice: 'left' | 'right' | 'cant_decide' },
) {
  const participant = await requireParticipant(context, reader, cafeId);
  await requireVoting(context, cafeId, 'pairwise');
  const ideaIds = await standingIdeaIds(context, cafeId);
  if (input.leftId === input.rightId || !ideaIds.includes(input.leftId) || !ideaIds.includes(input.rightId)) {
    throw notFound('This pair of ideas');
  }
  await recordVote(context, reader, cafeId, participant.id, async (tx) => {
    await repo.insertPairwiseChoice(tx, {
      cafeId,
      participantId: participant.id,
      leftId: input.leftId,
      rightId: input.rightId,
      winnerId: input.choice === 'left' ? input.leftId : input.choice === 'right' ? input.rightId : null,
    });
  });
  return getNextPair(context, reader, cafeId);
}
