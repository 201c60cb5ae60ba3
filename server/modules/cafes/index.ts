import type { DbOrTx } from '../../kernel/db.js';
import type { CairnModule } from '../../kernel/module.js';
import { createCafeLive, registerBoardRoutes } from './board/index.js';
import * as repo from './cafes.repository.js';
import { seedCafesDemo } from './cafes.seed.js';
import { registerHarvestRoutes } from './harvest/index.js';
import { registerModerationRoutes } from './moderation/index.js';
import { cafesPersonalData } from './personal-data.js';
import { registerPlanningRoutes } from './planning/index.js';
import { registerRunningRoutes } from './running/index.js';
import { registerTableHostRoutes } from './table-hosts/index.js';
import { pruneRequestKeys } from './request-keys.js';
import { registerVotingRoutes } from './voting/index.js';

export { findPriorityContacts, findPriorityHelpers, findSentPriorities } from './harvest/index.js';

/**
 * For the community offer's reach view: one row per place taken at the organisation's cafés, with the
 * area and community the participant gave when joining (null when they gave none). personId is set
 * when they were signed in. Read only to be counted in totals of 5 or more.
 */
export async function findCafeParticipantPlaces(
  db: DbOrTx,
  organisationId: string,
): Promise<{ personId: string | null; postcodeDistrict: string | null; community: string | null }[]> {
  return repo.findParticipantPlacesOfOrganisation(db, organisationId);
}

/** Recovery Conversation Cafés: plan, join by code, add ideas, prioritise live. */
export const cafesModule: CairnModule = {
  name: 'cafes',
  async register(app, context) {
    context.personalData.register(cafesPersonalData(context));
    const live = createCafeLive(context);
    await live.start();
    app.addHook('onClose', async () => live.stop());
    registerPlanningRoutes(app, context);
    registerRunningRoutes(app, context);
    registerBoardRoutes(app, context, live);
    registerVotingRoutes(app, context);
    registerModerationRoutes(app, context);
    registerHarvestRoutes(app, context);
    registerTableHostRoutes(app, context, live);
  },
  seedDemo: seedCafesDemo,
  jobs: (context) => [
    {
      // Beside the kernel's clean-ups of sessions and rate-limit windows: spent keys only take room.
      name: 'cafes.prune-request-keys',
      everyMs: 60 * 60_000,
      run: (now) => pruneRequestKeys(context, now),
    },
  ],
};
