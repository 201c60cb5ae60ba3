import { recordAudit } from '../../../kernel/audit.js';
import { AppError } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import type { CafeReader } from '../cafe-reader.js';
import { tableHostActing } from '../moderation/index.js';
import { storeIdea } from '../running/index.js';
import { requireTableHost } from './table-host-access.js';

/**
 * A table host types up what their table said on paper: the idea goes to their table in the current
 * round, as a facilitator's paper idea would, once per Idempotency-Key; audited as the table's host.
 */
export async function addTableIdea(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  input: { text: string },
) {
  const host = await requireTableHost(context, reader, cafeId);
  if (host.cafe.status !== 'live') throw new AppError('conflict', message('cafes.actions.notStarted'));
  return storeIdea(
    context,
    {
      cafeId,
      round: Math.max(1, host.cafe.currentRound),
      tableId: host.tableId,
      participantId: null,
      enteredBy: null,
      tableHostId: host.id,
      text: input.text,
      owner: { ownerId: host.id, key: reader.requestKey },
    },
    (tx, ideaId) =>
      recordAudit(tx, {
        actorId: null,
        partnershipId: host.partnershipId,
        action: 'cafe.idea_added_from_paper',
        subjectType: 'cafe',
        subjectId: cafeId,
        details: { ideaId, ...tableHostActing(host.tableNumber) },
      }),
  );
}
