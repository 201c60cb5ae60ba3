import type { DbOrTx } from '../../kernel/db.js';
import type { CairnModule } from '../../kernel/module.js';
import { createCafeLive } from './cafes.live.js';
import * as repo from './cafes.repository.js';
import { registerCafesRoutes } from './cafes.routes.js';
import { seedCafesDemo } from './cafes.seed.js';

export { findPriorityContacts, findSentPriorities } from './cafes.harvest.js';

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
    context.personalData.register({
      module: 'cafes',
      async exportFor(db, personId) {
        const rows = await repo.findParticipationsOfPerson(db, personId);
        return Promise.all(
          rows.map(async ({ participant, cafeTitle, startsAt }) => ({
            cafe: cafeTitle,
            date: startsAt?.toISOString() ?? null,
            displayName: participant.displayName,
            area: participant.postcodeDistrict,
            community: participant.community,
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
        return `${rows.length} café seats unlinked; names, contacts, areas and communities removed; ideas kept without a name; ${signUps.length} sign-ups deleted`;
      },
    });
    const live = createCafeLive(context);
    await live.start();
    app.addHook('onClose', async () => live.stop());
    registerCafesRoutes(app, context, live);
  },
  seedDemo: seedCafesDemo,
};
