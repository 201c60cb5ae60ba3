import type { ModuleContext } from '../../../kernel/module.js';
import { buildBoard } from '../board/index.js';
import { requireParticipant } from '../cafe-loader.js';
import type { CafeReader } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';
import { recordVote } from './record-vote.js';
import { requireStandingIdea } from './voting-open.js';

/**
 * Agree (1), disagree (-1) or pass (0) on a statement; a later vote replaces an earlier one. Once per
 * Idempotency-Key: a repeat of a vote that counted is answered with the board, even once voting has
 * closed or the statement was hidden.
 */
export async function voteOnStatement(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  input: { ideaId: string; vote: 1 | -1 | 0 },
) {
  const participant = await requireParticipant(context, reader, cafeId);
  await recordVote(context, reader, cafeId, participant.id, ['agreement'], async (tx) => {
    await requireStandingIdea(tx, cafeId, input.ideaId, 'statement');
    await repo.upsertStatementVote(tx, {
      cafeId,
      participantId: participant.id,
      ideaId: input.ideaId,
      vote: input.vote,
    });
  });
  return buildBoard(context, cafeId, { facilitator: false, participant });
}
