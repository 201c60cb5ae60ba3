import { and, asc, count, eq, inArray, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../kernel/db.js';
import {
  activities,
  activityOccurrences,
  activityOutreachProfiles,
  activityOutreachTargets,
  activityPartners,
  activityRoleApplications,
  activityRoles,
  activitySignposts,
  activitySignUps,
} from './activities.tables.js';
import { first, none } from './rows.js';

// The community offer's data: social enterprise roles, partners and signposting, and outreach.

export type RoleRow = typeof activityRoles.$inferSelect;
export type ApplicationRow = typeof activityRoleApplications.$inferSelect;
export type PartnerRow = typeof activityPartners.$inferSelect;
export type SignpostRow = typeof activitySignposts.$inferSelect;

// --- roles ----------------------------------------------------------------------------------------

export async function insertRole(db: DbOrTx, values: typeof activityRoles.$inferInsert) {
  return first(await db.insert(activityRoles).values(values).returning(), 'role');
}

export async function findRole(db: DbOrTx, id: string) {
  const [row] = await db.select().from(activityRoles).where(eq(activityRoles.id, id));
  return row;
}

export async function findRolesOfOrganisation(db: DbOrTx, organisationId: string) {
  return db
    .select()
    .from(activityRoles)
    .where(eq(activityRoles.organisationId, organisationId))
    .orderBy(asc(activityRoles.title));
}

export async function insertApplication(db: DbOrTx, values: typeof activityRoleApplications.$inferInsert) {
  const rows = await db.insert(activityRoleApplications).values(values).onConflictDoNothing().returning();
  return rows[0];
}

export async function findApplication(db: DbOrTx, id: string) {
  const [row] = await db.select().from(activityRoleApplications).where(eq(activityRoleApplications.id, id));
  return row;
}

export async function findApplicationsOfRoles(db: DbOrTx, roleIds: string[]) {
  if (roleIds.length === 0) return none<ApplicationRow>();
  return db
    .select()
    .from(activityRoleApplications)
    .where(inArray(activityRoleApplications.roleId, roleIds))
    .orderBy(asc(activityRoleApplications.createdAt));
}

export async function setApplicationStatus(db: DbOrTx, id: string, status: ApplicationRow['status']) {
  await db.update(activityRoleApplications).set({ status }).where(eq(activityRoleApplications.id, id));
}

// --- partners -------------------------------------------------------------------------------------

export async function insertPartner(db: DbOrTx, values: typeof activityPartners.$inferInsert) {
  return first(await db.insert(activityPartners).values(values).returning(), 'partner');
}

export async function findPartner(db: DbOrTx, id: string) {
  const [row] = await db.select().from(activityPartners).where(eq(activityPartners.id, id));
  return row;
}

export async function findPartnersOfOrganisation(db: DbOrTx, organisationId: string) {
  return db
    .select()
    .from(activityPartners)
    .where(eq(activityPartners.organisationId, organisationId))
    .orderBy(asc(activityPartners.name));
}

export async function insertSignpost(db: DbOrTx, values: typeof activitySignposts.$inferInsert) {
  return first(await db.insert(activitySignposts).values(values).returning(), 'signpost');
}

// --- outreach -------------------------------------------------------------------------------------

export async function replaceTargets(
  db: DbOrTx,
  organisationId: string,
  targets: { kind: 'area' | 'community'; value: string }[],
) {
  await db.delete(activityOutreachTargets).where(eq(activityOutreachTargets.organisationId, organisationId));
  if (targets.length > 0) {
    await db
      .insert(activityOutreachTargets)
      .values(targets.map((t) => ({ ...t, organisationId })))
      .onConflictDoNothing();
  }
}

export async function findTargets(db: DbOrTx, organisationId: string) {
  return db
    .select()
    .from(activityOutreachTargets)
    .where(eq(activityOutreachTargets.organisationId, organisationId))
    .orderBy(asc(activityOutreachTargets.value));
}

export async function findProfile(db: DbOrTx, organisationId: string, personId: string) {
  const [row] = await db
    .select()
    .from(activityOutreachProfiles)
    .where(
      and(
        eq(activityOutreachProfiles.organisationId, organisationId),
        eq(activityOutreachProfiles.personId, personId),
      ),
    );
  return row;
}

export async function upsertProfile(
  db: DbOrTx,
  values: {
    organisationId: string;
    personId: string;
    postcodeDistrict: string | null;
    community: string | null;
  },
) {
  await db
    .insert(activityOutreachProfiles)
    .values(values)
    .onConflictDoUpdate({
      target: [activityOutreachProfiles.organisationId, activityOutreachProfiles.personId],
      set: { postcodeDistrict: values.postcodeDistrict, community: values.community, updatedAt: new Date() },
    });
}

export async function deleteProfile(db: DbOrTx, organisationId: string, personId: string) {
  await db
    .delete(activityOutreachProfiles)
    .where(
      and(
        eq(activityOutreachProfiles.organisationId, organisationId),
        eq(activityOutreachProfiles.personId, personId),
      ),
    );
}

export async function findProfilesOfOrganisation(db: DbOrTx, organisationId: string) {
  return db
    .select()
    .from(activityOutreachProfiles)
    .where(eq(activityOutreachProfiles.organisationId, organisationId));
}

/** Non-cancelled sign-ups to an organisation's activities, per person. */
export async function countSignUpsByPerson(db: DbOrTx, organisationId: string) {
  return db
    .select({ personId: activitySignUps.personId, n: count() })
    .from(activitySignUps)
    .innerJoin(activityOccurrences, eq(activityOccurrences.id, activitySignUps.occurrenceId))
    .innerJoin(activities, eq(activities.id, activityOccurrences.activityId))
    .where(and(eq(activities.organisationId, organisationId), ne(activitySignUps.status, 'cancelled')))
    .groupBy(activitySignUps.personId);
}
