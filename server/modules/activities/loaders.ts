import type { Actor } from '../../kernel/access.js';
import type { DbOrTx } from '../../kernel/db.js';
import { notFound } from '../../kernel/errors.js';
import { findOrganisationById } from '../people/index.js';
import { isInPartnership, mayCoordinate, mayRunProgramme, maySignpost } from './activities.policy.js';
import * as repo from './activities.repository.js';
import * as communityRepo from './community.repository.js';

// Each loader finds what a use case acts on and checks the actor may see it; anything they may
// not see is simply not found.

/** The organisation, if the actor is in its partnership; otherwise it is simply not found. */
export async function partnershipOrganisation(db: DbOrTx, actor: Actor, organisationId: string) {
  const organisation = await findOrganisationById(db, organisationId);
  if (!organisation || !isInPartnership(actor, organisationId)) throw notFound('organisation');
  return organisation;
}

/** A proposal anyone in the partnership may see. */
export async function loadProposal(db: DbOrTx, actor: Actor, proposalId: string) {
  const row = await repo.findProposal(db, proposalId);
  if (!row || !isInPartnership(actor, row.organisationId)) throw notFound('proposal');
  return row;
}

/** An activity anyone in the partnership may see. */
export async function loadActivity(db: DbOrTx, actor: Actor, activityId: string) {
  const row = await repo.findActivity(db, activityId);
  if (!row || !isInPartnership(actor, row.organisationId)) throw notFound('activity');
  return row;
}

/** An activity of a programme the actor runs. */
export async function loadManagedActivity(db: DbOrTx, actor: Actor, activityId: string) {
  const row = await repo.findActivity(db, activityId);
  if (!row || !mayRunProgramme(actor, row.organisationId)) throw notFound('activity');
  return row;
}

/** A session, with its activity, that anyone in the partnership may see. */
export async function loadOccurrence(db: DbOrTx, actor: Actor, occurrenceId: string) {
  const occurrence = await repo.findOccurrence(db, occurrenceId);
  const activity = occurrence ? await repo.findActivity(db, occurrence.activityId) : undefined;
  if (!occurrence || !activity || !isInPartnership(actor, activity.organisationId)) {
    throw notFound('session');
  }
  return { occurrence, activity };
}

/** A session of a programme the actor runs. */
export async function loadManagedOccurrence(db: DbOrTx, actor: Actor, occurrenceId: string) {
  const loaded = await loadOccurrence(db, actor, occurrenceId);
  if (!mayRunProgramme(actor, loaded.activity.organisationId)) throw notFound('session');
  return loaded;
}

/** A social enterprise role anyone in the partnership may see. */
export async function loadRole(db: DbOrTx, actor: Actor, roleId: string) {
  const role = await communityRepo.findRole(db, roleId);
  if (!role || !isInPartnership(actor, role.organisationId)) throw notFound('role');
  return role;
}

/** An application for a role of an organisation the actor coordinates, with the role. */
export async function loadManagedApplication(db: DbOrTx, actor: Actor, applicationId: string) {
  const application = await communityRepo.findApplication(db, applicationId);
  const role = application ? await communityRepo.findRole(db, application.roleId) : undefined;
  if (!application || !role || !mayCoordinate(actor, role.organisationId)) throw notFound('application');
  return { application, role };
}

/** A partner the actor may signpost people to. */
export async function loadSignpostingPartner(db: DbOrTx, actor: Actor, partnerId: string) {
  const partner = await communityRepo.findPartner(db, partnerId);
  if (!partner || !maySignpost(actor, partner.organisationId)) throw notFound('partner');
  return partner;
}
