import type { Tx } from '../../../kernel/db.js';
import { AppError } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { announce } from '../cafe-events.js';
import { loadCafe, requireParticipant, tryFacilitator } from '../cafe-loader.js';
import type { CafeReader } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';
import { onceByKey } from '../request-keys.js';

/**
 * Adds an idea to the current round, from a participant at their table or a facilitator for any table;
 * once per Idempotency-Key, so an idea sent again from a phone's offline queue is not added twice.
 */
export async function addIdea(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  input: { text: string; tableId?: string | undefined },
) {
  const facilitator = await tryFacilitator(context, reader, cafeId);
  const participant = facilitator ? undefined : await requireParticipant(context, reader, cafeId);
  const { row, cafe } = await loadCafe(context.db, cafeId);
  if (row.status !== 'live') throw new AppError('conflict', message('cafes.actions.notStarted'));
  // Participants add to their own table; a facilitator typing up paper notes names the table.
  const tableId = facilitator ? (input.tableId ?? cafe.tables[0]?.id) : participant?.tableId;
  if (!tableId || !cafe.tables.some((t) => t.id === tableId)) {
    throw new AppError('validation_failed', message('cafes.actions.chooseTable'), [
      { path: 'tableId', message: message('cafes.actions.chooseTableField') },
    ]);
  }
  // Whoever sends it owns its key: the participant, or the host typing up paper notes.
  const ownerId = participant?.id ?? facilitator?.actor.personId;
  if (!ownerId) throw new AppError('unauthenticated', message('cafes.actions.joinFirst'));
  return storeIdea(context, {
    cafeId,
    round: Math.max(1, row.currentRound),
    tableId,
    participantId: participant?.id ?? null,
    enteredBy: facilitator?.actor.personId ?? null,
    text: input.text,
    owner: { ownerId, key: reader.requestKey },
  });
}

/**
 * Stores an idea once per Idempotency-Key, so an idea sent again from a phone's offline queue is not
 * added twice, and announces it; `alongside` runs in the same transaction (an audit entry).
 */
export async function storeIdea(
  context: ModuleContext,
  idea: {
    cafeId: string;
    round: number;
    tableId: string;
    participantId: string | null;
    enteredBy: string | null;
    tableHostId?: string | null;
    text: string;
    owner: { ownerId: string; key: string | undefined };
  },
  alongside?: (tx: Tx, ideaId: string) => Promise<void>,
) {
  const { cafeId, owner, text, ...from } = idea;
  const done = await onceByKey(context, { cafeId, ...owner }, async (tx) => {
    const stored = await repo.insertIdea(tx, { cafeId, ...from, text, originalText: text });
    await alongside?.(tx, stored.id);
    return { value: { id: stored.id, version: await repo.bumpVersion(tx, cafeId) }, resultId: stored.id };
  });
  // A retry of an idea already added answers with that idea, and adds nothing.
  if (done.replayed) return { id: done.resultId ?? '' };
  await announce(context, cafeId, done.value.version);
  return { id: done.value.id };
}
