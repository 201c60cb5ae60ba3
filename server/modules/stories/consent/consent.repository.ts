import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../kernel/db.js';
import { consentEvents, consentForms, consentWordings, storyConfirmations } from '../stories.tables.js';

export type WordingRow = typeof consentWordings.$inferSelect;
export type ConfirmationRow = typeof storyConfirmations.$inferSelect;

export async function findWordings(db: DbOrTx, organisationId: string) {
  return db
    .select()
    .from(consentWordings)
    .where(eq(consentWordings.organisationId, organisationId))
    .orderBy(desc(consentWordings.version));
}

export async function findWording(db: DbOrTx, id: string) {
  const [row] = await db.select().from(consentWordings).where(eq(consentWordings.id, id));
  return row;
}

export async function insertWording(
  db: DbOrTx,
  values: { organisationId: string; version: number; text: string; createdBy: string },
) {
  const [row] = await db.insert(consentWordings).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function insertConsentForm(
  db: DbOrTx,
  values: { consentEventId: string; path: string; mime: string; createdBy: string },
) {
  await db.insert(consentForms).values(values);
}

/** The forms kept for a story's consent records, newest first. */
export async function findConsentFormsOfStory(db: DbOrTx, storyId: string) {
  return db
    .select({
      id: consentForms.id,
      consentEventId: consentForms.consentEventId,
      path: consentForms.path,
      mime: consentForms.mime,
    })
    .from(consentForms)
    .innerJoin(consentEvents, eq(consentEvents.id, consentForms.consentEventId))
    .where(eq(consentEvents.storyId, storyId))
    .orderBy(desc(consentForms.createdAt));
}

/** Deletes a story's form records (on erasure); returns their paths so the files go too. */
export async function deleteConsentFormsOfStory(db: DbOrTx, storyId: string) {
  const forms = await findConsentFormsOfStory(db, storyId);
  if (forms.length > 0) {
    await db.delete(consentForms).where(
      inArray(
        consentForms.id,
        forms.map((f) => f.id),
      ),
    );
  }
  return forms.map((f) => f.path);
}

// --- confirmation requests ------------------------------------------------------------------------

export async function insertConfirmation(db: DbOrTx, values: typeof storyConfirmations.$inferInsert) {
  const [row] = await db.insert(storyConfirmations).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Earlier requests still waiting stop working when a new one is made: only one can be answered. */
export async function supersedeWaitingConfirmations(db: DbOrTx, storyId: string, at: Date) {
  await db
    .update(storyConfirmations)
    .set({ supersededAt: at })
    .where(
      and(
        eq(storyConfirmations.storyId, storyId),
        isNull(storyConfirmations.confirmedAt),
        isNull(storyConfirmations.declinedAt),
        isNull(storyConfirmations.supersededAt),
      ),
    );
}

export async function findConfirmationsOfStory(db: DbOrTx, storyId: string) {
  return db
    .select()
    .from(storyConfirmations)
    .where(eq(storyConfirmations.storyId, storyId))
    .orderBy(desc(storyConfirmations.createdAt));
}

export async function findConfirmationByTokenHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(storyConfirmations).where(eq(storyConfirmations.tokenHash, tokenHash));
  return row;
}

export async function findConfirmationByReference(db: DbOrTx, reference: string) {
  const [row] = await db.select().from(storyConfirmations).where(eq(storyConfirmations.reference, reference));
  return row;
}

/**
 * Marks a waiting request answered, once: two clicks, two tabs or two instances cannot both use it.
 * Returns false when it was no longer waiting.
 */
export async function claimWaitingConfirmation(
  db: DbOrTx,
  id: string,
  answer: { confirmedAt: Date; confirmedVia: 'link' | 'reference' } | { declinedAt: Date },
) {
  const rows = await db
    .update(storyConfirmations)
    .set(answer)
    .where(
      and(
        eq(storyConfirmations.id, id),
        isNull(storyConfirmations.confirmedAt),
        isNull(storyConfirmations.declinedAt),
        isNull(storyConfirmations.supersededAt),
      ),
    )
    .returning({ id: storyConfirmations.id });
  return rows.length > 0;
}
