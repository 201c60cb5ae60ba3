import { AppError } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { announceChange } from '../cafe-events.js';
import { loadCafe, requireParticipant, tryFacilitator } from '../cafe-loader.js';
import type { CafeReader } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';

/** Adds an idea to the current round, from a participant at their table or a facilitator for any table. */
export async function addIdea(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  input: { text: string; tableId?: string | undefined },
) {
  const facilitator = await tryFacilitator(context, reader, cafeId);
  const participant = facilitator ? undefined : await requireParticipant(context, reader, cafeId);
  const { row, cafe } = await loadCafe(context.db, cafeId);
  if (row.status !== 'live') throw new AppError('conflict', 'Ideas can be added once the café has started.');
  // Participants add to their own table; a facilitator typing up paper notes names the table.
  const tableId = facilitator ? (input.tableId ?? cafe.tables[0]?.id) : participant?.tableId;
  if (!tableId || !cafe.tables.some((t) => t.id === tableId)) {
    throw new AppError('validation_failed', 'Choose one of this café’s tables.', [
      { path: 'tableId', message: 'Choose a table' },
    ]);
  }
  const idea = await repo.insertIdea(context.db, {
    cafeId,
    round: Math.max(1, row.currentRound),
    tableId,
    participantId: participant?.id ?? null,
    enteredBy: facilitator?.actor.personId ?? null,
    text: input.text,
    originalText: input.text,
  });
  await announceChange(context, cafeId);
  return { id: idea.id };
}
