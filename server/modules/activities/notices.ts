import type { LanguageCode } from '../../../contracts/languages.js';
import type { DbOrTx } from '../../kernel/db.js';
import { message, paragraphs, sayDateTime, type Text } from '../../kernel/i18n.js';
import { queueMail } from '../../kernel/mail.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findPersonSummary } from '../people/index.js';
import type { ActivityRow, OccurrenceRow, ProposalRow } from './activities.repository.js';
import { placeOfferStopLinks } from './stop-place-offers.js';

// What people signed up for a session are told by mail when it changes for them, each in their own
// language with the session's day and time in London time.

type Person = { email: string; displayName: string; language: LanguageCode };

/**
 * Mails one person at once, in the transaction that changed things for them: a session cancelled or
 * a place to take up needs them now. Someone erased is not told.
 */
async function tell(
  tx: DbOrTx,
  personId: string,
  mail: (
    person: Person,
    when: (at: Date) => string,
  ) => { subject: Text; text: Text; listUnsubscribe?: string },
) {
  const person = await findPersonSummary(tx, personId);
  if (!person) return;
  const { language } = person;
  await queueMail(tx, {
    to: person.email,
    language,
    deliver: 'now',
    ...mail(person, (at) => sayDateTime(at, language)),
  });
}

/** The member's “What's on” page, which lists the person's own sessions with a way to cancel each. */
export function placeCameUpLink(context: ModuleContext, activity: Pick<ActivityRow, 'organisationId'>) {
  return `${context.config.publicUrl}/activities?organisation=${activity.organisationId}`;
}

/**
 * Tells someone just booked from the waiting list that the place is theirs. It goes at once (the
 * place is theirs to take up or give back), so it carries its own one-click link, in the mail and in
 * its List-Unsubscribe header: stop offering me places from this waiting list.
 */
export async function tellPlaceCameUp(
  context: ModuleContext,
  tx: DbOrTx,
  personId: string,
  occurrence: OccurrenceRow,
  activity: ActivityRow,
) {
  const stop = placeOfferStopLinks(context, activity.id, personId);
  await tell(tx, personId, (person, when) => ({
    subject: message('activities.mail.placeCameUp.subject', { activity: activity.title }),
    text: paragraphs(
      message('mail.helloName', { name: person.displayName }),
      message('activities.mail.placeCameUp.body', {
        activity: activity.title,
        when: when(occurrence.startsAt),
      }),
      activity.venue && message('activities.mail.where', { venue: activity.venue }),
      message('activities.mail.placeCameUp.seeIt', { link: placeCameUpLink(context, activity) }),
      message('activities.mail.placeCameUp.stopOffers', { link: stop.page }),
    ),
    listUnsubscribe: stop.oneClick,
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
  await tell(tx, personId, (person, when) => {
    const about = { activity: activity.title, when: when(occurrence.startsAt) };
    return {
      subject: message('activities.mail.cancelled.subject', about),
      text: paragraphs(
        message('mail.helloName', { name: person.displayName }),
        message('activities.mail.cancelled.body', about),
        message('activities.mail.cancelled.reason', { reason }),
        message('activities.mail.cancelled.whatElse', {
          link: `${context.config.publicUrl}/programme/${activity.organisationId}`,
        }),
      ),
    };
  });
}

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
      ? message('activities.news.signUp', { link: url })
      : message('activities.news.readAnswer', { link: url });
  const whatTheySaid = message('activities.news.whatTheySaid', { reason: proposal.responseReason ?? '' });
  const told = new Set<string>();
  for (const [personId, whose] of [
    [proposal.proposedBy, 'own'] as const,
    ...supporterIds.map((id) => [id, 'supported'] as const),
  ]) {
    // Someone erased is no longer on the proposal; each person hears once.
    if (!personId || told.has(personId)) continue;
    told.add(personId);
    // An answer is news: it can wait for the day's one message.
    const person = await findPersonSummary(tx, personId);
    if (!person) continue;
    const answered = message('activities.news.proposalAnswered', {
      whose,
      title: proposal.title,
      status: proposal.status,
    });
    await context.news.queue(tx, {
      to: person.email,
      language: person.language,
      topic: 'proposals',
      subject: answered,
      text: paragraphs(message('mail.helloName', { name: person.displayName }), answered, whatTheySaid, link),
      summary: whatTheySaid,
      link: url,
    });
  }
}
