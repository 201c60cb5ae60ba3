// Load-and-check-access for involvement: each answers 404 to anyone who may not see the thing.
import type { Actor } from '../../../kernel/access.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { notFound } from '../../../kernel/errors.js';
import { canCoordinate, canKeepRecordsOf, isInPartnership } from '../people.policy.js';
import * as peopleRepo from '../people.repository.js';
import * as repo from './involvement.repository.js';

/** The person, if the actor may keep their records; otherwise simply not found. */
export async function requireRecordsOf(db: DbOrTx, actor: Actor, personId: string) {
  const person = await peopleRepo.findPerson(db, personId);
  if (!person || person.erasedAt) throw notFound('person');
  if (personId === actor.personId) return person;
  const organisationIds = await repo.findOrganisationIdsOfPerson(db, personId);
  if (!canKeepRecordsOf(actor, personId, organisationIds)) throw notFound('person');
  return person;
}

/** A training record the actor may keep (their own, or a member's of an organisation they coordinate). */
export async function loadKeptTraining(db: DbOrTx, actor: Actor, trainingId: string) {
  const row = await repo.findTraining(db, trainingId);
  if (!row) throw notFound('trainingRecord');
  await requireRecordsOf(db, actor, row.personId).catch(() => {
    throw notFound('trainingRecord');
  });
  return row;
}

/** An organisation the actor coordinates. */
export async function requireCoordinatedOrganisation(db: DbOrTx, actor: Actor, organisationId: string) {
  const organisation = await peopleRepo.findOrganisation(db, organisationId);
  if (!organisation || !canCoordinate(actor, organisationId)) throw notFound('organisation');
  return organisation;
}

/** An entry in the log of an organisation the actor coordinates. */
export async function loadCoordinatedEntry(db: DbOrTx, actor: Actor, entryId: string) {
  const row = await repo.findEntry(db, entryId);
  if (!row || !canCoordinate(actor, row.organisationId)) throw notFound('entry');
  return row;
}

/** An opportunity of the actor's partnership. */
export async function loadOpportunity(db: DbOrTx, actor: Actor, opportunityId: string) {
  const row = await repo.findOpportunity(db, opportunityId);
  if (!row || !isInPartnership(actor, row.organisationId)) throw notFound('opportunity');
  return row;
}
