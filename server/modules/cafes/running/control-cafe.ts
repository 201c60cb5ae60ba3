import type { z } from 'zod';
import type { ControlRequestSchema } from '../../../../contracts/cafes.js';
import type { Actor } from '../../../kernel/access.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { buildBoard } from '../board/index.js';
import { announce } from '../cafe-events.js';
import { requireFacilitator } from '../cafe-loader.js';
import * as repo from '../cafes.repository.js';

/** What a facilitator can do to move the café along. */
export type CafeAction = z.infer<typeof ControlRequestSchema>['action'];

/** Moves the café along: start, next round (with its timer), open and close voting, close. */
export async function controlCafe(context: ModuleContext, actor: Actor, cafeId: string, action: CafeAction) {
  const { row, cafe, rounds } = await requireFacilitator(context, actor, cafeId);
  const methodOf = (position: number) =>
    rounds.find((r) => r.position === position)?.votingMethod ?? row.votingMethod;
  if (row.status === 'closed') throw new AppError('conflict', message('cafes.facilitator.finished'));
  const roundEnds = (position: number) => {
    const minutes = cafe.rounds.find((r) => r.position === position)?.minutes ?? 20;
    return new Date(Date.now() + minutes * 60_000);
  };
  let values: Parameters<typeof repo.updateCafe>[2];
  switch (action) {
    case 'start':
      if (row.status !== 'planned')
        throw new AppError('conflict', message('cafes.facilitator.alreadyStarted'));
      values = { status: 'live', currentRound: 1, roundEndsAt: roundEnds(1), votingMethod: methodOf(1) };
      break;
    case 'next_round': {
      if (row.status !== 'live') throw new AppError('conflict', message('cafes.facilitator.startFirst'));
      const next = row.currentRound + 1;
      if (next > cafe.rounds.length) throw new AppError('conflict', message('cafes.facilitator.lastRound'));
      // A new round starts with talk, and brings its own way of voting.
      values = {
        currentRound: next,
        roundEndsAt: roundEnds(next),
        votingOpen: false,
        votingMethod: methodOf(next),
      };
      break;
    }
    case 'open_voting':
      if (row.status !== 'live') throw new AppError('conflict', message('cafes.facilitator.startFirst'));
      values = { votingOpen: true, roundEndsAt: null };
      break;
    case 'close_voting':
      values = { votingOpen: false };
      break;
    case 'close':
      values = { status: 'closed', votingOpen: false, roundEndsAt: null };
      break;
  }
  const updated = await context.db.transaction(async (tx) => {
    // From the moment voting opens in a round, its way of voting is fixed.
    if (action === 'open_voting' && !rounds.find((r) => r.position === row.currentRound)?.votingOpenedAt) {
      await repo.updateRound(tx, cafeId, row.currentRound, { votingOpenedAt: new Date() });
    }
    return repo.updateCafe(tx, cafeId, values);
  });
  if (!updated) throw notFound('cafe');
  await announce(context, cafeId, updated.version);
  return buildBoard(context, cafeId, { facilitator: true, participant: undefined });
}
