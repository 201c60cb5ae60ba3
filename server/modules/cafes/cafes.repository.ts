import { and, asc, eq, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../kernel/db.js';
import {
  cafeHelpTicks,
  cafeIdeas,
  cafePairwiseChoices,
  cafePaperVotes,
  cafeRequestKeys,
  cafeParticipants,
  cafeRoles,
  cafeRounds,
  cafeSignUps,
  cafeStatementVotes,
  cafes,
  cafeTableHosts,
  cafeTables,
  cafeVotes,
} from './cafes.tables.js';

export type CafeRow = typeof cafes.$inferSelect;
export type RoundRow = typeof cafeRounds.$inferSelect;
export type TableRow = typeof cafeTables.$inferSelect;
export type RoleRow = typeof cafeRoles.$inferSelect;
export type ParticipantRow = typeof cafeParticipants.$inferSelect;
export type PairwiseChoiceRow = typeof cafePairwiseChoices.$inferSelect;
export type StatementVoteRow = typeof cafeStatementVotes.$inferSelect;
/** An idea with its raw counts, as the board and the harvest read it. */
export type IdeaWithCounts = Awaited<ReturnType<typeof findIdeasWithCounts>>[number];

export async function insertCafe(db: DbOrTx, values: typeof cafes.$inferInsert) {
  const [row] = await db.insert(cafes).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function insertRounds(db: DbOrTx, rows: (typeof cafeRounds.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(cafeRounds).values(rows);
}

export async function insertTables(db: DbOrTx, rows: (typeof cafeTables.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(cafeTables).values(rows);
}

export async function findCafe(db: DbOrTx, id: string) {
  const [row] = await db.select().from(cafes).where(eq(cafes.id, id));
  return row;
}

export async function findOpenCafeByCode(db: DbOrTx, code: string) {
  const [row] = await db
    .select()
    .from(cafes)
    .where(and(eq(cafes.joinCode, code), ne(cafes.status, 'closed')));
  return row;
}

export async function findCafesOfOrganisations(db: DbOrTx, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .select()
    .from(cafes)
    .where(inArray(cafes.organisationId, organisationIds))
    .orderBy(sql`${cafes.startsAt} desc nulls last`, asc(cafes.title));
}

export async function findRounds(db: DbOrTx, cafeId: string) {
  return db.select().from(cafeRounds).where(eq(cafeRounds.cafeId, cafeId)).orderBy(asc(cafeRounds.position));
}

/** Changes one round's plan (its way of voting, or when voting first opened in it). */
export async function updateRound(
  db: DbOrTx,
  cafeId: string,
  position: number,
  values: Partial<Pick<typeof cafeRounds.$inferInsert, 'votingMethod' | 'votingOpenedAt'>>,
) {
  await db
    .update(cafeRounds)
    .set(values)
    .where(and(eq(cafeRounds.cafeId, cafeId), eq(cafeRounds.position, position)));
}

export async function findTables(db: DbOrTx, cafeId: string) {
  return db.select().from(cafeTables).where(eq(cafeTables.cafeId, cafeId)).orderBy(asc(cafeTables.number));
}

/** Applies a change to the café and bumps its version, returning the new row. */
export async function updateCafe(db: DbOrTx, id: string, values: Partial<typeof cafes.$inferInsert>) {
  const [row] = await db
    .update(cafes)
    .set({ ...values, version: sql`${cafes.version} + 1` })
    .where(eq(cafes.id, id))
    .returning();
  return row;
}

/**
 * Counts a change to the café and answers the café as it now is, holding its row until the
 * transaction ends: a vote's first statement, so that the checks after it (voting still open, dots
 * left) cannot be overtaken by another change to the same café.
 */
export async function bumpVersionOfLocked(db: DbOrTx, id: string): Promise<CafeRow | undefined> {
  const [row] = await db
    .update(cafes)
    .set({ version: sql`${cafes.version} + 1` })
    .where(eq(cafes.id, id))
    .returning();
  return row;
}

export async function bumpVersion(db: DbOrTx, id: string): Promise<number> {
  const [row] = await db
    .update(cafes)
    .set({ version: sql`${cafes.version} + 1` })
    .where(eq(cafes.id, id))
    .returning({ version: cafes.version });
  return row?.version ?? 0;
}

// --- participants ---------------------------------------------------------------------------------

export async function insertParticipant(
  db: DbOrTx,
  values: Omit<typeof cafeParticipants.$inferInsert, 'tableId'> & { tableId: string | SQL },
) {
  const [row] = await db.insert(cafeParticipants).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateParticipant(
  db: DbOrTx,
  id: string,
  values: Partial<Pick<ParticipantRow, 'postcodeDistrict' | 'community'>>,
) {
  await db.update(cafeParticipants).set(values).where(eq(cafeParticipants.id, id));
}

export async function findParticipantByToken(db: DbOrTx, cafeId: string, tokenHash: string) {
  const [row] = await db
    .select()
    .from(cafeParticipants)
    .where(and(eq(cafeParticipants.cafeId, cafeId), eq(cafeParticipants.tokenHash, tokenHash)));
  return row;
}

/** Locks a participant's row so their votes are checked against their dot budget one at a time. */
/** Participants per table, counted afresh (the harvest's table-by-table summary). */
export async function countParticipantsByTable(db: DbOrTx, cafeId: string) {
  return db
    .select({ tableId: cafeParticipants.tableId, count: sql<number>`count(*)::int` })
    .from(cafeParticipants)
    .where(eq(cafeParticipants.cafeId, cafeId))
    .groupBy(cafeParticipants.tableId);
}

/**
 * Seats a participant at the table given, or else at the emptiest table (the lowest number among
 * the emptiest), chosen in the same statement from the tables' seat counts: no count of the café's
 * participants, and one round trip. Seats taken at the same moment may land at one table; tables
 * still fill evenly.
 */
export async function seatParticipant(
  db: DbOrTx,
  values: Omit<typeof cafeParticipants.$inferInsert, 'tableId'> & { tableId: string | undefined },
) {
  const tableId =
    values.tableId ??
    sql`(select ${cafeTables.id} from ${cafeTables} where ${cafeTables.cafeId} = ${values.cafeId}
      order by ${cafeTables.participants}, ${cafeTables.number} limit 1)`;
  return insertParticipant(db, { ...values, tableId });
}

// --- ideas ----------------------------------------------------------------------------------------

export async function insertIdea(db: DbOrTx, values: typeof cafeIdeas.$inferInsert) {
  const [row] = await db.insert(cafeIdeas).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findIdea(db: DbOrTx, cafeId: string, id: string) {
  const [row] = await db
    .select()
    .from(cafeIdeas)
    .where(and(eq(cafeIdeas.cafeId, cafeId), eq(cafeIdeas.id, id)));
  return row;
}

export async function updateIdea(db: DbOrTx, id: string, values: Partial<typeof cafeIdeas.$inferInsert>) {
  // An empty change (PATCH {}) changes nothing; SQL has no UPDATE without a column to set.
  if (Object.values(values).every((value) => value === undefined)) return;
  await db.update(cafeIdeas).set(values).where(eq(cafeIdeas.id, id));
}

/** Every idea with its raw counts: dots, voters and people willing to help (or one table's). */
export async function findIdeasWithCounts(db: DbOrTx, cafeId: string, tableId?: string) {
  return db
    .select({
      id: cafeIdeas.id,
      text: cafeIdeas.text,
      round: cafeIdeas.round,
      tableNumber: cafeTables.number,
      author: sql<string>`coalesce(nullif(${cafeParticipants.displayName}, ''), '')`,
      hidden: cafeIdeas.hidden,
      hiddenReason: cafeIdeas.hiddenReason,
      mergedInto: cafeIdeas.mergedInto,
      // counted as votes are stored (migration 0045), never summed again
      dots: cafeIdeas.dots,
      voters: cafeIdeas.voters,
      helpers: sql<number>`(select count(*) from cafe_help_ticks h where h.idea_id = ${cafeIdeas.id})::int`,
      paperVotes: sql<number>`coalesce(${cafePaperVotes.count}, 0)::int`,
      paperKind: cafePaperVotes.kind,
    })
    .from(cafeIdeas)
    .innerJoin(cafeTables, eq(cafeTables.id, cafeIdeas.tableId))
    .leftJoin(cafeParticipants, eq(cafeParticipants.id, cafeIdeas.participantId))
    .leftJoin(cafePaperVotes, eq(cafePaperVotes.ideaId, cafeIdeas.id))
    .where(and(eq(cafeIdeas.cafeId, cafeId), tableId ? eq(cafeIdeas.tableId, tableId) : undefined))
    .orderBy(asc(cafeIdeas.createdAt));
}

// --- votes and help -------------------------------------------------------------------------------

export async function findVotesOfParticipant(db: DbOrTx, participantId: string) {
  return db.select().from(cafeVotes).where(eq(cafeVotes.participantId, participantId));
}

/**
 * Places a participant's dots on an idea in one statement, only while the idea still stands and,
 * when `spendable` is given, only if their dots on other ideas leave room. Answers whether it was
 * stored; when not, the caller asks which of the two it was.
 */
export async function storeVoteIfAllowed(
  db: DbOrTx,
  values: { cafeId: string; participantId: string; ideaId: string; dots: number; spendable: number | null },
): Promise<boolean> {
  const { cafeId, participantId, ideaId, dots, spendable } = values;
  const stored = await db
    .insert(cafeVotes)
    // in the table's column order: cafe, participant, idea, dots, updated
    .select(
      sql`select ${cafeId}::uuid, ${participantId}::uuid, i.id, ${dots}::int, now()
        from cafe_ideas i
        where i.cafe_id = ${cafeId} and i.id = ${ideaId} and not i.hidden and i.merged_into is null
          and (${spendable}::int is null
            or (select coalesce(sum(v.dots), 0) from cafe_votes v
                where v.participant_id = ${participantId} and v.idea_id <> ${ideaId}) + ${dots}::int
              <= ${spendable}::int)`,
    )
    .onConflictDoUpdate({
      target: [cafeVotes.participantId, cafeVotes.ideaId],
      set: { dots: sql`excluded.dots`, updatedAt: sql`excluded.updated_at` },
    })
    .returning({ ideaId: cafeVotes.ideaId });
  return stored.length > 0;
}

/** Moves votes from a merged idea onto the idea it was merged into, adding up a person's dots. */
export async function moveVotes(db: DbOrTx, sourceId: string, targetId: string, maxPerIdea: number) {
  // A person's dots add up on the merged idea, but never past what one idea may hold.
  await db.execute(sql`
    insert into cafe_votes (cafe_id, participant_id, idea_id, dots, updated_at)
    select cafe_id, participant_id, ${targetId}, least(dots, ${maxPerIdea}::int), now() from cafe_votes where idea_id = ${sourceId}
    on conflict (participant_id, idea_id)
    do update set dots = least(cafe_votes.dots + excluded.dots, ${maxPerIdea}::int), updated_at = now()`);
  await db.delete(cafeVotes).where(eq(cafeVotes.ideaId, sourceId));
  await db.execute(sql`
    insert into cafe_help_ticks (cafe_id, participant_id, idea_id, contact_encrypted, contact_consented_at, ticked_at)
    select cafe_id, participant_id, ${targetId}, contact_encrypted, contact_consented_at, ticked_at
    from cafe_help_ticks where idea_id = ${sourceId}
    on conflict (participant_id, idea_id) do update set
      contact_encrypted = coalesce(cafe_help_ticks.contact_encrypted, excluded.contact_encrypted),
      contact_consented_at = coalesce(cafe_help_ticks.contact_consented_at, excluded.contact_consented_at)`);
  await db.delete(cafeHelpTicks).where(eq(cafeHelpTicks.ideaId, sourceId));
  // Paper counts add up on the idea kept, in its own kind (or the duplicate's when it had none).
  await db.execute(sql`
    insert into cafe_paper_votes (cafe_id, idea_id, count, kind, entered_by, table_host_id, updated_at)
    select cafe_id, ${targetId}, count, kind, entered_by, table_host_id, now() from cafe_paper_votes where idea_id = ${sourceId}
    on conflict (idea_id) do update set count = cafe_paper_votes.count + excluded.count, updated_at = now()`);
  await db.delete(cafePaperVotes).where(eq(cafePaperVotes.ideaId, sourceId));
}

/** Sets an idea's paper count (a recount replaces it); 0 takes it away. */
export async function setPaperVotes(
  db: DbOrTx,
  values: {
    cafeId: string;
    ideaId: string;
    count: number;
    kind: 'dots' | 'hands';
    /** The facilitator who counted, or the table host's link (never both). */
    enteredBy: string | null;
    tableHostId: string | null;
  },
) {
  if (values.count === 0) {
    await db.delete(cafePaperVotes).where(eq(cafePaperVotes.ideaId, values.ideaId));
    return;
  }
  await db
    .insert(cafePaperVotes)
    .values(values)
    .onConflictDoUpdate({
      target: cafePaperVotes.ideaId,
      set: {
        count: values.count,
        kind: values.kind,
        enteredBy: values.enteredBy,
        tableHostId: values.tableHostId,
        updatedAt: new Date(),
      },
    });
}

export async function findHelpOfParticipant(db: DbOrTx, participantId: string) {
  return db.select().from(cafeHelpTicks).where(eq(cafeHelpTicks.participantId, participantId));
}

/**
 * Ticks or unticks "I'd help". A contact given (encrypted, with when they consented) is stored with
 * the tick; null takes it back; undefined keeps whatever was there.
 */
export async function setHelp(
  db: DbOrTx,
  values: { cafeId: string; participantId: string; ideaId: string },
  helping: boolean,
  contact?: { contactEncrypted: string | null; contactConsentedAt: Date | null },
) {
  if (helping) {
    const insert = db.insert(cafeHelpTicks).values({ ...values, ...contact });
    await (contact
      ? insert.onConflictDoUpdate({
          target: [cafeHelpTicks.participantId, cafeHelpTicks.ideaId],
          set: contact,
        })
      : insert.onConflictDoNothing());
  } else {
    await db
      .delete(cafeHelpTicks)
      .where(
        and(eq(cafeHelpTicks.participantId, values.participantId), eq(cafeHelpTicks.ideaId, values.ideaId)),
      );
  }
}

/** Everyone who ticked "I'd help" on an idea, with their table and any contact they left, oldest first. */
export async function findHelpOffers(db: DbOrTx, ideaId: string) {
  return db
    .select({
      displayName: cafeParticipants.displayName,
      tableNumber: cafeTables.number,
      contactEncrypted: cafeHelpTicks.contactEncrypted,
      tickedAt: cafeHelpTicks.tickedAt,
    })
    .from(cafeHelpTicks)
    .innerJoin(cafeParticipants, eq(cafeParticipants.id, cafeHelpTicks.participantId))
    .innerJoin(cafeTables, eq(cafeTables.id, cafeParticipants.tableId))
    .where(eq(cafeHelpTicks.ideaId, ideaId))
    .orderBy(asc(cafeHelpTicks.tickedAt));
}

/** A person's help offers that carry a contact, for their data download. */
export async function findHelpContactsOfPerson(db: DbOrTx, personId: string) {
  return db
    .select({
      ideaText: cafeIdeas.text,
      contactEncrypted: cafeHelpTicks.contactEncrypted,
      tickedAt: cafeHelpTicks.tickedAt,
    })
    .from(cafeHelpTicks)
    .innerJoin(cafeParticipants, eq(cafeParticipants.id, cafeHelpTicks.participantId))
    .innerJoin(cafeIdeas, eq(cafeIdeas.id, cafeHelpTicks.ideaId))
    .where(and(eq(cafeParticipants.personId, personId), sql`${cafeHelpTicks.contactEncrypted} is not null`));
}

/** Erasure: the contacts a person left with their help offers go (the ticks stay, unnamed, as counts). */
export async function eraseHelpContactsOfPerson(db: DbOrTx, personId: string) {
  return db
    .update(cafeHelpTicks)
    .set({ contactEncrypted: null, contactConsentedAt: null })
    .where(
      and(
        sql`${cafeHelpTicks.participantId} in (select id from cafe_participants where person_id = ${personId})`,
        sql`${cafeHelpTicks.contactEncrypted} is not null`,
      ),
    )
    .returning({ ideaId: cafeHelpTicks.ideaId });
}

// --- pairwise and agreement -----------------------------------------------------------------------

export async function findPairwiseChoices(db: DbOrTx, cafeId: string) {
  return db
    .select()
    .from(cafePairwiseChoices)
    .where(eq(cafePairwiseChoices.cafeId, cafeId))
    .orderBy(asc(cafePairwiseChoices.createdAt));
}

export async function insertPairwiseChoice(db: DbOrTx, values: typeof cafePairwiseChoices.$inferInsert) {
  await db.insert(cafePairwiseChoices).values(values);
}

export async function findStatementVotes(db: DbOrTx, cafeId: string) {
  return db.select().from(cafeStatementVotes).where(eq(cafeStatementVotes.cafeId, cafeId));
}

export async function upsertStatementVote(
  db: DbOrTx,
  values: { cafeId: string; participantId: string; ideaId: string; vote: number },
) {
  await db
    .insert(cafeStatementVotes)
    .values(values)
    .onConflictDoUpdate({
      target: [cafeStatementVotes.participantId, cafeStatementVotes.ideaId],
      set: { vote: values.vote },
    });
}

// --- idempotency keys ------------------------------------------------------------------------------

type RequestKey = { cafeId: string; ownerId: string; key: string };

/** Takes a key for an action; false when it was taken before (waits for a copy still in flight). */
export async function claimRequestKey(db: DbOrTx, values: RequestKey): Promise<boolean> {
  const rows = await db
    .insert(cafeRequestKeys)
    .values(values)
    .onConflictDoNothing()
    .returning({ key: cafeRequestKeys.key });
  return rows.length > 0;
}

function keyIs(values: RequestKey) {
  return and(
    eq(cafeRequestKeys.cafeId, values.cafeId),
    eq(cafeRequestKeys.ownerId, values.ownerId),
    eq(cafeRequestKeys.key, values.key),
  );
}

export async function setRequestKeyResult(db: DbOrTx, values: RequestKey, resultId: string) {
  await db.update(cafeRequestKeys).set({ resultId }).where(keyIs(values));
}

export async function findRequestKeyResult(db: DbOrTx, values: RequestKey): Promise<string | null> {
  const [row] = await db
    .select({ resultId: cafeRequestKeys.resultId })
    .from(cafeRequestKeys)
    .where(keyIs(values));
  return row?.resultId ?? null;
}

/**
 * Deletes every key taken before `before`, and a closed café's keys taken before `closedBefore`;
 * answers how many went.
 */
export async function deleteSpentRequestKeys(
  db: DbOrTx,
  cutoffs: { before: Date; closedBefore: Date },
): Promise<number> {
  const closed = db.select({ id: cafes.id }).from(cafes).where(eq(cafes.status, 'closed'));
  const rows = await db
    .delete(cafeRequestKeys)
    .where(
      or(
        lt(cafeRequestKeys.createdAt, cutoffs.before),
        and(lt(cafeRequestKeys.createdAt, cutoffs.closedBefore), inArray(cafeRequestKeys.cafeId, closed)),
      ),
    )
    .returning({ key: cafeRequestKeys.key });
  return rows.length;
}

// --- reach ----------------------------------------------------------------------------------------

/**
 * One row per place taken at the organisation's cafés, with the area and community given at join.
 * A signed-in person who joined one café from two devices counts once for that café.
 */
export async function findParticipantPlacesOfOrganisation(db: DbOrTx, organisationId: string) {
  return db
    .selectDistinctOn(
      [cafeParticipants.cafeId, sql`coalesce(${cafeParticipants.personId}, ${cafeParticipants.id})`],
      {
        personId: cafeParticipants.personId,
        postcodeDistrict: cafeParticipants.postcodeDistrict,
        community: cafeParticipants.community,
      },
    )
    .from(cafeParticipants)
    .innerJoin(cafes, eq(cafes.id, cafeParticipants.cafeId))
    .where(eq(cafes.organisationId, organisationId))
    .orderBy(
      cafeParticipants.cafeId,
      sql`coalesce(${cafeParticipants.personId}, ${cafeParticipants.id})`,
      sql`(${cafeParticipants.postcodeDistrict} is null)::int + (${cafeParticipants.community} is null)::int`,
      asc(cafeParticipants.joinedAt),
    );
}

// --- personal data --------------------------------------------------------------------------------

export async function findParticipationsOfPerson(db: DbOrTx, personId: string) {
  return db
    .select({ participant: cafeParticipants, cafeTitle: cafes.title, startsAt: cafes.startsAt })
    .from(cafeParticipants)
    .innerJoin(cafes, eq(cafes.id, cafeParticipants.cafeId))
    .where(eq(cafeParticipants.personId, personId));
}

export async function findIdeasOfParticipant(db: DbOrTx, participantId: string) {
  return db
    .select({ text: cafeIdeas.text })
    .from(cafeIdeas)
    .where(eq(cafeIdeas.participantId, participantId));
}

/**
 * Unlinks a person from their café seats: no account link, no name, no contact, no area or community.
 * Ideas stay, unattributed.
 */
export async function anonymiseParticipationsOfPerson(db: DbOrTx, personId: string) {
  return db
    .update(cafeParticipants)
    .set({ personId: null, displayName: '', contactEncrypted: null, postcodeDistrict: null, community: null })
    .where(eq(cafeParticipants.personId, personId))
    .returning({ id: cafeParticipants.id });
}

// --- roles and sign-ups -------------------------------------------------------------------------

export async function findRoles(db: DbOrTx, cafeId: string) {
  return db.select().from(cafeRoles).where(eq(cafeRoles.cafeId, cafeId)).orderBy(asc(cafeRoles.position));
}

/** The café team is saved whole: the plan page sends every role each time. */
export async function replaceRoles(
  db: DbOrTx,
  cafeId: string,
  roles: { role: (typeof cafeRoles.$inferInsert)['role']; name: string; tableNumber: number | null }[],
) {
  await db.delete(cafeRoles).where(eq(cafeRoles.cafeId, cafeId));
  if (roles.length > 0)
    await db.insert(cafeRoles).values(roles.map((r, i) => ({ cafeId, position: i + 1, ...r })));
}

/** Locks the café row, so two last-place sign-ups cannot both take it. */
export async function lockCafe(db: DbOrTx, cafeId: string) {
  const [row] = await db.select().from(cafes).where(eq(cafes.id, cafeId)).for('update');
  return row;
}

export async function countSignUps(db: DbOrTx, cafeId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(cafeSignUps)
    .where(eq(cafeSignUps.cafeId, cafeId));
  return row?.count ?? 0;
}

export async function insertSignUp(db: DbOrTx, values: typeof cafeSignUps.$inferInsert) {
  await db.insert(cafeSignUps).values(values);
}

export async function findSignUps(db: DbOrTx, cafeId: string) {
  return db
    .select()
    .from(cafeSignUps)
    .where(eq(cafeSignUps.cafeId, cafeId))
    .orderBy(asc(cafeSignUps.createdAt));
}

export async function findSignUpsOfPerson(db: DbOrTx, personId: string) {
  return db
    .select({ signUp: cafeSignUps, cafeTitle: cafes.title, startsAt: cafes.startsAt })
    .from(cafeSignUps)
    .innerJoin(cafes, eq(cafes.id, cafeSignUps.cafeId))
    .where(eq(cafeSignUps.personId, personId));
}

/** Erasure: a sign-up is only useful with its name and contact, so it goes entirely. */
export async function deleteSignUpsOfPerson(db: DbOrTx, personId: string) {
  return db.delete(cafeSignUps).where(eq(cafeSignUps.personId, personId)).returning({ id: cafeSignUps.id });
}

// --- table hosts ----------------------------------------------------------------------------------

export type TableHostRow = typeof cafeTableHosts.$inferSelect;

export async function findTableHosts(db: DbOrTx, cafeId: string) {
  return db.select().from(cafeTableHosts).where(eq(cafeTableHosts.cafeId, cafeId));
}

/** The table-host link with this key's hash, with its table's number. */
export async function findTableHostByKey(db: DbOrTx, keyHash: string) {
  const [row] = await db
    .select({ host: cafeTableHosts, tableNumber: cafeTables.number })
    .from(cafeTableHosts)
    .innerJoin(cafeTables, eq(cafeTables.id, cafeTableHosts.tableId))
    .where(eq(cafeTableHosts.keyHash, keyHash));
  return row;
}

/** The table-host link with this code's hash (the code typed from a host slip). */
export async function findTableHostByCode(db: DbOrTx, codeHash: string) {
  const [row] = await db.select().from(cafeTableHosts).where(eq(cafeTableHosts.codeHash, codeHash));
  return row;
}

/** Gives a link made before codes were its code (once: a second caller finds it given). */
export async function setTableHostCode(
  db: DbOrTx,
  id: string,
  values: { codeHash: string; codeEncrypted: string },
) {
  await db
    .update(cafeTableHosts)
    .set(values)
    .where(and(eq(cafeTableHosts.id, id), sql`${cafeTableHosts.codeHash} is null`));
}

/**
 * Gives a table its host link, replacing any it had (its old key stops working at once). With
 * `onlyIfNone`, a table that already has one keeps it: two facilitators' screens asking for the links
 * at the same time end up showing the same ones.
 */
export async function setTableHost(
  db: DbOrTx,
  values: {
    cafeId: string;
    tableId: string;
    keyHash: string;
    keyEncrypted: string;
    codeHash: string;
    codeEncrypted: string;
  },
  onlyIfNone = false,
) {
  const insert = db.insert(cafeTableHosts).values(values);
  await (onlyIfNone
    ? insert.onConflictDoNothing({ target: cafeTableHosts.tableId })
    : insert.onConflictDoUpdate({
        target: cafeTableHosts.tableId,
        set: {
          keyHash: values.keyHash,
          keyEncrypted: values.keyEncrypted,
          codeHash: values.codeHash,
          codeEncrypted: values.codeEncrypted,
          createdAt: new Date(),
        },
      }));
}
