import { recordAudit } from '../../../kernel/audit.js';
import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { isStanding } from '../board/index.js';
import { announce } from '../cafe-events.js';
import type { CafeReader } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';
import { setHidden, tableHostActing } from '../moderation/index.js';
import { requireTableHost } from './table-host-access.js';
import { buildTableHostView } from './table-host-view.js';

/**
 * A table host hides one of their table's ideas that breaks the etiquette (a name, a hurtful word),
 * saying why: it leaves every board at once, and the facilitator sees it with the reason and may
 * show it again. Only the facilitator can show it again. Audited as the table's host.
 */
export async function hideTableIdea(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  ideaId: string,
  input: { reason: string },
) {
  const host = await requireTableHost(context, reader, cafeId);
  const version = await context.db.transaction(async (tx) => {
    // The café's row first, as a vote takes it (then counts on its idea, migration 0045): taking the
    // idea's row first here could leave this and a vote each waiting for the other.
    const bumped = await repo.bumpVersion(tx, cafeId);
    const idea = await repo.findIdea(tx, cafeId, ideaId);
    if (!idea || idea.tableId !== host.tableId || !isStanding(idea)) throw notFound('idea');
    await setHidden(tx, idea.id, true, input.reason);
    await recordAudit(tx, {
      actorId: null,
      partnershipId: host.partnershipId,
      action: 'cafe.idea_hidden',
      subjectType: 'cafe',
      subjectId: cafeId,
      details: { ideaId, reason: input.reason, ...tableHostActing(host.tableNumber) },
    });
    return bumped;
  });
  await announce(context, cafeId, version);
  return buildTableHostView(context, host, version);
}
