import { recordAudit } from '../../kernel/audit.js';
import { AppError } from '../../kernel/errors.js';
import type { ModuleContext } from '../../kernel/module.js';
import { checkNewAdmin, insertAdmin, type NewAdmin } from './create-admin.js';
import * as repo from './people.repository.js';
import { forgetVisitorLanguages } from './visitor-languages.js';

export type NewPartnership = {
  name: string;
  /** Its first organisation; more are added from the admin pages. */
  organisationName: string;
  admin: NewAdmin;
};

/**
 * Adds another partnership to the deployment (the `cairn create-partnership` command), with its
 * first organisation and its first partnership admin, a new account. Partnerships share nothing but
 * the server: each sees only its own organisations, people and data, and its name and organisations
 * are listed publicly beside the others'.
 */
export async function createPartnership(
  context: ModuleContext,
  input: NewPartnership,
): Promise<{ partnershipId: string; organisationId: string; personId: string }> {
  const name = input.name.trim();
  const organisationName = input.organisationName.trim();
  if (!name || name.length > 200)
    throw new AppError('validation_failed', 'Give the partnership a name of 1 to 200 characters.');
  if (!organisationName || organisationName.length > 200) {
    throw new AppError('validation_failed', 'Give its first organisation a name of 1 to 200 characters.');
  }
  const passwordHash = await checkNewAdmin(context, input.admin);
  const created = await context.db.transaction(async (tx) => {
    const existing = await repo.findPartnershipsWithOrganisations(tx);
    if (existing.some(({ partnership }) => partnership.name.toLowerCase() === name.toLowerCase())) {
      throw new AppError('conflict', `There is already a partnership called "${name}". Choose another name.`);
    }
    const partnership = await repo.insertPartnership(tx, name);
    const organisation = await repo.insertOrganisation(tx, {
      partnershipId: partnership.id,
      name: organisationName,
    });
    await recordAudit(tx, {
      actorId: null,
      partnershipId: partnership.id,
      action: 'partnership.created',
      subjectType: 'partnership',
      subjectId: partnership.id,
      details: { by: 'command line', organisationId: organisation.id },
    });
    const personId = await insertAdmin(tx, {
      ...input.admin,
      passwordHash,
      organisationId: organisation.id,
      partnershipId: partnership.id,
    });
    return { partnershipId: partnership.id, organisationId: organisation.id, personId };
  });
  // It offers every language until its admins choose: visitors are offered them from now on.
  forgetVisitorLanguages(context.db);
  return created;
}
