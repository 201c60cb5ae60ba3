import type { CairnModule } from '../../kernel/module.js';
import { registerAnalysisRoutes } from './analysis.routes.js';
import { seedAnalysisDemo } from './analysis.seed.js';
import { noticeLostConsent } from './consent-check.js';
import { registerDownloadRoutes } from './downloads.routes.js';
import { analysisPersonalData } from './personal-data.js';
import { registerSynthesisRoutes } from './synthesis.routes.js';

export { findKeyMessagesOfOrganisation } from './synthesis.js';

const HOUR_MS = 60 * 60 * 1000;

/** Analysis: peer researchers code stories together, agree, and turn themes into key messages. */
export const analysisModule: CairnModule = {
  name: 'analysis',
  register(app, context) {
    registerAnalysisRoutes(app, context);
    registerSynthesisRoutes(app, context);
    registerDownloadRoutes(app, context);
    context.personalData.register(analysisPersonalData);
  },
  seedDemo: seedAnalysisDemo,
  jobs: (context) => [
    {
      // Consent expires with time, not only with a request. Each notice is recorded once.
      name: 'analysis.notice-lost-consent',
      everyMs: HOUR_MS,
      run: (now) => noticeLostConsent(context, now),
    },
  ],
};
