import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { toPairwiseChoice } from '../board/index.js';
import { requireParticipant } from '../cafe-loader.js';
import type { CafeReader } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';
import { recordVote } from './record-vote.js';
import { nextPair } from '../tallies/index.js';
import { requireStandingIdea, requireVoting, standingIdeaIds } from './voting-open.js';

/** The next two ideas to compare: pairs shown least come first, never repeating for a person until all are seen. */
export async function getNextPair(context: ModuleContext, reader: CafeReader, cafeId: string) {
  const participant = await requireParticipant(context, reader, cafeId);
  await requireVoting(context, cafeId, 'pairwise');
  return pairFor(context, cafeId, participant.id);
}

async function pairFor(context: ModuleContext, cafeId: string, participantId: string) {
  const [ideaIds, choices] = await Promise.all([
    standingIdeaIds(context, cafeId),
    repo.findPairwiseChoices(context.db, cafeId),
  ]);
  return nextPair(ideaIds, choices.map(toPairwiseChoice), participantId);
}

/**
 * Records which of two ideas a participant chose (or that they could not decide), once per
 * Idempotency-Key, then gives the next pair. A phone sending its offline queue again, or retrying
 * after a lost answer, is given the next pair without the choice counting twice; once voting has
 * closed, a choice that counted is still answered as counted, with no pair left to compare.
 */
export async function choosePairwise(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  input: { leftId: string; rightId: string; choice: 'left' | 'right' | 'cant_decide' },
) {
  const participant = await requireParticipant(context, reader, cafeId);
  await recordVote(context, reader, cafeId, participant.id, ['pairwise'], async (tx) => {
    if (input.leftId === input.rightId) throw notFound('pairOfIdeas');
    await requireStandingIdea(tx, cafeId, input.leftId, 'pairOfIdeas');
    await requireStandingIdea(tx, cafeId, input.rightId, 'pairOfIdeas');
    await repo.insertPairwiseChoice(tx, {
      cafeId,
      participantId: participant.id,
      leftId: input.leftId,
      rightId: input.rightId,
      winnerId: input.choice === 'left' ? input.leftId : input.choice === 'right' ? input.rightId : null,
    });
  });
  const cafe = await repo.findCafe(context.db, cafeId);
  if (!cafe?.votingOpen || cafe.votingMethod !== 'pairwise') return null;
  return pairFor(context, cafeId, participant.id);
}
