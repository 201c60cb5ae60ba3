import { ROLES } from '../../../contracts/people.js';
import type { DbOrTx } from '../../kernel/db.js';
import { invalidField } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import { findPeopleWithRole } from '../people/index.js';

/** The fields of a partial update that were actually sent. */
export function defined<T extends object>(input: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

/** Everyone with a membership of the organisation, by person id. */
async function membersOfOrganisation(db: DbOrTx, organisationId: string) {
  const lists = await Promise.all(ROLES.map((role) => findPeopleWithRole(db, organisationId, role)));
  return new Map(lists.flat().map((p) => [p.personId, p]));
}

/** Refuses people who are not in the organisation, naming the field that holds them. */
export async function requireMembers(
  db: DbOrTx,
  organisationId: string,
  ids: { path: string; personId: string }[],
) {
  if (ids.length === 0) return;
  const members = await membersOfOrganisation(db, organisationId);
  const outside = ids.find((i) => !members.has(i.personId));
  if (outside) {
    throw invalidField(outside.path, message('problems.chooseMember'));
  }
}
