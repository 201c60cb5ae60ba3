import { message, paragraphs, sayDate } from '../../../kernel/i18n.js';
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
      for (const personId of recipients) {
        const person = await findPersonSummary(tx, personId);
        if (!person) continue;
        const { language } = person;
        await queueMail(tx, {
          language,
          deliver: 'now',
          to: person.email,
          subject: message('stories.consent.expiring.subject'),
          text: paragraphs(
            message('mail.helloName', { name: person.displayName }),
            message('stories.consent.expiring.body', {
              date: story.consentExpiresAt ? sayDate(story.consentExpiresAt, language) : '',
            }),
            message('stories.consent.expiring.talk', {
              link: `${context.config.publicUrl}/stories/${story.id}/consent`,
            }),
          ),
        });
      }
    }
    return claimed.length;
  });
}
