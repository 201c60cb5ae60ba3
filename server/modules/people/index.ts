import type { CairnModule } from '../../kernel/module.js';
import { registerInvolvementRoutes, remindTrainingRefreshes } from './involvement/index.js';
import { registerPeopleRoutes } from './people.routes.js';
import { seedPeopleDemo } from './people.seed.js';
import { erasePeopleData, exportPeopleData } from './personal-data.js';

export { createPartnershipAdmin } from './create-admin.js';
export { createPartnership } from './create-partnership.js';
export {
  findContactWritingLanguage,
  findOrganisationById,
  findOrganisationsOfPartnership,
  findPeopleWithRole,
  findSafeguardingContacts,
  findDisplayNames,
  findPersonIdByEmail,
  findPersonSummary,
} from './lookups.js';
export { resolveActor } from './me.js';
export { visitorLanguages } from './visitor-languages.js';
export { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_PARTNERSHIP, demoActor, hasAnyPartnership } from './people.seed.js';
/** The involvement log, for other modules to write to inside their own transactions (meeting attendance). */
export {
  recordInvolvement,
  removeInvolvementFromSource,
  type InvolvementRecord,
} from './involvement/index.js';

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
