import type { DbOrTx } from '../../kernel/db.js';
import type { ModuleContext } from '../../kernel/module.js';
import type { PersonalDataHandler } from '../../kernel/personal-data.js';
import * as repo from './cafes.repository.js';

/** A person's café seats (with the ideas they left) and sign-ups, for their data and for erasure. */
export function cafesPersonalData(context: ModuleContext): PersonalDataHandler {
  return {
    module: 'cafes',
    exportFor: (db, personId) => exportCafesData(context, db, personId),
    async erase(db, personId) {
      // Contacts left with help offers go before the seats are unlinked from the person.
      const helpContacts = await repo.eraseHelpContactsOfPerson(db, personId);
      const rows = await repo.anonymiseParticipationsOfPerson(db, personId);
      const signUps = await repo.deleteSignUpsOfPerson(db, personId);
      return `${rows.length} café seats unlinked; names, contacts, areas and communities removed; ideas kept without a name; ${helpContacts.length} contacts left with offers to help removed; ${signUps.length} sign-ups deleted`;
    },
  };
}

async function exportCafesData(context: ModuleContext, db: DbOrTx, personId: string) {
  const rows = await repo.findParticipationsOfPerson(db, personId);
  return Promise.all(
    rows.map(async ({ participant, cafeTitle, startsAt }) => ({
      cafe: cafeTitle,
      date: startsAt?.toISOString() ?? null,
      displayName: participant.displayName,
      area: participant.postcodeDistrict,
      community: participant.community,
      contact: participant.contactEncrypted ? context.cipher.decrypt(participant.contactEncrypted) : null,
      ideas: (await repo.findIdeasOfParticipant(db, participant.id)).map((i) => i.text),
    })),
  ).then(async (seats) => ({
    seats,
    offersToHelp: (await repo.findHelpContactsOfPerson(db, personId)).map((offer) => ({
      idea: offer.ideaText,
      contact: offer.contactEncrypted ? context.cipher.decrypt(offer.contactEncrypted) : null,
      offeredAt: offer.tickedAt.toISOString(),
    })),
    signUps: (await repo.findSignUpsOfPerson(db, personId)).map(({ signUp, cafeTitle, startsAt }) => ({
      cafe: cafeTitle,
      date: startsAt?.toISOString() ?? null,
      name: context.cipher.decrypt(signUp.nameEncrypted),
      contact: signUp.contactEncrypted ? context.cipher.decrypt(signUp.contactEncrypted) : null,
      accessNeeds: signUp.accessNeedsEncrypted ? context.cipher.decrypt(signUp.accessNeedsEncrypted) : null,
      signedUpAt: signUp.createdAt.toISOString(),
    })),
  }));
}
