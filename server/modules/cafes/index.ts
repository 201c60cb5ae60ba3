import type { CairnModule } from '../../kernel/module.js';
import { createCafeLive } from './cafes.live.js';
import { registerCafesRoutes } from './cafes.routes.js';

export { findPriorityContacts, findSentPriorities } from './cafes.harvest.js';

/** Recovery Conversation Cafés: plan, join by code, add ideas, prioritise live. */
export const cafesModule: CairnModule = {
  name: 'cafes',
  async register(app, context) {
    const live = createCafeLive(context);
    await live.start();
    app.addHook('onClose', async () => live.stop());
    registerCafesRoutes(app, context, live);
  },
};
