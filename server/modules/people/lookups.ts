import { languageFor } from '../../kernel/i18n.js';
// What other modules may ask the people module (through index.ts): organisations, people and
// who holds a role, never more than the question needs.
import type { Role } from '../../../contracts/people.js';
import type { DbOrTx } from '../../kernel/db.js';
import * as repo from './people.repository.js';
import { toOrganisation } from './presenters.js';

/** An organisation's id, name and partnership, or undefined. */
export async function findOrganisationById(db: DbOrTx, organisationId: string) {
  const row = await repo.findOrganisation(db, organisationId);
  return row ? toOrganisation(row) : undefined;
}

/** The organisations of a partnership, by name. */
export async function findOrganisationsOfPartnership(db: DbOrTx, partnershipId: string) {
  const rows = await repo.findOrganisationsInPartnership(db, partnershipId);
  return rows.map(toOrganisation);
}

/** People holding a role in an organisation (e.g. its safeguarding leads), for notifications. */
export async function findPeopleWithRole(db: DbOrTx, organisationId: string, role: Role) {
  const rows = (await repo.findMembersOfOrganisation(db, organisationId)).filter((m) => m.role === role);
  const languages = await repo.findLanguagesOfPeople(
    db,
    rows.map((m) => m.personId),
  );
  return rows.map((m) => ({
    personId: m.personId,
    email: m.email,
    displayName: m.displayName,
    /** The language to write to them in. */
    language: languageFor(languages.get(m.personId)),
  }));
}

/**
 * Everyone in a partnership who may be asked to act on a safeguarding alert: the safeguarding
 * leads of each organisation and the partnership's admins, with how to reach them urgently.
 */
export async function findSafeguardingContacts(db: DbOrTx, partnershipId: string) {
  const rows = await repo.findPeopleWithRolesInPartnership(db, partnershipId, [
    'safeguarding_lead',
    'partnership_admin',
  ]);
  return rows.map((row) => ({
    personId: row.personId,
    organisationId: row.organisationId,
    role: row.role,
    email: row.email,
    displayName: row.displayName,
    mobileNumber: row.mobileNumber,
    language: languageFor(row.language),
  }));
}

/** A person's display name, email and mobile number, or undefined once erased. */
export async function findPersonSummary(db: DbOrTx, personId: string) {
  const person = await repo.findPerson(db, personId);
  if (!person || person.erasedAt) return undefined;
  return {
    id: person.id,
    displayName: person.displayName,
    email: person.email,
    mobileNumber: person.mobileNumber,
    /** The language to write to them in: their saved choice, else English. */
    language: languageFor(person.language),
  };
}

/** Display names of several people at once, by id; erased people are left out. */
export async function findDisplayNames(db: DbOrTx, personIds: readonly string[]) {
  const rows = await repo.findNamesOfPeople(db, [...new Set(personIds)]);
  return new Map(rows.filter((row) => !row.erasedAt).map((row) => [row.id, row.displayName]));
}

/** A person's id by email (used by other modules' demo data). */
export async function findPersonIdByEmail(db: DbOrTx, email: string): Promise<string | undefined> {
  return (await repo.findPersonByEmail(db, email))?.id;
}
