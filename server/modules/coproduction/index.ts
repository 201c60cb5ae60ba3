import type { CairnModule } from '../../kernel/module.js';
import * as repo from './coproduction.repository.js';
import { registerCoproductionRoutes } from './coproduction.routes.js';
import { seedCoproductionDemo } from './coproduction.seed.js';

/** Co-production: groups and meetings, lived-experience seats, the charter, and "You said, we did". */
export const coproductionModule: CairnModule = {
  name: 'coproduction',
  register(app, context) {
    context.personalData.register({
      module: 'coproduction',
      async exportFor(db, personId) {
        const data = await repo.findPersonalData(db, personId);
        return {
          groups: data.memberOf.map((g) => g.name),
          meetingsAttended: data.attended,
          seatsHeld: data.held,
          interestInSeats: data.interests,
          subscriptions: data.subscriptions.map((s) => ({
            priority: s.title,
            unsubscribedAt: s.unsubscribedAt?.toISOString() ?? null,
          })),
          notifications: data.notifications.map((n) => ({ text: n.text, at: n.createdAt.toISOString() })),
        };
      },
      async erase(db, personId) {
        const n = await repo.erasePersonalData(db, personId);
        return (
          `${n.groups} group memberships and ${n.interests} expressions of interest removed; ` +
          `${n.attendance} meeting attendances kept without a name; ${n.seats} seats made vacant; ` +
          `${n.subscriptions} subscriptions and their notifications deleted`
        );
      },
    });
    registerCoproductionRoutes(app, context);
  },
  seedDemo: seedCoproductionDemo,
};
