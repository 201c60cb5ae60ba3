import type { Actor } from '../../kernel/access.js';
import type { DbOrTx } from '../../kernel/db.js';
import { notFound } from '../../kernel/errors.js';
import { findOrganisationById } from '../people/index.js';
import { isInPartnership } from './coproduction.policy.js';

/** The organisation, if the actor is in its partnership; otherwise it is simply not found. */
export async function partnershipOrganisation(db: DbOrTx, actor: Actor, organisationId: string) {
  const organisation = await findOrganisationById(db, organisationId);
  if (!organisation || !isInPartnership(actor, organisationId)) throw notFound('organisation');
  return organisation;
}
