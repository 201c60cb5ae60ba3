import type { Actor } from '../../kernel/access.js';
import { findAuditEvents } from '../../kernel/audit.js';
import type { ModuleContext } from '../../kernel/module.js';
import { requirePartnershipAdmin } from './loaders.js';
import * as repo from './people.repository.js';

/** The partnership's audit log, newest first, for its admins, with who did each thing by name. */
export async function findAuditLog(
  context: ModuleContext,
  signedIn: Actor,
  query: { limit: number; before?: string | undefined },
) {
  const actor = requirePartnershipAdmin(signedIn);
  const rows = await findAuditEvents(context.db, {
    partnershipId: actor.partnershipId,
    limit: query.limit,
    before: query.before ? new Date(query.before) : undefined,
  });
  const names = new Map<string, string>();
  for (const row of rows) {
    if (row.actorId && !names.has(row.actorId)) {
      names.set(row.actorId, (await repo.findPerson(context.db, row.actorId))?.displayName ?? 'Unknown');
    }
  }
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actorId,
    // Someone without an account acting through a link (a café's table host) is named by what they
    // held, e.g. "table host of table 3", never as a person.
    actorName: row.actorId ? (names.get(row.actorId) ?? null) : actingAs(row.details),
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    details: row.details,
  }));
}

function actingAs(details: unknown): string | null {
  if (typeof details !== 'object' || details === null || !('actingAs' in details)) return null;
  return typeof details.actingAs === 'string' ? details.actingAs : null;
}
