import type { Activity } from '../../../contracts/activities.js';
import { SOURCE_LANGUAGE, type LanguageCode } from '../../../contracts/languages.js';
import { calendarPaths } from '../../../contracts/activities.endpoints.js';
import { fillPath } from '../../../contracts/endpoint.js';
import type { Actor } from '../../kernel/access.js';
import { hashToken, randomToken } from '../../kernel/crypto.js';
import { notFound } from '../../kernel/errors.js';
import { message, say } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './activities.repository.js';
import { buildCalendar, type CalendarEvent } from './ical.js';
import { findPersonSummary } from '../people/index.js';
import { toActivities } from './presenters.js';
import { getPublicProgramme } from './programme.js';

// iCalendar feeds: an organisation's public calendar, and each person's private one. The words Cairn
// adds (the personal calendar's name, "Access:") are in the reader's language; what
// organisations wrote (titles, descriptions, venues) stays as they wrote it.

function eventsOf(context: ModuleContext, list: Activity[], language: LanguageCode): CalendarEvent[] {
  return list.flatMap((a) =>
    a.occurrences.map((o) => ({
      uid: `${o.id}@cairn`,
      summary: a.title,
      description: [
        a.description,
        a.accessInformation &&
          say(message('activities.calendar.access', { access: a.accessInformation }), language),
      ]
        .filter(Boolean)
        .join('\n\n'),
      location: a.venue,
      startsAt: new Date(o.startsAt),
      endsAt: new Date(o.endsAt),
      cancelled: o.cancelled,
      url: `${context.config.publicUrl}/activities/${a.id}`,
    })),
  );
}

/**
 * The organisation's public calendar: its public activities, everyone may subscribe. Said in the
 * language the calendar app asks for (Accept-Language), else English.
 */
export async function organisationCalendar(
  context: ModuleContext,
  organisationId: string,
  language: LanguageCode,
) {
  const programme = await getPublicProgramme(context, organisationId);
  return buildCalendar(programme.organisation.name, eventsOf(context, programme.activities, language));
}

/** Makes (or replaces) the actor's private calendar link; only the token's hash is stored. */
export async function createFeedLink(context: ModuleContext, actor: Actor) {
  const token = randomToken();
  await repo.upsertFeedToken(context.db, actor.personId, hashToken(token));
  const path = fillPath(calendarPaths.personal, { token });
  return { url: `${context.config.publicUrl}${path}`, path };
}

/** A person's own calendar: the sessions they are booked on or waiting for. */
export async function personalCalendar(context: ModuleContext, token: string) {
  const personId = await repo.findPersonByFeedToken(context.db, hashToken(token));
  if (!personId) throw notFound('calendar');
  const rows = (await repo.findSignUpsOfPerson(context.db, personId)).filter(
    (r) => r.signUp.status !== 'cancelled',
  );
  const activityRows = await repo.findActivitiesByIds(context.db, [
    ...new Set(rows.map((r) => r.occurrence.activityId)),
  ]);
  const mine = new Set(rows.map((r) => r.occurrence.id));
  const list = (await toActivities(context.db, activityRows)).map((a) => ({
    ...a,
    occurrences: a.occurrences.filter((o) => mine.has(o.id)),
  }));
  // A calendar app sends no cookie, and seldom a language: the feed is said in its owner's language.
  const language = (await findPersonSummary(context.db, personId))?.language ?? SOURCE_LANGUAGE;
  return buildCalendar(say(message('activities.calendar.mine'), language), eventsOf(context, list, language));
}
