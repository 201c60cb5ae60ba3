import type { PublicPartnerships } from '../../../contracts/people.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './people.repository.js';

/**
 * Names and ids only, for anyone: the public programme and "You said, we did" already show these
 * names, and without the ids someone signed out could not reach those pages at all.
 */
export async function findPublicPartnerships(context: ModuleContext): Promise<PublicPartnerships> {
  const rows = await repo.findPartnershipsWithOrganisations(context.db);
  return {
    partnerships: rows.map(({ partnership, organisations }) => ({
      id: partnership.id,
      name: partnership.name,
      organisations: organisations.map((organisation) => ({ id: organisation.id, name: organisation.name })),
    })),
  };
}
