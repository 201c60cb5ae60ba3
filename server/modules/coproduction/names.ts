import type { DbOrTx } from '../../kernel/db.js';
import { findOrganisationsOfPartnership, findPersonSummary } from '../people/index.js';

/** Display names of people; someone erased shows as "Former member". */
export async function namesOf(db: DbOrTx, personIds: Iterable<string>): Promise<Map<string, string>> {
  const ids = [...new Set(personIds)];
  const people = await Promise.all(ids.map((id) => findPersonSummary(db, id)));
  return new Map(ids.map((id, i) => [id, people[i]?.displayName ?? 'Former member']));
}

/** Names of the partnership's organisations, by id (none without a partnership). */
export async function organisationNames(db: DbOrTx, partnershipId: string | null) {
  if (!partnershipId) return new Map<string, string>();
  const rows = await findOrganisationsOfPartnership(db, partnershipId);
  return new Map(rows.map((o) => [o.id, o.name]));
}
