import type { PasswordResetCompleteRequest } from '../../../contracts/people.js';
import { recordAudit } from '../../kernel/audit.js';
import { endAllSessions, findPasswordWeakness, hashPassword } from '../../kernel/auth.js';
import { hashToken, randomToken } from '../../kernel/crypto.js';
import { AppError, invalidField, notFound } from '../../kernel/errors.js';
import { queueMail } from '../../kernel/mail.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './people.repository.js';

const RESET_MINUTES = 60;

export async function requestPasswordReset(context: ModuleContext, email: string): Promise<void> {
  const person = await repo.findPersonByEmail(context.db, email);
  // Answer the same whether or not the account exists, so the form cannot be used to find people.
  if (!person || person.erasedAt) return;
  const token = randomToken();
  await context.db.transaction(async (tx) => {
    await repo.insertPasswordReset(tx, {
      personId: person.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
    });
    await queueMail(tx, {
      to: person.email,
      subject: 'Reset your Cairn password',
      text:
        `Hello ${person.displayName},\n\n` +
        `Someone asked to reset the password for your Cairn account. If it was you, open this link ` +
        `within ${RESET_MINUTES} minutes to choose a new password:\n\n` +
        `${context.config.publicUrl}/reset-password/${token}\n\n` +
        `If it was not you, you can ignore this email: your password has not changed.`,
    });
  });
}

export async function completePasswordReset(
  context: ModuleContext,
  input: PasswordResetCompleteRequest,
): Promise<void> {
  const reset = await repo.findUsablePasswordReset(context.db, hashToken(input.token));
  if (!reset) {
    throw new AppError(
      'not_found',
      'This reset link has expired or has already been used. Ask for a new one from the sign-in page.',
    );
  }
  const person = await repo.findPerson(context.db, reset.personId);
  if (!person || person.erasedAt) throw notFound('This account');
  const weakness = findPasswordWeakness(input.password, person.email);
  if (weakness) throw invalidField('password', weakness);
  const passwordHash = await hashPassword(input.password);
  await context.db.transaction(async (tx) => {
    await repo.updatePerson(tx, person.id, { passwordHash });
    // Marked used in the same transaction, and only if still unused: a link works once, even if clicked twice.
    if (!(await repo.markPasswordResetUsed(tx, reset.id))) {
      throw new AppError(
        'not_found',
        'This reset link has already been used. Ask for a new one from the sign-in page.',
      );
    }
    // Any other link asked for earlier (or since) stops working too.
    await repo.retireOpenPasswordResets(tx, person.id);
    await endAllSessions(tx, person.id);
    await recordAudit(tx, {
      actorId: person.id,
      partnershipId: null,
      action: 'auth.password_reset',
      subjectType: 'person',
      subjectId: person.id,
    });
  });
}
