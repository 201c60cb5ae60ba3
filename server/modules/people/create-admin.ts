import { recordAudit } from '../../kernel/audit.js';
import { findPasswordWeakness, hashPassword } from '../../kernel/auth.js';
import type { DbOrTx } from '../../kernel/db.js';
import { AppError } from '../../kernel/errors.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './people.repository.js';

export type NewAdmin = { email: string; password: string; displayName: string };

/**
 * Checks a new admin's account before anything is written: the email must be new (a person belongs
 * to one partnership) and the password strong enough. Returns the password's hash.
 */
export async function checkNewAdmin(context: ModuleContext, admin: NewAdmin): Promise<string> {
  if (await repo.findPersonByEmail(context.db, admin.email)) {
    throw new AppError('conflict', `There is already an account for ${admin.email}.`);
  }
  const weakness = findPasswordWeakness(admin.password, admin.email);
  if (weakness) throw new AppError('validation_failed', weakness);
  return hashPassword(admin.password);
}

/** Adds the account and its partnership admin membership of `organisationId`, audited as done from the command line. */
export async function insertAdmin(
  tx: DbOrTx,
  admin: NewAdmin & { passwordHash: string; organisationId: string; partnershipId: string },
): Promise<string> {
  const person = await repo.insertPerson(tx, {
    email: admin.email,
    displayName: admin.displayName,
    passwordHash: admin.passwordHash,
  });
  await repo.insertMembership(tx, {
    personId: person.id,
    organisationId: admin.organisationId,
    role: 'partnership_admin',
  });
  await recordAudit(tx, {
    actorId: null,
    partnershipId: admin.partnershipId,
    action: 'person.admin_created',
    subjectType: 'person',
    subjectId: person.id,
    details: { by: 'command line' },
  });
  return person.id;
}

/**
 * Creates a partnership admin (the `cairn create-admin` command). Uses the first partnership, or
 * creates one with an office organisation when the database is new.
 */
export async function createPartnershipAdmin(
  context: ModuleContext,
  input: NewAdmin,
): Promise<{ personId: string; partnershipName: string; created: boolean }> {
  const passwordHash = await checkNewAdmin(context, input);
  return context.db.transaction(async (tx) => {
    let partnership = await repo.findFirstPartnership(tx);
    const created = partnership === undefined;
    partnership ??= await repo.insertPartnership(tx, 'Our recovery partnership');
    const [organisation] = await repo.findOrganisationsInPartnership(tx, partnership.id);
    const home =
      organisation ??
      (await repo.insertOrganisation(tx, { partnershipId: partnership.id, name: 'Partnership office' }));
    const personId = await insertAdmin(tx, {
      ...input,
      passwordHash,
      organisationId: home.id,
      partnershipId: partnership.id,
    });
    return { personId, partnershipName: partnership.name, created };
  });
}
