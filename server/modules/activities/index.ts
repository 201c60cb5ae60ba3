import type { CairnModule } from '../../kernel/module.js';
import * as repo from './activities.repository.js';
import { registerActivitiesRoutes } from './activities.routes.js';
import { seedActivitiesDemo } from './activities.seed.js';

/** Activities, the community offer: proposals, the programme, roles, partners and outreach. */
export const activitiesModule: CairnModule = {
  name: 'activities',
  register(app, context) {
    context.personalData.register({
      module: 'activities',
      async exportFor(db, personId) {
        const data = await repo.findPersonalData(db, personId);
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
        const n = await repo.erasePersonalData(db, personId);
        return (
          `${n.signUps} sign-ups, ${n.profiles} area and community answers, ${n.applications} role ` +
          `applications and ${n.signposts} signposting records deleted; proposals kept without a name`
        );
      },
    });
    registerActivitiesRoutes(app, context);
  },
  seedDemo: seedActivitiesDemo,
};
