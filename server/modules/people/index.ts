import type { CairnModule } from '../../kernel/module.js';
import { registerPeopleRoutes } from './people.routes.js';
import { seedPeopleDemo } from './people.seed.js';
import { erasePeopleData, exportPeopleData } from './people.service.js';

export {
  createPartnershipAdmin,
  findOrganisationById,
  findOrganisationsOfPartnership,
  findPeopleWithRole,
  findPersonIdByEmail,
  findPersonSummary,
  resolveActor,
} from './people.service.js';
export { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_PARTNERSHIP, demoActor, hasAnyPartnership } from './people.seed.js';

/** People: partnerships, organisations, accounts, memberships and roles, and data rights. */
export const peopleModule: CairnModule = {
  name: 'people',
  register(app, context) {
    context.personalData.register({ module: 'people', exportFor: exportPeopleData, erase: erasePeopleData });
    registerPeopleRoutes(app, context);
  },
  seedDemo: seedPeopleDemo,
};
