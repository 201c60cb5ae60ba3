import { and, asc, desc, eq, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { CaseAction } from '../../../../contracts/stories.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { safeguardingAlerts, safeguardingCaseEntries } from '../stories.tables.js';

export type AlertRow = typeof safeguardingAlerts.$inferSelect;
export type CaseEntryRow = typeof safeguardingCaseEntries.$inferSelect;

export async function insertAlert(
  db: DbOrTx,
  values: {
    storyId: string;
    organisationId: string;
    evidenceEncrypted: string;
    source: 'detector' | 'language' | 'reader';
    raisedBy: string | null;
    escalatedAt: Date | null;
  },
) {
  const [row] = await db.insert(safeguardingAlerts).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/**
 * The alerts a person may be asked to work: those of organisations where they are a lead, and the
 * escalated alerts of organisations in their wider reach. Open ones first, newest first.
 */
export async function findAlertsForReader(
  db: DbOrTx,
  reach: { leadOrganisationIds: string[]; escalatedOrganisationIds: string[] },
) {
  const conditions = [];
  if (reach.leadOrganisationIds.length > 0) {
    conditions.push(inArray(safeguardingAlerts.organisationId, reach.leadOrganisationIds));
  }
  if (reach.escalatedOrganisationIds.length > 0) {
    conditions.push(
      and(
        inArray(safeguardingAlerts.organisationId, reach.escalatedOrganisationIds),
        sql`${safeguardingAlerts.escalatedAt} is not null`,
      ),
    );
  }
  if (conditions.length === 0) return [];
  return db
    .select()
    .from(safeguardingAlerts)
    .where(or(...conditions))
    .orderBy(
      sql`case ${safeguardingAlerts.status} when 'open' then 0 when 'acknowledged' then 1 else 2 end`,
      desc(safeguardingAlerts.createdAt),
    );
}

export async function findAlert(db: DbOrTx, id: string) {
  const [row] = await db.select().from(safeguardingAlerts).where(eq(safeguardingAlerts.id, id));
  return row;
}

export async function findAlertsOfStory(db: DbOrTx, storyId: string) {
  return db.select().from(safeguardingAlerts).where(eq(safeguardingAlerts.storyId, storyId));
}

export async function updateAlert(db: DbOrTx, id: string, values: Partial<AlertRow>) {
  await db.update(safeguardingAlerts).set(values).where(eq(safeguardingAlerts.id, id));
}

/** Changes an alert that is not closed; false when it already was (a closed alert stays closed). */
export async function updateAlertUnlessClosed(db: DbOrTx, id: string, values: Partial<AlertRow>) {
  const rows = await db
    .update(safeguardingAlerts)
    .set(values)
    .where(and(eq(safeguardingAlerts.id, id), ne(safeguardingAlerts.status, 'closed')))
    .returning({ id: safeguardingAlerts.id });
  return rows.length > 0;
}

/** Moves an open alert to acknowledged once; false when someone else already did. */
export async function acknowledgeIfOpen(db: DbOrTx, id: string, personId: string, at: Date) {
  const rows = await db
    .update(safeguardingAlerts)
    .set({ status: 'acknowledged', acknowledgedBy: personId, acknowledgedAt: at })
    .where(and(eq(safeguardingAlerts.id, id), eq(safeguardingAlerts.status, 'open')))
    .returning({ id: safeguardingAlerts.id });
  return rows.length > 0;
}

export async function countUnclosedAlertsOfStory(db: DbOrTx, storyId: string, exceptId?: string) {
  const rows = await db
    .select({ id: safeguardingAlerts.id })
    .from(safeguardingAlerts)
    .where(
      and(
        eq(safeguardingAlerts.storyId, storyId),
        ne(safeguardingAlerts.status, 'closed'),
        exceptId ? ne(safeguardingAlerts.id, exceptId) : undefined,
      ),
    );
  return rows.length;
}

/**
 * Claims open alerts raised before `raisedBefore` that have not been escalated, marking them
 * escalated in the same statement. Rows another instance is claiming are skipped, so each alert
 * escalates exactly once however many instances run the job.
 */
export async function claimAlertsToEscalate(db: DbOrTx, raisedBefore: Date, now: Date) {
  return db
    .update(safeguardingAlerts)
    .set({ escalatedAt: now })
    .where(
      inArray(
        safeguardingAlerts.id,
        db
          .select({ id: safeguardingAlerts.id })
          .from(safeguardingAlerts)
          .where(
            and(
              eq(safeguardingAlerts.status, 'open'),
              isNull(safeguardingAlerts.escalatedAt),
              lte(safeguardingAlerts.createdAt, raisedBefore),
            ),
          )
          .orderBy(asc(safeguardingAlerts.createdAt))
          .limit(100)
          .for('update', { skipLocked: true }),
      ),
    )
    .returning();
}

// --- case log -------------------------------------------------------------------------------------

export async function insertCaseEntry(
  db: DbOrTx,
  values: {
    alertId: string;
    action: CaseAction;
    happenedAt: Date;
    noteEncrypted: string;
    recordedBy: string;
  },
) {
  const [row] = await db.insert(safeguardingCaseEntries).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findCaseEntries(db: DbOrTx, alertIds: string[]) {
  if (alertIds.length === 0) return [];
  return db
    .select()
    .from(safeguardingCaseEntries)
    .where(inArray(safeguardingCaseEntries.alertId, alertIds))
    .orderBy(asc(safeguardingCaseEntries.happenedAt), asc(safeguardingCaseEntries.recordedAt));
}
