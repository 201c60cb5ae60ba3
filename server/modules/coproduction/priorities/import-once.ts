import type { Priority } from '../../../../contracts/coproduction.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { notFound, type Missing } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import * as repo from './priorities.repository.js';
import { priorityView } from './priority-presenter.js';

type PriorityValues = Parameters<typeof repo.insertPriority>[1];

/** A title from the text it was brought in with. */
export function shortTitle(text: string) {
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/**
 * Brings something into "You said, we did" as a priority, once: the unique index decides, even
 * under races, and a second import answers with the first. The import is audited with `details`,
 * after `alsoInTransaction` (if given) has run on the new priority, all in one transaction.
 */
export async function importPriorityOnce(
  context: ModuleContext,
  actor: Actor,
  values: PriorityValues,
  how: {
    /** What the import is of, for "not found". */
    what: Missing;
    details: Record<string, unknown>;
    alsoInTransaction?: (tx: DbOrTx, priorityId: string) => Promise<void>;
    /** Finds the priority an earlier import made. */
    findExisting: (db: DbOrTx) => Promise<repo.PriorityRow[]>;
  },
): Promise<{ priority: Priority; created: boolean }> {
  const created = await context.db.transaction(async (tx) => {
    const row = await repo.insertPriority(tx, values);
    if (!row) return undefined;
    await how.alsoInTransaction?.(tx, row.id);
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: values.partnershipId,
      action: 'coproduction.priority.imported',
      subjectType: 'coproduction_priority',
      subjectId: row.id,
      details: how.details,
    });
    return row;
  });
  // Only a repeated import needs to look up the row the first one made.
  const id = created?.id ?? (await how.findExisting(context.db))[0]?.id;
  if (!id) throw notFound(how.what);
  return { priority: await priorityView(context.db, actor, id), created: created !== undefined };
}
