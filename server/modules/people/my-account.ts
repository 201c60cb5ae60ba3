import type { ChangePasswordRequest, MeResponse, UpdateProfileRequest } from '../../../contracts/people.js';
import { mobilePhoneNumber } from '../../../contracts/common.js';
import type { Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { endAllSessions, findPasswordWeakness, hashPassword, verifyPassword } from '../../kernel/auth.js';
import { AppError, invalidField } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import { getMe } from './me.js';
import * as repo from './people.repository.js';

export async function updateProfile(
  context: ModuleContext,
  actor: Actor,
  input: UpdateProfileRequest,
): Promise<MeResponse> {
  const changes = {
    ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
    // Left out, the number stays as it was; empty removes it.
    ...(input.mobileNumber === undefined ? {} : { mobileNumber: mobilePhoneNumber(input.mobileNumber) }),
  };
  if (Object.keys(changes).length > 0) await repo.updatePerson(context.db, actor.personId, changes);
  return getMe(context, { ...actor, displayName: input.displayName ?? actor.displayName });
}

/** Changes the password and ends every session but `currentSession` (the one it was changed in). */
export async function changePassword(
  context: ModuleContext,
  actor: Actor,
  currentSession: string | undefined,
  input: ChangePasswordRequest,
): Promise<void> {
  const person = await repo.findPerson(context.db, actor.personId);
  if (!person?.passwordHash || !(await verifyPassword(person.passwordHash, input.currentPassword))) {
    throw new AppError('validation_failed', message('people.account.currentPasswordWrong'), [
      { path: 'currentPassword', message: message('people.account.currentPasswordWrongField') },
    ]);
  }
  const weakness = findPasswordWeakness(input.newPassword, person.email);
  if (weakness) throw invalidField('newPassword', weakness);
  const passwordHash = await hashPassword(input.newPassword);
  await context.db.transaction(async (tx) => {
    await repo.updatePerson(tx, person.id, { passwordHash });
    // Sign out everywhere else: a changed password should lock out whoever knew the old one.
    await endAllSessions(tx, person.id, currentSession);
    await recordAudit(tx, {
      actorId: person.id,
      partnershipId: actor.partnershipId,
      action: 'auth.password_changed',
      subjectType: 'person',
      subjectId: person.id,
    });
  });
}
