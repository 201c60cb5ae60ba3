import type { CairnModule } from '../../kernel/module.js';
import { registerStoriesRoutes } from './stories.routes.js';
import { seedStoriesDemo } from './stories.seed.js';
import { eraseStoriesData, exportStoriesData } from './stories.service.js';

export { foldConsent, allows as consentAllows } from './consent.js';
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
};
