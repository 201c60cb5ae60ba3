import type { Cafe } from '../../../../contracts/cafes.js';
import type { Actor } from '../../../kernel/access.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { loadCafe, requireFacilitator } from '../cafe-loader.js';
import { mayRunCafe } from '../cafes.policy.js';
import * as repo from '../cafes.repository.js';

/** Every café of the organisations the person may run cafés for, the latest start first. */
export async function findCafes(context: ModuleContext, actor: Actor): Promise<Cafe[]> {
  const organisations = [
    ...new Set([...actor.memberships.map((m) => m.organisationId), ...actor.partnershipOrganisationIds]),
  ].filter((id) => mayRunCafe(actor, id));
  const rows = await repo.findCafesOfOrganisations(context.db, organisations);
  return Promise.all(rows.map(async (row) => (await loadCafe(context.db, row.id)).cafe));
}

/** One café as its facilitators see it. */
export async function getCafe(context: ModuleContext, actor: Actor, cafeId: string): Promise<Cafe> {
  return (await requireFacilitator(context, actor, cafeId)).cafe;
}
