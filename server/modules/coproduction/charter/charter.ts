import { LADDER } from '../../../../contracts/coproduction.js';
import type { Actor } from '../../../kernel/access.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findOrganisationsOfPartnership } from '../../people/index.js';
import { partnershipOrganisation } from '../organisation-loader.js';
import { toCharter } from './charter-presenter.js';
import * as repo from './charter.repository.js';

/** One organisation's commitments, for anyone in its partnership. */
export async function getCharter(context: ModuleContext, actor: Actor, organisationId: string) {
  await partnershipOrganisation(context.db, actor, organisationId);
  const rows = await repo.findCharterCommitmentsOfOrganisations(context.db, [organisationId]);
  return { commitments: await toCharter(context.db, actor, rows) };
}

/** Every organisation's commitments with their latest rung: where the partnership stands. */
export async function getPartnershipCharter(context: ModuleContext, actor: Actor) {
  if (!actor.partnershipId) return { ladder: [...LADDER], organisations: [] };
  const organisations = await findOrganisationsOfPartnership(context.db, actor.partnershipId);
  const rows = await repo.findCharterCommitmentsOfOrganisations(
    context.db,
    organisations.map((o) => o.id),
  );
  const commitments = await toCharter(context.db, actor, rows);
  return {
    ladder: [...LADDER],
    organisations: organisations.map((o) => ({
      id: o.id,
      name: o.name,
      commitments: commitments.filter((c) => c.organisationId === o.id),
    })),
  };
}
