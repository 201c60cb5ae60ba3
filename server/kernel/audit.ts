import { and, desc, eq, lt } from 'drizzle-orm';
import type { DbOrTx } from './db.js';
import { auditEvents } from './kernel.tables.js';

export type AuditEntry = {
  actorId: string | null;
  partnershipId: string | null;
  /** Dotted verb, e.g. `story.original.read`, `person.erased`. */
  action: string;
  subjectType: string;
  subjectId: string | null;
  /** Never personal data: ids, counts and reasons only. */
  details?: Record<string, unknown>;
};

/** Appends an audit event. Call inside the same transaction as the action it records. */
export async function recordAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({ ...entry, details: entry.details ?? {} });
}

/** Newest first, for the partnership admin's audit log. */
export async function findAuditEvents(
  db: DbOrTx,
  query: { partnershipId: string; limit: number; before?: Date | undefined },
) {
  const conditions = [eq(auditEvents.partnershipId, query.partnershipId)];
  if (query.before) conditions.push(lt(auditEvents.at, query.before));
  return db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.at))
    .limit(query.limit);
}
