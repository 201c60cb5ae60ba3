import { VOUCHER_WARNING } from '../../../../contracts/people.js';
import type { DbOrTx } from '../../../kernel/db.js';
import * as repo from './involvement.repository.js';
import { toEntry, toTraining } from './presenters.js';

/** A person's training, log entries and expressions of interest, for their data export. */
export async function exportInvolvementData(db: DbOrTx, personId: string) {
  const [training, entries, interests] = await Promise.all([
    repo.findTrainingOfPerson(db, personId),
    repo.findEntriesOfPerson(db, personId),
    repo.findInterestsOfPerson(db, personId),
  ]);
  return {
    training: training.map(toTraining),
    involvement: entries.map(toEntry),
    paymentWarning: VOUCHER_WARNING,
    opportunityInterests: interests.map((i) => ({
      opportunity: i.title,
      note: i.note,
      at: i.createdAt.toISOString(),
    })),
  };
}

/** Deletes a person's training and interests; their log entries stay, without a name, for the accounts. */
export async function eraseInvolvementData(db: DbOrTx, personId: string): Promise<string> {
  const training = await repo.deleteTrainingOfPerson(db, personId);
  const interests = await repo.deleteInterestsOfPerson(db, personId);
  const entries = await repo.unlinkEntriesOfPerson(db, personId);
  return (
    `${training} training records and ${interests} expressions of interest deleted; ` +
    `${entries} involvement log entries kept without a name for the accounts`
  );
}
