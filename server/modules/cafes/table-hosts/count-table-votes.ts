import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { isStanding } from '../board/index.js';
import { announce } from '../cafe-events.js';
import type { CafeReader } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';
import { storePaperCount, type PaperCount } from '../moderation/index.js';
import { requireTableHost } from './table-host-access.js';
import { buildTableHostView } from './table-host-view.js';

/**
 * A table host counts in the sticker dots or hands for one of their table's ideas: the same count as
 * a facilitator's (a total; shown apart from phone votes), audited as the table's host. Another
 * table's idea is answered as no idea at all.
 */
export async function countTableVotes(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  ideaId: string,
  input: PaperCount,
) {
  const host = await requireTableHost(context, reader, cafeId);
  const version = await context.db.transaction(async (tx) => {
    const idea = await repo.findIdea(tx, cafeId, ideaId);
    if (!idea || idea.tableId !== host.tableId || !isStanding(idea)) throw notFound('idea');
    return storePaperCount(tx, { cafeId, ideaId, ...input }, { tableHost: host });
  });
  await announce(context, cafeId, version);
  return buildTableHostView(context, host, version);
}
