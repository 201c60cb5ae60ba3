import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { buildBoard, isStanding } from '../board/index.js';
import { announce } from '../cafe-events.js';
import { requireFacilitator } from '../cafe-loader.js';
import * as repo from '../cafes.repository.js';

/**
 * Counts in votes from paper for an idea: sticker dots on a flip chart or hands in the room, for the
 * people without a phone or data. The host types the total (a recount replaces it); it is shown apart
 * from phone votes, added to them in dot and approval results, and every count is audited.
 */
export async function countPaperVotes(
  context: ModuleContext,
  actor: Actor,
  cafeId: string,
  ideaId: string,
  input: { count: number; kind: 'dots' | 'hands' },
) {
  await requireFacilitator(context, actor, cafeId);
  const version = await context.db.transaction(async (tx) => {
    const idea = await repo.findIdea(tx, cafeId, ideaId);
    if (!idea || !isStanding(idea)) throw notFound('This idea');
    await repo.setPaperVotes(tx, { cafeId, ideaId, ...input, enteredBy: actor.personId });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'cafe.paper_votes_counted',
      subjectType: 'cafe',
      subjectId: cafeId,
      details: { ideaId, count: input.count, kind: input.kind },
    });
    return repo.bumpVersion(tx, cafeId);
  });
  await announce(context, cafeId, version);
  return buildBoard(context, cafeId, { facilitator: true, participant: undefined });
}
