import type { Cafe, CafeRole } from '../../../../contracts/cafes.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { AppError } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { announceChange } from '../cafe-events.js';
import { loadCafe, requireFacilitator } from '../cafe-loader.js';
import * as repo from '../cafes.repository.js';

/** Table hosts need a table that exists; other roles belong to the whole café. */
export function checkRoles(roles: CafeRole[], tables: number): CafeRole[] {
  roles.forEach((r, i) => {
    if (r.role === 'table_host' && (r.tableNumber === null || r.tableNumber > tables)) {
      throw new AppError(
        'validation_failed',
        message('cafes.facilitator.tableRange', { tables, name: r.name }),
        [
          {
            path: `roles.${i}.tableNumber`,
            message: message('cafes.facilitator.tableRangeField', { tables }),
          },
        ],
      );
    }
  });
  return roles.map((r) => ({ ...r, tableNumber: r.role === 'table_host' ? r.tableNumber : null }));
}

/** Names the café team. Saved whole, so the plan page can add, change and remove in one go. */
export async function setRoles(
  context: ModuleContext,
  actor: Actor,
  cafeId: string,
  roles: CafeRole[],
): Promise<Cafe> {
  // Allowed after the café too, so the record of who held it can be put right.
  const { cafe } = await requireFacilitator(context, actor, cafeId);
  await context.db.transaction(async (tx) => {
    await repo.replaceRoles(tx, cafeId, checkRoles(roles, cafe.tables.length));
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'cafe.roles_changed',
      subjectType: 'cafe',
      subjectId: cafeId,
    });
  });
  await announceChange(context, cafeId);
  return (await loadCafe(context.db, cafeId)).cafe;
}
