import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import type { Tx } from '../../../kernel/db.js';
import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { buildBoard, isStanding } from '../board/index.js';
import { announce } from '../cafe-events.js';
import { requireFacilitator } from '../cafe-loader.js';
import * as repo from '../cafes.repository.js';

/** A paper count as typed: a total, so a recount replaces it (0 takes it away). */
export type PaperCount = { count: number; kind: 'dots' | 'hands' };

/**
 * Who counted, for the count's row and the audit log: a facilitator (by name), or a table host with
 * their table's link (by table, never as a person).
 */
export type Counter =
  { actor: Actor } | { tableHost: { id: string; tableNumber: number; partnershipId: string | null } };

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
  input: PaperCount,
) {
  await requireFacilitator(context, actor, cafeId);
  const version = await context.db.transaction(async (tx) => {
    const idea = await repo.findIdea(tx, cafeId, ideaId);
    if (!idea || !isStanding(idea)) throw notFound('idea');
    return storePaperCount(tx, { cafeId, ideaId, ...input }, { actor });
  });
  await announce(context, cafeId, version);
  return buildBoard(context, cafeId, { facilitator: true, participant: undefined });
}

/**
 * Stores a paper count the caller has checked may be made, with its audit entry, and answers with the
 * café's new version. Shared by facilitators and table hosts, so both are counted and shown alike.
 */
export async function storePaperCount(
  tx: Tx,
  count: PaperCount & { cafeId: string; ideaId: string },
  by: Counter,
): Promise<number> {
  const { cafeId, ideaId, ...input } = count;
  const actor = 'actor' in by ? by.actor : undefined;
  const host = 'tableHost' in by ? by.tableHost : undefined;
  await repo.setPaperVotes(tx, {
    cafeId,
    ideaId,
    ...input,
    enteredBy: actor?.personId ?? null,
    tableHostId: host?.id ?? null,
  });
  await recordAudit(tx, {
    actorId: actor?.personId ?? null,
    partnershipId: actor?.partnershipId ?? host?.partnershipId ?? null,
    action: 'cafe.paper_votes_counted',
    subjectType: 'cafe',
    subjectId: cafeId,
    details: {
      ideaId,
      count: input.count,
      kind: input.kind,
      ...(host ? tableHostActing(host.tableNumber) : {}),
    },
  });
  return repo.bumpVersion(tx, cafeId);
}

/**
 * How the audit log names a table host: by their table, never as a person (they hold a link, not an
 * account). The audit page shows `actingAs` where an entry has no person.
 */
export function tableHostActing(tableNumber: number) {
  return { actingAs: `table host of table ${tableNumber}`, tableNumber };
}
