import type { Actor } from '../../../kernel/access.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { buildBoard } from '../board/index.js';
import { announce } from '../cafe-events.js';
import { requireFacilitator } from '../cafe-loader.js';
import * as repo from '../cafes.repository.js';

/** Merges a duplicate into another idea: its dots and help ticks move across. */
export async function mergeIdeas(
  context: ModuleContext,
  actor: Actor,
  cafeId: string,
  input: { sourceId: string; targetId: string },
) {
  const { row: cafe } = await requireFacilitator(context, actor, cafeId);
  if (input.sourceId === input.targetId)
    throw new AppError('bad_request', message('cafes.facilitator.mergeTwo'));
  const maxPerIdea = cafe.votingMethod === 'approval' || !cafe.allowStacking ? 1 : cafe.dotsPerPerson;
  const version = await context.db.transaction(async (tx) => {
    // The café's row first, as a vote takes it (then counts on its idea, migration 0045): taking the
    // idea's row first here could leave this and a vote each waiting for the other.
    const bumped = await repo.bumpVersion(tx, cafeId);
    const source = await repo.findIdea(tx, cafeId, input.sourceId);
    const target = await repo.findIdea(tx, cafeId, input.targetId);
    if (!source || !target || target.mergedInto) throw notFound('idea');
    await repo.moveVotes(tx, source.id, target.id, maxPerIdea);
    await repo.updateIdea(tx, source.id, { mergedInto: target.id });
    return bumped;
  });
  await announce(context, cafeId, version);
  return buildBoard(context, cafeId, { facilitator: true, participant: undefined });
}
