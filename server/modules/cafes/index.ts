import type { CairnModule } from '../../kernel/module.js';
import { createCafeLive } from './cafes.live.js';
import * as repo from './cafes.repository.js';
import { registerCafesRoutes } from './cafes.routes.js';

export { findPriorityContacts, findSentPriorities } from './cafes.harvest.js';

/** Recovery Conversation Cafés: plan, join by code, add ideas, prioritise live. */
export const cafesModule: CairnModule = {
  name: 'cafes',
  async register(app, context) {
    context.personalData.register({
      module: 'cafes',
      async exportFor(db, personId) {
        const rows = await repo.findParticipationsOfPerson(db, personId);
        return Promise.all(
          rows.map(async ({ participant, cafeTitle, startsAt }) => ({
            cafe: cafeTitle,
            date: startsAt?.toISOString() ?? null,
            displayName: participant.displayName,
            contact: participant.contactEncrypted
              ? context.cipher.decrypt(participant.contactEncrypted)
              : null,
            ideas: (await repo.findIdeasOfParticipant(db, participant.id)).map((i) => i.text),
          })),
        ).then(async (seats) => ({
          seats,
          signUps: (await repo.findSignUpsOfPerson(db, personId)).map(({ signUp, cafeTitle, startsAt }) => ({
            cafe: cafeTitle,
            date: startsAt?.toISOString() ?? null,
            name: context.cipher.decrypt(signUp.nameEncrypted),
            contact: signUp.contactEncrypted ? context.cipher.decrypt(signUp.contactEncrypted) : null,
            accessNeeds: signUp.accessNeedsEncrypted
              ? context.cipher.decrypt(signUp.accessNeedsEncrypted)
              : null,
            signedUpAt: signUp.createdAt.toISOString(),
          })),
        }));
      },
      async erase(db, personId) {
        const rows = await repo.anonymiseParticipationsOfPerson(db, personId);
        const signUps = await repo.deleteSignUpsOfPerson(db, personId);
        return `${rows.length} café seats unlinked; names and contacts removed; ideas kept without a name; ${signUps.length} sign-ups deleted`;
      },
    });
    const live = createCafeLive(context);
    await live.start();
    app.addHook('onClose', async () => live.stop());
    registerCafesRoutes(app, context, live);
  },
};
