import { queueMail } from '../../../kernel/mail.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findPersonSummary } from '../../people/index.js';
import * as stories from '../stories.repository.js';

export const CONSENT_REMINDER_DAYS = 30;

/**
 * Warns the collector (and the storyteller, if they have an account) once, a month before consent
 * expires. When it expires the story stops being shared by itself: expired consent folds to private.
 */
export async function remindExpiringConsents(context: ModuleContext, now = new Date()): Promise<number> {
  const until = new Date(now.getTime() + CONSENT_REMINDER_DAYS * 86_400_000);
  return context.db.transaction(async (tx) => {
    const claimed = await stories.claimConsentsExpiringBefore(tx, until);
    for (const story of claimed) {
      const tellers = await stories.findStorytellers(tx, story.id);
      const recipients = new Set([
        story.collectedBy ?? story.createdBy,
        ...tellers.flatMap((t) => (t.personId ? [t.personId] : [])),
      ]);
      const expires =
        story.consentExpiresAt?.toLocaleDateString('en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        }) ?? '';
      for (const personId of recipients) {
        const person = await findPersonSummary(tx, personId);
        if (!person) continue;
        await queueMail(tx, {
          language: 'en',
          deliver: 'now',
          to: person.email,
          subject: 'Consent for a story ends soon',
          text:
            `Hello ${person.displayName},\n\nConsent to share a story you are looking after ends on ${expires}. ` +
            `After that it will no longer be shared (showcase, partners or analysis) unless the storyteller renews it.\n\n` +
            `Talk it through with the storyteller, and record their choice here:\n${context.config.publicUrl}/stories/${story.id}/consent\n`,
        });
      }
    }
    return claimed.length;
  });
}
