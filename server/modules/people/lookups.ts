import { SOURCE_LANGUAGE, type LanguageCode } from '../../../contracts/languages.js';
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
/**
 * The language to write to each person in: their saved choice when their partnership still offers
 * it, else English. By person id.
 */
export async function findWritingLanguages(
  db: DbOrTx,
  people: readonly { id: string; language: string | null }[],
): Promise<Map<string, LanguageCode>> {
  const offered = await repo.findOfferedLanguagesOfPeople(
    db,
    people.map((person) => person.id),
  );
  return new Map(people.map((person) => [person.id, languageFor(person.language, offered.get(person.id))]));
}

/**
 * The language to write in to someone the partnership knows only by a contact: the language they
 * left it in, when the partnership still offers it, else English.
 */
export async function findContactWritingLanguage(
  db: DbOrTx,
  partnershipId: string,
  saved: string | null,
): Promise<LanguageCode> {
  if (saved === null) return SOURCE_LANGUAGE;
  return languageFor(saved, (await repo.findPartnership(db, partnershipId))?.languages);
}

/** The language to write to one person in (see findWritingLanguages). */
export async function findWritingLanguage(db: DbOrTx, person: { id: string; language: string | null }) {
  return (await findWritingLanguages(db, [person])).get(person.id) ?? SOURCE_LANGUAGE;
}

export async function findPeopleWithRole(db: DbOrTx, organisationId: string, role: Role) {
  const rows = (await repo.findMembersOfOrganisation(db, organisationId)).filter((m) => m.role === role);
  const saved = await repo.findLanguagesOfPeople(
    db,
    rows.map((m) => m.personId),
  );
  const languages = await findWritingLanguages(
    db,
    rows.map((m) => ({ id: m.personId, language: saved.get(m.personId) ?? null })),
  );
  return rows.map((m) => ({
    personId: m.personId,
    email: m.email,
    displayName: m.displayName,
    /** The language to write to them in. */
    language: languages.get(m.personId) ?? SOURCE_LANGUAGE,
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
  const languages = await findWritingLanguages(
    db,
    rows.map((row) => ({ id: row.personId, language: row.language })),
  );
  return rows.map((row) => ({
    personId: row.personId,
    organisationId: row.organisationId,
    role: row.role,
    email: row.email,
    displayName: row.displayName,
    mobileNumber: row.mobileNumber,
    language: languages.get(row.personId) ?? SOURCE_LANGUAGE,
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
    /** The language to write to them in: their saved choice, if still offered, else English. */
    language: await findWritingLanguage(db, person),
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
