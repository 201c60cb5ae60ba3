import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../kernel/db.js';
import {
  cafeIdeas,
  cafeParticipants,
  cafePhotos,
  cafePriorities,
  cafes,
  cafeTables,
} from '../cafes.tables.js';

// --- priorities sent on ---------------------------------------------------------------------------

export async function findPriorities(db: DbOrTx, cafeId: string) {
  return db.select().from(cafePriorities).where(eq(cafePriorities.cafeId, cafeId));
}

export async function findPriority(db: DbOrTx, id: string) {
  const [row] = await db.select().from(cafePriorities).where(eq(cafePriorities.id, id));
  return row;
}

export async function insertPriority(db: DbOrTx, values: typeof cafePriorities.$inferInsert) {
  await db.insert(cafePriorities).values(values).onConflictDoNothing();
}

export async function findPrioritiesOfOrganisations(db: DbOrTx, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .select({ priority: cafePriorities, cafeTitle: cafes.title, tableNumber: cafeTables.number })
    .from(cafePriorities)
    .innerJoin(cafes, eq(cafes.id, cafePriorities.cafeId))
    .innerJoin(cafeIdeas, eq(cafeIdeas.id, cafePriorities.ideaId))
    .innerJoin(cafeTables, eq(cafeTables.id, cafeIdeas.tableId))
    .where(inArray(cafePriorities.organisationId, organisationIds));
}

/** Participants who shaped an idea (wrote it, put dots on it, or offered to help) and left a contact. */
export async function findContributorContacts(db: DbOrTx, ideaId: string) {
  return db
    .select({
      participantId: cafeParticipants.id,
      personId: cafeParticipants.personId,
      contactEncrypted: cafeParticipants.contactEncrypted,
      language: cafeParticipants.language,
    })
    .from(cafeParticipants)
    .where(
      and(
        sql`(${cafeParticipants.contactEncrypted} is not null or ${cafeParticipants.personId} is not null)`,
        sql`(${cafeParticipants.id} in (select participant_id from cafe_ideas where id = ${ideaId})
          or ${cafeParticipants.id} in (select participant_id from cafe_votes where idea_id = ${ideaId} and dots > 0)
          or ${cafeParticipants.id} in (select participant_id from cafe_help_ticks where idea_id = ${ideaId}))`,
      ),
    );
}

// --- merged duplicates -----------------------------------------------------------------------------

/** Every idea merged into another, with the idea it went into and the table that raised it. */
export async function findMergedIdeas(db: DbOrTx, cafeId: string) {
  return db
    .select({
      id: cafeIdeas.id,
      text: cafeIdeas.text,
      hidden: cafeIdeas.hidden,
      mergedInto: cafeIdeas.mergedInto,
      tableNumber: cafeTables.number,
    })
    .from(cafeIdeas)
    .innerJoin(cafeTables, eq(cafeTables.id, cafeIdeas.tableId))
    .where(and(eq(cafeIdeas.cafeId, cafeId), isNotNull(cafeIdeas.mergedInto)))
    .orderBy(asc(cafeIdeas.createdAt));
}

// --- photos of tablecloths and flip charts ----------------------------------------------------------

export async function insertPhoto(db: DbOrTx, values: typeof cafePhotos.$inferInsert) {
  const [row] = await db.insert(cafePhotos).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findPhotos(db: DbOrTx, cafeId: string) {
  return db
    .select()
    .from(cafePhotos)
    .where(eq(cafePhotos.cafeId, cafeId))
    .orderBy(asc(cafePhotos.uploadedAt));
}

export async function findPhoto(db: DbOrTx, cafeId: string, id: string) {
  const [row] = await db
    .select()
    .from(cafePhotos)
    .where(and(eq(cafePhotos.cafeId, cafeId), eq(cafePhotos.id, id)));
  return row;
}
