import { TRAINING_KIND_NAMES } from '../../../../contracts/people.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { DAY_MS, isoDay, longDate } from './format.js';
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
      const due =
        `Your ${TRAINING_KIND_NAMES[training.kind].toLowerCase()} training “${training.title}” ` +
        `(${training.provider}) is due for a refresh on ${longDate(training.refreshDueOn)}.`;
      await context.news.queue(tx, {
        to: person.email,
        topic: 'reminders',
        subject: 'Your training is due for a refresh',
        text:
          `Hello ${person.displayName},\n\n${due}\n\n` +
          `Talk to your coordinator about a refresher, and add it to your record when it is done:\n` +
          `${context.config.publicUrl}/involvement\n`,
        summary: due,
        link: `${context.config.publicUrl}/involvement`,
      });
    }
    return claimed.length;
  });
}
