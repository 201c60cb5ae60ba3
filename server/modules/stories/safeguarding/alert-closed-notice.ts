import type { LanguageCode } from '../../../../contracts/languages.js';
import { nationalSupportLineWords } from '../../../../contracts/stories.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { message, paragraphs, say } from '../../../kernel/i18n.js';
import { queueMail } from '../../../kernel/mail.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findPersonSummary } from '../../people/index.js';
import { DEFAULT_SUPPORT_LINES } from '../support-lines.js';
import { findStory, findStorytellers, findSupportLines } from '../stories.repository.js';

/**
 * Once every alert about a story is closed, its storyteller hears, kindly and without alarm, that
 * someone checked on them, that nothing was shared, and that the choice to share is still theirs.
 * A storyteller without an account is not messaged automatically: a phone or inbox someone else
 * reads could put them at risk, so the lead, who knows the case, decides how they are told. Their
 * story is shared only when they confirm it through a link or a consent record (see consent).
 */
export async function tellStorytellerAlertClosed(context: ModuleContext, tx: DbOrTx, storyId: string) {
  const story = await findStory(tx, storyId);
  if (!story) return;
  const tellers = await findStorytellers(tx, storyId);
  const lines = (await findSupportLines(tx, story.organisationId))?.lines ?? DEFAULT_SUPPORT_LINES;
  const link = `${context.config.publicUrl}/stories/${story.id}`;
  for (const teller of tellers) {
    if (!teller.personId) continue;
    const person = await findPersonSummary(tx, teller.personId);
    if (!person) continue;
    const support = lines.map((line) => supportLine(line, person.language)).join('\n');
    await queueMail(tx, {
      language: person.language,
      deliver: 'now',
      to: person.email,
      subject: message('stories.safeguarding.closed.subject'),
      text: paragraphs(
        message('mail.helloName', { name: person.displayName }),
        message('stories.safeguarding.closed.checked'),
        message('stories.safeguarding.closed.yourChoice', { link }),
        message('stories.safeguarding.closed.support', { lines: support }),
      ),
    });
  }
}

/**
 * One support line in the mail: one of Cairn's national lines said in the storyteller's language
 * (its name and number as they are), an organisation's own in the words it wrote.
 */
function supportLine(line: { name: string; contact: string; hours: string }, language: LanguageCode) {
  const national = nationalSupportLineWords(line);
  const contact = national ? say(message(national.contact), language) : line.contact;
  const hours = national ? say(message(national.hours), language) : line.hours;
  return say(
    hours
      ? message('stories.safeguarding.closed.line', { name: line.name, contact, hours })
      : message('stories.safeguarding.closed.lineNoHours', { name: line.name, contact }),
    language,
  );
}
