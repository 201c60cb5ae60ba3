import { and, asc, count, desc, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import type { LanguageCode } from '../../../contracts/languages.js';
import type { Role } from '../../../contracts/people.js';
import type { DbOrTx } from '../../kernel/db.js';
import {
  erasureRequests,
  invitations,
  memberships,
  organisations,
  partnerships,
  passwordResets,
  people,
} from './people.tables.js';

export type PersonRow = typeof people.$inferSelect;

// --- partnerships and organisations ---------------------------------------------------------------

export async function insertPartnership(db: DbOrTx, name: string) {
  const [row] = await db.insert(partnerships).values({ name }).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findPartnership(db: DbOrTx, id: string) {
  const [row] = await db.select().from(partnerships).where(eq(partnerships.id, id));
  return row;
}

export async function updatePartnershipLanguages(db: DbOrTx, id: string, languages: LanguageCode[]) {
  await db.update(partnerships).set({ languages }).where(eq(partnerships.id, id));
}

/** Each partnership's chosen languages, for what signed-out visitors are offered (visitor-languages.ts). */
export async function findLanguagesOfPartnerships(db: DbOrTx): Promise<LanguageCode[][]> {
  const rows = await db.select({ languages: partnerships.languages }).from(partnerships);
  return rows.map((row) => row.languages);
}

/**
 * The languages offered to each of these people: their partnership's (a person belongs to one), or
 * every language for someone without a membership.
 */
export async function findOfferedLanguagesOfPeople(db: DbOrTx, personIds: readonly string[]) {
  if (personIds.length === 0) return new Map<string, LanguageCode[]>();
  const rows = await db
    .selectDistinctOn([memberships.personId], {
      personId: memberships.personId,
      languages: partnerships.languages,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .innerJoin(partnerships, eq(partnerships.id, organisations.partnershipId))
    .where(inArray(memberships.personId, [...personIds]))
    .orderBy(memberships.personId, asc(memberships.createdAt));
  return new Map(rows.map((row) => [row.personId, row.languages]));
}

export async function countPartnerships(db: DbOrTx): Promise<number> {
  const rows = await db.select({ id: partnerships.id }).from(partnerships).limit(1);
  return rows.length;
}

export async function findFirstPartnership(db: DbOrTx) {
  const [row] = await db.select().from(partnerships).orderBy(asc(partnerships.createdAt)).limit(1);
  return row;
}

export async function insertOrganisation(db: DbOrTx, values: { partnershipId: string; name: string }) {
  const [row] = await db.insert(organisations).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findOrganisation(db: DbOrTx, id: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row;
}

/** Every partnership with its organisations, by name, for the public pages' links. */
export async function findPartnershipsWithOrganisations(db: DbOrTx) {
  const [partnershipRows, organisationRows] = await Promise.all([
    db.select().from(partnerships).orderBy(asc(partnerships.name)),
    db.select().from(organisations).orderBy(asc(organisations.name)),
  ]);
  return partnershipRows.map((partnership) => ({
    partnership,
    organisations: organisationRows.filter((row) => row.partnershipId === partnership.id),
  }));
}

export async function findOrganisationsInPartnership(db: DbOrTx, partnershipId: string) {
  return db
    .select()
    .from(organisations)
    .where(eq(organisations.partnershipId, partnershipId))
    .orderBy(asc(organisations.name));
}

// --- people ---------------------------------------------------------------------------------------

export async function findPersonByEmail(db: DbOrTx, email: string) {
  const [row] = await db.select().from(people).where(eq(people.email, email));
  return row;
}

export async function findPerson(db: DbOrTx, id: string) {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row;
}

/** Names of several people at once: only what a byline needs, never a password hash or contact. */
export async function findNamesOfPeople(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: people.id, displayName: people.displayName, erasedAt: people.erasedAt })
    .from(people)
    .where(inArray(people.id, [...ids]));
}

export async function insertPerson(
  db: DbOrTx,
  values: { email: string; displayName: string; passwordHash: string },
) {
  const [row] = await db.insert(people).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updatePerson(
  db: DbOrTx,
  id: string,
  values: Partial<
    Pick<PersonRow, 'displayName' | 'mobileNumber' | 'passwordHash' | 'email' | 'erasedAt' | 'language'>
  >,
) {
  const [row] = await db.update(people).set(values).where(eq(people.id, id)).returning();
  return row;
}

// --- memberships ----------------------------------------------------------------------------------

export async function findMembershipsOfPerson(db: DbOrTx, personId: string) {
  return db
    .select({
      id: memberships.id,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      partnershipId: organisations.partnershipId,
      role: memberships.role,
      createdAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.personId, personId))
    .orderBy(asc(organisations.name), asc(memberships.role));
}

/** The language each of these people chose, by id (null: none chosen). */
export async function findLanguagesOfPeople(db: DbOrTx, personIds: readonly string[]) {
  if (personIds.length === 0) return new Map<string, string | null>();
  const rows = await db
    .select({ id: people.id, language: people.language })
    .from(people)
    .where(inArray(people.id, [...personIds]));
  return new Map(rows.map((row) => [row.id, row.language]));
}

export async function findMembersOfOrganisation(db: DbOrTx, organisationId: string) {
  return db
    .select({
      membershipId: memberships.id,
      personId: people.id,
      displayName: people.displayName,
      email: people.email,
      role: memberships.role,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(people.displayName), asc(memberships.role));
}

/** People holding any of `roles` in any organisation of a partnership (erased people excluded). */
export async function findPeopleWithRolesInPartnership(db: DbOrTx, partnershipId: string, roles: Role[]) {
  return db
    .select({
      personId: people.id,
      organisationId: memberships.organisationId,
      role: memberships.role,
      displayName: people.displayName,
      email: people.email,
      mobileNumber: people.mobileNumber,
      language: people.language,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      and(
        eq(organisations.partnershipId, partnershipId),
        inArray(memberships.role, roles),
        isNull(people.erasedAt),
      ),
    );
}

export async function findMembership(db: DbOrTx, id: string) {
  const [row] = await db.select().from(memberships).where(eq(memberships.id, id));
  return row;
}

/** Adds a membership unless the person already holds that role there. */
export async function insertMembership(
  db: DbOrTx,
  values: { personId: string; organisationId: string; role: Role },
) {
  await db.insert(memberships).values(values).onConflictDoNothing();
}

export async function updateMembershipRole(db: DbOrTx, id: string, role: Role) {
  const [row] = await db.update(memberships).set({ role }).where(eq(memberships.id, id)).returning();
  return row;
}

export async function deleteMembership(db: DbOrTx, id: string) {
  await db.delete(memberships).where(eq(memberships.id, id));
}

export async function deleteMembershipsOfPerson(db: DbOrTx, personId: string) {
  await db.delete(memberships).where(eq(memberships.personId, personId));
}

/** Partnership admins across every organisation of a partnership. */
export async function findPartnershipAdmins(db: DbOrTx, partnershipId: string) {
  return db
    .select({ membershipId: memberships.id, personId: memberships.personId })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(organisations.partnershipId, partnershipId), eq(memberships.role, 'partnership_admin')));
}

// --- invitations ----------------------------------------------------------------------------------

export async function insertInvitation(
  db: DbOrTx,
  values: {
    organisationId: string;
    email: string;
    role: Role;
    tokenHash: string;
    invitedBy: string;
    expiresAt: Date;
  },
) {
  const [row] = await db.insert(invitations).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findOpenInvitationByTokenHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({
      invitation: invitations,
      organisationName: organisations.name,
      partnershipId: organisations.partnershipId,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(
      and(
        eq(invitations.tokenHash, tokenHash),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    );
  return row;
}

export async function findPendingInvitations(db: DbOrTx, organisationId: string) {
  return db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.organisationId, organisationId),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

export async function markInvitationAccepted(db: DbOrTx, id: string, personId: string) {
  await db
    .update(invitations)
    .set({ acceptedAt: new Date(), acceptedBy: personId })
    .where(eq(invitations.id, id));
}

export async function findInvitationsByEmail(db: DbOrTx, email: string) {
  return db.select().from(invitations).where(eq(invitations.email, email));
}

export async function deleteInvitationsForEmail(db: DbOrTx, email: string) {
  await db.delete(invitations).where(eq(invitations.email, email));
}

// --- password resets ------------------------------------------------------------------------------

export async function insertPasswordReset(
  db: DbOrTx,
  values: { personId: string; tokenHash: string; createdAt: Date; expiresAt: Date },
) {
  await db.insert(passwordResets).values(values);
}

export async function findUsablePasswordReset(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select()
    .from(passwordResets)
    .where(
      and(
        eq(passwordResets.tokenHash, tokenHash),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, new Date()),
      ),
    );
  return row;
}

/** Holds a person's row until the transaction ends, so decisions about them are made one at a time. */
export async function lockPerson(db: DbOrTx, personId: string): Promise<void> {
  await db.select({ id: people.id }).from(people).where(eq(people.id, personId)).for('update');
}

/** How many reset links the person has been sent since `since`, used or not. */
export async function countPasswordResetsSince(db: DbOrTx, personId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ count: count() })
    .from(passwordResets)
    .where(and(eq(passwordResets.personId, personId), gt(passwordResets.createdAt, since)));
  return row?.count ?? 0;
}

/** Marks a reset link used; false if it was used already. */
export async function markPasswordResetUsed(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db
    .update(passwordResets)
    .set({ usedAt: new Date() })
    .where(and(eq(passwordResets.id, id), isNull(passwordResets.usedAt)))
    .returning({ id: passwordResets.id });
  return rows.length === 1;
}

/** Retires every reset link of a person still open: once a password is chosen, older links must not work. */
export async function retireOpenPasswordResets(db: DbOrTx, personId: string): Promise<void> {
  await db
    .update(passwordResets)
    .set({ usedAt: new Date() })
    .where(and(eq(passwordResets.personId, personId), isNull(passwordResets.usedAt)));
}

export async function deletePasswordResetsOfPerson(db: DbOrTx, personId: string) {
  await db.delete(passwordResets).where(eq(passwordResets.personId, personId));
}

// --- erasure requests -----------------------------------------------------------------------------

const erasureColumns = {
  id: erasureRequests.id,
  personId: erasureRequests.personId,
  personName: people.displayName,
  partnershipId: erasureRequests.partnershipId,
  reason: erasureRequests.reason,
  status: erasureRequests.status,
  requestedAt: erasureRequests.requestedAt,
  actionedAt: erasureRequests.actionedAt,
  outcome: erasureRequests.outcome,
};

export async function insertErasureRequest(
  db: DbOrTx,
  values: { personId: string; partnershipId: string | null; reason: string },
) {
  const [row] = await db.insert(erasureRequests).values(values).returning({ id: erasureRequests.id });
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findErasureRequest(db: DbOrTx, id: string) {
  const [row] = await db
    .select(erasureColumns)
    .from(erasureRequests)
    .innerJoin(people, eq(people.id, erasureRequests.personId))
    .where(eq(erasureRequests.id, id));
  return row;
}

export async function findErasureRequestsOfPerson(db: DbOrTx, personId: string) {
  return db
    .select(erasureColumns)
    .from(erasureRequests)
    .innerJoin(people, eq(people.id, erasureRequests.personId))
    .where(eq(erasureRequests.personId, personId))
    .orderBy(desc(erasureRequests.requestedAt));
}

export async function findErasureRequestsOfPartnership(db: DbOrTx, partnershipId: string) {
  return (
    db
      .select(erasureColumns)
      .from(erasureRequests)
      .innerJoin(people, eq(people.id, erasureRequests.personId))
      // A person removed from every organisation asks with no partnership; every admin must see it.
      .where(or(eq(erasureRequests.partnershipId, partnershipId), isNull(erasureRequests.partnershipId)))
      .orderBy(asc(erasureRequests.status), desc(erasureRequests.requestedAt))
  );
}

/** Actions an open request; false if someone else actioned it first. */
export async function updateErasureRequest(
  db: DbOrTx,
  id: string,
  values: { status: 'completed' | 'refused'; actionedBy: string; outcome: string },
): Promise<boolean> {
  const rows = await db
    .update(erasureRequests)
    .set({ ...values, actionedAt: new Date() })
    .where(and(eq(erasureRequests.id, id), eq(erasureRequests.status, 'open')))
    .returning({ id: erasureRequests.id });
  return rows.length === 1;
}
