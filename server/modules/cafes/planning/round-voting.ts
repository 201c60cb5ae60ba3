import type { Cafe, VotingMethodSchema } from '../../../../contracts/cafes.js';
import type { z } from 'zod';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { announce } from '../cafe-events.js';
import { loadCafe, requireFacilitator } from '../cafe-loader.js';
import { isRoundMethodFixed } from '../cafe-presenter.js';
import * as repo from '../cafes.repository.js';

/**
 * Changes how people vote in one round: dots in one, agree / disagree on contested statements in the
 * next. Allowed until voting first opens in that round; a change to the round in progress (or to
 * round 1 before the café starts) is the way of voting in use at once, and every board follows.
 */
export async function setRoundVoting(
  context: ModuleContext,
  actor: Actor,
  cafeId: string,
  position: number,
  votingMethod: z.infer<typeof VotingMethodSchema>,
): Promise<Cafe> {
  const { row, rounds } = await requireFacilitator(context, actor, cafeId);
  const round = rounds.find((r) => r.position === position);
  if (!round) throw notFound('round');
  if (isRoundMethodFixed(row, round)) {
    throw new AppError(
      'conflict',
      row.status === 'closed'
        ? message('cafes.facilitator.finished')
        : round.position < row.currentRound
          ? message('cafes.facilitator.roundOver', { position })
          : message('cafes.facilitator.votingOpened', { position }),
    );
  }
  const inUseNow = position === Math.max(1, row.currentRound);
  const version = await context.db.transaction(async (tx) => {
    await repo.updateRound(tx, cafeId, position, { votingMethod });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'cafe.round_voting_changed',
      subjectType: 'cafe',
      subjectId: cafeId,
      details: { round: position, from: round.votingMethod, to: votingMethod },
    });
    const updated = await repo.updateCafe(tx, cafeId, inUseNow ? { votingMethod } : {});
    return updated?.version ?? row.version;
  });
  await announce(context, cafeId, version);
  return (await loadCafe(context.db, cafeId)).cafe;
}
