import type { ScheduledJob } from './kernel/jobs.js';
import type { CairnModule, ModuleContext } from './kernel/module.js';
import { activitiesModule } from './modules/activities/index.js';
import { analysisModule } from './modules/analysis/index.js';
import { cafesModule } from './modules/cafes/index.js';
import { coproductionModule } from './modules/coproduction/index.js';
import { hasAnyPartnership, peopleModule } from './modules/people/index.js';
import { storiesModule } from './modules/stories/index.js';

export { searchStoriesForBench, type StorySearchStatement } from './modules/stories/index.js';

export {
  resolveActor,
  visitorLanguages,
  createPartnership,
  createPartnershipAdmin,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
} from './modules/people/index.js';

/** Every module, in the order they are registered and seed demo data (later ones build on earlier). */
export const MODULES: readonly CairnModule[] = [
  peopleModule,
  storiesModule,
  cafesModule,
  analysisModule,
  coproductionModule,
  activitiesModule,
];

/** Seeds the fictional demo partnership into an empty database; returns false if data was already there. */
export async function seedDemoPartnership(context: ModuleContext): Promise<boolean> {
  if (await hasAnyPartnership(context)) return false;
  for (const module of MODULES) await module.seedDemo?.(context);
  return true;
}

/** Every module's periodic jobs, for the kernel's scheduler. */
export function moduleJobs(context: ModuleContext): ScheduledJob[] {
  return MODULES.flatMap((module) => module.jobs?.(context) ?? []);
}
