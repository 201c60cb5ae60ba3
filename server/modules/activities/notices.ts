import { TIME_ZONE } from '../../../contracts/activities.js';
import type { DbOrTx } from '../../kernel/db.js';
import { queueMail } from '../../kernel/mail.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findPersonSummary } from '../people/index.js';
import type { ActivityRow, OccurrenceRow } from './activities.repository.js';

// What people signed up for a session are told by mail when it changes for them.

const longDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
/** "Tuesday 2 March 2027 at 18:00", in London time. */
function when(at: Date): string {
  return longDate.format(at).replace(/, (\d\d:\d\d)$/, ' at $1');
}

type Person = { email: string; displayName: string };

/** Mails one person, in the transaction that changed things for them; someone erased is not told. */
async function tell(
  tx: DbOrTx,
  personId: string,
  mail: (person: Person) => { subject: string; text: string },
) {
  const person = await findPersonSummary(tx, personId);
  if (!person) return;
  await queueMail(tx, { to: person.email, ...mail(person) });
}

/** Tells someone just booked from the waiting list that the place is theirs. */
export async function tellPlaceCameUp(
  context: ModuleContext,
  tx: DbOrTx,
  personId: string,
  occurrence: OccurrenceRow,
  activity: ActivityRow,
) {
  await tell(tx, personId, (person) => ({
    subject: `A place has come up: ${activity.title}`,
    text:
      `Hello ${person.displayName},\n\nA place has come up at ${activity.title} on ${when(occurrence.startsAt)}, ` +
      `and it is now yours.\n\n${activity.venue ? `Where: ${activity.venue}\n` : ''}` +
      `If you can no longer come, please cancel so the next person can have it:\n` +
      `${context.config.publicUrl}/activities/${activity.id}\n`,
  }));
}

/** Tells someone booked or waiting that the session will not go ahead, and why. */
export async function tellSessionCancelled(
  context: ModuleContext,
  tx: DbOrTx,
  personId: string,
  occurrence: OccurrenceRow,
  activity: ActivityRow,
  reason: string,
) {
  await tell(tx, personId, (person) => ({
    subject: `Cancelled: ${activity.title} on ${when(occurrence.startsAt)}`,
    text:
      `Hello ${person.displayName},\n\nSorry — ${activity.title} on ${when(occurrence.startsAt)} ` +
      `will not go ahead.\n\nThe reason: ${reason}\n\nSee what else is on:\n` +
      `${context.config.publicUrl}/programme/${activity.organisationId}\n`,
  }));
}
