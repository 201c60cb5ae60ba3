import type { CreateOpportunityRequest, Opportunity } from '../../../../contracts/people.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { AppError, invalidField, notFound } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { canCoordinate } from '../people.policy.js';
import * as peopleRepo from '../people.repository.js';
import { isoDay } from './format.js';
import * as repo from './involvement.repository.js';
import { loadOpportunity, requireCoordinatedOrganisation } from './loaders.js';

async function toOpportunities(
  db: DbOrTx,
  actor: Actor,
  rows: repo.OpportunityRow[],
  today: string,
): Promise<Opportunity[]> {
  const [organisations, interests] = await Promise.all([
    actor.partnershipId ? peopleRepo.findOrganisationsInPartnership(db, actor.partnershipId) : [],
    repo.findInterestsOf(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  return rows.map((r) => {
    const coordinator = canCoordinate(actor, r.organisationId);
    const own = interests.filter((i) => i.opportunityId === r.id);
    return {
      id: r.id,
      organisationId: r.organisationId,
      organisationName: names.get(r.organisationId) ?? '',
      title: r.title,
      role: r.role,
      description: r.description,
      commitment: r.commitment,
      closesOn: r.closesOn,
      open: r.closesOn >= today,
      interested: own.some((i) => i.personId === actor.personId),
      interestCount: coordinator ? own.length : 0,
      mayCoordinate: coordinator,
    };
  });
}

async function opportunityView(db: DbOrTx, actor: Actor, row: repo.OpportunityRow): Promise<Opportunity> {
  const [view] = await toOpportunities(db, actor, [row], isoDay(new Date()));
  if (!view) throw notFound('opportunity');
  return view;
}

/** A coordinator posts an opportunity for their organisation. */
export async function createOpportunity(
  context: ModuleContext,
  actor: Actor,
  input: CreateOpportunityRequest,
): Promise<Opportunity> {
  const organisation = await requireCoordinatedOrganisation(context.db, actor, input.organisationId);
  if (input.closesOn < isoDay(new Date()))
    throw invalidField('closesOn', message('people.opportunities.closesInPast'));
  const row = await context.db.transaction(async (tx) => {
    const created = await repo.insertOpportunity(tx, { ...input, createdBy: actor.personId });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: organisation.partnershipId,
      action: 'opportunity.created',
      subjectType: 'opportunity',
      subjectId: created.id,
    });
    return created;
  });
  return opportunityView(context.db, actor, row);
}

/** Open opportunities across the partnership, and the closed ones of organisations the actor coordinates. */
export async function listOpportunities(context: ModuleContext, actor: Actor) {
  const today = isoDay(new Date());
  const coordinated = actor.partnershipOrganisationIds.filter((id) => canCoordinate(actor, id));
  const rows = await repo.findOpportunitiesOf(
    context.db,
    actor.partnershipOrganisationIds,
    today,
    coordinated,
  );
  return toOpportunities(context.db, actor, rows, today);
}

/** Someone puts themselves forward for an open opportunity; saying it again updates the note. */
export async function expressInterestInOpportunity(
  context: ModuleContext,
  actor: Actor,
  opportunityId: string,
  note: string,
): Promise<Opportunity> {
  const row = await loadOpportunity(context.db, actor, opportunityId);
  if (row.closesOn < isoDay(new Date())) {
    throw new AppError('conflict', message('people.opportunities.closed'));
  }
  await repo.upsertInterest(context.db, { opportunityId, personId: actor.personId, note });
  return opportunityView(context.db, actor, row);
}

/** Who put themselves forward, with their email so the coordinator can reply. Every read is audited. */
export async function listOpportunityInterests(context: ModuleContext, actor: Actor, opportunityId: string) {
  const row = await loadOpportunity(context.db, actor, opportunityId);
  if (!canCoordinate(actor, row.organisationId)) throw notFound('opportunity');
  const interests = await repo.findInterestsOf(context.db, [opportunityId]);
  const people = await Promise.all(interests.map((i) => repo.findLivePerson(context.db, i.personId)));
  await recordAudit(context.db, {
    actorId: actor.personId,
    partnershipId: actor.partnershipId,
    action: 'opportunity.interests.read',
    subjectType: 'opportunity',
    subjectId: opportunityId,
    details: { count: interests.length },
  });
  return {
    interests: interests.flatMap((interest, i) => {
      const person = people[i];
      return person
        ? [
            {
              person: { id: person.id, displayName: person.displayName },
              email: person.email,
              note: interest.note,
              createdAt: interest.createdAt.toISOString(),
            },
          ]
        : [];
    }),
  };
}
