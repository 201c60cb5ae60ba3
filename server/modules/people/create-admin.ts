import { recordAudit } from '../../kernel/audit.js';
import { findPasswordWeakness, hashPassword } from '../../kernel/auth.js';
import { AppError } from '../../kernel/errors.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './people.repository.js';

/**
 * Creates a partnership admin (the `cairn create-admin` command). Uses the first partnership, or
 * creates one with an office organisation when the database is new.
 */
export async function createPartnershipAdmin(
  context: ModuleContext,
  input: { email: string; password: string; displayName: string },
): Promise<{ personId: string; partnershipName: string; created: boolean }> {
  if (await repo.findPersonByEmail(context.db, input.email)) {
    throw new AppError('conflict', `There is already an account for ${input.email}.`);
  }
  const weakness = findPasswordWeakness(input.password, input.email);
  if (weakness) throw new AppError('validation_failed', weakness);
  const passwordHash = await hashPassword(input.password);
  return context.db.transaction(async (tx) => {
    let partnership = await repo.findFirstPartnership(tx);
    const created = partnership === undefined;
    partnership ??= await repo.insertPartnership(tx, 'Our recovery partnership');
    const [organisation] = await repo.findOrganisationsInPartnership(tx, partnership.id);
    const home =
      organisation ??
      (await repo.insertOrganisation(tx, { partnershipId: partnership.id, name: 'Partnership office' }));
    const person = await repo.insertPerson(tx, {
      email: input.email,
      displayName: input.displayName,
      passwordHash,
    });
    await repo.insertMembership(tx, {
      personId: person.id,
      organisationId: home.id,
      role: 'partnership_admin',
    });
    await recordAudit(tx, {
      actorId: null,
      partnershipId: partnership.id,
      action: 'person.admin_created',
      subjectType: 'person',
      subjectId: person.id,
      details: { by: 'command line' },
    });
    return { personId: person.id, partnershipName: partnership.name, created };
  });
}
