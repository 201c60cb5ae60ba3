import type { Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import type { DbOrTx } from '../../kernel/db.js';

/** Records what someone did to an analysis project (an export, a story given to a coder) in the audit log. */
export async function auditProject(
  db: DbOrTx,
  actor: Actor,
  projectId: string,
  action: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await recordAudit(db, {
    actorId: actor.personId,
    partnershipId: actor.partnershipId,
    action,
    subjectType: 'analysis_project',
    subjectId: projectId,
    details,
  });
}
