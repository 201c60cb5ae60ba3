import type { z } from 'zod';
import type { CreatePartnerRequestSchema, SignpostRequestSchema } from '../../../contracts/activities.js';
import type { Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { invalidField, notFound } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findPeopleWithRole } from '../people/index.js';
import { mayCoordinate, maySignpost } from './activities.policy.js';
import * as repo from './community.repository.js';
import { loadSignpostingPartner, partnershipOrganisation } from './loaders.js';
import { toPartner, toSignpost } from './presenters.js';

// Partners an organisation works with, and signposting members to them with their consent.

export async function createPartner(
  context: ModuleContext,
  actor: Actor,
  body: z.output<typeof CreatePartnerRequestSchema>,
) {
  if (!mayCoordinate(actor, body.organisationId)) throw notFound('organisation');
  return toPartner(await repo.insertPartner(context.db, body));
}

export async function listPartners(context: ModuleContext, actor: Actor, organisationId: string) {
  await partnershipOrganisation(context.db, actor, organisationId);
  return { partners: (await repo.findPartnersOfOrganisation(context.db, organisationId)).map(toPartner) };
}

/** Everyone a partner may be suggested to: members, and peer supporters and facilitators themselves. */
async function signpostablePeople(context: ModuleContext, organisationId: string) {
  return (
    await Promise.all(
      (['member', 'peer_supporter', 'facilitator'] as const).map((role) =>
        findPeopleWithRole(context.db, organisationId, role),
      ),
    )
  ).flat();
}

/** Names to choose from when signposting: no emails, and only for those who may signpost. */
export async function listSignpostPeople(context: ModuleContext, actor: Actor, organisationId: string) {
  if (!maySignpost(actor, organisationId)) throw notFound('organisation');
  const people = new Map(
    (await signpostablePeople(context, organisationId)).map((p) => [p.personId, p.displayName]),
  );
  return {
    people: [...people]
      .map(([personId, displayName]) => ({ personId, displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB')),
  };
}

/** Signposting is recorded only when the member agreed to it; without consent nothing is stored. */
export async function signpost(
  context: ModuleContext,
  actor: Actor,
  partnerId: string,
  body: z.output<typeof SignpostRequestSchema>,
) {
  const partner = await loadSignpostingPartner(context.db, actor, partnerId);
  if (!body.consent) {
    throw invalidField('consent', message('activities.problems.signpostConsent'));
  }
  const members = await signpostablePeople(context, partner.organisationId);
  if (!members.some((m) => m.personId === body.personId)) {
    throw invalidField('personId', message('problems.chooseMember'));
  }
  const row = await context.db.transaction(async (tx) => {
    const inserted = await repo.insertSignpost(tx, {
      partnerId,
      personId: body.personId,
      consent: true,
      note: body.note,
      signpostedBy: actor.personId,
    });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'activity.signposted',
      subjectType: 'activity_signpost',
      subjectId: inserted.id,
      details: { partnerId, consent: true },
    });
    return inserted;
  });
  return toSignpost(row);
}
