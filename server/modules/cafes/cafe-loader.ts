import type { Actor } from '../../kernel/access.js';
import { hashToken } from '../../kernel/crypto.js';
import type { DbOrTx } from '../../kernel/db.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import type { CafeReader } from './cafe-reader.js';
import { toCafe } from './cafe-presenter.js';
import { mayRunCafe } from './cafes.policy.js';
import * as repo from './cafes.repository.js';

/**
 * Tables are fixed when a café is created, so every board build (many a second in a full café)
 * reads them once per process. Oldest entries go first once the cache is full. Rounds are read each
 * time: a round's way of voting may change until voting opens in it.
 */
const tableCache = new Map<string, repo.TableRow[]>();
const TABLE_CACHE_SIZE = 500;

/** The café's tables, oldest number first, read once per process (their seat counts are not kept fresh). */
export async function loadTables(db: DbOrTx, cafeId: string): Promise<repo.TableRow[]> {
  const cached = tableCache.get(cafeId);
  if (cached) return cached;
  const tables = await repo.findTables(db, cafeId);
  // A café created in a transaction not yet committed has no tables to anyone else: never cache that.
  if (tables.length > 0) {
    if (tableCache.size >= TABLE_CACHE_SIZE) tableCache.delete(tableCache.keys().next().value ?? '');
    tableCache.set(cafeId, tables);
  }
  return tables;
}

/** The café's row and the café as its facilitators see it, or 404. No access check: callers make it. */
export async function loadCafe(db: DbOrTx, cafeId: string) {
  const row = await repo.findCafe(db, cafeId);
  if (!row) throw notFound('cafe');
  const [rounds, tables, roles, signUps] = await Promise.all([
    repo.findRounds(db, cafeId),
    loadTables(db, cafeId),
    repo.findRoles(db, cafeId),
    repo.countSignUps(db, cafeId),
  ]);
  return { row, cafe: toCafe(row, rounds, tables, roles, signUps), rounds };
}

/** Loads a café for someone who may run it: 404 for anyone else. */
export async function requireFacilitator(context: ModuleContext, actor: Actor, cafeId: string) {
  const loaded = await loadCafe(context.db, cafeId);
  if (!mayRunCafe(actor, loaded.row.organisationId)) throw notFound('cafe');
  return { actor, ...loaded };
}

/** The reader's seat in this café (by their participant cookie), if they have one. */
export async function findParticipant(context: ModuleContext, reader: CafeReader, cafeId: string) {
  return reader.participantToken
    ? await repo.findParticipantByToken(context.db, cafeId, hashToken(reader.participantToken))
    : undefined;
}

/**
 * The reader's seat in this café (by their participant cookie), or 401. An action made on a phone
 * says from which seat (`madeBy`); one the phone no longer holds is refused (409): it was kept while
 * the connection was down and someone else has the phone's place in the café now, or nobody has.
 */
export async function requireParticipant(context: ModuleContext, reader: CafeReader, cafeId: string) {
  const participant = await findParticipant(context, reader, cafeId);
  if (reader.madeBy !== undefined && participant?.id !== reader.madeBy) {
    throw new AppError(
      'conflict',
      message(participant ? 'cafes.actions.madeBySomeoneElse' : 'cafes.actions.seatGone'),
    );
  }
  if (!participant) throw new AppError('unauthenticated', message('cafes.actions.joinFirst'));
  return participant;
}

/** The facilitator's view of the café when the reader may run it; undefined for anyone else. */
export async function tryFacilitator(context: ModuleContext, reader: CafeReader, cafeId: string) {
  return reader.actor
    ? await requireFacilitator(context, reader.actor, cafeId).catch(() => undefined)
    : undefined;
}

/** Who watches a café live: its facilitator (every tally) or one participant (their own tallies). */
export type Watcher = { facilitator: true } | { facilitator: false; participantId: string };

/** May this reader watch the café live, and as whom? A light check: no board is built for it. */
export async function mayWatch(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
): Promise<Watcher | undefined> {
  if (reader.actor) {
    const cafe = await repo.findCafe(context.db, cafeId);
    if (cafe && mayRunCafe(reader.actor, cafe.organisationId)) return { facilitator: true };
  }
  const participant = await findParticipant(context, reader, cafeId);
  return participant ? { facilitator: false, participantId: participant.id } : undefined;
}
