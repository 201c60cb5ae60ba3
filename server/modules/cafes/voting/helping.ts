import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { buildBoard, isStanding } from '../board/index.js';
import { announceChange } from '../cafe-events.js';
import { requireParticipant } from '../cafe-loader.js';
import type { CafeReader } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';

/** Ticks (or unticks) "I'd help with this" on an idea still standing. */
export async function setHelping(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  input: { ideaId: string; helping: boolean },
) {
  const participant = await requireParticipant(context, reader, cafeId);
  const idea = await repo.findIdea(context.db, cafeId, input.ideaId);
  if (!idea || !isStanding(idea)) throw notFound('This idea');
  await repo.setHelp(context.db, { cafeId, participantId: participant.id, ideaId: idea.id }, input.helping);
  await announceChange(context, cafeId);
  return buildBoard(context, cafeId, { facilitator: false, participant });
}
