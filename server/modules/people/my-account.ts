import type { FastifyRequest } from 'fastify';
import type { ChangePasswordRequest, MeResponse, UpdateProfileRequest } from '../../../contracts/people.js';
import { normalisePhoneNumber } from '../../../contracts/common.js';
import { requireActor, type Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import {
  SESSION_COOKIE,
  endAllSessions,
  findPasswordWeakness,
  hashPassword,
  verifyPassword,
} from '../../kernel/auth.js';
import { AppError } from '../../kernel/errors.js';
import type { ModuleContext } from '../../kernel/module.js';
import { invalid } from './invalid.js';
import { getMe } from './me.js';
import * as repo from './people.repository.js';

export async function updateProfile(
  context: ModuleContext,
  actorOrNull: Actor | null,
  input: UpdateProfileRequest,
): Promise<MeResponse> {
  const actor = requireActor(actorOrNull);
  const changes = {
    ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
    // Left out, the number stays as it was; empty removes it.
    ...(input.mobileNumber === undefined ? {} : { mobileNumber: normalisePhoneNumber(input.mobileNumber) }),
  };
  if (Object.keys(changes).length > 0) await repo.updatePerson(context.db, actor.personId, changes);
  return getMe(context, { ...actor, displayName: input.displayName ?? actor.displayName });
}

export async function changePassword(
  context: ModuleContext,
  request: FastifyRequest,
  input: ChangePasswordRequest,
): Promise<void> {
  const actor = requireActor(request.actor);
  const person = await repo.findPerson(context.db, actor.personId);
  if (!person?.passwordHash || !(await verifyPassword(person.passwordHash, input.currentPassword))) {
    throw new AppError('validation_failed', 'Your current password is not right.', [
      { path: 'currentPassword', message: 'Your current password is not right' },
    ]);
  }
  const weakness = findPasswordWeakness(input.newPassword, person.email);
  if (weakness) throw invalid('newPassword', weakness);
  const passwordHash = await hashPassword(input.newPassword);
  await context.db.transaction(async (tx) => {
    await repo.updatePerson(tx, person.id, { passwordHash });
    // Sign out everywhere else: a changed password should lock out whoever knew the old one.
    await endAllSessions(tx, person.id, request.cookies[SESSION_COOKIE]);
    await recordAudit(tx, {
      actorId: person.id,
      partnershipId: actor.partnershipId,
      action: 'auth.password_changed',
      subjectType: 'person',
      subjectId: person.id,
    });
  });
}
