import type { CairnModule } from '../../kernel/module.js';
import { registerInvolvementRoutes } from './people.involvement.routes.js';
import { remindTrainingRefreshes } from './people.involvement.service.js';
import { registerPeopleRoutes } from './people.routes.js';
import { seedPeopleDemo } from './people.seed.js';
import { erasePeopleData, exportPeopleData } from './people.service.js';

export {
  createPartnershipAdmin,
  findOrganisationById,
  findOrganisationsOfPartnership,
  findPeopleWithRole,
  findSafeguardingContacts,
  findPersonIdByEmail,
  findPersonSummary,
  resolveActor,
} from './people.service.js';
export { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_PARTNERSHIP, demoActor, hasAnyPartnership } from './people.seed.js';
/** The involvement log, for other modules to write to inside their own transactions (meeting attendance). */
export {
  recordInvolvement,
  removeInvolvementFromSource,
  type InvolvementRecord,
} from './people.involvement.service.js';

const DAY_MS = 86_400_000;

/** People: partnerships, organisations, accounts, memberships and roles, involvement, and data rights. */
export const peopleModule: CairnModule = {
  name: 'people',
  register(app, context) {
    context.personalData.register({ module: 'people', exportFor: exportPeopleData, erase: erasePeopleData });
    registerPeopleRoutes(app, context);
    registerInvolvementRoutes(app, context);
  },
  seedDemo: seedPeopleDemo,
  jobs: (context) => [
    {
      // The claim marks each refresh date as warned, so no mail is ever repeated.
      name: 'people.remind-training-refreshes',
      everyMs: DAY_MS,
      run: (now) => remindTrainingRefreshes(context, now),
    },
  ],
};
