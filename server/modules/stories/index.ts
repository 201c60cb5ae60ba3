import type { CairnModule } from '../../kernel/module.js';
import { registerStoriesRoutes } from './stories.routes.js';
import { seedStoriesDemo } from './stories.seed.js';
import { eraseStoriesData, exportStoriesData, remindExpiringConsents } from './stories.service.js';

export { foldConsent, allows as consentAllows } from './consent.js';
export { analystOrganisations } from './stories.policy.js';
/** What analysis may code, checked on every read (consent, safeguarding hold, de-identification). */
export { findAnalysableStories } from './stories.repository.js';
/** For the community offer's reach view: submitted stories per storyteller, never drafts or withdrawn ones. */
export { countStoriesByStoryteller } from './stories.repository.js';
/** The search query itself, for the search benchmark (bench/stories.bench.ts). */
export { searchStories as searchStoriesForBench } from './stories.repository.js';

/** Stories: capture with consent, de-identification review, safeguarding and the public showcase. */
export const storiesModule: CairnModule = {
  name: 'stories',
  register(app, context) {
    context.personalData.register({
      module: 'stories',
      exportFor: (db, personId) => exportStoriesData(context, db, personId),
      erase: (db, personId) => eraseStoriesData(context, db, personId),
    });
    registerStoriesRoutes(app, context);
  },
  seedDemo: seedStoriesDemo,
  startJobs(context) {
    const run = () =>
      void remindExpiringConsents(context).catch((error: unknown) =>
        context.logError('Could not send consent expiry reminders', error),
      );
    const timer = setInterval(run, 60 * 60 * 1000);
    timer.unref();
    run();
    return () => clearInterval(timer);
  },
};
