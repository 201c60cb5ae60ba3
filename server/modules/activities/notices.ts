import { TIME_ZONE } from '../../../contracts/activities.js';
import type { DbOrTx } from '../../kernel/db.js';
import { queueMail } from '../../kernel/mail.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findPersonSummary } from '../people/index.js';
import type { ActivityRow, OccurrenceRow, ProposalRow } from './activities.repository.js';

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

/**
 * Mails one person at once, in the transaction that changed things for them: a session cancelled or
 * a place to take up needs them now. Someone erased is not told.
 */
async function tell(
  tx: DbOrTx,
  personId: string,
  mail: (person: Person) => { subject: string; text: string },
) {
  const person = await findPersonSummary(tx, personId);
  if (!person) return;
  await queueMail(tx, { to: person.email, deliver: 'now', ...mail(person) });
}

/** The programme page, which lists the person's own sessions with a way to cancel each. */
export function placeCameUpLink(context: ModuleContext, activity: Pick<ActivityRow, 'organisationId'>) {
  return `${context.config.publicUrl}/activities?organisation=${activity.organisationId}`;
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
      `See it with your other sessions, or cancel if you can no longer come so the next person can have it:\n` +
      `${placeCameUpLink(context, activity)}\n`,
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

const ANSWER_WORDS: Record<ProposalRow['status'], string> = {
  open: 'is still open',
  accepted: 'is going ahead',
  not_now: 'cannot happen just now',
  declined: 'will not go ahead',
};

/**
 * Tells the person who proposed an activity, and everyone who supported it, how it was answered
 * and why, with a link to where they can read it (and, when it is going ahead, sign up).
 */
export async function tellProposalAnswered(
  context: ModuleContext,
  tx: DbOrTx,
  proposal: ProposalRow,
  supporterIds: readonly string[],
) {
  const url =
    proposal.status === 'accepted'
      ? placeCameUpLink(context, proposal)
      : `${context.config.publicUrl}/activities/proposals?organisation=${proposal.organisationId}`;
  const link =
    proposal.status === 'accepted'
      ? `Sign up for a session:\n${url}\n`
      : `Read the answer, or suggest something else:\n${url}\n`;
  const told = new Set<string>();
  for (const [personId, whose] of [
    [proposal.proposedBy, 'Your idea'] as const,
    ...supporterIds.map((id) => [id, 'The idea you supported'] as const),
  ]) {
    // Someone erased is no longer on the proposal; each person hears once.
    if (!personId || told.has(personId)) continue;
    told.add(personId);
    // An answer is news: it can wait for the day's one message.
    const person = await findPersonSummary(tx, personId);
    if (!person) continue;
    await context.news.queue(tx, {
      to: person.email,
      topic: 'proposals',
      subject: `${whose} “${proposal.title}” ${ANSWER_WORDS[proposal.status]}`,
      text:
        `Hello ${person.displayName},\n\n${whose} “${proposal.title}” ${ANSWER_WORDS[proposal.status]}.\n\n` +
        `What they said: ${proposal.responseReason ?? ''}\n\n${link}`,
      summary: `What they said: ${proposal.responseReason ?? ''}`,
      link: url,
    });
  }
}
