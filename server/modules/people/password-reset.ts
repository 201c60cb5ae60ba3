import type { PasswordResetCompleteRequest } from '../../../contracts/people.js';
import { recordAudit } from '../../kernel/audit.js';
import { endAllSessions, findPasswordWeakness, hashPassword } from '../../kernel/auth.js';
import { hashToken, randomToken } from '../../kernel/crypto.js';
import { AppError, invalidField, notFound } from '../../kernel/errors.js';
import { message, paragraphs } from '../../kernel/i18n.js';
import { queueMail } from '../../kernel/mail.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findWritingLanguage } from './lookups.js';
import * as repo from './people.repository.js';

const RESET_MINUTES = 60;
/**
 * Reset links one account is sent within a link's lifetime. Only the newest ever works; the cap
 * keeps anyone, from however many addresses, from filling a person's inbox with reset mail.
 */
export const RESET_LINKS_PER_HOUR = 3;

/**
 * Sends a reset link (run after the request is answered, so the answer says nothing of who has an
 * account). Every earlier link of the person stops working, and once the account has been sent
 * `RESET_LINKS_PER_HOUR` links in the last hour no more are sent. The person's row is locked while
 * this is decided, so requests arriving together cannot slip past the cap.
 */
export async function requestPasswordReset(context: ModuleContext, email: string): Promise<void> {
  const person = await repo.findPersonByEmail(context.db, email);
  // Answer the same whether or not the account exists, so the form cannot be used to find people.
  if (!person || person.erasedAt) return;
  const token = randomToken();
  const now = new Date();
  await context.db.transaction(async (tx) => {
    await repo.lockPerson(tx, person.id);
    const since = new Date(now.getTime() - RESET_MINUTES * 60_000);
    if ((await repo.countPasswordResetsSince(tx, person.id, since)) >= RESET_LINKS_PER_HOUR) return;
    // Only the newest link works: one that went astray, or sat in an inbox, is dead once another is sent.
    await repo.retireOpenPasswordResets(tx, person.id);
    await repo.insertPasswordReset(tx, {
      personId: person.id,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_MINUTES * 60_000),
    });
    await queueMail(tx, {
      deliver: 'now',
      to: person.email,
      language: await findWritingLanguage(tx, person),
      subject: message('people.passwordReset.mail.subject'),
      text: paragraphs(
        message('mail.helloName', { name: person.displayName }),
        message('people.passwordReset.mail.ask', {
          minutes: RESET_MINUTES,
          link: `${context.config.publicUrl}/reset-password/${token}`,
        }),
        message('people.passwordReset.mail.newestOnly'),
        message('people.passwordReset.mail.notYou'),
      ),
    });
  });
}

export async function completePasswordReset(
  context: ModuleContext,
  input: PasswordResetCompleteRequest,
): Promise<void> {
  const reset = await repo.findUsablePasswordReset(context.db, hashToken(input.token));
  if (!reset) {
    throw new AppError('not_found', message('people.passwordReset.linkUnusable'));
  }
  const person = await repo.findPerson(context.db, reset.personId);
  if (!person || person.erasedAt) throw notFound('account');
  const weakness = findPasswordWeakness(input.password, person.email);
  if (weakness) throw invalidField('password', weakness);
  const passwordHash = await hashPassword(input.password);
  await context.db.transaction(async (tx) => {
    await repo.updatePerson(tx, person.id, { passwordHash });
    // Marked used in the same transaction, and only if still unused: a link works once, even if clicked twice.
    if (!(await repo.markPasswordResetUsed(tx, reset.id))) {
      throw new AppError('not_found', message('people.passwordReset.linkUsed'));
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
