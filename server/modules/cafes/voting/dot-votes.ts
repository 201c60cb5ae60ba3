import { AppError } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { buildBoard } from '../board/index.js';
import { requireParticipant } from '../cafe-loader.js';
import type { CafeReader } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';
import { recordVote } from './record-vote.js';
import { requireStandingIdea } from './voting-open.js';

/**
 * Places (or takes back) dots on an idea: checked and stored in one statement while the café's row
 * is held (see recordVote), so two quick taps can never spend more dots than a person has; the vote
 * is stored before it is acknowledged, once per Idempotency-Key.
 */
export async function vote(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  input: { ideaId: string; dots: number },
) {
  const participant = await requireParticipant(context, reader, cafeId);
  await recordVote(context, reader, cafeId, participant.id, ['dots', 'approval'], async (tx, cafe) => {
    const limit = cafe.votingMethod === 'approval' ? 1 : cafe.allowStacking ? cafe.dotsPerPerson : 1;
    if (input.dots > limit) {
      await requireStandingIdea(tx, cafeId, input.ideaId);
      throw new AppError(
        'validation_failed',
        cafe.votingMethod === 'approval'
          ? message('cafes.voting.approveOnce')
          : message('cafes.voting.dotsPerIdea', { limit }),
        [{ path: 'dots', message: message('cafes.voting.atMost', { limit }) }],
      );
    }
    const stored = await repo.storeVoteIfAllowed(tx, {
      cafeId,
      participantId: participant.id,
      ideaId: input.ideaId,
      dots: input.dots,
      spendable: cafe.votingMethod === 'dots' ? cafe.dotsPerPerson : null,
    });
    if (stored) return;
    // Not stored: the idea no longer stands (404), or the dots are spent on other ideas.
    await requireStandingIdea(tx, cafeId, input.ideaId);
    const others = (await repo.findVotesOfParticipant(tx, participant.id))
      .filter((v) => v.ideaId !== input.ideaId)
      .reduce((sum, v) => sum + v.dots, 0);
    throw new AppError('conflict', message('cafes.voting.noDotsLeft', { left: cafe.dotsPerPerson - others }));
  });
  return buildBoard(context, cafeId, { facilitator: false, participant });
}
