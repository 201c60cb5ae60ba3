import type { CairnModule } from '../../kernel/module.js';
import { seedActivitiesDemo } from './activities.seed.js';
import { registerCommunityRoutes } from './community.routes.js';
import { activitiesPersonalData } from './personal-data.js';
import { registerProgrammeRoutes } from './programme.routes.js';
import { STOP_PLACE_OFFERS, stopPlaceOffers } from './stop-place-offers.js';

/** Activities, the community offer: proposals, the programme, roles, partners and outreach. */
export const activitiesModule: CairnModule = {
  name: 'activities',
  register(app, context) {
    context.personalData.register(activitiesPersonalData);
    context.news.registerStop(STOP_PLACE_OFFERS, stopPlaceOffers());
    registerProgrammeRoutes(app, context);
    registerCommunityRoutes(app, context);
  },
  seedDemo: seedActivitiesDemo,
};
