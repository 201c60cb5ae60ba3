import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../kernel/db.js';
import type { PersonalDataHandler } from '../../kernel/personal-data.js';
import { findSignUpsOfPerson } from './activities.repository.js';
import {
  activityFeedTokens,
  activityOutreachProfiles,
  activityProposalSupports,
  activityProposals,
  activityRoleApplications,
  activitySignposts,
  activitySignUps,
} from './activities.tables.js';

async function findPersonalData(db: DbOrTx, personId: string) {
  const [signUps, profiles, proposals, applications, signposts] = await Promise.all([
    findSignUpsOfPerson(db, personId),
    db.select().from(activityOutreachProfiles).where(eq(activityOutreachProfiles.personId, personId)),
    db.select().from(activityProposals).where(eq(activityProposals.proposedBy, personId)),
    db.select().from(activityRoleApplications).where(eq(activityRoleApplications.personId, personId)),
    db.select().from(activitySignposts).where(eq(activitySignposts.personId, personId)),
  ]);
  return { signUps, profiles, proposals, applications, signposts };
}

async function erasePersonalData(db: DbOrTx, personId: string) {
  const signUps = await db.delete(activitySignUps).where(eq(activitySignUps.personId, personId)).returning();
  const profiles = await db
    .delete(activityOutreachProfiles)
    .where(eq(activityOutreachProfiles.personId, personId))
    .returning();
  await db.delete(activityProposalSupports).where(eq(activityProposalSupports.personId, personId));
  await db.delete(activityFeedTokens).where(eq(activityFeedTokens.personId, personId));
  const applications = await db
    .delete(activityRoleApplications)
    .where(eq(activityRoleApplications.personId, personId))
    .returning();
  const signposts = await db
    .delete(activitySignposts)
    .where(eq(activitySignposts.personId, personId))
    .returning();
  await db
    .update(activityProposals)
    .set({ proposedBy: null })
    .where(eq(activityProposals.proposedBy, personId));
  return {
    signUps: signUps.length,
    profiles: profiles.length,
    applications: applications.length,
    signposts: signposts.length,
  };
}

/** What "download my data" shows of the community offer, and what erasure removes from it. */
export const activitiesPersonalData: PersonalDataHandler = {
  module: 'activities',
  async exportFor(db, personId) {
    const data = await findPersonalData(db, personId);
    return {
      signUps: data.signUps.map((s) => ({
        startsAt: s.occurrence.startsAt.toISOString(),
        status: s.signUp.status,
        attended: s.signUp.attended,
      })),
      areaAndCommunity: data.profiles.map((p) => ({
        postcodeDistrict: p.postcodeDistrict,
        community: p.community,
      })),
      proposals: data.proposals.map((p) => ({ title: p.title, status: p.status })),
      roleApplications: data.applications.map((a) => ({ message: a.message, status: a.status })),
      signposting: data.signposts.map((s) => ({ consent: s.consent, at: s.createdAt.toISOString() })),
    };
  },
  async erase(db, personId) {
    const n = await erasePersonalData(db, personId);
    return (
      `${n.signUps} sign-ups, ${n.profiles} area and community answers, ${n.applications} role ` +
      `applications and ${n.signposts} signposting records deleted; proposals kept without a name`
    );
  },
};
