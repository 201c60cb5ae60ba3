import type { CairnModule } from '../../kernel/module.js';
import { registerCoproductionRoutes } from './coproduction.routes.js';
import { seedCoproductionDemo } from './coproduction.seed.js';
import { coproductionPersonalData } from './personal-data.js';

/** Co-production: groups and meetings, lived-experience seats, the charter, and "You said, we did". */
export const coproductionModule: CairnModule = {
  name: 'coproduction',
  register(app, context) {
    context.personalData.register(coproductionPersonalData);
    registerCoproductionRoutes(app, context);
  },
  seedDemo: seedCoproductionDemo,
};
