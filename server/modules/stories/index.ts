import type { CairnModule } from '../../kernel/module.js';
import { registerConsentRoutes } from './consent/consent.routes.js';
import { remindExpiringConsents } from './consent/expiry-reminders.js';
import { registerMediaRoutes } from './media/media.routes.js';
import { eraseStoriesData, exportStoriesData } from './personal-data.js';
import { escalateUnansweredAlerts } from './safeguarding/escalate-alerts.js';
import { registerSafeguardingRoutes } from './safeguarding/safeguarding.routes.js';
import { registerShowcaseRoutes } from './showcase/showcase.routes.js';
import { registerStoriesRoutes } from './stories.routes.js';
import { seedStoriesDemo } from './stories.seed.js';

export { foldConsent, allows as consentAllows } from './consent/index.js';
/** The consent each story's words rest on now, for outputs that must follow it (briefings). */
export { findConsentBases, type ConsentBasis } from './consent/index.js';
export { analystOrganisations } from './stories.policy.js';
/** What analysis may code, checked on every read (consent, safeguarding hold, de-identification). */
export { findAnalysableStories } from './analysable.repository.js';
/** For the community offer's reach view: submitted stories per storyteller, never drafts or withdrawn ones. */
export { countStoriesByStoryteller } from './stories.repository.js';
/** The search query itself, for the search benchmark (bench/stories.bench.ts). */
export {
  searchStories as searchStoriesForBench,
  type SearchStatement as StorySearchStatement,
} from './search.repository.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

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
    registerMediaRoutes(app, context);
    registerShowcaseRoutes(app, context);
    registerSafeguardingRoutes(app, context);
    registerConsentRoutes(app, context);
  },
  seedDemo: seedStoriesDemo,
  jobs: (context) => [
    {
      name: 'stories.remind-expiring-consents',
      everyMs: HOUR_MS,
      run: (now) => remindExpiringConsents(context, now),
    },
    {
      // An alert nobody picked up must reach someone soon after its time runs out.
      name: 'stories.escalate-unanswered-alerts',
      everyMs: MINUTE_MS,
      run: (now) => escalateUnansweredAlerts(context, now),
    },
  ],
};
