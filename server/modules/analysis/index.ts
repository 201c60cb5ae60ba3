import type { CairnModule } from '../../kernel/module.js';
import { registerAnalysisRoutes } from './analysis.routes.js';
import { seedAnalysisDemo } from './analysis.seed.js';

export { findKeyMessagesOfOrganisation } from './analysis.service.js';

/** Analysis: peer researchers code stories together, agree, and turn themes into key messages. */
export const analysisModule: CairnModule = {
  name: 'analysis',
  register(app, context) {
    registerAnalysisRoutes(app, context);
  },
  seedDemo: seedAnalysisDemo,
};
