import type { CairnModule } from '../../kernel/module.js';
import { registerAnalysisRoutes } from './analysis.routes.js';
import { seedAnalysisDemo } from './analysis.seed.js';
import { noticeLostConsent } from './consent-check.js';

export { findKeyMessagesOfOrganisation } from './analysis.service.js';

const HOUR_MS = 60 * 60 * 1000;

/** Analysis: peer researchers code stories together, agree, and turn themes into key messages. */
export const analysisModule: CairnModule = {
  name: 'analysis',
  register(app, context) {
    registerAnalysisRoutes(app, context);
  },
  seedDemo: seedAnalysisDemo,
  startJobs(context) {
    // Hourly, and at start: consent expires with time, not only with a request. Each notice is
    // recorded once across instances (see `noticeLostConsent`), so every instance may run it.
    const run = () =>
      void noticeLostConsent(context).catch((error: unknown) =>
        context.logError('Could not check quotes against consent', error),
      );
    const timer = setInterval(run, HOUR_MS);
    timer.unref();
    run();
    return () => clearInterval(timer);
  },
};
