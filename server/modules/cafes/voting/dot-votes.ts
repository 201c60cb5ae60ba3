import { AppError } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { buildBoard } from '../board/index.js';
import { requireParticipant } from '../cafe-loader.js';
import type { CafeReader } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';
import { recordVote } from './record-vote.js';
import { lockOpenVoting, requireStandingIdea } from './voting-open.js';

/**
 * Places (or takes back) dots on an idea. The participant's row is locked so two quick taps can
 * never spend more dots than they have; the vote is stored before it is acknowledged, once per
 * Idempotency-Key.
 */
export async function vote(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  input: { ideaId: string; dots: number },
) {
  const participant = await requireParticipant(context, reader, cafeId);
  await recordVote(context, reader, cafeId, participant.id, async (tx) => {
    const cafe = await lockOpenVoting(tx, cafeId, ['dots', 'approval']);
    await requireStandingIdea(tx, cafeId, input.ideaId);
    const limit = cafe.votingMethod === 'approval' ? 1 : cafe.allowStacking ? cafe.dotsPerPerson : 1;
    if (input.dots > limit) {
      throw new AppError(
        'validation_failed',
        cafe.votingMethod === 'approval'
          ? message('cafes.voting.approveOnce')
          : message('cafes.voting.dotsPerIdea', { limit }),
        [{ path: 'dots', message: message('cafes.voting.atMost', { limit }) }],
      );
    }
    await repo.lockParticipant(tx, participant.id);
    if (cafe.votingMethod === 'dots') {
      const others = (await repo.findVotesOfParticipant(tx, participant.id))
        .filter((v) => v.ideaId !== input.ideaId)
        .reduce((sum, v) => sum + v.dots, 0);
      if (others + input.dots > cafe.dotsPerPerson) {
        throw new AppError(
          'conflict',
          message('cafes.voting.noDotsLeft', { left: cafe.dotsPerPerson - others }),
        );
      }
    }
    await repo.upsertVote(tx, {
      cafeId,
      participantId: participant.id,
      ideaId: input.ideaId,
      dots: input.dots,
    });
  });
  return buildBoard(context, cafeId, { facilitator: false, participant });
}
