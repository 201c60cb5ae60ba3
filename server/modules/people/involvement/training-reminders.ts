import { message, paragraphs, sayDate } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findWritingLanguage } from '../lookups.js';
import { DAY_MS, isoDay } from './format.js';
import * as repo from './involvement.repository.js';

export const TRAINING_REFRESH_REMINDER_DAYS = 30;

/**
 * Mails each person once, a month before a course is due for a refresh. Claimed in one statement,
 * so several app instances never send the same reminder twice; a new refresh date is a new reminder.
 */
export async function remindTrainingRefreshes(context: ModuleContext, now = new Date()): Promise<number> {
  const today = isoDay(now);
  const until = isoDay(new Date(now.getTime() + TRAINING_REFRESH_REMINDER_DAYS * DAY_MS));
  return context.db.transaction(async (tx) => {
    const claimed = await repo.claimRefreshesDueBetween(tx, today, until);
    for (const training of claimed) {
      const person = await repo.findLivePerson(tx, training.personId);
      if (!person || !training.refreshDueOn) continue;
      // A month ahead, it can wait for the day's one message.
      const language = await findWritingLanguage(tx, person);
      const link = `${context.config.publicUrl}/involvement`;
      const due = message('people.involvement.news.refreshDue', {
        kind: training.kind,
        title: training.title,
        provider: training.provider,
        date: sayDate(training.refreshDueOn, language),
      });
      await context.news.queue(tx, {
        to: person.email,
        language,
        topic: 'reminders',
        subject: message('people.involvement.news.refreshSubject'),
        text: paragraphs(
          message('mail.helloName', { name: person.displayName }),
          due,
          message('people.involvement.news.talkToCoordinator', { link }),
        ),
        summary: due,
        link,
      });
    }
    return claimed.length;
  });
}
